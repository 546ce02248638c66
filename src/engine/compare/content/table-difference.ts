/**
 * CSV and TSV outputs compared cell by cell: changed cells by row and column (header names when
 * the first row is a header), added and removed rows, numbers within the rule's tolerance.
 * Rows are compared in order when both tables have as many; otherwise they are aligned with the
 * diff library first, so one inserted row reads as one added row.
 */
import { diffArrays } from 'diff'
import type { Tolerance } from '../../config/comparison-rules.js'
import type { OutputDiff } from '../../model.js'
import type { DifferenceAnalysis, TextFallback } from './analyse-difference.js'
import { CauseEvidence, chooseCause } from './causes.js'
import { MAX_ROW_EDITS, MAX_STRUCTURED_CHANGES } from './limits.js'
import { equalWithinTolerance } from './numbers.js'

export interface TableRecord {
  cells: string[]
  /** Line of the file where the record starts (records may span lines inside quotes). */
  line: number
}

/**
 * RFC 4180 records: fields separated by `separator`, records by LF or CRLF, `"` quotes a field
 * (which may then hold separators, quotes written `""`, and newlines). Lenient where the RFC is
 * strict: a quote inside an unquoted field is kept as text. Null when a quote is never closed.
 */
export function parseDelimited(text: string, separator: ',' | '\t'): TableRecord[] | null {
  const records: TableRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        cell += c
      }
    } else if (c === '"' && cell === '') quoted = true
    else if (c === separator) {
      cells.push(cell)
      cell = ''
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++
      cells.push(cell)
      records.push({ cells, line: recordLine })
      cells = []
      cell = ''
      recordLine = ++line
    } else cell += c
  }
  if (quoted) return null
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    records.push({ cells, line: recordLine })
  }
  return records
}

const NUMERIC_CELL = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/

/** A header row: every cell named (non-empty, not a number) above a row holding a number. */
function hasHeader(records: readonly TableRecord[]): boolean {
  const [first, second] = records
  return (
    first !== undefined &&
    second !== undefined &&
    first.cells.every(cell => cell.trim() !== '' && !NUMERIC_CELL.test(cell)) &&
    second.cells.some(cell => NUMERIC_CELL.test(cell))
  )
}

type TableDiff = Extract<OutputDiff, { kind: 'table' }>

class TableComparison {
  readonly cells: TableDiff['cells'] = []
  count = 0
  addedRows = 0
  removedRows = 0
  firstDifferentLine: number | undefined
  readonly evidence = new CauseEvidence()

  constructor(
    private readonly columns: readonly string[],
    private readonly tolerance: Tolerance | undefined
  ) {}

  cellsEqual(a: string, b: string): boolean {
    return (
      a === b ||
      (this.tolerance !== undefined && equalWithinTolerance(a.trim(), b.trim(), this.tolerance))
    )
  }

  rowsEqual(a: TableRecord, b: TableRecord): boolean {
    return (
      a.cells.length === b.cells.length &&
      a.cells.every((cell, i) => this.cellsEqual(cell, b.cells[i] ?? ''))
    )
  }

  private differsAt(line: number): void {
    this.firstDifferentLine ??= line
  }

  /** Rows in the same place: `row` is the regenerated row number (0 for the header). */
  comparePair(committed: TableRecord, regenerated: TableRecord, row: number): void {
    const width = Math.max(committed.cells.length, regenerated.cells.length)
    for (let column = 0; column < width; column++) {
      const old = committed.cells[column]
      const now = regenerated.cells[column]
      if (old === now) continue
      if (old === undefined || now === undefined) this.evidence.contradict()
      else this.evidence.observe(old, now)
      if (old !== undefined && now !== undefined && this.cellsEqual(old, now)) continue
      this.differsAt(regenerated.line)
      this.count++
      if (this.cells.length < MAX_STRUCTURED_CHANGES) {
        const name = this.columns[column] ?? String(column + 1)
        this.cells.push({ row, column: name, old: old ?? '', new: now ?? '' })
      }
    }
  }

  added(regenerated: TableRecord): void {
    this.addedRows++
    this.evidence.contradict()
    this.differsAt(regenerated.line)
  }

  removed(nextRegeneratedLine: number): void {
    this.removedRows++
    this.evidence.contradict()
    this.differsAt(nextRegeneratedLine)
  }
}

/** Column labels: header names where they are unique, column numbers otherwise. */
function columnLabels(header: TableRecord | undefined): string[] {
  const names = header?.cells ?? []
  return names.map((name, i) =>
    name !== '' && names.indexOf(name) === names.lastIndexOf(name) ? name : String(i + 1)
  )
}

