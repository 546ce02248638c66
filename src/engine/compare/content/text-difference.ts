/**
 * Text outputs, streamed: both files are read line by line in step (after dropping ignore-lines),
 * byte-identical stretches are skipped with memcmp, and each changed region is diffed in a bounded
 * window. Memory is a few windows and chunks whatever the file size.
 *
 * Lines are compared position by position, numdiff-style: equal, or (under a tolerance) equal
 * within it. At the first pair that is not, the region from there is diffed with the diff
 * library; once both sides share DIFF_SYNC_LINES lines after the last change, the rest of the
 * common tail is given back and the walk in step resumes.
 */
import { diffArrays, structuredPatch, type StructuredPatchHunk } from 'diff'
import fs from 'node:fs/promises'
import type { ComparisonRule } from '../../config/comparison-rules.js'
import type { DifferenceAnalysis } from './analyse-difference.js'
import {
  DIFF_BUDGET_LINES,
  DIFF_CONTEXT_LINES,
  DIFF_MAX_EDITS,
  DIFF_SYNC_LINES,
  DIFF_WINDOW_CHARS,
  DIFF_WINDOW_GROWTH,
  DIFF_WINDOW_LINES,
  DIFF_WINDOW_MAX_LINES,
  MAX_REORDER_BYTES
} from './limits.js'
import { LineSource, skipIdenticalLines, type Line } from './line-source.js'
import { equalWithinTolerance, textAroundNumbers } from './numbers.js'
import { TextEvidence } from './text-evidence.js'
import { UnifiedDiff } from './unified-diff.js'

type LinesEqual = (committed: Line, regenerated: Line) => boolean

interface LineComparison {
  equal: LinesEqual
  /** Whether lines that differ can still be equal (a tolerance); else equal means identical. */
  tolerant: boolean
}

function lineComparison(rule: ComparisonRule): LineComparison {
  const { tolerance } = rule
  return {
    equal: (a, b) =>
      a.terminated === b.terminated &&
      (a.text === b.text ||
        (tolerance !== undefined && equalWithinTolerance(a.text, b.text, tolerance))),
    tolerant: tolerance !== undefined
  }
}

function asText(lines: readonly Line[]): string {
  return lines.map(line => (line.terminated ? `${line.text}\n` : line.text)).join('')
}

interface Window {
  lines: Line[]
  /** Number of the last line read before the window, for a window that is empty. */
  before: number
}

/** A hunk start from a position in the window to the file's line number. */
function fileLine(window: Window, start: number): number {
  return window.lines[start - 1]?.number ?? (window.lines.at(-1)?.number ?? window.before) + 1
}

interface Region {
  hunks: StructuredPatchHunk[]
  /** Window positions after the last hunk: the lines from there on are common to both. */
  committedEnd: number
  regeneratedEnd: number
  synced: boolean
}

/**
 * Diff two windows; undefined when that takes more than `maxEdits` edits. Lines the rule calls
 * equal (within tolerance) are made identical in the regenerated text first, so the diff shows
 * only the differences that count.
 */
function diffWindows(
  committedWindow: Window,
  regeneratedWindow: Window,
  comparison: LineComparison,
  maxEdits: number
): Region | undefined {
  const committed = committedWindow.lines
  const regenerated = regeneratedWindow.lines
  let shown = regenerated
  if (comparison.tolerant) {
    const keys = new Map(
      [...committed, ...regenerated].map(line => [line, textAroundNumbers(line.text)])
    )
    const changes = diffArrays(committed, regenerated, {
      comparator: (a, b) => keys.get(a) === keys.get(b) && comparison.equal(a, b),
      maxEditLength: maxEdits
    })
    if (!changes) return undefined
    shown = [...regenerated]
    let committedIndex = 0
    let regeneratedIndex = 0
    for (const change of changes) {
      if (!change.added && !change.removed) {
        for (let i = 0; i < change.count; i++) {
          shown[regeneratedIndex + i] = committed[committedIndex + i]
        }
      }
      if (!change.added) committedIndex += change.count
      if (!change.removed) regeneratedIndex += change.count
    }
  }
  const patch = structuredPatch('', '', asText(committed), asText(shown), undefined, undefined, {
    context: DIFF_CONTEXT_LINES,
    maxEditLength: maxEdits
  })
  if (!patch) return undefined
  const last = patch.hunks.at(-1)
  const committedEnd = last ? last.oldStart - 1 + last.oldLines : committed.length
  const regeneratedEnd = last ? last.newStart - 1 + last.newLines : regenerated.length
  let trailingContext = 0
  for (let i = (last?.lines.length ?? 0) - 1; i >= 0 && last?.lines[i]?.startsWith(' '); i--) {
    trailingContext++
  }
  return {
    hunks: patch.hunks.map(hunk => ({
      ...hunk,
      oldStart: fileLine(committedWindow, hunk.oldStart),
      newStart: fileLine(regeneratedWindow, hunk.newStart)
    })),
    committedEnd,
    regeneratedEnd,
    synced: committed.length - committedEnd + trailingContext >= DIFF_SYNC_LINES
  }
}

