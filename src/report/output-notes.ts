/**
 * What the text report, the job summary and the comment say about outputs, kept readable: a
 * reason on one line of bounded length (the JSON report keeps the whole text), long paths
 * shortened in the middle, and a likely cause only when it adds something to the status, named
 * once for all the outputs it explains. Pure.
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

/** `1 output`, `2 outputs`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * Text cut to at most `max` characters (whole code points) by leaving out its middle, marked with
 * `…`: both ends of a long path stay readable (its directory and its file name).
 */
export function abbreviated(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const tail = Math.ceil((max - 1) * 0.6)
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(chars.length - tail).join('')}`
}

/** Outputs that share a likely cause (none named: `cause` is undefined). */
export interface CauseGroup {
  cause?: CauseHint
  outputs: OutputVerdict[]
}

/**
 * Outputs grouped by the likely cause worth naming: those with none first (nothing explains them,
 * so they matter most), then one group per cause in the order the causes first appear.
 */
export function groupByCause(outputs: readonly OutputVerdict[]): CauseGroup[] {
  const groups = new Map<CauseHint | undefined, OutputVerdict[]>([[undefined, []]])
  for (const output of outputs) {
    const cause = shownCause(output)
    const group = groups.get(cause)
    if (group) group.push(output)
    else groups.set(cause, [output])
  }
  return [...groups]
    .filter(([, members]) => members.length > 0)
    .map(([cause, members]) =>
      cause === undefined ? { outputs: members } : { cause, outputs: members }
    )
}

/** `modified`, or `2 modified, 1 missing`: the statuses of a group's outputs, counted. */
export function statusCounts(outputs: readonly OutputVerdict[]): string {
  const counts = new Map<string, number>()
  for (const output of outputs) counts.set(output.status, (counts.get(output.status) ?? 0) + 1)
  return [...counts].map(([status, count]) => `${count} ${status}`).join(', ')
}
