/**
 * The job summary, problems first: the overall verdict, a compact table of the commits that were
 * not reproduced and what differs, the pipeline graph when the caller has one, the `.rerun.yml`
 * rules that would accept the differences, details for each problem only (outputs grouped by
 * likely cause, diffs in coloured ```diff blocks, the tail of the command's output), then the
 * skipped and the reproduced commits collapsed. Pure: verdicts in, HTML-flavoured markdown out;
 * everything from the repository is neutralised (neutralise.ts). The whole fits the runner's
 * 1 MiB step-summary limit, or `maxBytes`: parts are shortened by whole items, each saying what
 * it left out (html.ts, fitPage).
 */
import type {
  CommitStatus,
  CommitVerdict,
  OutputDiff,
  OutputVerdict,
  VerificationResult
} from '../engine/model.js'
import { formatSignificant } from '../engine/compare/content/numbers.js'
import { rulesYaml, suggestRules } from '../engine/compare/content/suggest-rule.js'
import { countStatuses, isProblem, notReproduced } from './json-report.js'
import { commitAnchor } from './pipeline-graph.js'
import { byteLength, commitLink, fitPage, formatBytes, type PagePart } from './html.js'
import { codeBlock, escapeControls, escapeHtml, htmlInline, htmlPre } from './neutralise.js'
import { formatDuration, shortSha, summaryLine } from './text-report.js'
import {
  abbreviated,
  briefReason,
  groupByCause,
  plural,
  showsCommandOutput,
  statusCounts,
  type CauseGroup
} from './output-notes.js'

/** The runner drops a step summary larger than this entirely. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Lines of a command's output shown in its collapsible section. */
const LOG_LINES = 50
/** Changes listed per structured (JSON, table) difference. */
const CHANGES_SHOWN = 20
/** Runs named in the line about cached verdicts. */
const CACHED_RUNS_NAMED = 5
/** Outputs listed per likely cause in a commit's details, and diffs shown per cause and commit. */
const OUTPUTS_PER_CAUSE = 20
const DIFFS_PER_CAUSE = 3
const DIFFS_PER_COMMIT = 10
/** In the table of problems: causes per commit and outputs named per cause. */
const CAUSES_PER_ROW = 3
const PATHS_PER_CAUSE = 3
/** Longest path and subject shown in a table cell, and in a commit's details (characters). */
const CELL_CHARS = 100
const DETAIL_CHARS = 300
/** Suggested rules shown, and the longest shown (a rule for one very long path is left out). */
const RULES_SHOWN = 10
const RULE_CHARS = 1000
/** Commits named in a note saying whose details were left out. */
const DROPPED_NAMED = 10

/**
 * Which parts give way first when the summary is too long (the lowest): the reproduced and the
 * skipped commits, the graph, the details, the rows of the table of problems; the suggested rules
 * last, which are few and say what to do.
 */
const GIVES_WAY = { reproduced: 0, skipped: 1, graph: 2, details: 3, problems: 4, rules: 5 }

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
  /** The most the summary may take, in bytes: the runner's limit less what else the step writes. */
  maxBytes?: number
  /**
   * Markdown of the pipeline graph (run commits and what each feeds), shown after the table of
   * problems when it fits; left out with a note when it does not.
   */
  pipelineGraph?: string
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

/** Where a cached verdict was verified: a link named by the run id, or the place as recorded. */
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