export async function compareText(
  committedFile: string,
  regeneratedFile: string,
  outputPath: string,
  rule: ComparisonRule
): Promise<DifferenceAnalysis> {
  const committedHandle = await fs.open(committedFile, 'r')
  try {
    const regeneratedHandle = await fs.open(regeneratedFile, 'r')
    try {
      const [committedSize, regeneratedSize] = [
        (await committedHandle.stat()).size,
        (await regeneratedHandle.stat()).size
      ]
      const evidence = new TextEvidence(
        Math.max(committedSize, regeneratedSize) <= MAX_REORDER_BYTES
      )
      const keep = (text: string) => !rule.ignoreLines.some(pattern => pattern.test(text))
      const committed = new LineSource(committedHandle, committedSize, keep, line =>
        evidence.read('committed', line)
      )
      const regenerated = new LineSource(regeneratedHandle, regeneratedSize, keep, line =>
        evidence.read('regenerated', line)
      )
      const walk = new TextWalk(committed, regenerated, lineComparison(rule), outputPath, () =>
        evidence.skipped()
      )
      const firstDifferentLine = await walk.run()
      const { cause, deviation } = evidence.result()
      if (firstDifferentLine === undefined) return { equivalent: true, deviation, cause }
      return {
        equivalent: false,
        deviation,
        cause,
        diff: { kind: 'text', ...walk.diff.render(), firstDifferentLine }
      }
    } finally {
      await regeneratedHandle.close()
    }
  } finally {
    await committedHandle.close()
  }
}

class TextWalk {
  readonly diff: UnifiedDiff
  /** The last lines walked in step, shown as context before the next change. */
  private context: { committed: Line[]; regenerated: Line[] } = { committed: [], regenerated: [] }
  private diffedLines = 0
  private stopped = false

  constructor(
    private readonly committed: LineSource,
    private readonly regenerated: LineSource,
    private readonly comparison: LineComparison,
    outputPath: string,
    /** Called when identical lines were skipped without being read. */
    private readonly onSkip: () => void
  ) {
    this.diff = new UnifiedDiff(outputPath)
  }

  /** Walk both files to the end; returns the first differing line (regenerated side), if any. */
  async run(): Promise<number | undefined> {
    const { committed, regenerated } = this
    let firstDifferentLine: number | undefined
    let skipAhead = true
    for (;;) {
      if (skipAhead && committed.drained && regenerated.drained) {
        if ((await skipIdenticalLines(committed, regenerated, DIFF_CONTEXT_LINES)) > 0) {
          this.context = { committed: [], regenerated: [] }
          this.onSkip()
        }
        skipAhead = false
      }
      const a = await committed.next()
      const b = await regenerated.next()
      if (!a && !b) return firstDifferentLine
      if (a && b && this.comparison.equal(a, b)) {
        this.remember(a, b)
        continue
      }
      firstDifferentLine ??= b?.number ?? Math.max(1, regenerated.lastLineNumber)
      if (this.stopped) {
        // Past the diff budget: what is left is only counted, as an upper bound.
        this.diff.countUndiffed((a ? 1 : 0) + (b ? 1 : 0))
        continue
      }
      skipAhead = await this.diffRegion(a, b)
    }
  }

  private remember(a: Line, b: Line): void {
    const { committed, regenerated } = this.context
    committed.push(a)
    regenerated.push(b)
    if (committed.length > DIFF_CONTEXT_LINES) {
      committed.shift()
      regenerated.shift()
    }
  }

  /** Diff the region starting at a differing pair; returns whether it closed (both sides in step). */
  private async diffRegion(a: Line | null, b: Line | null): Promise<boolean> {
    const window = (source: LineSource, context: Line[], first: Line | null): Window => {
      const lines = [...context, ...(first ? [first] : [])]
      return { lines, before: (lines[0]?.number ?? source.lastLineNumber + 1) - 1 }
    }
    const committedWindow = window(this.committed, this.context.committed, a)
    const regeneratedWindow = window(this.regenerated, this.context.regenerated, b)
    this.context = { committed: [], regenerated: [] }
    const ended = () => this.committed.finished && this.regenerated.finished
    let region: Region | undefined
    for (let scale = 1; ; scale *= DIFF_WINDOW_GROWTH) {
      committedWindow.lines.push(...(await this.fill(this.committed, committedWindow.lines, scale)))
      regeneratedWindow.lines.push(
        ...(await this.fill(this.regenerated, regeneratedWindow.lines, scale))
      )
      // A window is diffed only while that stays cheap; the last one that was is kept.
      const wider = diffWindows(committedWindow, regeneratedWindow, this.comparison, DIFF_MAX_EDITS)
      if (!wider) break
      region = wider
      if (ended() || region.synced || DIFF_WINDOW_LINES * scale >= DIFF_WINDOW_MAX_LINES) break
    }
    const windowLines = committedWindow.lines.length + regeneratedWindow.lines.length
    this.diffedLines += windowLines
    if (!region) {
      // Not even the first window could be diffed cheaply: its lines are only counted.
      this.stopped = true
      this.diff.countUndiffed(windowLines)
      return false
    }
    this.diff.add(region.hunks)
    if (ended() && region.synced) return false
    // The lines after the last hunk are walked again: in step when the region closed, and
    // otherwise at least counted.
    this.committed.unread(committedWindow.lines.slice(region.committedEnd))
    this.regenerated.unread(regeneratedWindow.lines.slice(region.regeneratedEnd))
    if (!region.synced || this.diffedLines > DIFF_BUDGET_LINES) this.stopped = true
    return !this.stopped
  }

  private fill(source: LineSource, window: Line[], scale: number): Promise<Line[]> {
    const chars = window.reduce((sum, line) => sum + line.text.length, 0)
    return source.take(DIFF_WINDOW_LINES * scale - window.length, DIFF_WINDOW_CHARS * scale - chars)
  }
}
