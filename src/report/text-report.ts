/**
 * Plain-text rendering of verdicts for terminals and logs. Pure: verdicts in, text out. Text from
 * the repository goes through neutralise.ts: controls escaped, and workflow commands defused when
 * the options say the text goes to an Actions log.
 */
import type {
  CommitStatus,
  CommitVerdict,
  OutputDiff,
  OutputVerdict,
  VerificationResult
} from '../engine/model.js'
import { countStatuses, isProblem } from './json-report.js'
import type { PlannedCommand } from '../engine/history/plan-commands.js'
import type { SubstitutionSource } from '../engine/model.js'
import { plainBlock, plainLine, type PlainTextOptions } from './neutralise.js'
import { briefReason, groupByCause, showsCommandOutput } from './output-notes.js'
import { UNRECORDED_LOCAL_RUN } from '../engine/cache/verdict-cache.js'

const MARKS: Record<CommitStatus, string> = {
  reproduced: '✓',
  mismatch: '✗',
  failed: '✗',
  unverifiable: '?',
  error: '!',
  skipped: '-'
}

export function shortSha(sha: string): string {
  return sha.slice(0, 8)
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** `2026-11-21 08:00 UTC` for an ISO time in UTC; anything else as it is. */
function readableTime(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/, '$1 $2 UTC')
}

/**
 * When and where a cached verdict was verified, as the verdict cache recorded it: by a CI run
 * (its URL), in this clone, or in a clone elsewhere (`host:/path`). Raw: the caller neutralises it.
 */
function cachedNote(cached: NonNullable<CommitVerdict['cached']>): string {
  const { run, verifiedAt } = cached
  const where = /^https?:\/\//.test(run)
    ? `by ${run}`
    : run === UNRECORDED_LOCAL_RUN
      ? 'locally (where was not recorded)'
      : `in ${run}`
  return `verified ${readableTime(verifiedAt)} ${where}`
}

/** One line per finished commit: `[ 2/5] ✗ mismatch      1.2 s  1a2b3c4d  subject`. */
export function progressLine(
  verdict: CommitVerdict,
  index: number,
  total: number,
  options: PlainTextOptions
): string {
  const width = String(total).length
  const counter = `[${String(index + 1).padStart(width)}/${total}]`
  const duration = formatDuration(verdict.durationMs).padStart(8)
  const cached = verdict.cached
    ? ` (cached: ${plainLine(cachedNote(verdict.cached), options)})`
    : ''
  return `${counter} ${MARKS[verdict.status]} ${verdict.status.padEnd(12)} ${duration}  ${shortSha(verdict.sha)}  ${plainLine(verdict.subject, options)}${cached}`
}

const DIFF_PREVIEW_LINES = 12
/** Outputs per likely cause whose differences are previewed: the others differ alike. */
const PREVIEWS_PER_CAUSE = 3

/**
 * The first lines of what changed, enough to see it in a terminal; the JSON report has all.
 * Raw: the caller neutralises it.
 */
function diffPreview(diff: OutputDiff): string[] {
  switch (diff.kind) {
    case 'text': {
      const lines = diff.unified.replace(/\n$/, '').split('\n')
      const shown = lines.slice(0, DIFF_PREVIEW_LINES)
      const more = lines.length - shown.length + diff.truncatedLines
      return more > 0 ? [...shown, `… ${more} more diff lines`] : shown
    }
    case 'binary':
      return [
        `binary: committed ${diff.committed.size} bytes, regenerated ${diff.regenerated.size} bytes, ` +
          (diff.firstDifferentByte === null
            ? 'one is a prefix of the other'
            : `first difference at byte ${diff.firstDifferentByte}`)
      ]
    case 'json':
      return diff.changes
        .slice(0, DIFF_PREVIEW_LINES)
        .map(
          c =>
            `${c.path}: ${c.change}${c.change === 'changed' ? ` ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}` : ''}`
        )
    case 'table':
      return [
        ...diff.cells
          .slice(0, DIFF_PREVIEW_LINES)
          .map(c => `row ${c.row}, ${c.column}: ${c.old} → ${c.new}`),
        ...(diff.addedRows > 0 ? [`${diff.addedRows} rows added`] : []),
        ...(diff.removedRows > 0 ? [`${diff.removedRows} rows removed`] : [])
      ]
    case 'annex-unavailable':
      return [
        `the committed content is annexed and was not downloaded; regenerated ${diff.regenerated.size} bytes` +
          (diff.regenerated.digest ? `, digest ${diff.regenerated.digest}` : '')
      ]
  }
}

function outputLines(output: OutputVerdict, preview: boolean, options: PlainTextOptions): string[] {
  const reason = output.reason ? `  ${plainLine(briefReason(output.reason), options)}` : ''
  const lines = [`      ${output.status.padEnd(12)} ${plainLine(output.path, options)}${reason}`]
  if (output.diff && preview) {
    // Tabs kept, as in a diff; a line break inside a changed value gets a line of its own.
    const diff = plainBlock(diffPreview(output.diff).join('\n'), options).split('\n')
    lines.push(...diff.map(line => `          | ${line}`))
  }
  return lines
}

/**
 * A commit's outputs grouped by likely cause, each cause named once (not once per output), the
 * differences of the first few per cause previewed.
 */
