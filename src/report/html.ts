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
 * Collects blocks of text up to a size limit. Blocks that do not fit are dropped whole, so the
 * result is never cut inside an HTML tag; `dropped` counts them for a truncation note.
 */
export class Budget {
  private readonly blocks: string[] = []
  private used = 0
  dropped = 0

  /** @param limit in units of `measure` (bytes for summaries, characters for comments) */
  constructor(
    private readonly limit: number,
    private readonly measure: (text: string) => number
  ) {}

  /** Adds the block when it fits; false when it did not (and was dropped). */
  add(block: string): boolean {
    const size = this.measure(block)
    if (this.used + size > this.limit) {
      this.dropped++
      return false
    }
    this.blocks.push(block)
    this.used += size
    return true
  }

  remaining(): number {
    return this.limit - this.used
  }

  text(): string {
    return this.blocks.join('')
  }
}

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')
export const charLength = (text: string): number => text.length
