/**
 * Numbers inside text, compared numdiff-style: a line is split into numbers and the text between
 * them; two lines are equal within a tolerance when the text between the numbers is the same and
 * every pair of numbers is within the tolerance.
 */
import type { Tolerance } from '../../config/comparison-rules.js'
import type { Deviation } from '../../model.js'

/** Under a tolerance, column alignment that shifts with a number's width does not count. */
const BLANKS = /[ \t]+/g

export interface NumberToken {
  text: string
  value: number
}

interface TokenisedLine {
  /** The text around the numbers, with runs of spaces and tabs as one space. */
  skeleton: string[]
  numbers: NumberToken[]
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57
const DOT = 46
/** Letters, digits and `_`: what a number must not be glued to. */
const isWordCode = (code: number): boolean =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95

/** Index just after the run of digits starting at `i`. */
function digitsEnd(line: string, i: number): number {
  while (isDigit(line.charCodeAt(i))) i++
  return i
}

/**
 * The end of the number starting at `start`, or -1. A number is an optional sign, digits with an
 * optional fraction (or a fraction alone), and an optional exponent, taken as long as it goes; it
 * counts only standing on its own: not preceded by a word character or `.`, not followed by a
 * word character or by `.` and a digit. So `run2`, `0x1F`, `v1.2.3` and `1e` stay text, and a
 * sign after a word character is text: `2024-01-05` is 2024, `-`, 01, `-`, 05.
 */
function numberEnd(line: string, start: number): number {
  const before = line.charCodeAt(start - 1)
  if (isWordCode(before) || before === DOT) return -1
  let i = start
  const first = line.charCodeAt(i)
  if (first === 43 || first === 45) i++ // + or -
  const integerEnd = digitsEnd(line, i)
  let end = integerEnd
  if (line.charCodeAt(end) === DOT) {
    const fractionEnd = digitsEnd(line, end + 1)
    if (fractionEnd > end + 1 || integerEnd > i) end = fractionEnd
  }
  if (end === i || (end === i + 1 && line.charCodeAt(i) === DOT)) return -1
  const e = line.charCodeAt(end)
  if (e === 69 || e === 101) {
    const sign = line.charCodeAt(end + 1)
    const exponentStart = sign === 43 || sign === 45 ? end + 2 : end + 1
    const exponentEnd = digitsEnd(line, exponentStart)
    if (exponentEnd > exponentStart) end = exponentEnd
  }
  const after = line.charCodeAt(end)
  if (isWordCode(after) || (after === DOT && isDigit(line.charCodeAt(end + 1)))) return -1
  return end
}

function collapseBlanks(text: string): string {
  return text.includes('  ') || text.includes('\t') ? text.replace(BLANKS, ' ') : text
}

function tokenise(line: string): TokenisedLine {
  const skeleton: string[] = []
  const numbers: NumberToken[] = []
  let last = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (!isDigit(code) && code !== DOT && code !== 43 && code !== 45) continue
    const end = numberEnd(line, i)
    if (end < 0) continue
    const text = line.slice(i, end)
    skeleton.push(collapseBlanks(line.slice(last, i)))
    numbers.push({ text, value: Number(text) })
    last = end
    i = end - 1
  }
  skeleton.push(collapseBlanks(line.slice(last)))
  return { skeleton, numbers }
}

export interface NumberPair {
  committed: NumberToken
  regenerated: NumberToken
}

const isBlank = (code: number): boolean => code === 32 || code === 9

/**
 * Where two lines differ, widened to whole blank-separated words: tokenising just that part gives
 * the same tokens as tokenising the whole lines (no number and no run of blanks crosses its
 * edges), which makes comparing long lines that differ in one number cheap.
 */
function differingSpan(a: string, b: string): { start: number; endA: number; endB: number } {
  const shorter = Math.min(a.length, b.length)
  let start = 0
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++
  let suffix = 0
  while (
    suffix < shorter - start &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix++
  }
  // Back over blanks, then over the word, to a word start preceded by a blank (or 0).
  while (start > 0 && isBlank(a.charCodeAt(start - 1))) start--
  while (start > 0 && !isBlank(a.charCodeAt(start - 1))) start--
  // Forward over blanks, then over the word, inside the common suffix.
  let end = a.length - suffix
  while (end < a.length && isBlank(a.charCodeAt(end))) end++
  while (end < a.length && !isBlank(a.charCodeAt(end))) end++
  const endA = end
  const endB = end + b.length - a.length
  return { start, endA, endB }
}