function outputGroups(outputs: readonly OutputVerdict[], options: PlainTextOptions): string[] {
  return groupByCause(outputs).flatMap(({ cause, outputs: members }) => {
    const heading = cause
      ? `    outputs, likely cause: ${plainLine(cause, options)} (${members.length}):`
      : '    outputs:'
    const unpreviewed = members.slice(PREVIEWS_PER_CAUSE).filter(o => o.diff).length
    return [
      heading,
      ...members.flatMap((output, i) => outputLines(output, i < PREVIEWS_PER_CAUSE, options)),
      ...(unpreviewed > 0
        ? [`      (the differences of ${unpreviewed} more are in the JSON report)`]
        : [])
    ]
  })
}

/**
 * Untrusted multi-line text after a label: its first line follows `first`, the others are indented
 * by `indent`. Each line is neutralised, since a runner trims the indent before matching commands.
 */
function continued(
  first: string,
  text: string,
  indent: string,
  options: PlainTextOptions
): string[] {
  const [head = '', ...rest] = plainBlock(text, options).split('\n')
  return [first + head, ...rest.map(line => (line === '' ? '' : indent + line))]
}

/** The details a person needs for each commit that was not reproduced. */
export function commitDetails(
  verdict: CommitVerdict,
  options: PlainTextOptions,
  logLines = 20
): string[] {
  const lines = [
    `${MARKS[verdict.status]} ${verdict.status}: ${shortSha(verdict.sha)} ${plainLine(verdict.subject, options)}`
  ]
  if (verdict.reason) lines.push(`    ${plainLine(verdict.reason, options)}`)
  if (verdict.command)
    lines.push(...continued('    command: ', verdict.command, '             ', options))
  if (
    verdict.exit &&
    verdict.exit.actual !== null &&
    verdict.exit.actual !== verdict.exit.recorded
  ) {
    lines.push(`    exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`)
  }
  lines.push(
    ...outputGroups(
      verdict.outputs.filter(o => o.status !== 'match'),
      options
    )
  )
  const log = verdict.log
  if (log && log.tail.trim() !== '' && showsCommandOutput(verdict.status)) {
    const tailLines = plainBlock(log.tail.replace(/\n$/, ''), options).split('\n')
    const shown = tailLines.slice(-logLines)
    const cut = log.truncatedBytes > 0 || shown.length < tailLines.length
    lines.push(`    command output${cut ? ` (last ${shown.length} lines)` : ''}:`)
    lines.push(...shown.map(line => `      | ${line}`))
  }
  return lines
}

export function summaryLine(result: Pick<VerificationResult, 'commits' | 'durationMs'>): string {
  const counts = countStatuses(result)
  if (counts.total === 0) return 'No run commits to verify in this range.'
  const parts = (Object.keys(counts) as (keyof typeof counts)[])
    .filter(k => k !== 'total' && counts[k] > 0)
    .map(k => `${counts[k]} ${k}`)
  const noun = counts.total === 1 ? 'run commit' : 'run commits'
  return `${counts.total} ${noun}: ${parts.join(', ')} (${formatDuration(result.durationMs)})`
}

/** Everything printed after the progress lines: details of what went wrong, then the summary. */
export function renderTextReport(result: VerificationResult, options: PlainTextOptions): string {
  const lines: string[] = []
  const problems = result.commits.filter(isProblem)
  for (const verdict of problems) lines.push('', ...commitDetails(verdict, options))
  const skipped = result.commits.filter(c => c.status === 'skipped')
  if (skipped.length > 0) {
    lines.push('', 'Skipped:')
    for (const verdict of skipped) {
      const subject = plainLine(verdict.subject, options)
      lines.push(
        `    ${shortSha(verdict.sha)} ${subject}: ${plainLine(verdict.reason ?? '', options)}`
      )
    }
  }
  lines.push('', summaryLine(result))
  return lines.join('\n') + '\n'
}

/** Where a placeholder's value came from, as `verify --plan` names it. */
function sourceName(source: SubstitutionSource): string {
  switch (source.kind) {
    case 'dataset':
      return "the commit's .datalad/config"
    case 'git-config':
      return 'git config'
    case 'environment':
      return source.variable
    case 'override':
      return '--substitution'
  }
}

/** `verify --plan`: each run commit with the command it would run, or why it would not. */
export function planText(commands: readonly PlannedCommand[], options: PlainTextOptions): string {
  if (commands.length === 0) return 'No run commits in this range.\n'
  const lines: string[] = []
  for (const planned of commands) {
    lines.push(`${shortSha(planned.sha)}  ${plainLine(planned.subject, options)}`)
    if (planned.command !== undefined) {
      const where =
        planned.pwd && planned.pwd !== '.' ? ` (in ${plainLine(planned.pwd, options)})` : ''
      const command = continued('    $ ', planned.command, '      ', options)
      command.push(`${command.pop() ?? ''}${where}`)
      lines.push(...command)
    }
    for (const { name, value, source } of planned.substitutions ?? []) {
      lines.push(
        `    {${plainLine(name, options)}} = ${plainLine(value, options)}  (from ${plainLine(sourceName(source), options)})`
      )
    }
    if (planned.status !== 'run')
      lines.push(`    ${planned.status}: ${plainLine(planned.reason ?? '', options)}`)
  }
  const runnable = commands.filter(c => c.status === 'run').length
  lines.push('', `${commands.length} run commit(s), ${runnable} to re-execute.`)
  return lines.join('\n') + '\n'
}
