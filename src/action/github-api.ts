/**
 * All GitHub REST/GraphQL I/O of the action: pull requests of a pushed commit, the sticky pull
 * request comment, check runs. Transient failures (5xx, short rate limits) are retried; anything
 * else surfaces as an ApiFailure that the caller turns into a warning.
 */
import type * as github from '@actions/github'
import type { CheckRunAnnotation } from '../report/annotations.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface RepositoryRef {
  owner: string
  repo: string
}

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

/** The identity GITHUB_TOKEN acts as; its comments are the only ones we may update. */
const ACTIONS_BOT = 'github-actions[bot]'

const RETRY_DELAYS_MS = [1000, 2000]
/** Longer waits than this (an exhausted hourly rate limit) are not worth holding the job for. */
const LONGEST_WAIT_MS = 10_000
/** The Checks API takes at most this many annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50

interface HttpErrorShape {
  status: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

function asHttpError(e: unknown): HttpErrorShape | null {
  if (typeof e !== 'object' || e === null || !('status' in e)) return null
  return typeof e.status === 'number' ? (e as HttpErrorShape) : null
}

function header(e: HttpErrorShape, name: string): string | undefined {
  const value = e.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

/** How long to wait before retrying, or null when the failure is not transient. */
function retryDelay(e: unknown, attempt: number): number | null {
  const http = asHttpError(e)
  if (!http) return null
  const rateLimited =
    http.status === 429 || (http.status === 403 && header(http, 'x-ratelimit-remaining') === '0')
  if (!rateLimited && http.status < 500) return null
  const retryAfter = Number(header(http, 'retry-after'))
  const wait = Number.isFinite(retryAfter) ? retryAfter * 1000 : (RETRY_DELAYS_MS[attempt] ?? 0)
  return wait <= LONGEST_WAIT_MS ? wait : null
}

function describe(e: unknown): string {
  const http = asHttpError(e)
  const message = e instanceof Error ? e.message : String(e)
  return http ? `HTTP ${http.status}: ${message}` : message
}

async function withRetries<T>(what: string, call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (e) {
      const delay = attempt < RETRY_DELAYS_MS.length ? retryDelay(e, attempt) : null
      if (delay === null)
        throw new ApiFailure(`${what}: ${describe(e)}`, asHttpError(e)?.status ?? null)
      await new Promise(resolve => setTimeout(resolve, delay))
    }
  }
}

/** The login the token acts as (GraphQL `viewer` also works for installation tokens). */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }'
    )
    return viewer.login
  } catch {
    return ACTIONS_BOT
  }
}

/** Open pull requests that contain a commit (for push events). */
export async function openPullRequestsOf(
  octokit: Octokit,
  repo: RepositoryRef,
  sha: string
): Promise<number[]> {
  const { data } = await withRetries('listing the pull requests of the pushed commit', () =>
    octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha })
  )
  return data.filter(pr => pr.state === 'open').map(pr => pr.number)
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-created'

/**
 * Create or update the one comment that carries `marker` and was written by `author`. A marker
 * alone is not enough: anyone can paste it into a comment of their own.
 */
export async function upsertComment(
  octokit: Octokit,
  repo: RepositoryRef,
  issueNumber: number,
  comment: { marker: string; body: string; author: string; createIfMissing: boolean }
): Promise<CommentOutcome> {
  const comments = await withRetries(`listing the comments of #${issueNumber}`, () =>
    octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100
    })
  )
  const author = comment.author.toLowerCase()
  const existing = comments.find(
    c => c.user?.login.toLowerCase() === author && (c.body ?? '').includes(comment.marker)
  )
  if (existing) {
    if (existing.body === comment.body) return 'unchanged'
    await withRetries(`updating comment ${existing.id} on #${issueNumber}`, () =>
      octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: comment.body })
    )
    return 'updated'
  }
  if (!comment.createIfMissing) return 'not-created'
  await withRetries(`commenting on #${issueNumber}`, () =>
    octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment.body })
  )
  return 'created'
}

export interface CheckRunContent {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations: readonly CheckRunAnnotation[]
}

/** A completed check run with every annotation, sent in batches the API accepts. Returns its URL. */
export async function publishCheckRun(
  octokit: Octokit,
  repo: RepositoryRef,
  content: CheckRunContent
): Promise<string> {
  const batches: CheckRunAnnotation[][] = []
  for (let i = 0; i < content.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(content.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const [first = [], ...rest] = batches
  const output = { title: content.title, summary: content.summary }
  const { data } = await withRetries('creating the check run', () =>
    octokit.rest.checks.create({
      ...repo,
      name: content.name,
      head_sha: content.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      output: { ...output, annotations: first }
    })
  )
  for (const [index, batch] of rest.entries()) {
    // Each update appends its annotations to those already on the check run.
    await withRetries(`adding annotation batch ${index + 2} to the check run`, () =>
      octokit.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        output: { ...output, annotations: batch }
      })
    )
  }
  return data.html_url ?? ''
}
