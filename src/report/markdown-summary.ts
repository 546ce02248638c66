/**
 * The job summary: overall verdict, a table of commits, and per commit that was not reproduced
 * the outputs that differ and the tail of its command's output. Pure: verdicts in, HTML-flavoured
 * markdown out; everything from the repository is neutralised (neutralise.ts: inline text on one
 * line and escaped, multi-line text in `<pre>` blocks that a blank line cannot end, mentions
 * defused), and the whole stays under the runner's 1 MiB step-summary limit by dropping blocks
 * with a note.
 */
import type {
  CommitStatus,
  CommitVerdict,
  OutputDiff,
  OutputVerdict,
  VerificationResult
} from '../engine/model.js'
import { countStatuses, isProblem, notReproduced } from './json-report.js'
import { Budget, byteLength, commitLink, formatBytes } from './html.js'
import { escapeHtml, htmlInline, htmlPre } from './neutralise.js'
import { formatDuration, summaryLine } from './text-report.js'
import { briefReason, showsCommandOutput, shownCause } from './output-notes.js'

/** The runner drops a step summary larger than this entirely. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Kept free for the truncation notes, which are added after the budgeted blocks. */
const NOTE_RESERVE_BYTES = 4096
/** Lines of a command's output shown in its collapsible section. */
const LOG_LINES = 50
/** Changes listed per structured (JSON, table) difference. */
const CHANGES_SHOWN = 20
/** Runs named in the line about cached verdicts. */
const CACHED_RUNS_NAMED = 5

const STATUS_ICONS: Record<CommitStatus, string> = {
  reproduced: '✅',
  mismatch: '❌',
  failed: '💥',
  unverifiable: '❔',
  error: '⚠️',
  skipped: '⏭️'
}

export interface ReportLinks {
  commitUrl?: (sha: string) => string
  runUrl?: string
}

export interface SummaryOptions extends ReportLinks {
  /** Which commits were verified and why those (from the triggering event). */
  rangeExplanation?: string
  annexFetched?: { files: number; bytes: number }
  maxBytes?: number
}

/** One line with the overall verdict, for headings and check-run titles. */
export function headline(result: Pick<VerificationResult, 'commits'>): string {
  const counts = countStatuses(result)
  const failing = notReproduced(result)
  const verified = counts.total - counts.skipped
  if (verified === 0) return 'No run commits to verify'
  const noun = verified === 1 ? 'run commit' : 'run commits'
  if (failing === 0)
    return `${STATUS_ICONS.reproduced} ${verified === 1 ? 'The' : `All ${verified}`} ${noun} reproduced`
  return `${STATUS_ICONS.mismatch} ${failing} of ${verified} ${noun} not reproduced`
}