/** A collapsible section; `body` follows a blank line, so it may begin with a block. */
function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`
}

function pathCode(path: string, max: number): string {
  return `<code>${htmlInline(abbreviated(path, max))}</code>`
}

/** One line per likely cause: `2 modified (likely cause: timestamps): <code>a</code>, … and 5 more`. */
function causeLine(group: CauseGroup): string {
  const named = group.outputs.slice(0, PATHS_PER_CAUSE).map(o => pathCode(o.path, CELL_CHARS))
  const left = group.outputs.length - named.length
  const cause = group.cause ? ` (likely cause: ${htmlInline(group.cause)})` : ''
  return `${statusCounts(group.outputs)}${cause}: ${named.join(', ')}${left > 0 ? ` and ${left} more` : ''}`
}

/**
 * What differs in a commit that was not reproduced, in a table cell: why, unless the outputs
 * say it (a mismatch), and its outputs grouped by likely cause.
 */
export function whatDiffers(verdict: CommitVerdict): string {
  const groups = groupByCause(notableOutputs(verdict))
  const lines = groups.slice(0, CAUSES_PER_ROW).map(causeLine)
  const unlisted = groups.slice(CAUSES_PER_ROW).reduce((sum, g) => sum + g.outputs.length, 0)
  if (unlisted > 0) lines.push(`${plural(unlisted, 'more output')} with other causes`)
  if (verdict.reason && (verdict.status !== 'mismatch' || lines.length === 0))
    lines.unshift(htmlInline(briefReason(verdict.reason, DETAIL_CHARS)))
  return lines.join('<br>')
}

/** A row of the table of problems (job summary and pull request comment). */
function problemRow(verdict: CommitVerdict, links: ReportLinks): string {
  return (
    `<tr><td>${statusCell(verdict)}</td><td>${formatDuration(verdict.durationMs)}</td>` +
    `<td>${commitLink(verdict.sha, links.commitUrl)}</td><td>${htmlInline(abbreviated(verdict.subject, CELL_CHARS))}</td>` +
    `<td>${whatDiffers(verdict)}</td></tr>\n`
  )
}

const PROBLEM_TABLE_HEAD =
  '<table>\n<tr><th>Status</th><th>Time</th><th>Commit</th><th>Subject</th><th>What differs</th></tr>\n'

/**
 * The table of problem commits as a page part that gives way row by row, naming `elsewhere`
 * (where the rows left out are listed); `gap` is what ends it.
 */
export function problemTable(
  problems: readonly CommitVerdict[],
  links: ReportLinks,
  place: { rank: number; elsewhere: string; gap: string }
): PagePart {
  const { elsewhere, gap } = place
  return {
    head: PROBLEM_TABLE_HEAD,
    items: problems.map(v => problemRow(v, links)),
    tail: `</table>\n${gap}`,
    rank: place.rank,
    more: left => `<tr><td colspan="5">… and ${left} more not reproduced: ${elsewhere}</td></tr>\n`,
    gone: left => `<p><em>${plural(left, 'commit')} not reproduced: ${elsewhere}.</em></p>\n${gap}`
  }
}

/** A row of the collapsed table of reproduced commits. */
export function commitRow(verdict: CommitVerdict, links: ReportLinks): string {
  return (
    `<tr><td>${statusCell(verdict)}</td><td>${formatDuration(verdict.durationMs)}</td>` +
    `<td>${commitLink(verdict.sha, links.commitUrl)}</td><td>${htmlInline(abbreviated(verdict.subject, CELL_CHARS))}</td></tr>\n`
  )
}

const TABLE_HEAD = '<table>\n<tr><th>Status</th><th>Time</th><th>Commit</th><th>Subject</th></tr>\n'

/** The reproduced commits in one collapsed table; `elsewhere` says where the left-out rows are. */
export function reproducedPart(
  reproduced: readonly CommitVerdict[],
  links: ReportLinks,
  rank: number,
  elsewhere: string
): PagePart {
  return {
    head: `<details><summary>${plural(reproduced.length, 'reproduced commit')}</summary>\n\n${TABLE_HEAD}`,
    items: reproduced.map(v => commitRow(v, links)),
    tail: '</table>\n\n</details>\n',
    rank,
    more: left => `<tr><td colspan="4">… and ${left} more: ${elsewhere}</td></tr>\n`,
    gone: left =>
      `<p><em>${plural(left, 'reproduced commit')}, not listed here: ${elsewhere}.</em></p>\n`
  }
}

/**
 * The `.rerun.yml` rules that would accept the differences whose cause is clear, one per pattern,
 * as a collapsed ```yaml block; '' when there are none.
 */
