/** Helpers for the HTML-flavoured markdown GitHub renders in job summaries and comments. */
import { escapeHtml } from './neutralise.js'
import { shortSha } from './text-report.js'

/** A short SHA in code style, linked to the commit when a URL is known. */
export function commitLink(sha: string, commitUrl?: (sha: string) => string): string {
  const code = `<code>${escapeHtml(shortSha(sha))}</code>`
  return commitUrl ? `<a href="${escapeHtml(commitUrl(sha))}">${code}</a>` : code
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/**
 * One part of a page that may be shortened to fit a size limit: whole items are left out from the
 * end, never a piece of one, so no tag, fence or block is cut; `more` and `gone` say what went.
 */
export interface PagePart {
  /** Opening markup, written while at least one item is kept. */
  head?: string
  items: readonly string[]
  /** Closing markup, written with the head. */
  tail?: string
  /** Which part gives way first (the lowest); absent: the part is always kept whole. */
  rank?: number
  /** Written before the tail when `left` items were left out and some are kept. */
  more?: (left: number) => string
  /** Written instead of the part when all its `left` items were left out. */
  gone?: (left: number) => string
}

export interface PageLimit {
  /** The most the page may measure, everything included. */
  limit: number
  /** Bytes for job summaries, characters for comments. */
  measure: (text: string) => number
  /** Appended when anything was left out. */
  shortenedNote: string
}

/** A part's text and size with its first `kept` items. */
class FittedPart {
  private readonly itemSizes: number[] = [0]
  kept: number

  constructor(
    readonly part: PagePart,
    private readonly measure: (text: string) => number
  ) {
    for (const item of part.items) this.itemSizes.push((this.itemSizes.at(-1) ?? 0) + measure(item))
    this.kept = part.items.length
  }

  get shortened(): boolean {
    return this.kept < this.part.items.length
  }

  /** What is written before and after the kept items. */
  private frame(): [string, string] {
    const { head = '', tail = '', more, gone } = this.part
    const left = this.part.items.length - this.kept
    if (this.kept === 0) return [left > 0 && gone ? gone(left) : '', '']
    return [head, (left > 0 && more ? more(left) : '') + tail]
  }

  size(): number {
    const [before, after] = this.frame()
    return this.measure(before) + (this.itemSizes[this.kept] ?? 0) + this.measure(after)
  }

  text(): string {
    const [before, after] = this.frame()
    return before + this.part.items.slice(0, this.kept).join('') + after
  }
}

/**
 * The parts in order, shortened until the whole fits the limit: the part of lowest rank loses
 * its last item first (a later part before an earlier one of the same rank). Parts without a
 * rank are kept whole; the renderers keep those small, so the page always fits.
 */
export function fitPage(parts: readonly PagePart[], page: PageLimit): string {
  const fitted = parts.map(part => new FittedPart(part, page.measure))
  const noteSize = page.measure(page.shortenedNote)
  // Nothing is shortened yet, so no note.
  let size = fitted.reduce((sum, part) => sum + part.size(), 0)
  while (size > page.limit) {
    let victim: FittedPart | undefined
    for (const part of fitted) {
      const rank = part.part.rank
      if (rank === undefined || part.kept === 0) continue
      if (!victim || rank <= (victim.part.rank ?? rank)) victim = part
    }
    if (!victim) break
    const before = victim.size()
    const wasShortened = fitted.some(part => part.shortened)
    victim.kept--
    size += victim.size() - before + (wasShortened ? 0 : noteSize)
  }
  const text = fitted.map(part => part.text()).join('')
  return fitted.some(part => part.shortened) ? text + page.shortenedNote : text
}

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')
export const charLength = (text: string): number => text.length
