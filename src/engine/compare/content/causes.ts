/**
 * Cause hints, named only when every observed difference fits one explanation (as
 * reproducible-builds does). Evidence is gathered pair by pair (lines, cells or JSON values);
 * anything no hint explains (an added line, a removed key) rules every hint out.
 */
import type { CauseHint, Deviation } from '../../model.js'
import { DeviationTracker, differingNumbers, looksFloatingPoint } from './numbers.js'

/** Differences at or below this relative size, in floating-point numbers, are drift. */
export const FLOAT_DRIFT_RELATIVE = 1e-6

const WORD_BOUNDED = (pattern: string): string => `(?<![\\w.])(?:${pattern})(?!\\w|\\.\\d)`
const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
const WEEKDAYS =
  'Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?'

/** Date, time and epoch-looking values, each standing on its own (not inside a longer word). */
const TIMESTAMP_PATTERN = [
  // 05 Jan 2024, 5-January-24, Jan 5, 2024, January 5
  String.raw`\d{1,2}[ -](?:${MONTHS})[ -]\d{2,4}`,
  String.raw`(?:${MONTHS}) \d{1,2}(?:,? \d{4})?`,
  // ISO 8601 date, optionally with time, fraction and zone: 2024-01-05T12:30:00.123+01:00
  String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
  // compact ISO 8601: 20240105T123000Z
  String.raw`\d{8}T\d{6}Z?`,
  // 2024/01/05 and 05/01/2024
  String.raw`\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4}`,
  // 12:30, 12:30:00, 12:30:00.123
  String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?`,
  // Unix time in seconds (2001–2033) or milliseconds, optionally fractional
  String.raw`1\d{9}(?:\d{3})?(?:\.\d+)?`,
  MONTHS,
  WEEKDAYS
]
  .map(WORD_BOUNDED)
  .join('|')

const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN, 'g')

/**
 * A readable regular expression matching every line that holds a value TIMESTAMP matches (each
 * alternative is contained in one of its forms), for suggesting `ignore-lines`.
 */
export const TIMESTAMP_LINE =
  String.raw`\d{4}-\d{2}-\d{2}|\d{8}T\d{6}|\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}|1\d{9}|` +
  'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun'

/** The value with every date/time-looking part replaced by a placeholder. */
export function maskTimestamps(value: string): string {
  return value.replace(TIMESTAMP, '\u0000')
}

/** Runs of whitespace (newlines included) as one space, without leading or trailing whitespace. */
function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** CR before LF (or at the very end) removed: the CRLF → LF conversion. */
function withUnixLineEndings(value: string): string {
  return value.replace(/\r(?=\n|$)/g, '')
}

export interface CauseFlags {
  lineEndings: boolean
  whitespace: boolean
  timestamps: boolean
  floatDrift: boolean
  reordered: boolean
}

/**
 * The most specific hint that explains every difference; the order is the documented one.
 * Reordering outranks timestamps and drift: the same lines in another order is exact evidence,
 * while those two read a permutation as if lines were still aligned.
 */
export function chooseCause(flags: CauseFlags): CauseHint | undefined {
  if (flags.lineEndings) return 'line-endings'
  if (flags.whitespace) return 'whitespace'
  if (flags.reordered) return 'reordered'
  if (flags.timestamps) return 'timestamps'
  if (flags.floatDrift) return 'float-drift'
  return undefined
}

export class CauseEvidence {
  private differences = 0
  private lineEndings = true
  private whitespace = true
  private timestamps = true
  private numericOnly = true
  private floatDrift = true
  private driftingNumbers = 0
  private readonly deviations = new DeviationTracker()

  /** One pair that should have been equal; equal pairs are no evidence and are skipped. */
  observe(committed: string, regenerated: string): void {
    if (committed === regenerated) return
    this.differences++
    if (this.lineEndings) {
      this.lineEndings = withUnixLineEndings(committed) === withUnixLineEndings(regenerated)
    }
    if (this.whitespace) {
      this.whitespace = collapseWhitespace(committed) === collapseWhitespace(regenerated)
    }
    if (this.timestamps) {
      this.timestamps = maskTimestamps(committed) === maskTimestamps(regenerated)
    }
    if (this.numericOnly) this.observeNumbers(committed, regenerated)
  }

  private observeNumbers(committed: string, regenerated: string): void {
    const pairs = differingNumbers(committed, regenerated)
    if (pairs === null) {
      this.numericOnly = this.floatDrift = false
      return
    }
    for (const pair of pairs) {
      this.driftingNumbers++
      const { relative } = this.deviations.record(pair.committed.value, pair.regenerated.value)
      const floating = looksFloatingPoint(pair.committed) || looksFloatingPoint(pair.regenerated)
      if (!floating || !(relative <= FLOAT_DRIFT_RELATIVE)) this.floatDrift = false
    }
  }

  /** A difference no hint explains: something added, removed or of another shape. */
  contradict(): void {
    this.differences++
    this.lineEndings = this.whitespace = this.timestamps = false
    this.numericOnly = this.floatDrift = false
  }

  /** Whether any hint (or the numeric deviation) is still possible. */
  get open(): boolean {
    return this.lineEndings || this.whitespace || this.timestamps || this.numericOnly
  }

  get observed(): boolean {
    return this.differences > 0
  }

  /**
   * The largest deviation, when every difference seen was a difference of numbers (and not of
   * dates or times, whose digits are numbers too but whose deviation means nothing).
   */
  get deviation(): Deviation | undefined {
    const numeric = this.observed && this.numericOnly && !this.timestamps
    return numeric ? this.deviations.deviation : undefined
  }

  /** Which hints explain every difference; `overrides` supplies flags judged elsewhere. */
  flags(overrides: Partial<CauseFlags> = {}): CauseFlags {
    const flags: CauseFlags = {
      lineEndings: this.lineEndings,
      whitespace: this.whitespace,
      timestamps: this.timestamps,
      floatDrift: this.numericOnly && this.floatDrift && this.driftingNumbers > 0,
      reordered: false,
      ...overrides
    }
    // With no difference seen, every hint would hold vacuously.
    const observed = this.observed
    return {
      lineEndings: observed && flags.lineEndings,
      whitespace: observed && flags.whitespace,
      timestamps: observed && flags.timestamps,
      floatDrift: observed && flags.floatDrift,
      reordered: observed && flags.reordered
    }
  }
}