/**
 * The pairs of numbers whose values differ, when the two lines differ in nothing else (text
 * between numbers equal up to runs of blanks); null when they differ in something else.
 */
export function differingNumbers(committed: string, regenerated: string): NumberPair[] | null {
  // The walk compares a pair and the cause evidence looks at the same pair right after.
  if (lastPair.committed === committed && lastPair.regenerated === regenerated) {
    return lastPair.result
  }
  const result = tokenisedDifference(committed, regenerated)
  lastPair = { committed, regenerated, result }
  return result
}

let lastPair: { committed: string; regenerated: string; result: NumberPair[] | null } = {
  committed: '',
  regenerated: '',
  result: []
}

function tokenisedDifference(committed: string, regenerated: string): NumberPair[] | null {
  const { start, endA, endB } = differingSpan(committed, regenerated)
  const a = tokenise(committed.slice(start, endA))
  const b = tokenise(regenerated.slice(start, endB))
  if (a.numbers.length !== b.numbers.length) return null
  if (a.skeleton.some((text, i) => text !== b.skeleton[i])) return null
  const pairs: NumberPair[] = []
  a.numbers.forEach((number, i) => {
    const other = b.numbers[i]
    if (other && number.value !== other.value) pairs.push({ committed: number, regenerated: other })
  })
  return pairs
}

/** |a − b| and |a − b| / max(|a|, |b|); both 0 when the values are equal. */
function deviationBetween(a: number, b: number): Deviation {
  if (a === b) return { absolute: 0, relative: 0 }
  const absolute = Math.abs(a - b)
  return { absolute, relative: absolute / Math.max(Math.abs(a), Math.abs(b)) }
}

/** Absolute OR relative: the documented rule, symmetric in a and b. */
export function withinTolerance(a: number, b: number, tolerance: Tolerance): boolean {
  if (a === b) return true
  const { absolute, relative } = deviationBetween(a, b)
  if (!Number.isFinite(absolute)) return false
  return absolute <= tolerance.absolute || relative <= tolerance.relative
}

/**
 * The line with every number taken out: lines equal within any tolerance have equal keys, so
 * comparing keys first rules out most pairs cheaply when many are compared (diffing a window).
 */
export function textAroundNumbers(line: string): string {
  return tokenise(line).skeleton.join('\u0000')
}

/** Whether two lines (or cells) are equal within the tolerance. */
export function equalWithinTolerance(
  committed: string,
  regenerated: string,
  tolerance: Tolerance
): boolean {
  if (committed === regenerated) return true
  const pairs = differingNumbers(committed, regenerated)
  return (
    pairs !== null &&
    pairs.every(pair => withinTolerance(pair.committed.value, pair.regenerated.value, tolerance))
  )
}

/**
 * A number as people read it: `digits` significant digits without trailing zeros (`0.04`, not
 * `0.040000000000000036`; `3e-9`; `1230`). For text only: the JSON report keeps exact values.
 */
export function formatSignificant(value: number, digits = 3): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(digits))) : String(value)
}

/** Written with a decimal point or an exponent: a computed value rather than a count. */
export function looksFloatingPoint(token: NumberToken): boolean {
  return /[.eE]/.test(token.text)
}

/** The largest absolute and relative deviation seen (each maximised on its own). */
export class DeviationTracker {
  private absolute = 0
  private relative = 0
  private seen = false

  record(a: number, b: number): Deviation {
    const deviation = deviationBetween(a, b)
    // Overflowed numbers (1e999) differ, but have no finite deviation worth reporting.
    if (Number.isFinite(deviation.absolute)) {
      this.absolute = Math.max(this.absolute, deviation.absolute)
      this.relative = Math.max(this.relative, deviation.relative)
      this.seen = true
    }
    return deviation
  }

  get deviation(): Deviation | undefined {
    return this.seen ? { absolute: this.absolute, relative: this.relative } : undefined
  }
}
