/**
 * The sticky pull request comment: the overall verdict and one row per commit that was not
 * reproduced, with a link to the run for the details. Pure; text from the repository is
 * neutralised (neutralise.ts), so that it can neither render as markdown nor mention anyone in a
 * comment the bot posts; capped at GitHub's comment size with a note.
 */
import type { CommitVerdict, VerificationResult } from '../engine/model.js'
import { Budget, charLength, commitLink } from './html.js'
import { escapeHtml, htmlInline, htmlPre } from './neutralise.js'
import {
  cachedFact,
  headline,
  notableOutputs,
  statusCell,
  type ReportLinks
} from './markdown-summary.js'
import { isProblem } from './json-report.js'
import { summaryLine } from './text-report.js'
import { suggestRule } from '../engine/compare/content/suggest-rule.js'
import { shownCause } from './output-notes.js'

/** GitHub rejects comment bodies longer than this many characters. */
export const COMMENT_LIMIT = 65536
/** Kept free for the truncation note and the link to the run. */
const NOTE_RESERVE = 1024
const OUTPUTS_PER_ROW = 5
const SUGGESTIONS_SHOWN = 5

/** The .rerun.yml rules that would accept the differences whose cause is clear. */
function suggestions(problems: readonly CommitVerdict[]): string {
  const shown = new Set<string>()
  const blocks: string[] = []
  for (const output of problems.flatMap(notableOutputs)) {
    const rule = suggestRule(output.path, output.cause, output.deviation)
    if (!rule || shown.has(rule) || blocks.length >= SUGGESTIONS_SHOWN) continue
    shown.add(rule)
    blocks.push(
      `<details><summary>If <code>${htmlInline(output.path)}</code> may differ (${htmlInline(output.cause ?? '')}), a <code>.rerun.yml</code> rule accepts it</summary>\n\n${htmlPre(rule)}\n</details>\n`
    )
  }
  return blocks.join('')
}

export interface CommentOptions extends ReportLinks {
  /** Separates the comments of several jobs (a matrix) on one pull request. */
  commentKey: string
  rangeExplanation?: string
}

/** Hidden marker that identifies the comment to update; versioned so the format can change. */
export function commentMarker(commentKey: string): string {
  // encodeURIComponent escapes '>', so no key can close the HTML comment early.
  return `<!-- rerun-action:v1 key=${encodeURIComponent(commentKey)} -->`
}

function problemRow(verdict: CommitVerdict, links: ReportLinks): string {
  const outputs = notableOutputs(verdict)
  const listed = outputs.slice(0, OUTPUTS_PER_ROW).map(o => {
    const cause = shownCause(o)
    return `<code>${htmlInline(o.path)}</code> ${o.status}${cause ? ` (likely cause: ${htmlInline(cause)})` : ''}`
  })
  if (outputs.length > OUTPUTS_PER_ROW) listed.push(`${outputs.length - OUTPUTS_PER_ROW} more`)
  const what = listed.length > 0 ? listed.join(', ') : htmlInline(verdict.reason ?? '')
  return (
    `<tr><td>${statusCell(verdict)}</td><td>${commitLink(verdict.sha, links.commitUrl)}</td>` +
    `<td>${htmlInline(verdict.subject)}</td><td>${what}</td></tr>\n`
  )
}

export function renderPullRequestComment(
  result: VerificationResult,
  options: CommentOptions
): string {
  const budget = new Budget(COMMENT_LIMIT - NOTE_RESERVE, charLength)
  const key = options.commentKey ? ` (${escapeHtml(options.commentKey)})` : ''
  budget.add(`${commentMarker(options.commentKey)}\n`)
  budget.add(`### rerun-action${key}: ${escapeHtml(headline(result))}\n\n`)
  const facts = [escapeHtml(summaryLine(result))]
  if (options.rangeExplanation) facts.push(`Verified ${escapeHtml(options.rangeExplanation)}.`)
  const cached = cachedFact(result)
  if (cached) facts.push(cached)
  budget.add(`<p>${facts.join('<br>\n')}</p>\n\n`)
  const problems = result.commits.filter(isProblem)
  if (problems.length > 0) {
    budget.add(
      '<table>\n<tr><th>Status</th><th>Commit</th><th>Subject</th><th>What differs</th></tr>\n'
    )
    for (const verdict of problems) budget.add(problemRow(verdict, options))
    // Always room for the closing tag: the reserve is outside the budget.
  }
  const closing = problems.length > 0 ? `</table>\n\n${suggestions(problems)}` : ''
  const cut =
    budget.dropped > 0
      ? `<p><em>${budget.dropped} more commits are not listed: this comment is limited to ${COMMENT_LIMIT} characters.</em></p>\n`
      : ''
  const link = options.runUrl
    ? `<p>Details, diffs and command output: <a href="${escapeHtml(options.runUrl)}">job summary of this run</a>.</p>\n`
    : ''
  return budget.text() + closing + cut + link
}
