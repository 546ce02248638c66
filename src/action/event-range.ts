/**
 * Which commits a workflow run verifies: the range the triggering event implies (pushed commits,
 * a pull request's own commits, or the whole history), unless the inputs override it. Also makes
 * sure the clone holds that history, deepening a shallow checkout when needed.
 */
import { UsageError } from '../engine/errors.js'
import type { RangeRequest } from '../engine/history/plan.js'
import { shortSha } from '../report/text-report.js'
import {
  isPullRequestEvent,
  type PullRequestEvent,
  type PushEvent,
  type TriggeringEvent
} from './event.js'
import type { RepositoryGit } from './git.js'
import type { RangeInput } from './inputs.js'

export interface RangeDecision {
  request: RangeRequest
  /** For the log: which commits, and why those. */
  explanation: string
}

const REMOTE = 'origin'
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout'

/**
 * The tips whose history the range needs. Only commits the server surely still has: one it no
 * longer has (the old tip of a force push) would fail the whole fetch; those are fetched alone.
 */
function eventTips(event: TriggeringEvent): string[] {
  if (event.push) return [event.push.after]
  if (isPullRequestEvent(event)) return [event.pullRequest.headSha]
  return []
}

/**
 * Replaying needs each run commit's parent and the event's range needs merge bases: a shallow
 * checkout (actions/checkout's default depth is 1) is deepened to the full history first.
 */
async function ensureHistory(
  git: RepositoryGit,
  event: TriggeringEvent,
  log: (message: string) => void
): Promise<void> {
  if (!(await git.isShallow())) return
  log(
    `The checkout is shallow: fetching the full history from ${REMOTE}, since replaying a run ` +
      `commit needs its parent (${FETCH_DEPTH_HINT} to skip this step).`
  )
  if (!(await git.hasRemote(REMOTE))) {
    throw new UsageError(
      `the checkout is shallow and has no remote "${REMOTE}" to fetch the history from; ${FETCH_DEPTH_HINT}`
    )
  }
  const defaultBranch = event.defaultBranch
    ? [`+refs/heads/${event.defaultBranch}:refs/remotes/${REMOTE}/${event.defaultBranch}`]
    : []
  const wanted = [...new Set([event.sha, ...eventTips(event)].filter(Boolean))]
  const failure = await git.fetch(REMOTE, [...wanted, ...defaultBranch], true)
  if (failure !== null || (await git.isShallow())) {
    throw new UsageError(
      `the checkout is shallow and the missing history could not be fetched from ${REMOTE}` +
        `${failure ? ` (${failure})` : ''}; ${FETCH_DEPTH_HINT}`
    )
  }
}

/** Whether the clone has the commit, fetching it from origin when it does not. */
async function obtainCommit(git: RepositoryGit, sha: string): Promise<boolean> {
  if (await git.resolveCommit(sha)) return true
  if (!(await git.hasRemote(REMOTE))) return false
  await git.fetch(REMOTE, [sha])
  return (await git.resolveCommit(sha)) !== null
}

async function requireCommit(git: RepositoryGit, sha: string, what: string): Promise<string> {
  if (await obtainCommit(git, sha)) return sha
  throw new UsageError(
    `${what} ${shortSha(sha)} is not in the clone and could not be fetched from ${REMOTE}; ` +
      `${FETCH_DEPTH_HINT} (for a dataset that is a repository of its own inside the workspace, ` +
      'give since or commits: the event names commits of the workflow repository)'
  )
}

/** Where the default branch's tip is: origin's tracking ref (fetched when absent), else the local branch. */
async function defaultBranchTip(git: RepositoryGit, branch: string): Promise<string | null> {
  const tracking = `refs/remotes/${REMOTE}/${branch}`
  const known =
    (await git.resolveCommit(tracking)) ?? (await git.resolveCommit(`refs/heads/${branch}`))
  if (known || !(await git.hasRemote(REMOTE))) return known
  await git.fetch(REMOTE, [`+refs/heads/${branch}:${tracking}`])
  return git.resolveCommit(tracking)
}

