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
import { analyseDifference } from './content/analyse-difference.js'
import { SNIFF_BYTES } from './content/limits.js'
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

export type Explanation = Pick<OutputVerdict, 'status' | 'reason' | 'diff' | 'cause' | 'deviation'>

function contentPathOf(state: FileState): string | null {
  if (state.kind === 'file') return state.path
  if (state.kind === 'annex') return state.contentPath
  return null
}

async function looksLikeText(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r')
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
    return !buffer.subarray(0, bytesRead).includes(0)
  } finally {
    await handle.close()
  }
}

let extracted = 0

export async function explainDifference(
  context: ExplainContext,
  outputPath: string,
  committed: FileState,
  regenerated: FileState,
  rule: ComparisonRule,
  /** The regenerated digest in the key's algorithm, if the comparison computed it already. */
  knownDigest?: string
): Promise<Explanation> {
  const regeneratedFile = contentPathOf(regenerated)
  if (!regeneratedFile) return { status: 'modified' }
  let committedFile: string | null = null
  let temporary: string | null = null
  if (committed.kind === 'git') {
    temporary = path.join(context.scratch, `committed-${process.pid}-${++extracted}`)
    await context.git.writeBlob(committed.object, temporary)
    committedFile = temporary
  } else if (committed.kind === 'annex' && context.annex) {
    const { key } = committed
    const fetchable =
      (key.size ?? Infinity) <= MAX_FETCHED_FOR_DIFF && (await looksLikeText(regeneratedFile))
    const content = await context.annex.contentOf(key.key, fetchable)
    if ('path' in content) committedFile = content.path
  }
  try {
    if (!committedFile) {
      if (committed.kind !== 'annex') return { status: 'modified' }
      const { key } = committed
      const size = (await fs.promises.stat(regeneratedFile)).size
      const digest =
        knownDigest ??
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
      ? ` (largest deviation ${deviation.absolute} absolute, ${deviation.relative} relative)`
      : ''
    return {
      status: 'within-tolerance',
      reason: `equal under its .rerun.yml rule${largest}`,
      cause: analysis.cause,
      deviation
    }
  } finally {
    if (temporary) await fs.promises.rm(temporary, { force: true })
  }
}
