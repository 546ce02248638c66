/**
 * The engine's entry point: plan a range, replay its run commits (in parallel, each in its own
 * worktree), compare, and hand back verdicts oldest-first. Knows nothing of GitHub.
 */
import { simpleGit } from 'simple-git'
import path from 'node:path'
import { annexInstalled, AnnexRepository, usesAnnex } from './annex/annex-repository.js'
import { UsageError } from './errors.js'
import { Workspace } from './execute/workspace.js'
import { replayCommit, type ReplaySettings } from './execute/replay-commit.js'
import { GitCli, type GitCommandManager } from './git/git-command-manager.js'
import { planVerification, type Plan, type RangeRequest } from './history/plan.js'
import { isForbiddenVariable } from './execute/environment.js'
import type { CommitVerdict, VerificationResult } from './model.js'

export interface VerifyOptions {
  repo: string
  range: RangeRequest
  jobs: number
  timeoutSeconds: number
  passEnv?: readonly string[]
  /** Bytes of each command's output kept for the report. */
  tailBytes?: number
  /** Where temporary worktrees go (default: RUNNER_TEMP or the OS temp dir). */
  tempParent?: string
  signal?: AbortSignal
  onPlan?: (plan: Plan) => void
  /** Called once per commit, in plan order (oldest first), whatever the parallelism. */
  onVerdict?: (verdict: CommitVerdict, index: number, total: number) => void
  onNotice?: (message: string) => void
}

export async function repositoryRoot(dir: string): Promise<string> {
  try {
    const top = await simpleGit({ baseDir: path.resolve(dir) }).raw([
      'rev-parse',
      '--show-toplevel'
    ])
    return top.trim()
  } catch {
    throw new UsageError(
      `${path.resolve(dir)} is not a git repository (or a DataLad dataset); use --repo to point at one`
    )
  }
}

async function annexFor(
  git: GitCommandManager,
  notice: (m: string) => void
): Promise<AnnexRepository | null> {
  if (!(await usesAnnex(git))) return null
  if (!(await annexInstalled())) {
    throw new UsageError(
      'this dataset uses git-annex, but git-annex is not installed: install it (e.g. `apt-get install git-annex`, or `brew install git-annex`) and run again'
    )
  }
  const annex = new AnnexRepository(git.root)
  if (!(await annex.isInitialised())) {
    notice(
      `initialising git-annex in ${git.root} so that annexed content can be fetched (as datalad get would)`
    )
    await annex.initialise()
  }
  return annex
}

export async function verify(options: VerifyOptions): Promise<VerificationResult> {
  const startedAt = new Date()
  for (const name of options.passEnv ?? []) {
    if (isForbiddenVariable(name)) {
      throw new UsageError(
        `environment variable ${name} can never be passed to replayed commands (it carries credentials or workflow state)`
      )
    }
  }
  if (!Number.isInteger(options.jobs) || options.jobs < 1)
    throw new UsageError(`jobs must be a whole number of at least 1, not ${options.jobs}`)
  if (!(options.timeoutSeconds > 0))
    throw new UsageError(
      `timeout must be a positive number of seconds, not ${options.timeoutSeconds}`
    )
  const root = await repositoryRoot(options.repo)
  const git = new GitCli(root)
  const notice = options.onNotice ?? (() => undefined)
  const annex = await annexFor(git, notice)
  const plan = await planVerification(git, annex, options.range)
  options.onPlan?.(plan)

  const settings: ReplaySettings = {
    timeoutSeconds: options.timeoutSeconds,
    passEnv: options.passEnv ?? [],
    tailBytes: options.tailBytes ?? 64 * 1024,
    signal: options.signal
  }
  const verdicts: CommitVerdict[] = new Array<CommitVerdict>(plan.commits.length)
  const workspace = await Workspace.create(
    git,
    options.tempParent ?? Workspace.defaultParent(),
    annex !== null
  )
  let next = 0
  let emitted = 0
  const emitReady = (): void => {
    while (emitted < verdicts.length && verdicts[emitted] !== undefined) {
      options.onVerdict?.(verdicts[emitted], emitted, verdicts.length)
      emitted++
    }
  }
  const worker = async (): Promise<void> => {
    while (next < plan.commits.length) {
      const index = next++
      const commit = plan.commits[index]
      if (!commit) continue
      verdicts[index] = await replayCommit({ git, annex, workspace, settings }, commit)
      emitReady()
    }
  }
  try {
    await Promise.all(
      Array.from({ length: Math.min(options.jobs, Math.max(1, plan.commits.length)) }, worker)
    )
  } finally {
    await workspace.dispose()
  }
  return {
    repository: root,
    range: plan.range,
    commits: verdicts,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  }
}
