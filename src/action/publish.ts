/**
 * Getting the verdicts to people: annotations (workflow commands or a check run), the job
 * summary and the sticky pull request comment. Each channel fails on its own, as a warning:
 * a failed API call never costs the verification result or the other channels.
 */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import type { VerificationResult } from '../engine/model.js'
import {
  buildAnnotations,
  selectForWorkflowCommands,
  toCheckRunAnnotations,
  type Annotation
} from '../report/annotations.js'
import { notReproduced } from '../report/json-report.js'
import { escapeControls } from '../report/neutralise.js'
import { charLength } from '../report/html.js'
import {
  headline,
  notableOutputs,
  renderJobSummary,
  SUMMARY_LIMIT_BYTES,
  type SummaryOptions
} from '../report/markdown-summary.js'
import { pipelineMermaid } from '../report/pipeline-graph.js'
import {
  COMMENT_LIMIT,
  commentMarker,
  renderCheckRunSummary,
  renderPullRequestComment
} from '../report/pr-comment.js'
import { isFork, isPullRequestEvent, type TriggeringEvent } from './event.js'
import {
  ApiFailure,
  openPullRequestsOf,
  publishCheckRun,
  tokenLogin,
  upsertComment,
  type Octokit,
  type RepositoryRef
} from './github-api.js'
import type { ActionSettings } from './inputs.js'
import { messageOf } from '../engine/errors.js'

export interface PublishContext {
  settings: ActionSettings
  event: TriggeringEvent
  repo: RepositoryRef
  /** null without a github-token. */
  octokit: Octokit | null
  /** Where the dataset sits in the workspace, for annotation paths. */
  pathPrefix: string
  summary: SummaryOptions
}

function apiWarning(what: string, e: unknown): void {
  if (!(e instanceof ApiFailure)) throw e
  const hint =
    (e.status === 403 && !e.rateLimited) || e.status === 404
      ? ' The token may lack the permission (see the permissions block in the docs), or this is a pull request from a fork, whose token is read-only.'
      : ''
  core.warning(`Could not ${what}: ${e.message}.${hint} The verification result is not affected.`)
}

function printAnnotations(annotations: readonly Annotation[], max: number): void {
  const { shown, omitted } = selectForWorkflowCommands(annotations, max)
  for (const a of shown) {
    // Title and message are neutralised; the path is kept for linking, except its controls.
    const file = a.file === undefined ? undefined : escapeControls(a.file, 'one-line')
    const properties = { title: a.title, file, startLine: a.line, endLine: a.line }
    if (a.level === 'error') core.error(a.message, properties)
    else core.warning(a.message, properties)
  }
  if (omitted > 0) {
    core.notice(
      `${omitted} more finding${omitted === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows at most 10 per level and step); the job summary lists them all.`
    )
  }
}

/** The commit a check run belongs to: the pull request's head, not the test merge commit. */
function checkRunSha(event: TriggeringEvent): string {
  return event.pullRequest?.headSha ?? event.push?.after ?? event.sha
}

export async function publishAnnotations(
  context: PublishContext,
  result: VerificationResult
): Promise<void> {
  const { settings } = context
  const annotations = buildAnnotations(result, context.pathPrefix)
  if (settings.annotations === 'check-run') {
    if (context.octokit) {
      const failing = notReproduced(result) > 0
      try {
        const url = await publishCheckRun(context.octokit, context.repo, {
          name: settings.commentKey ? `rerun-action (${settings.commentKey})` : 'rerun-action',
          headSha: checkRunSha(context.event),
          conclusion: !failing ? 'success' : settings.failOn === 'never' ? 'neutral' : 'failure',
          title: headline(result),
          summary: renderCheckRunSummary(result, {
            ...context.summary,
            commentKey: settings.commentKey
          }),
          annotations: toCheckRunAnnotations(annotations, context.pathPrefix)
        })
        core.info(`Check run with ${annotations.length} annotations: ${url}`)
        return
      } catch (e) {
        apiWarning('create the check run (annotations are printed instead)', e)
      }
    } else {
      core.warning('annotations: check-run needs a github-token; printing annotations instead.')
    }
  }
  printAnnotations(annotations, settings.maxAnnotations)
}

export async function publishSummary(
  context: PublishContext,
  result: VerificationResult
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on a runner).')
    return
  }
  try {
    const options = {
      pipelineGraph: pipelineMermaid(result, { commitUrl: context.summary.commitUrl }),
      // addRaw's end of line is one byte more of the runner's limit.
      maxBytes: SUMMARY_LIMIT_BYTES - 1,
      ...context.summary
    }
    await core.summary.addRaw(renderJobSummary(result, options), true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${messageOf(e)}`)
  }
}

/**
 * What the sticky comment reports, as a hidden line: a hash of each commit's verdict and what
 * differs, leaving out what changes from run to run alone (durations, run links, cache facts).
 * A comment that holds the same line is left alone.
 */
export function verdictFingerprint(result: VerificationResult): string {
  const verdicts = result.commits.map(c => [
    c.sha,
    c.status,
    c.reason ?? null,
    notableOutputs(c).map(o => [o.path, o.status, o.cause ?? null])
  ])
  const hash = createHash('sha256')
    .update(JSON.stringify({ incomplete: result.incomplete === true, verdicts }))
    .digest('hex')
  return `<!-- rerun-action:verdicts sha256=${hash} -->`
}

/** Pull requests to comment on, or a reason to comment on none. */
async function commentTargets(context: PublishContext): Promise<number[] | string> {
  const { event, settings, octokit } = context
  if (isPullRequestEvent(event)) {
    const { number } = event.pullRequest
    if (isFork(event) && event.name === 'pull_request' && settings.comment === 'auto') {
      return `pull request #${number} comes from a fork, and its token cannot comment; the annotations and the job summary have the results`
    }
    return [number]
  }
  if (event.push) {
    if (!octokit)
      return 'the github-token input is empty, so the pull requests of the push are unknown'
    try {
      const numbers = await openPullRequestsOf(octokit, context.repo, event.push.after)
      return numbers.length > 0 ? numbers : 'no open pull request contains the pushed commit'
    } catch (e) {
      apiWarning('find the pull requests of the pushed commit', e)
      return []
    }
  }
  return `a ${event.name || 'manual'} run has no pull request to comment on`
}

export async function publishComment(
  context: PublishContext,
  result: VerificationResult
): Promise<void> {
  const { settings, octokit } = context
  if (settings.comment === 'never') return
  const targets = await commentTargets(context)
  if (typeof targets === 'string') {
    if (settings.comment === 'always') core.notice(`No pull request comment: ${targets}.`)
    else core.info(`No pull request comment: ${targets}.`)
    return
  }
  if (targets.length === 0) return
  if (!octokit) {
    core.warning('No pull request comment: the github-token input is empty.')
    return
  }
  const fingerprint = verdictFingerprint(result)
  const body = `${fingerprint}\n${renderPullRequestComment(result, {
    ...context.summary,
    commentKey: settings.commentKey,
    maxLength: COMMENT_LIMIT - charLength(`${fingerprint}\n`)
  })}`
  const author = await tokenLogin(octokit)
  for (const number of targets) {
    try {
      const outcome = await upsertComment(octokit, context.repo, number, {
        marker: commentMarker(settings.commentKey),
        fingerprint,
        body,
        author,
        // A pull request without run commits gets no new comment, but an old one is updated.
        createIfMissing: result.commits.length > 0
      })
      core.info(`Pull request comment on #${number}: ${outcome}.`)
    } catch (e) {
      apiWarning(`comment on pull request #${number}`, e)
    }
  }
}