export function suggestionsBlock(problems: readonly CommitVerdict[]): string {
  const suggestions = suggestRules(problems.flatMap(notableOutputs))
  const shown = suggestions.filter(s => s.yaml.length <= RULE_CHARS).slice(0, RULES_SHOWN)
  if (shown.length === 0) return ''
  const left = suggestions.length - shown.length
  const more = left > 0 ? `  # … and ${plural(left, 'more rule')}, left out for space\n` : ''
  const outputs = new Set(shown.flatMap(s => s.paths)).size
  return details(
    `If these differences are expected: <code>.rerun.yml</code> ${shown.length === 1 ? 'rule' : 'rules'} accepting those of ${plural(outputs, 'output')}`,
    codeBlock(rulesYaml(shown) + more, 'yaml')
  )
}

function jsonValue(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value)
}

/** A changed value or its place on one line of a diff: a line break in it would start another. */
const oneLine = (text: string): string => escapeControls(text, 'one-line')

function moreLines(count: number, what: string): string {
  return count > 0 ? `<p>… and ${count} more ${what}</p>` : ''
}

/** Blocks of a collapsible section's body, each after a blank line. */
const blocks = (...parts: string[]): string => parts.filter(Boolean).join('\n\n')

/** A difference in the form a person reads for that kind of file; diffs coloured as ```diff. */
function renderDiff(output: OutputVerdict, diff: OutputDiff): string {
  switch (diff.kind) {
    case 'text':
      return blocks(codeBlock(diff.unified, 'diff'), moreLines(diff.truncatedLines, 'lines'))
    case 'binary': {
      const at =
        diff.firstDifferentByte === null
          ? 'one is a prefix of the other'
          : `first difference at byte ${diff.firstDifferentByte}`
      return `<p>Binary: committed ${diff.committed.size} bytes, regenerated ${diff.regenerated.size} bytes; ${at}.</p>`
    }
    case 'json': {
      const shown = diff.changes.slice(0, CHANGES_SHOWN)
      const lines = shown.flatMap(c => [
        ...(c.change === 'added' ? [] : [`- ${oneLine(c.path)}: ${jsonValue(c.old)}`]),
        ...(c.change === 'removed' ? [] : [`+ ${oneLine(c.path)}: ${jsonValue(c.new)}`])
      ])
      const more = diff.changes.length - shown.length + diff.truncated
      return blocks(codeBlock(lines.join('\n'), 'diff'), moreLines(more, 'changes'))
    }
    case 'table': {
      const shown = diff.cells.slice(0, CHANGES_SHOWN)
      const lines = shown.flatMap(c => [
        `- row ${c.row}, ${oneLine(c.column)}: ${oneLine(c.old)}`,
        `+ row ${c.row}, ${oneLine(c.column)}: ${oneLine(c.new)}`
      ])
      const rows = [
        diff.addedRows > 0 ? `${plural(diff.addedRows, 'row')} added` : '',
        diff.removedRows > 0 ? `${plural(diff.removedRows, 'row')} removed` : ''
      ].filter(Boolean)
      return blocks(
        lines.length > 0 ? codeBlock(lines.join('\n'), 'diff') : '',
        moreLines(diff.cells.length - shown.length + diff.truncated, 'cells'),
        rows.length > 0 ? `<p>${rows.join(', ')}.</p>` : ''
      )
    }
    case 'annex-unavailable': {
      const committed = diff.committedSize === undefined ? '' : ` (${diff.committedSize} bytes)`
      return `<p>The committed content of ${pathCode(output.path, DETAIL_CHARS)}${committed} is annexed and was not downloaded; regenerated ${diff.regenerated.size} bytes.</p>`
    }
  }
}

function outputRow(output: OutputVerdict): string {
  const notes = [output.reason ? briefReason(output.reason) : '']
  if (output.deviation) {
    const { absolute, relative } = output.deviation
    notes.push(
      `largest deviation ${formatSignificant(absolute)} (relative ${formatSignificant(relative)})`
    )
  }
  const note = notes.filter(Boolean).join('; ')
  return `<tr><td>${pathCode(output.path, DETAIL_CHARS)}</td><td>${output.status}</td><td>${htmlInline(note)}</td></tr>`
}

