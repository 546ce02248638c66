/**
 * What the text report and the job summary say about one output, kept readable: a reason on one
 * line of bounded length (the JSON report keeps the whole text), and a likely cause only when it
 * adds something to the status. Pure.
 */
import type { CauseHint, CommitStatus, OutputVerdict } from '../engine/model.js'

/** The longest reason shown for one output, in characters. */
export const REASON_CHARS = 160

/**
 * A per-output reason as one readable line: its first line, cut to `max` characters (whole code
 * points), with `…` where something was left out.
 */
export function briefReason(reason: string, max = REASON_CHARS): string {
  const lines = reason.trim().split(/\r\n|\r|\n/)
  const first = [...(lines[0] ?? '').trimEnd()]
  const cut = first.length > max || lines.length > 1
  return cut ? `${first.slice(0, max).join('').trimEnd()} …` : first.join('')
}

/** The likely cause worth naming: none when it only repeats the status (`missing`, `missing`). */
export function shownCause(output: Pick<OutputVerdict, 'status' | 'cause'>): CauseHint | undefined {
  return output.cause === output.status ? undefined : output.cause
}

/** Commits whose command's output is shown: it may say why (a `| tee` can hide a failure's exit code). */
export function showsCommandOutput(status: CommitStatus): boolean {
  return status === 'failed' || status === 'error' || status === 'mismatch'
}