/** A commit id shortened for the log; ref names as given. */
function label(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? shortSha(rev) : rev
}

function wholeHistory(until: string, why: string): RangeDecision {
  return {
    request: { since: '', until },
    explanation: `every run commit in the history of ${label(until)} (${why})`
  }
}

function between(since: string, until: string, why: string): RangeDecision {
  return {
    request: { since, until },
    explanation: `the run commits in ${label(since)}..${label(until)} (${why})`
  }
}

/** A branch's own commits: those after its fork point from the default branch. */
async function branchOwnCommits(
  git: RepositoryGit,
  event: TriggeringEvent,
  head: string,
  situation: string
): Promise<RangeDecision> {
  const branch = event.defaultBranch
  const tip = branch ? await defaultBranchTip(git, branch) : null
  const base = tip ? await git.mergeBase(tip, head) : null
  if (!branch || !tip || !base) {
    return wholeHistory(head, `${situation}, and no fork point from the default branch was found`)
  }
  return between(base, head, `${situation}: the commits not on ${branch}`)
}

async function pushRange(
  git: RepositoryGit,
  event: TriggeringEvent,
  push: PushEvent
): Promise<RangeDecision> {
  const after = await requireCommit(git, push.after, 'the pushed commit')
  if (/^0+$/.test(push.before)) {
    if (event.defaultBranch && push.ref === `refs/heads/${event.defaultBranch}`) {
      return wholeHistory(after, `the push created the default branch ${event.defaultBranch}`)
    }
    return branchOwnCommits(git, event, after, 'the push created the branch')
  }
  if (!(await obtainCommit(git, push.before))) {
    return branchOwnCommits(
      git,
      event,
      after,
      `the previous tip ${shortSha(push.before)} is gone (force push)`
    )
  }
  if (await git.isAncestor(push.before, after))
    return between(push.before, after, 'the pushed commits')
  const base = await git.mergeBase(push.before, after)
  return base
    ? between(
        base,
        after,
        `force push: from the merge base with the previous tip ${shortSha(push.before)}`
      )
    : wholeHistory(after, 'force push with a history unrelated to the previous tip')
}

async function pullRequestRange(git: RepositoryGit, pr: PullRequestEvent): Promise<RangeDecision> {
  const base = await requireCommit(git, pr.baseSha, 'the pull request base')
  const head = await requireCommit(git, pr.headSha, 'the pull request head')
  const mergeBase = await git.mergeBase(base, head)
  return mergeBase
    ? between(mergeBase, head, `the commits of pull request #${pr.number}`)
    : wholeHistory(head, `pull request #${pr.number} shares no history with its base`)
}

async function eventRange(git: RepositoryGit, event: TriggeringEvent): Promise<RangeDecision> {
  if (event.push) return pushRange(git, event, event.push)
  if (isPullRequestEvent(event)) return pullRequestRange(git, event.pullRequest)
  // Schedules and manual runs check out one commit; nested datasets have their own HEAD.
  const head = (await git.resolveCommit('HEAD')) ?? 'HEAD'
  return wholeHistory(head, `a ${event.name || 'manual'} run verifies the whole history`)
}

export async function decideRange(
  git: RepositoryGit,
  event: TriggeringEvent,
  input: RangeInput,
  log: (message: string) => void
): Promise<RangeDecision> {
  await ensureHistory(git, event, log)
  if (input.kind === 'commits') {
    return {
      request: { commits: input.commits },
      explanation: `the commits given in the commits input (${input.commits.length})`
    }
  }
  if (input.kind === 'since') {
    // An explicit range is about the checkout (possibly a dataset nested in the workspace, whose
    // history holds none of the event's commits), so it ends at its HEAD.
    const until = input.until ?? 'HEAD'
    return input.since === ''
      ? wholeHistory(until, 'since is empty')
      : between(input.since, until, 'the since input')
  }
  const decided = await eventRange(git, event)
  if (input.until === undefined) return decided
  return {
    request: { ...decided.request, until: input.until },
    explanation: `${decided.explanation}, ending at ${input.until} (the until input)`
  }
}
