/**
 * For an output whose bytes differ from the run commit's: get both contents onto disk (the
 * committed one from git, or from the annex when it is there or cheap to fetch) and let the
 * format-aware analysis say how they differ and whether the .rerun.yml rule accepts it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { AnnexRepository } from '../annex/annex-repository.js'
import type { ComparisonRule } from '../config/comparison-rules.js'
import type { GitCommandManager } from '../git/git-command-manager.js'
import type { OutputVerdict } from '../model.js'
import { looksBinary } from './content/bytes.js'
import { formatSignificant } from './content/numbers.js'
import { digestFile } from './file-digest.js'
import type { FileState } from './file-state.js'

/** Committed annexed content is fetched for a diff only up to this size, and only for text. */
const MAX_FETCHED_FOR_DIFF = 64 * 1024 * 1024

export interface ExplainContext {
  git: GitCommandManager
  annex: AnnexRepository | null
  /** A directory for committed contents extracted for the analysis. */
  scratch: string
}

/** What comparing the output already found out, so that it is not worked out twice. */
export interface KnownContent {
  /** The regenerated content's digest in the committed key's algorithm. */
  regeneratedDigest?: string
  /** Where the committed content already is on disk (read only: never removed). */
  committedFile?: string
  /** The committed annexed content was looked for in the local annex, and is not there. */
  committedNotLocal?: boolean
}

export type Explanation = Pick<OutputVerdict, 'status' | 'reason' | 'diff' | 'cause' | 'deviation'>

function contentPathOf(state: FileState): string | null {
  if (state.kind === 'file') return state.path
  if (state.kind === 'annex') return state.contentPath
  return null
}

let extracted = 0

/**
 * The committed content on disk: a git blob extracted into the scratch directory (temporary,
 * removed by the caller), or the annexed content when it is in the annex or cheap to fetch.
 */
async function committedContent(
  context: ExplainContext,
  outputPath: string,
  committed: FileState,
  regeneratedFile: string,
  known: KnownContent
): Promise<{ file: string | null; temporary: boolean }> {
  if (committed.kind === 'git') {
    const file = path.join(context.scratch, `committed-${process.pid}-${++extracted}`)
    await context.git.writeBlob(committed.object, file)
    return { file, temporary: true }
  }
  if (committed.kind === 'annex' && context.annex) {
    const { annex } = context
    const { key } = committed
    const local = async (): Promise<string | null> => {
      const content = await annex.contentOf(key.key)
      return 'path' in content ? content.path : null
    }
    const fetchable =
      (key.size ?? Infinity) <= MAX_FETCHED_FOR_DIFF && !looksBinary(regeneratedFile)
    // Not asked again where the comparison already found it absent and it will not be fetched.
    const present = known.committedNotLocal ? null : await local()
    if (present) return { file: present, temporary: false }
    if (fetchable) {
      // Fetched as the content of this output, so that progress and failures name its path.
      await annex.getKeys(new Map([[key.key, outputPath]]))
      const fetched = await local()
      if (fetched) return { file: fetched, temporary: false }
    }
  }
  return { file: null, temporary: false }
}

export async function explainDifference(
  context: ExplainContext,
  outputPath: string,
  committed: FileState,
  regenerated: FileState,
  rule: ComparisonRule,
  known: KnownContent = {}
): Promise<Explanation> {
  const regeneratedFile = contentPathOf(regenerated)
  if (!regeneratedFile) return { status: 'modified' }
  const { file: committedFile, temporary } = known.committedFile
    ? { file: known.committedFile, temporary: false }
    : await committedContent(context, outputPath, committed, regeneratedFile, known)
  try {
    if (!committedFile) {
      if (committed.kind !== 'annex') return { status: 'modified' }
      const { key } = committed
      const size = (await fs.promises.stat(regeneratedFile)).size
      const digest =
        known.regeneratedDigest ??
        (key.algorithm
          ? (await digestFile(regeneratedFile, [key.algorithm])).digests.get(key.algorithm)
          : undefined)
      return {
        status: 'modified',
        diff: {
          kind: 'annex-unavailable',
          committedKey: key.key,
          committedSize: key.size,
          regenerated: { size, digest }
        }
      }
    }
    // Loaded at the first difference to analyse: a run that reproduces never compiles it.
    const { analyseDifference } = await import('./content/analyse-difference.js')
    const analysis = await analyseDifference(committedFile, regeneratedFile, outputPath, rule)
    if (!analysis.equivalent) {
      return {
        status: 'modified',
        diff: analysis.diff,
        cause: analysis.cause,
        deviation: analysis.deviation
      }
    }
    const { deviation } = analysis
    const largest = deviation
      ? ` (largest deviation ${formatSignificant(deviation.absolute)} absolute, ${formatSignificant(deviation.relative)} relative)`
      : ''
    return {
      status: 'within-tolerance',
      reason: `equal under its .rerun.yml rule${largest}`,
      cause: analysis.cause,
      deviation
    }
  } finally {
    if (temporary && committedFile) await fs.promises.rm(committedFile, { force: true })
  }
}
