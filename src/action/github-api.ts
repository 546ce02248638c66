/**
 * All GitHub REST/GraphQL I/O of the action: pull requests of a pushed commit, the sticky pull
 * request comment, check runs. Retries are the maintained Octokit plugins': plugin-retry for
 * server errors and dropped connections, plugin-throttling for rate limits (GitHub's pacing of
 * writes, and waits for as long as GitHub asks, within the bounds below). Anything else surfaces
 * as an ApiFailure that says what happened, which the caller turns into a warning.
 */
import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { CheckRunAnnotation } from '../report/annotations.js'
import { messageOf } from '../engine/errors.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface RepositoryRef {
  owner: string
  repo: string
}

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** GitHub refused for a rate limit, not for the token's permissions. */
    readonly rateLimited = false
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

/** The identity GITHUB_TOKEN acts as; its comments are the only ones we may update. */
const ACTIONS_BOT = 'github-actions[bot]'

/** Longer rate-limit waits than this (an exhausted hourly limit) are not worth holding the job for. */
const LONGEST_WAIT_SECONDS = 60
/** Retries of a request refused for a rate limit, each after the wait GitHub names. */
const RATE_LIMIT_RETRIES = 2
/** Retries of a server error or a dropped connection (plugin-retry waits 1 s, then 4 s). */
const ERROR_RETRIES = 2
/**
 * Answers that retrying cannot change (plugin-retry's list), and 429: rate limits are the
 * throttling plugin's, which waits as long as GitHub asks instead of a fixed back-off.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
/** The Checks API takes at most this many annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50

/**
 * How long the client waits, in the plugins' own terms. Only tests set it, so that a
 * `retry-after` or a back-off costs no real time.
 */
export interface ClientPacing {
  /** Milliseconds per second of every wait: both plugins' `retryAfterBaseValue` (1000). */
  msPerSecond: number
  /** Groups that space writes (the throttling plugin's own: 1 s apart, 3 s if they notify). */
  write?: ThrottlingOptions['write']
  notifications?: ThrottlingOptions['notifications']
}

export interface ClientOptions {
  /** Where the API is; by default GITHUB_API_URL, as @actions/github reads it. */
  baseUrl?: string
  /** Told before each wait for a rate limit. */
  onWait: (message: string) => void
  pacing?: ClientPacing
}

/** An Octokit that retries what is worth retrying, and nothing for longer than a minute. */
export function createOctokit(token: string, options: ClientOptions): Octokit {
  const msPerSecond = options.pacing?.msPerSecond ?? 1000
  const waitIfWorthIt =
    (limit: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > LONGEST_WAIT_SECONDS) return false
      options.onWait(
        `GitHub's ${limit} for ${request.method} ${request.url}: retrying in ${retryAfter} s.`
      )
      return true
    }
  return github.getOctokit(
    token,
    {
      // Only when given: an undefined baseUrl would replace the GITHUB_API_URL default.
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      retry: { retries: ERROR_RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: msPerSecond },
      throttle: {
        onRateLimit: waitIfWorthIt('rate limit'),
        onSecondaryRateLimit: waitIfWorthIt('secondary rate limit'),
        retryAfterBaseValue: msPerSecond,
        write: options.pacing?.write,
        notifications: options.pacing?.notifications
      }
    },
    retry,
    throttling
  )
}

/** What Octokit's RequestError carries that matters here. */
interface RequestFailure {
  status: number
  message: string
  request?: { url?: string }
  response?: { headers?: Record<string, string | number | undefined> }
  cause?: unknown
}

function asRequestFailure(e: unknown): RequestFailure | null {
  if (typeof e !== 'object' || e === null || !('status' in e) || !('message' in e)) return null
  return typeof e.status === 'number' ? (e as RequestFailure) : null
}

function header(failure: RequestFailure, name: string): string | undefined {
  const value = failure.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

/** The causes Node's fetch gives for a request that got no answer, in words. */
const CONNECTION_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'could not connect to {origin}: connection refused',
  ENOTFOUND: 'could not connect to {origin}: the host name does not resolve (DNS)',
  EAI_AGAIN: 'could not connect to {origin}: the host name could not be resolved (DNS)',
  ETIMEDOUT: 'could not connect to {origin}: timed out',
  UND_ERR_CONNECT_TIMEOUT: 'could not connect to {origin}: timed out',
  ECONNRESET: 'the connection to {origin} was reset before an answer',
  EPIPE: 'the connection to {origin} was closed before an answer',
  UND_ERR_SOCKET: 'the connection to {origin} was closed before an answer',
  UND_ERR_HEADERS_TIMEOUT: '{origin} did not answer in time',
  UND_ERR_BODY_TIMEOUT: '{origin} did not finish its answer in time'
}

