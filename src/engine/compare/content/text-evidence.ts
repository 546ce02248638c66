/**
 * Cause hints for text read as two streams of lines. The streams are consumed unevenly (a diff
 * window takes more lines from one side), so each side queues its lines until the other side's
 * counterpart arrives; queues are bounded, and a hint that would need more memory is dropped.
 */
import type { CauseHint, Deviation } from '../../model.js'
import { CauseEvidence, chooseCause } from './causes.js'
import type { Line } from './line-source.js'
import { DIFF_WINDOW_MAX_LINES, MAX_PENDING_WORDS } from './limits.js'

type Side = 'committed' | 'regenerated'

const withNewline = (line: Line): string => (line.terminated ? `${line.text}\n` : line.text)

const MAX_PENDING_LINES = 2 * DIFF_WINDOW_MAX_LINES

/** Two queues that pair up items in order, for comparisons that ignore how the sides are read. */
class Pairing<T> {
  /** Items of the side that is ahead; the other side's next items pair with them. */
  private ahead: T[] = []
  private aheadSide: Side = 'committed'
  private next = 0
  broken = false

  constructor(
    private readonly limit: number,
    private readonly compare: (committed: T, regenerated: T) => boolean
  ) {}

  push(side: Side, items: readonly T[]): void {
    for (const item of items) {
      if (this.broken) return
      if (this.next < this.ahead.length && side !== this.aheadSide) {
        const waiting = this.ahead[this.next++]
        const [committed, regenerated] = side === 'regenerated' ? [waiting, item] : [item, waiting]
        this.broken = !this.compare(committed, regenerated)
        continue
      }
      if (this.next === this.ahead.length) {
        this.ahead = []
        this.next = 0
        this.aheadSide = side
      }
      this.ahead.push(item)
      if (this.ahead.length - this.next > this.limit) this.broken = true
    }
  }

  /** Whether everything pushed so far pairs up, nothing left over. */
  get balanced(): boolean {
    return !this.broken && this.next === this.ahead.length
  }
}

export class TextEvidence {
  private readonly values = new CauseEvidence()
  /** Line by line: line endings, timestamps, numbers. */
  private readonly lines = new Pairing<Line>(MAX_PENDING_LINES, (a, b) => {
    if (a.terminated === b.terminated) this.values.observe(a.text, b.text)
    else this.values.observe(withNewline(a), withNewline(b))
    return this.values.open
  })
  /** Word by word, so whitespace includes reflowed lines and added blank lines. */
  private readonly words = new Pairing<string>(MAX_PENDING_WORDS, (a, b) => a === b)
  /** Line texts counted up (committed) and down (regenerated); all zero means reordered. */
  private readonly multiset: Map<string, number> | null

  constructor(checkReordering: boolean) {
    this.multiset = checkReordering ? new Map() : null
  }

  read(side: Side, line: Line): void {
    this.lines.push(side, [line])
    if (!this.words.broken) this.words.push(side, line.text.split(/\s+/).filter(Boolean))
    if (this.multiset) {
      const count = (this.multiset.get(line.text) ?? 0) + (side === 'committed' ? 1 : -1)
      if (count === 0) this.multiset.delete(line.text)
      else this.multiset.set(line.text, count)
    }
  }

  /** Identical lines were skipped unread: pairings that were out of step cannot be completed. */
  skipped(): void {
    if (!this.lines.balanced) this.values.contradict()
    if (!this.words.balanced) this.words.broken = true
  }

  result(): { cause?: CauseHint; deviation?: Deviation } {
    if (!this.lines.balanced) this.values.contradict()
    const cause = chooseCause(
      this.values.flags({
        whitespace: this.words.balanced,
        reordered: this.multiset !== null && this.multiset.size === 0
      })
    )
    return { cause, deviation: this.values.deviation }
  }
}
