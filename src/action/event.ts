/** The parts of the triggering event rerun-action acts on, read from the untyped payload. */
import type * as github from '@actions/github'

export type GitHubContext = typeof github.context

export interface PushEvent {
  ref: string
  /** All zeros when the push created the branch. */
  before: string
  after: string
}

export interface PullRequestEvent {
  number: number
  baseSha: string
  headSha: string
  /** owner/name of the repository the PR's commits come from; null when that fork was deleted. */
  headRepository: string | null
}

export interface WorkflowRunEvent {
  /** The event that triggered the upstream workflow, e.g. `pull_request`. */
  event: string
  headRepository: string | null
}

export interface TriggeringEvent {
  name: string
  /** GITHUB_SHA: what the workflow checked out (for pull requests, the test merge commit). */
  sha: string
  /** owner/name of the repository the workflow runs in. */
  repository: string
  defaultBranch: string | null
  push?: PushEvent
  pullRequest?: PullRequestEvent
  workflowRun?: WorkflowRunEvent
}

function at(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

/** Events about a pull request, whose payload names its base and head. */
export function isPullRequestEvent(
  event: TriggeringEvent
): event is TriggeringEvent & { pullRequest: PullRequestEvent } {
  return event.pullRequest !== undefined && PULL_REQUEST_EVENTS.includes(event.name)
}

export function readEvent(context: GitHubContext): TriggeringEvent {
  const payload: unknown = context.payload
  const { owner, repo } = context.repo
  const event: TriggeringEvent = {
    name: context.eventName,
    sha: context.sha,
    repository: `${owner}/${repo}`,
    defaultBranch: text(at(payload, 'repository', 'default_branch'))
  }
  const before = text(at(payload, 'before'))
  const after = text(at(payload, 'after'))
  if (context.eventName === 'push' && before && after) {
    event.push = { ref: text(at(payload, 'ref')) ?? context.ref, before, after }
  }
  const number = at(payload, 'pull_request', 'number')
  const baseSha = text(at(payload, 'pull_request', 'base', 'sha'))
  const headSha = text(at(payload, 'pull_request', 'head', 'sha'))
  if (typeof number === 'number' && baseSha && headSha) {
    event.pullRequest = {
      number,
      baseSha,
      headSha,
      headRepository: text(at(payload, 'pull_request', 'head', 'repo', 'full_name'))
    }
  }
  const upstreamEvent = text(at(payload, 'workflow_run', 'event'))
  if (context.eventName === 'workflow_run' && upstreamEvent) {
    event.workflowRun = {
      event: upstreamEvent,
      headRepository: text(at(payload, 'workflow_run', 'head_repository', 'full_name'))
    }
  }
  return event
}

/** A pull request whose commits come from another repository (its token is read-only). */
export function isFork(event: TriggeringEvent): boolean {
  const head = event.pullRequest?.headRepository
  return event.pullRequest !== undefined && head?.toLowerCase() !== event.repository.toLowerCase()
}