/** A request without an answer: fetch's chain of causes holds the system's error code. */
function describeNoAnswer(failure: RequestFailure): string {
  const origin = URL.canParse(failure.request?.url ?? '')
    ? new URL(failure.request?.url ?? '').origin
    : 'the GitHub API'
  let innermost = failure.message
  // Walked by shape: system errors come from Node's own realm, so instanceof Error can fail.
  for (let cause: unknown = failure; typeof cause === 'object' && cause !== null;) {
    if ('message' in cause && typeof cause.message === 'string') innermost = cause.message
    const problem = 'code' in cause ? CONNECTION_PROBLEMS[String(cause.code)] : undefined
    if (problem) return problem.replace('{origin}', origin)
    cause = 'cause' in cause ? cause.cause : undefined
  }
  return `no answer from ${origin}: ${innermost}`
}

function describeRateLimit(failure: RequestFailure): string | null {
  const status = `HTTP ${failure.status}`
  if (/\bsecondary rate limit\b/i.test(failure.message)) {
    const wait = Number(header(failure, 'retry-after'))
    const asked = Number.isFinite(wait) ? `a wait of ${wait} s` : 'a wait of a minute or more'
    const why =
      wait > LONGEST_WAIT_SECONDS
        ? `longer than the ${LONGEST_WAIT_SECONDS} s worth holding the job for`
        : `and it still held after ${RATE_LIMIT_RETRIES} retries`
    return `${status}: GitHub's secondary rate limit asks for ${asked}, ${why}`
  }
  if (header(failure, 'x-ratelimit-remaining') === '0') {
    const reset = new Date(Number(header(failure, 'x-ratelimit-reset')) * 1000)
    const until = Number.isNaN(reset.getTime()) ? '' : ` until ${reset.toISOString()}`
    return `${status}: the token's GitHub API rate limit is used up${until}`
  }
  return null
}

function apiFailure(what: string, e: unknown): ApiFailure {
  const failure = asRequestFailure(e)
  if (!failure) return new ApiFailure(`${what}: ${messageOf(e)}`, null)
  if (failure.response === undefined)
    return new ApiFailure(`${what}: ${describeNoAnswer(failure)}`, null)
  const rateLimit = describeRateLimit(failure)
  if (rateLimit) return new ApiFailure(`${what}: ${rateLimit}`, failure.status, true)
  return new ApiFailure(`${what}: HTTP ${failure.status}: ${failure.message}`, failure.status)
}

async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (e) {
    throw apiFailure(what, e)
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
  const { data } = await call('listing the pull requests of the pushed commit', () =>
    octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha })
  )
  return data.filter(pr => pr.state === 'open').map(pr => pr.number)
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-created'

export interface StickyComment {
  /** Hidden text that identifies the comment to update. */
  marker: string
  /**
   * Hidden text that sums up what the comment reports: an existing comment that holds it
   * already says the same, and is left alone whatever else changed (durations, links).
   */
  fingerprint: string
  body: string
  author: string
  createIfMissing: boolean
}

/**
 * Create or update the one comment that carries `marker` and was written by `author`. A marker
 * alone is not enough: anyone can paste it into a comment of their own.
 */
export async function upsertComment(
  octokit: Octokit,
  repo: RepositoryRef,
  issueNumber: number,
  comment: StickyComment
): Promise<CommentOutcome> {
  const comments = await call(`listing the comments of #${issueNumber}`, () =>
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
    if ((existing.body ?? '').includes(comment.fingerprint)) return 'unchanged'
    await call(`updating comment ${existing.id} on #${issueNumber}`, () =>
      octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: comment.body })
    )
    return 'updated'
  }
  if (!comment.createIfMissing) return 'not-created'
  await call(`commenting on #${issueNumber}`, () =>
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
  const { data } = await call('creating the check run', () =>
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
    await call(`adding annotation batch ${index + 2} to the check run`, () =>
      octokit.rest.checks.update({
        ...repo,
        check_run_id: data.id,
        output: { ...output, annotations: batch }
      })
    )
  }
  return data.html_url ?? ''
}