/** A run that verified a cached verdict: a link named by the run id, or "local" as recorded. */
function runReference(run: string): string {
  if (!/^https?:\/\//.test(run)) return htmlInline(run)
  const id = run.replace(/\/+$/, '').split('/').pop() ?? run
  return `<a href="${escapeHtml(run)}">run ${htmlInline(id)}</a>`
}

export function statusCell(verdict: CommitVerdict): string {
  const status = `${STATUS_ICONS[verdict.status]} ${verdict.status}`
  if (!verdict.cached) return status
  const { run, verifiedAt } = verdict.cached
  return `${status} (cached: ${runReference(run)}, ${htmlInline(verifiedAt.slice(0, 10))})`
}

/** How many verdicts come from the cache and which runs verified them, for the facts line. */
export function cachedFact(result: Pick<VerificationResult, 'commits'>): string | null {
  const runs = result.commits.flatMap(c => (c.cached ? [c.cached.run] : []))
  if (runs.length === 0) return null
  const distinct = [...new Set(runs)]
  const named = distinct.slice(0, CACHED_RUNS_NAMED).map(runReference)
  if (distinct.length > named.length) named.push(`${distinct.length - named.length} more`)
  return `${runs.length} reproduced from the verdict cache, not re-executed (verified earlier in this environment: ${named.join(', ')}).`
}

/** Whether replayed commands could reach the runner's credentials; unknown in older reports. */
function isolationFact(result: Pick<VerificationResult, 'isolated'>): string | null {
  if (result.isolated === undefined) return null
  return result.isolated
    ? 'Replayed commands ran isolated: credentials on the runner and other processes were hidden from them.'
    : '⚠️ Replayed commands ran without isolation: they could read what the runner user can (see the security model).'
}

/** Outputs worth a reader's attention: everything that is not a plain match. */
export function notableOutputs(verdict: CommitVerdict): OutputVerdict[] {
  return verdict.outputs.filter(o => o.status !== 'match' && o.status !== 'ignored')
}

/** A collapsible section; `body` follows a blank line, so it may begin with a `<pre>` block. */
function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`
}

function jsonValue(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value)
}

function moreLine(count: number, what: string): string {
  return count > 0 ? `\n… and ${count} more ${what}` : ''
}

/** A difference in the form a person reads for that kind of file. */
function renderDiff(diff: OutputDiff): string {
  switch (diff.kind) {
    case 'text':
      return htmlPre(diff.unified + moreLine(diff.truncatedLines, 'lines'))
    case 'binary': {
      const at =
        diff.firstDifferentByte === null
          ? 'one is a prefix of the other'
          : `first difference at byte ${diff.firstDifferentByte}`
      return `<p>Binary: committed ${diff.committed.size} bytes, regenerated ${diff.regenerated.size} bytes; ${at}.</p>`
    }
    case 'json': {
      const shown = diff.changes.slice(0, CHANGES_SHOWN)
      const lines = shown.map(
        c => `${c.change} ${c.path}: ${jsonValue(c.old)} → ${jsonValue(c.new)}`
      )
      const more = diff.changes.length - shown.length + diff.truncated
      return htmlPre(lines.join('\n') + moreLine(more, 'changes'))
    }
    case 'table': {
      const shown = diff.cells.slice(0, CHANGES_SHOWN)
      const lines = shown.map(c => `row ${c.row}, ${c.column}: ${c.old} → ${c.new}`)
      if (diff.addedRows > 0) lines.push(`${diff.addedRows} rows added`)
      if (diff.removedRows > 0) lines.push(`${diff.removedRows} rows removed`)
      const more = diff.cells.length - shown.length + diff.truncated
      return htmlPre(lines.join('\n') + moreLine(more, 'cells'))
    }
    case 'annex-unavailable':
      return `<p>The committed content (<code>${htmlInline(diff.committedKey)}</code>) was not downloaded; regenerated ${diff.regenerated.size} bytes.</p>`
  }
}

function outputRow(output: OutputVerdict): string {
  const notes = [output.reason ? briefReason(output.reason) : '']
  const cause = shownCause(output)
  if (cause) notes.push(`likely cause: ${cause}`)
  if (output.deviation)
    notes.push(
      `largest deviation ${output.deviation.absolute} (relative ${output.deviation.relative})`
    )
  const note = notes.filter(Boolean).join('; ')
  return `<tr><td><code>${htmlInline(output.path)}</code></td><td>${output.status}</td><td>${htmlInline(note)}</td></tr>`
}

function lastLines(text: string, count: number): { text: string; shown: number; cut: boolean } {
  const lines = text.replace(/\n$/, '').split('\n')
  const kept = lines.slice(-count)
  return { text: kept.join('\n'), shown: kept.length, cut: kept.length < lines.length }
}

/** Everything a person needs to act on one commit that was not reproduced. */
function commitSection(verdict: CommitVerdict, links: ReportLinks): string {
  const parts = [
    `<h3>${statusCell(verdict)}: ${commitLink(verdict.sha, links.commitUrl)} ${htmlInline(verdict.subject)}</h3>\n`
  ]
  if (verdict.reason) parts.push(`<p>${htmlInline(verdict.reason)}</p>\n`)
  const facts: string[] = []
  const command = verdict.command
  // A command of several lines gets a block of its own, after a blank line (see htmlPre).
  if (command?.includes('\n')) parts.push(`<p>Command:</p>\n\n${htmlPre(command)}\n`)
  else if (command) facts.push(`Command: <code>${htmlInline(command)}</code>`)
  // No exit code when the command never ran or was killed (the reason says which).
  if (verdict.exit && verdict.exit.actual !== null)
    facts.push(`Exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`)
  if (facts.length > 0) parts.push(`<p>${facts.join('<br>\n')}</p>\n`)
  const outputs = notableOutputs(verdict)
  if (outputs.length > 0) {
    parts.push(
      `<table><tr><th>Output</th><th>Status</th><th>Details</th></tr>${outputs.map(outputRow).join('')}</table>\n`
    )
  }
  for (const output of outputs) {
    if (output.diff)
      parts.push(
        details(`Difference in <code>${htmlInline(output.path)}</code>`, renderDiff(output.diff))
      )
  }
  const log = verdict.log
  if (log && log.tail.trim() !== '' && showsCommandOutput(verdict.status)) {
    const tail = lastLines(log.tail, LOG_LINES)
    const label = tail.cut || log.truncatedBytes > 0 ? `last ${tail.shown} lines` : 'complete'
    parts.push(details(`Command output (${label})`, htmlPre(tail.text)))
  }
  return parts.join('')
}

function commitRow(verdict: CommitVerdict, links: ReportLinks): string {
  return (
    `<tr><td>${statusCell(verdict)}</td><td>${formatDuration(verdict.durationMs)}</td>` +
    `<td>${commitLink(verdict.sha, links.commitUrl)}</td><td>${htmlInline(verdict.subject)}</td></tr>\n`
  )
}

const TABLE_HEAD = '<table>\n<tr><th>Status</th><th>Time</th><th>Commit</th><th>Subject</th></tr>\n'

export function renderJobSummary(result: VerificationResult, options: SummaryOptions = {}): string {
  const budget = new Budget(
    (options.maxBytes ?? SUMMARY_LIMIT_BYTES) - NOTE_RESERVE_BYTES,
    byteLength
  )
  const notes: string[] = []
  const intro = [`<h2>rerun-action: ${escapeHtml(headline(result))}</h2>\n`]
  const facts = [escapeHtml(summaryLine(result))]
  if (options.rangeExplanation) facts.push(`Verified ${escapeHtml(options.rangeExplanation)}.`)
  const cached = cachedFact(result)
  if (cached) facts.push(cached)
  const isolation = isolationFact(result)
  if (isolation) facts.push(isolation)
  if (options.annexFetched && options.annexFetched.files > 0) {
    const { files, bytes } = options.annexFetched
    facts.push(
      `Annexed content fetched: ${files} file${files === 1 ? '' : 's'}, ${formatBytes(bytes)}.`
    )
  }
  intro.push(`<p>${facts.join('<br>\n')}</p>\n`)
  budget.add(intro.join(''))

  if (result.commits.length > 0) {
    // The table gets a third of the room; when every row does not fit, list the problems only.
    const rows = new Budget(Math.floor(budget.remaining() / 3), byteLength)
    const everyRow = result.commits.map(v => commitRow(v, options))
    const fitsWhole = byteLength(everyRow.join('')) <= rows.remaining()
    const listed = fitsWhole
      ? everyRow
      : result.commits.filter(isProblem).map(v => commitRow(v, options))
    for (const row of listed) rows.add(row)
    budget.add(`${TABLE_HEAD}${rows.text()}</table>\n`)
    if (!fitsWhole)
      notes.push(
        `${result.commits.length - listed.length} reproduced or skipped commits are not listed in the table.`
      )
    if (rows.dropped > 0) notes.push(`${rows.dropped} more rows of the table were left out.`)
  }

  const sections = new Budget(budget.remaining(), byteLength)
  for (const verdict of result.commits.filter(isProblem))
    sections.add(commitSection(verdict, options))
  const skipped = result.commits.filter(v => v.status === 'skipped')
  if (skipped.length > 0) {
    const items = skipped.map(
      v =>
        `<li>${commitLink(v.sha, options.commitUrl)} ${htmlInline(v.subject)}: ${htmlInline(v.reason ?? '')}</li>`
    )
    sections.add(details(`Skipped commits (${skipped.length})`, `<ul>${items.join('')}</ul>`))
  }
  budget.add(sections.text())
  if (sections.dropped > 0) {
    notes.push(
      `Details of ${sections.dropped} commits were left out to stay under GitHub's 1 MiB job-summary limit.`
    )
  }
  if (notes.length > 0) {
    notes.push("The JSON report (the action's <code>report</code> output) has every detail.")
    return `${budget.text()}<p><em>${notes.join(' ')}</em></p>\n`
  }
  return budget.text()
}
