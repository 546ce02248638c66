/**
 * The sticky pull request comment (and the check run's summary), problems first as in the job
 * summary: the overall verdict, a table of the commits that were not reproduced and what differs,
 * the `.rerun.yml` rules that would accept the differences, the reproduced commits collapsed, and
 * a link to the run for the details. Pure; text from the repository is neutralised
 * (neutralise.ts), so that it can neither render as markdown nor mention anyone in a comment the
 * bot posts. The whole fits GitHub's size limit, or `maxLength`: parts are shortened by whole
 * items, each saying what it left out (html.ts, fitPage).
 */
import type { VerificationResult } from '../engine/model.js'
import { charLength, fitPage, type PagePart } from './html.js'
import { escapeHtml } from './neutralise.js'
import {
  cachedFact,
  headline,
  problemTable,
  reproducedPart,
  suggestionsBlock,
  type ReportLinks
} from './markdown-summary.js'
import { isProblem } from './json-report.js'
import { summaryLine } from './text-report.js'

/** GitHub rejects comment bodies longer than this many characters. */
export const COMMENT_LIMIT = 65536
/** GitHub rejects a check run whose `output.summary` is longer than this many characters. */
export const CHECK_RUN_SUMMARY_LIMIT = 65535

export interface CommentOptions extends ReportLinks {
  /** Separates the comments of several jobs (a matrix) on one pull request. */
  commentKey: string
  rangeExplanation?: string
  /**
   * The most the body may take, in characters: GitHub's limit less what the caller adds to it.
   */
  maxLength?: number
}

/** Hidden marker that identifies the comment to update; versioned so the format can change. */
export function commentMarker(commentKey: string): string {
  // encodeURIComponent escapes '>', so no key can close the HTML comment early.
  return `<!-- rerun-action:v1 key=${encodeURIComponent(commentKey)} -->`
}

/** Which parts give way first when the body is too long (the lowest), as in the job summary. */
const GIVES_WAY = { reproduced: 0, problems: 1, rules: 2 }

function renderBody(
  result: VerificationResult,
  options: CommentOptions,
  marker: string,
  limit: number
): string {
  const key = options.commentKey ? ` (${escapeHtml(options.commentKey)})` : ''
  const facts = [escapeHtml(summaryLine(result))]
  if (options.rangeExplanation) facts.push(`Verified ${escapeHtml(options.rangeExplanation)}.`)
  const cached = cachedFact(result)
  if (cached) facts.push(cached)
  const elsewhere = options.runUrl
    ? `the <a href="${escapeHtml(options.runUrl)}">job summary</a> lists them`
    : 'the job summary lists them'
  const parts: PagePart[] = [
    {
      items: [
        `${marker}### rerun-action${key}: ${escapeHtml(headline(result))}\n\n<p>${facts.join('<br>\n')}</p>\n\n`
      ]
    }
  ]
  const problems = result.commits.filter(isProblem)
  if (problems.length > 0) {
    parts.push(problemTable(problems, options, { rank: GIVES_WAY.problems, elsewhere, gap: '\n' }))
  }
  const suggestions = suggestionsBlock(problems)
  if (suggestions) {
    parts.push({
      items: [suggestions],
      rank: GIVES_WAY.rules,
      gone: () => `<p><em>Suggested <code>.rerun.yml</code> rules: see the job summary.</em></p>\n`
    })
  }
  const reproduced = result.commits.filter(v => v.status === 'reproduced')
  if (reproduced.length > 0)
    parts.push(reproducedPart(reproduced, options, GIVES_WAY.reproduced, elsewhere))
  if (options.runUrl) {
    parts.push({
      items: [
        `<p>Details, diffs and command output: <a href="${escapeHtml(options.runUrl)}">job summary of this run</a>.</p>\n`
      ]
    })
  }
  return fitPage(parts, {
    limit,
    measure: charLength,
    shortenedNote: `<p><em>Shortened to fit GitHub's size limit, as noted where parts were left out; the job summary has every detail.</em></p>\n`
  })
}

export function renderPullRequestComment(
  result: VerificationResult,
  options: CommentOptions
): string {
  const marker = `${commentMarker(options.commentKey)}\n`
  return renderBody(result, options, marker, options.maxLength ?? COMMENT_LIMIT)
}

/** The check run's summary: the comment without its marker, within the check run's limit. */
export function renderCheckRunSummary(result: VerificationResult, options: CommentOptions): string {
  return renderBody(result, options, '', options.maxLength ?? CHECK_RUN_SUMMARY_LIMIT)
}
