/**
 * JSON outputs compared value by value: changed, added and removed paths (`$.a.b[3]`) with old and
 * new values, numbers within the rule's tolerance. Arrays are compared index by index.
 */
import type { Tolerance } from '../../config/comparison-rules.js'
import type { CauseHint, OutputDiff } from '../../model.js'
import type { DifferenceAnalysis, TextFallback } from './analyse-difference.js'
import { CauseEvidence, chooseCause } from './causes.js'
import { MAX_STRUCTURED_CHANGES, MAX_VALUE_PREVIEW_CHARS } from './limits.js'
import { equalWithinTolerance, withinTolerance } from './numbers.js'

type JsonChange = Extract<OutputDiff, { kind: 'json' }>['changes'][number]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

/** Values short enough to read in a report are kept; longer ones are abbreviated. */
function preview(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_VALUE_PREVIEW_CHARS
      ? `${value.slice(0, MAX_VALUE_PREVIEW_CHARS)}…`
      : value
  }
  if (typeof value !== 'object' || value === null) return value
  if (JSON.stringify(value).length <= MAX_VALUE_PREVIEW_CHARS) return value
  return Array.isArray(value)
    ? `[… ${value.length} items]`
    : `{… ${Object.keys(value).length} keys}`
}

/** The value as evidence for cause hints: strings as they are, anything else as JSON. */
function asEvidence(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

class JsonComparison {
  readonly changes: JsonChange[] = []
  count = 0
  readonly evidence = new CauseEvidence()

  constructor(private readonly tolerance: Tolerance | undefined) {}

  private record(change: JsonChange): void {
    this.count++
    if (this.changes.length < MAX_STRUCTURED_CHANGES) this.changes.push(change)
    if (change.change !== 'changed') this.evidence.contradict()
  }

  compare(committed: unknown, regenerated: unknown, path: string): void {
    if (Array.isArray(committed) && Array.isArray(regenerated)) {
      const length = Math.max(committed.length, regenerated.length)
      for (let i = 0; i < length; i++) {
        const child = `${path}[${i}]`
        if (i >= committed.length) {
          this.record({ path: child, change: 'added', new: preview(regenerated[i]) })
        } else if (i >= regenerated.length) {
          this.record({ path: child, change: 'removed', old: preview(committed[i]) })
        } else this.compare(committed[i], regenerated[i], child)
      }
    } else if (isRecord(committed) && isRecord(regenerated)) {
      for (const [key, value] of Object.entries(committed)) {
        const child = childPath(path, key)
        if (Object.hasOwn(regenerated, key)) this.compare(value, regenerated[key], child)
        else this.record({ path: child, change: 'removed', old: preview(value) })
      }
      for (const [key, value] of Object.entries(regenerated)) {
        if (!Object.hasOwn(committed, key)) {
          this.record({ path: childPath(path, key), change: 'added', new: preview(value) })
        }
      }
    } else if (committed !== regenerated) {
      this.evidence.observe(asEvidence(committed), asEvidence(regenerated))
      const tolerated =
        this.tolerance !== undefined &&
        typeof committed === 'number' &&
        typeof regenerated === 'number' &&
        withinTolerance(committed, regenerated, this.tolerance)
      if (!tolerated) {
        this.record({ path, change: 'changed', old: preview(committed), new: preview(regenerated) })
      }
    }
  }
}

/** The first line (of the regenerated text) that differs beyond the tolerance, for annotations. */
function firstDifferentLine(
  committed: string,
  regenerated: string,
  tolerance: Tolerance | undefined
): number {
  const a = committed.split('\n')
  const b = regenerated.split('\n')
  const same = (x: string, y: string) =>
    x === y || (tolerance !== undefined && equalWithinTolerance(x, y, tolerance))
  const index = b.findIndex((line, i) => i >= a.length || !same(a[i] ?? '', line))
  return index < 0 ? Math.max(1, b.length) : index + 1
}

export function compareJson(
  committedText: string,
  regeneratedText: string,
  tolerance: Tolerance | undefined
): DifferenceAnalysis | TextFallback {
  let committed: unknown
  let regenerated: unknown
  try {
    committed = JSON.parse(committedText)
    regenerated = JSON.parse(regeneratedText)
  } catch {
    return { asText: true }
  }
  const comparison = new JsonComparison(tolerance)
  try {
    comparison.compare(committed, regenerated, '$')
  } catch (error) {
    // Nesting deeper than the stack allows: the text diff still works.
    if (error instanceof RangeError) return { asText: true }
    throw error
  }
  const { evidence } = comparison
  // Equal values, different bytes: keys in another order, or whitespace between tokens (string
  // contents being equal, removing all whitespace can only remove the whitespace between them).
  const formattingCause = (): CauseHint | undefined => {
    if (JSON.stringify(committed) !== JSON.stringify(regenerated)) return 'reordered'
    const squeeze = (text: string) => text.replace(/\s+/g, '')
    return squeeze(committedText) === squeeze(regeneratedText) ? 'whitespace' : undefined
  }
  if (comparison.count === 0) {
    // Without a tolerance only the bytes count: show how they differ as text, and say so when
    // the difference is the order of keys.
    if (tolerance === undefined) return { asText: true, cause: formattingCause() }
    return { equivalent: true, deviation: evidence.deviation, cause: chooseCause(evidence.flags()) }
  }
  return {
    equivalent: false,
    deviation: evidence.deviation,
    cause: chooseCause(evidence.flags()),
    diff: {
      kind: 'json',
      changes: comparison.changes,
      truncated: comparison.count - comparison.changes.length,
      firstDifferentLine: firstDifferentLine(committedText, regeneratedText, tolerance)
    }
  }
}