/** A commit's outputs in one table, a heading row per likely cause, a bounded list under each. */
function outputsTable(groups: readonly CauseGroup[]): string {
  const headed = groups.length > 1 || groups[0]?.cause !== undefined
  const rows = groups.map(group => {
    const shown = group.outputs.slice(0, OUTPUTS_PER_CAUSE)
    const left = group.outputs.length - shown.length
    const cause = group.cause ? `Likely cause: ${htmlInline(group.cause)}` : 'No likely cause found'
    const heading = headed
      ? `<tr><th colspan="3">${cause} (${statusCounts(group.outputs)})</th></tr>`
      : ''
    const more =
      left > 0
        ? `<tr><td colspan="3">… and ${left} more with this cause: the JSON report lists them</td></tr>`
        : ''
    return heading + shown.map(outputRow).join('') + more
  })
  return `<table><tr><th>Output</th><th>Status</th><th>Details</th></tr>${rows.join('')}</table>\n`
}

/** The diffs of a few outputs per likely cause (the others differ alike), with a count of the rest. */
function diffSections(groups: readonly CauseGroup[]): string {
  const parts: string[] = []
  let shown = 0
  let left = 0
  for (const group of groups) {
    const withDiff = group.outputs.filter(o => o.diff)
    const room = Math.min(DIFFS_PER_CAUSE, DIFFS_PER_COMMIT - shown)
    for (const output of withDiff.slice(0, Math.max(room, 0))) {
      if (!output.diff) continue
      parts.push(
        details(
          `Difference in ${pathCode(output.path, DETAIL_CHARS)}`,
          renderDiff(output, output.diff)
        )
      )
      shown++
    }
    left += withDiff.length - Math.min(withDiff.length, Math.max(room, 0))
  }
  if (left > 0)
    parts.push(`<p>The differences of ${plural(left, 'more output')} are in the JSON report.</p>\n`)
  return parts.join('')
}

function lastLines(text: string, count: number): { text: string; shown: number; cut: boolean } {
  const lines = text.replace(/\n$/, '').split('\n')
  const kept = lines.slice(-count)
  return { text: kept.join('\n'), shown: kept.length, cut: kept.length < lines.length }
}

/** Everything a person needs to act on one commit that was not reproduced. */
function commitSection(verdict: CommitVerdict, links: ReportLinks): string {
  const parts = [
    `<h3><a id="${commitAnchor(verdict.sha)}"></a>${statusCell(verdict)}: ${commitLink(verdict.sha, links.commitUrl)} ${htmlInline(abbreviated(verdict.subject, DETAIL_CHARS))}</h3>\n`
  ]
  if (verdict.reason)
    parts.push(`<p>${htmlInline(briefReason(verdict.reason, DETAIL_CHARS))}</p>\n`)
  const facts: string[] = []
  const command = verdict.command
  // A command of several lines gets a block of its own, after a blank line (see htmlPre).
  if (command?.includes('\n')) parts.push(`<p>Command:</p>\n\n${htmlPre(command)}\n`)
  else if (command) facts.push(`Command: <code>${htmlInline(command)}</code>`)
  // No exit code when the command never ran or was killed (the reason says which).
  if (verdict.exit && verdict.exit.actual !== null)
    facts.push(`Exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`)
  if (facts.length > 0) parts.push(`<p>${facts.join('<br>\n')}</p>\n`)
  const groups = groupByCause(notableOutputs(verdict))
  if (groups.length > 0) parts.push(outputsTable(groups), diffSections(groups))
  const log = verdict.log
  if (log && log.tail.trim() !== '' && showsCommandOutput(verdict.status)) {
    const tail = lastLines(log.tail, LOG_LINES)
    const label = tail.cut || log.truncatedBytes > 0 ? `last ${tail.shown} lines` : 'complete'
    parts.push(details(`Command output (${label})`, htmlPre(tail.text)))
  }
  return parts.join('')
}