function alignRows(
  comparison: TableComparison,
  committed: readonly TableRecord[],
  regenerated: readonly TableRecord[]
): void {
  const lineAfter = (index: number) =>
    regenerated[index]?.line ?? Math.max(1, regenerated.at(-1)?.line ?? 1)
  const positional = () => {
    const shared = Math.min(committed.length, regenerated.length)
    for (let i = 0; i < shared; i++) comparison.comparePair(committed[i], regenerated[i], i + 1)
    for (let i = shared; i < regenerated.length; i++) comparison.added(regenerated[i])
    for (let i = shared; i < committed.length; i++) comparison.removed(lineAfter(shared))
  }
  if (committed.length === regenerated.length) return positional()
  const changes = diffArrays([...committed], [...regenerated], {
    comparator: (a, b) => comparison.rowsEqual(a, b),
    maxEditLength: MAX_ROW_EDITS
  })
  if (!changes) return positional()
  let committedIndex = 0
  let regeneratedIndex = 0
  let removed: TableRecord[] = []
  let added: TableRecord[] = []
  // A run of removed rows next to a run of added ones is read as changed rows, pair by pair.
  const flush = () => {
    const paired = Math.min(removed.length, added.length)
    const firstAdded = regeneratedIndex - added.length
    for (let i = 0; i < paired; i++) {
      comparison.comparePair(removed[i], added[i], firstAdded + i + 1)
    }
    for (const row of added.slice(paired)) comparison.added(row)
    for (let i = paired; i < removed.length; i++) comparison.removed(lineAfter(regeneratedIndex))
    removed = []
    added = []
  }
  for (const change of changes) {
    if (change.removed) {
      removed.push(...committed.slice(committedIndex, committedIndex + change.count))
      committedIndex += change.count
    } else if (change.added) {
      added.push(...regenerated.slice(regeneratedIndex, regeneratedIndex + change.count))
      regeneratedIndex += change.count
    } else {
      flush()
      for (let i = 0; i < change.count; i++) {
        comparison.comparePair(
          committed[committedIndex + i],
          regenerated[regeneratedIndex + i],
          regeneratedIndex + i + 1
        )
      }
      committedIndex += change.count
      regeneratedIndex += change.count
    }
  }
  flush()
}

/** Same rows, another order (only asked when both tables have as many rows). */
function sameRowsReordered(
  committed: readonly TableRecord[],
  regenerated: readonly TableRecord[]
): boolean {
  const key = (record: TableRecord) => JSON.stringify(record.cells)
  const a = committed.map(key).sort()
  const b = regenerated.map(key).sort()
  return a.every((row, i) => row === b[i])
}

export function compareTable(
  committedText: string,
  regeneratedText: string,
  separator: ',' | '\t',
  tolerance: Tolerance | undefined
): DifferenceAnalysis | TextFallback {
  const committed = parseDelimited(committedText, separator)
  const regenerated = parseDelimited(regeneratedText, separator)
  if (!committed || !regenerated) return { asText: true }
  const header = hasHeader(committed)
  const comparison = new TableComparison(columnLabels(header ? committed[0] : undefined), tolerance)
  const skip = header ? 1 : 0
  if (header && regenerated[0]) comparison.comparePair(committed[0], regenerated[0], 0)
  const committedRows = committed.slice(skip)
  const regeneratedRows = regenerated.slice(skip)
  alignRows(comparison, committedRows, regeneratedRows)

  const { evidence } = comparison
  const differs = comparison.count + comparison.addedRows + comparison.removedRows > 0
  const reordered =
    differs &&
    committedRows.length === regeneratedRows.length &&
    comparison.addedRows + comparison.removedRows === 0 &&
    sameRowsReordered(committedRows, regeneratedRows)
  const cause = chooseCause(evidence.flags({ reordered }))
  if (!differs) {
    // Same cells: without a tolerance the bytes still count (quoting, line endings), shown as text.
    if (tolerance === undefined) return { asText: true }
    return { equivalent: true, deviation: evidence.deviation, cause }
  }
  return {
    equivalent: false,
    deviation: evidence.deviation,
    cause,
    diff: {
      kind: 'table',
      cells: comparison.cells,
      addedRows: comparison.addedRows,
      removedRows: comparison.removedRows,
      truncated: comparison.count - comparison.cells.length,
      firstDifferentLine: comparison.firstDifferentLine
    }
  }
}
