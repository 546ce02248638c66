/**
 * Why a regenerated output differs from the committed one, in the form a person reads for that
 * kind of file: a unified diff for text, changed paths for JSON, changed cells for CSV/TSV, sizes,
 * digests and the first differing byte for anything else. The caller has already found that the
 * bytes differ; this decides whether they are equal under the output's rule and describes how.
 */
import { isUtf8 } from 'node:buffer'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ComparisonRule } from '../../config/comparison-rules.js'
import type { CauseHint, Deviation, OutputDiff } from '../../model.js'
import { compareBinary } from './binary-difference.js'
import { looksBinary } from './bytes.js'
import { compareJson } from './json-difference.js'
import { MAX_STRUCTURED_BYTES } from './limits.js'
import { NotTextError } from './line-source.js'
import { compareTable } from './table-difference.js'
import { compareText } from './text-difference.js'

export interface DifferenceAnalysis {
  /**
   * Equal under the rule (tolerance, ignore-lines) although the bytes differ: the output is
   * 'within-tolerance'. Without a rule this is true only for byte-identical files.
   */
  equivalent: boolean
  /** Largest numeric deviation, when every difference found was a difference of numbers. */
  deviation?: Deviation
  /** How the files differ; absent when they are equivalent. */
  diff?: OutputDiff
  cause?: CauseHint
}

/** A structured comparison that defers to the text comparison, possibly knowing the cause. */
export interface TextFallback {
  asText: true
  cause?: CauseHint
}

type ContentFormat = 'json' | 'csv' | 'tsv' | 'text' | 'binary'

const FORMAT_BY_EXTENSION: Record<string, ContentFormat> = {
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv'
}

/** By extension, unless either file has a NUL byte in its first 8 KiB: then it is binary. */
function detectFormat(
  outputPath: string,
  committedFile: string,
  regeneratedFile: string
): ContentFormat {
  if (looksBinary(committedFile) || looksBinary(regeneratedFile)) return 'binary'
  return FORMAT_BY_EXTENSION[path.extname(outputPath).toLowerCase()] ?? 'text'
}

async function compareAsBinary(
  committedFile: string,
  regeneratedFile: string
): Promise<DifferenceAnalysis> {
  const diff = await compareBinary(committedFile, regeneratedFile)
  const identical =
    diff.committed.size === diff.regenerated.size &&
    diff.committed.sha256 === diff.regenerated.sha256
  return identical ? { equivalent: true } : { equivalent: false, diff }
}

/** Both files as text when they are valid UTF-8 (their size was checked by the caller). */
async function readTexts(files: string[]): Promise<string[] | null> {
  const contents = await Promise.all(files.map(file => fs.readFile(file)))
  return contents.every(bytes => isUtf8(bytes))
    ? contents.map(bytes => bytes.toString('utf8'))
    : null
}

async function analyse(
  committedFile: string,
  regeneratedFile: string,
  outputPath: string,
  rule: ComparisonRule,
  largestSize: number
): Promise<DifferenceAnalysis> {
  const format = detectFormat(outputPath, committedFile, regeneratedFile)
  if (format === 'binary') return compareAsBinary(committedFile, regeneratedFile)
  let structuredCause: CauseHint | undefined
  // ignore-lines works on lines, so an output with that rule is compared as text.
  if (format !== 'text' && rule.ignoreLines.length === 0 && largestSize <= MAX_STRUCTURED_BYTES) {
    const texts = await readTexts([committedFile, regeneratedFile])
    if (texts) {
      const [committed = '', regenerated = ''] = texts
      const outcome =
        format === 'json'
          ? compareJson(committed, regenerated, rule.tolerance)
          : compareTable(committed, regenerated, format === 'csv' ? ',' : '\t', rule.tolerance)
      if (!('asText' in outcome)) return outcome
      structuredCause = outcome.cause
    }
  }
  try {
    const text = await compareText(committedFile, regeneratedFile, outputPath, rule)
    return structuredCause ? { ...text, cause: structuredCause } : text
  } catch (error) {
    if (error instanceof NotTextError) return compareAsBinary(committedFile, regeneratedFile)
    throw error
  }
}

/**
 * Analyse how `regeneratedFile` differs from `committedFile` (both on disk) for the output at
 * `outputPath` (relative to the dataset root; its extension picks the format) under `rule`.
 * The rule's `ignore` is the caller's business: an ignored output is never compared.
 */
export async function analyseDifference(
  committedFile: string,
  regeneratedFile: string,
  outputPath: string,
  rule: ComparisonRule = { ignore: false, ignoreLines: [] }
): Promise<DifferenceAnalysis> {
  const [committedSize, regeneratedSize] = await Promise.all(
    [committedFile, regeneratedFile].map(async file => (await fs.stat(file)).size)
  )
  const analysis = await analyse(
    committedFile,
    regeneratedFile,
    outputPath,
    rule,
    Math.max(committedSize, regeneratedSize)
  )
  if (regeneratedSize === 0 && committedSize !== 0) return { ...analysis, cause: 'empty' }
  return analysis
}