/** `<code>1a2b3c4d</code>, …` for the commits a note says were left out. */
function namedCommits(verdicts: readonly CommitVerdict[]): string {
  const named = verdicts.slice(0, DROPPED_NAMED).map(v => `<code>${shortSha(v.sha)}</code>`)
  const more = verdicts.length - named.length
  return named.join(', ') + (more > 0 ? ` and ${more} more` : '')
}

function introduction(result: VerificationResult, options: SummaryOptions): string {
  const facts = [escapeHtml(summaryLine(result))]
  if (options.rangeExplanation) facts.push(`Verified ${escapeHtml(options.rangeExplanation)}.`)
  const cached = cachedFact(result)
  if (cached) facts.push(cached)
  const isolation = isolationFact(result)
  if (isolation) facts.push(isolation)
  if (options.annexFetched && options.annexFetched.files > 0) {
    const { files, bytes } = options.annexFetched
    facts.push(`Annexed content fetched: ${plural(files, 'file')}, ${formatBytes(bytes)}.`)
  }
  return `<h2>rerun-action: ${escapeHtml(headline(result))}</h2>\n<p>${facts.join('<br>\n')}</p>\n`
}

export function renderJobSummary(result: VerificationResult, options: SummaryOptions = {}): string {
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES
  const limitText = `GitHub's job-summary limit (${formatBytes(limit)})`
  const problems = result.commits.filter(isProblem)
  const skipped = result.commits.filter(v => v.status === 'skipped')
  const reproduced = result.commits.filter(v => v.status === 'reproduced')
  const parts: PagePart[] = [{ items: [introduction(result, options)] }]
  if (problems.length > 0) {
    parts.push(
      problemTable(problems, options, {
        rank: GIVES_WAY.problems,
        elsewhere: 'the JSON report lists them',
        gap: ''
      })
    )
  }
  if (options.pipelineGraph) {
    parts.push({
      // Blank lines around it: after the table's HTML block, markdown (a fence) may begin.
      items: [`\n${options.pipelineGraph.replace(/\n*$/, '')}\n\n`],
      rank: GIVES_WAY.graph,
      gone: () => `<p><em>The pipeline graph was left out to fit ${limitText}.</em></p>\n`
    })
  }
  const suggestions = suggestionsBlock(problems)
  if (suggestions) {
    parts.push({
      items: [suggestions],
      rank: GIVES_WAY.rules,
      gone: () =>
        `<p><em>The suggested <code>.rerun.yml</code> rules were left out to fit ${limitText}.</em></p>\n`
    })
  }
  const detailsLeftOut = (left: number): string =>
    `<p><em>The details of ${plural(left, 'commit')} not reproduced (${namedCommits(problems.slice(-left))}) were left out to fit ${limitText}: the JSON report has them.</em></p>\n`
  if (problems.length > 0) {
    parts.push({
      items: problems.map(v => commitSection(v, options)),
      rank: GIVES_WAY.details,
      more: detailsLeftOut,
      gone: detailsLeftOut
    })
  }
  if (skipped.length > 0) {
    parts.push({
      head: `<details><summary>Skipped commits (${skipped.length})</summary>\n\n<ul>`,
      items: skipped.map(
        v =>
          `<li>${commitLink(v.sha, options.commitUrl)} ${htmlInline(abbreviated(v.subject, CELL_CHARS))}: ${htmlInline(briefReason(v.reason ?? '', DETAIL_CHARS))}</li>`
      ),
      tail: '</ul>\n\n</details>\n',
      rank: GIVES_WAY.skipped,
      more: left => `<li>… and ${left} more: the JSON report lists them</li>`,
      gone: left =>
        `<p><em>${plural(left, 'skipped commit')}: the JSON report lists them.</em></p>\n`
    })
  }
  if (reproduced.length > 0)
    parts.push(
      reproducedPart(reproduced, options, GIVES_WAY.reproduced, 'the JSON report lists them')
    )
  return fitPage(parts, {
    limit,
    measure: byteLength,
    shortenedNote: `<p><em>Shortened to fit ${limitText}, as noted where parts were left out. The JSON report (the action's <code>report</code> output) has every detail.</em></p>\n`
  })
}
