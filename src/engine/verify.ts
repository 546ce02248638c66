/**
 * The engine's entry point: plan a range, replay its run commits (in parallel, each in its own
 * worktree), compare, and hand back verdicts oldest-first. Knows nothing of GitHub.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  annexInitialisedBy,
  annexInstalled,
  AnnexRepository,
  usesAnnex,
  type AnnexFetched
} from './annex/annex-repository.js'
import { messageOf, UsageError } from './errors.js'
import {
  type ComparisonRules,
  DEFAULT_CONFIG_FILE,
  EMPTY_RULES
} from './config/comparison-rules.js'
import { createPrivateClone, privateCloneDir } from './annex/private-clone.js'
import { removeTree, Workspace } from './execute/workspace.js'
import { prepareIsolation, type IsolationMode } from './execute/isolation.js'
import type { HiddenPaths } from './execute/secret-files.js'
import { replayCommit, type ReplaySettings } from './execute/replay-commit.js'
import { SubdatasetRegistry } from './execute/subdatasets.js'
import {
  GitCli,
  repositoryDetails,
  repositoryLocation,
  type GitCommandManager
} from './git/git-command-manager.js'
import { simpleGitAt } from './git/git-port.js'
import { planVerification, type Plan, type RangeRequest } from './history/plan.js'
import { commandEnvironment, isForbiddenVariable } from './execute/environment.js'
import type { CommitVerdict, PlannedCommit, VerificationResult } from './model.js'
import { assignShards, type ShardSpec } from './history/shard.js'
import { plannedCommand, type PlannedCommand } from './history/plan-commands.js'
import {
  type CommitDependencies,
  runDependencies,
  withDependencies
} from './history/dependencies.js'
import { type CachedVerdict, VerdictCache, type VerdictStore } from './cache/verdict-cache.js'
import { boundHeap } from './heap-bound.js'

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
  /** Called when a commit's verification starts, in the order they start. */
  onStarted?: (commit: PlannedCommit, index: number, total: number) => void
  /** Called as soon as a commit has its verdict, in the order they finish (onVerdict may wait). */
  onFinished?: (verdict: CommitVerdict, index: number, total: number) => void
  onNotice?: (message: string) => void
  /** The comparison rules file; default: `.rerun.yml` at the dataset root, when it exists. */
  configFile?: string
  /** Executions per run commit (default 1); more separate non-determinism from change. */
  repeat?: number
  /** Verify only this shard of the plan (a CI matrix job's part). */
  shard?: ShardSpec
  /** Report commits already verified `reproduced` in the same environment without re-executing them. */
  cache?: CacheOptions
  /** Called for each annexed file whose content was transferred from a remote. */
  onAnnexFetched?: (fetched: AnnexFetched) => void
  /** Whether replayed commands run in namespaces that hide credentials (default auto). */
  isolation?: IsolationMode
  /** More files and directories isolated commands see empty, such as a CI runner's own. */
  hidden?: HiddenPaths
  /** More directories isolated commands may read but not write, such as a CI runner's workspace. */
  readOnly?: readonly string[]
  /** Custom placeholder values that override every other source (`--substitution NAME=VALUE`). */
  substitutions?: Readonly<Record<string, string>>
}

export interface CacheOptions {
  /** Default: the repository's own store under its git directory. */
  store?: VerdictStore
  /** Files whose content is part of the environment fingerprint (lock files, environment specs). */
  keyFiles?: readonly string[]
  /** Where this verification runs (a CI run URL), recorded with each verdict. */
  run?: string
}

interface SelectedCommit {
  commit: PlannedCommit
  /** Index in the whole plan, so that shard reports merge back into plan order. */
  position: number
}

/**
 * The commits this run verifies: all of them, or one shard. Every shard job must compute the same
 * split on its own, so the split depends only on the plan — never on what a job's cache holds.
 * Commits that will not run (skipped, malformed) cost nothing; the others count one each.
 */
function selectCommits(
  commits: readonly PlannedCommit[],
  shard: ShardSpec | undefined
): SelectedCommit[] {
  const all = commits.map((commit, position) => ({ commit, position }))
  if (!shard) return all
  const assignment = assignShards(commits, shard.count, () => 1)
  return all.filter(item => assignment[item.position] === shard.index)
}

/** The .rerun.yml rules: a missing default file means none; a missing named file is an error. */
async function loadRules(
  root: string,
  configFile: string | undefined
): Promise<{ rules: ComparisonRules; text: string }> {
  const file = configFile ? path.resolve(configFile) : path.join(root, DEFAULT_CONFIG_FILE)
  let text: string
  try {
    text = await fs.promises.readFile(file, 'utf8')
  } catch (e) {
    if (!configFile && (e as NodeJS.ErrnoException).code === 'ENOENT') {
      return { rules: EMPTY_RULES, text: '' }
    }
    throw new UsageError(`cannot read the comparison rules ${file}: ${messageOf(e)}`)
  }
  // Loaded here, not at start: only a dataset with rules pays for compiling the YAML parser.
  const { parseComparisonRules } = await import('./config/rules-file.js')
  return { rules: parseComparisonRules(text, configFile ?? DEFAULT_CONFIG_FILE), text }
}

export async function repositoryRoot(dir: string): Promise<string> {
  try {
    const top = await simpleGitAt(path.resolve(dir)).raw(['rev-parse', '--show-toplevel'])
    return top.trim()
  } catch {
    throw new UsageError(
      `${path.resolve(dir)} is not a git repository (or a DataLad dataset); use --repo to point at one`
    )
  }
}

/** The dataset as the engine works on it: read through `git`, annexed content through `annex`. */
interface OpenDataset {
  root: string
  git: GitCommandManager
  /**
   * The user's repository, or a private clone when git-annex is not initialised
   * (private-clone.ts); null where the dataset does not use git-annex. Found while the history
   * is read; rejects with a UsageError where git-annex is needed but not installed.
   */
  annex: Promise<AnnexRepository | null>
  close: () => Promise<void>
}

async function openDataset(
  repo: string,
  tempParent: string,
  notice: (m: string) => void,
  onFetched?: (fetched: AnnexFetched) => void
): Promise<OpenDataset> {
  const dir = path.resolve(repo)
  const located = await repositoryLocation(dir)
  // Otherwise both asked at once: each waits on a git process.
  const details = located ? Promise.resolve(located) : repositoryDetails(dir)
  details.catch(() => undefined)
  const root = located?.root ?? (await repositoryRoot(repo))
  const git = await GitCli.open(root, details)
  const found = findAnnex(git, tempParent, notice, onFetched)
  const annex = found.then(f => f.annex)
  // Awaited by whoever needs the annex, and by close(): never an unhandled rejection.
  annex.catch(() => undefined)
  return {
    root,
    git,
    annex,
    close: async () => {
      git.close()
      const clone = (await found.catch(() => null))?.clone
      if (clone) await removeTree(clone)
    }
  }
}

/** How the dataset's annexed content is reached (see OpenDataset), and the private clone's place. */
async function findAnnex(
  git: GitCommandManager,
  tempParent: string,
  notice: (m: string) => void,
  onFetched?: (fetched: AnnexFetched) => void
): Promise<{ annex: AnnexRepository | null; clone: string | null }> {
  const root = git.root
  // The config is read now, beside the refs: annex, substitutions and subdatasets ask it.
  const [annexed] = await Promise.all([usesAnnex(git), git.configEntries()])
  if (!annexed) return { annex: null, clone: null }
  const [installed, initialised] = await Promise.all([
    annexInstalled(),
    git.configEntries().then(annexInitialisedBy)
  ])
  if (!installed) {
    throw new UsageError(
      'this dataset uses git-annex, but git-annex is not installed: install it (e.g. `apt-get install git-annex`, or `brew install git-annex`) and run again'
    )
  }
  if (initialised) return { annex: new AnnexRepository(root, onFetched), clone: null }
  const clone = privateCloneDir(tempParent)
  const makeClone = async (): Promise<void> => {
    notice(
      `git-annex is not initialised in ${root}: working in a private clone, so that your repository stays as it is`
    )
    await fs.promises.mkdir(tempParent, { recursive: true })
    await createPrivateClone(root, clone)
  }
  return { annex: AnnexRepository.deferred(clone, makeClone, onFetched), clone }
}

export interface PlanListing {
  repository: string
  range: Plan['range']
  commands: PlannedCommand[]
  /** Each commit's dependencies by sha, when asked for (`--plan --graph`). */
  dependencies?: Record<string, CommitDependencies>
}

/** What `verify` would run, without running anything (`verify --plan`). */
export async function listPlan(
  options: Pick<VerifyOptions, 'repo' | 'range' | 'onNotice' | 'substitutions' | 'configFile'> & {
    dependencies?: boolean
  }
): Promise<PlanListing> {
  const notice = options.onNotice ?? (() => undefined)
  const dataset = await openDataset(options.repo, Workspace.defaultParent(), notice)
  try {
    // Dependencies need the files each commit changed: one more bulk git pass.
    const planning = planVerification(dataset.git, dataset.annex, options.range, {
      readChanges: options.dependencies === true,
      substitutions: options.substitutions
    })
    planning.catch(() => undefined)
    // A plan that runs nothing still says when the rules the real run would use are invalid
    // (read while git walks the history).
    await loadRules(dataset.root, options.configFile)
    const plan = await planning
    // A dataset whose git-annex is missing fails here as its verification would.
    await dataset.annex
    return {
      repository: dataset.root,
      range: plan.range,
      commands: plan.commits.map(c => plannedCommand(c, dataset.root)),
      ...(options.dependencies
        ? { dependencies: Object.fromEntries(runDependencies(plan.commits)) }
        : {})
    }
  } finally {
    await dataset.close()
  }
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
  if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1))
    throw new UsageError(`repeat must be a whole number of at least 1, not ${options.repeat}`)
  if (!(options.timeoutSeconds > 0))
    throw new UsageError(
      `timeout must be a positive number of seconds, not ${options.timeoutSeconds}`
    )
  const tempParent = options.tempParent ?? Workspace.defaultParent()
  for (const stale of await Workspace.removeStale(tempParent)) {
    options.onNotice?.(`removed ${stale}, left behind by an earlier run that was killed`)
  }
  const dataset = await openDataset(
    options.repo,
    tempParent,
    options.onNotice ?? (() => undefined),
    options.onAnnexFetched
  )
  try {
    return await verifyDataset(dataset, tempParent, options, startedAt)
  } finally {
    await dataset.close()
  }
}

/** How replayed commands are isolated, when they can be, and what they see besides their own work. */
async function prepareReplayIsolation(
  dataset: OpenDataset,
  workspace: Workspace,
  tempParent: string,
  options: VerifyOptions,
  subdatasetsDir: string
): Promise<Pick<ReplaySettings, 'isolation' | 'visibility'>> {
  const gitDir = await dataset.git.gitCommonDir()
  const isolation = await prepareIsolation(
    options.isolation ?? 'auto',
    {
      gitDirs: [gitDir],
      env: process.env,
      hidden: options.hidden ?? { files: [], directories: [] }
    },
    workspace.subdirectory('isolation'),
    options.onNotice ?? (() => undefined)
  )
  const annexRoot = (await dataset.annex)?.root
  return {
    isolation: isolation ?? undefined,
    visibility: {
      // The command reads the dataset's objects and annexed content through its checkout.
      readOnly: [
        ...new Set([
          dataset.root,
          gitDir,
          ...(annexRoot ? [annexRoot] : []),
          // Subdatasets' clones and annexes, which checkouts borrow from and link to.
          subdatasetsDir,
          ...(options.readOnly ?? [])
        ])
      ],
      confined: [tempParent]
    }
  }
}

async function verifyDataset(
  dataset: OpenDataset,
  tempParent: string,
  options: VerifyOptions,
  startedAt: Date
): Promise<VerificationResult> {
  // Planning is the longest chain of git processes before the first commit: it starts first.
  const planning = planVerification(dataset.git, dataset.annex, options.range, {
    substitutions: options.substitutions
  })
  // Awaited in verifyPlanned, unless the workspace cannot be made: never an unhandled rejection.
  planning.catch(() => undefined)
  const workspace = await Workspace.create(tempParent)
  const subdatasetsDir = workspace.subdirectory('subdatasets')
  // Isolation's trial run and the registry's reading of config take about as long as planning,
  // all of it mostly waiting for other processes: done at once, before the first commit.
  const preparing = Promise.all([
    prepareReplayIsolation(dataset, workspace, tempParent, options, subdatasetsDir),
    SubdatasetRegistry.open(dataset.git, subdatasetsDir, options.onAnnexFetched)
  ])
  // Awaited below, or in `finally` when planning fails first: never an unhandled rejection.
  preparing.catch(() => undefined)
  // Replaying reads objects from the first commit on: the readers start while planning waits.
  dataset.git.startReaders()
  try {
    return await verifyPlanned(dataset, workspace, planning, preparing, options, startedAt)
  } finally {
    const prepared = await preparing.catch(() => null)
    prepared?.[0].isolation?.close()
    await prepared?.[1].close()
    await workspace.dispose()
  }
}

async function verifyPlanned(
  dataset: OpenDataset,
  workspace: Workspace,
  planning: Promise<Plan>,
  preparing: Promise<[Pick<ReplaySettings, 'isolation' | 'visibility'>, SubdatasetRegistry]>,
  options: VerifyOptions,
  startedAt: Date
): Promise<VerificationResult> {
  const { root, git } = dataset
  const plan = await planning
  const annex = await dataset.annex
  options.onPlan?.(plan)
  // Over the whole plan, so that every shard's report names the same dependencies.
  const dependencies = runDependencies(plan.commits)

  const rules = await loadRules(root, options.configFile)
  const settings: ReplaySettings = {
    timeoutSeconds: options.timeoutSeconds,
    environment: commandEnvironment(process.env, options.passEnv ?? []),
    tailBytes: options.tailBytes ?? 64 * 1024,
    rules: rules.rules,
    repeat: options.repeat ?? 1,
    signal: options.signal,
    visibility: { readOnly: [], confined: [] }
  }
  const judging = JSON.stringify({ rules: rules.text, repeat: settings.repeat })
  const cache = options.cache
    ? await VerdictCache.open(git, plan.range.until, options.cache, judging)
    : null
  const selected = selectCommits(plan.commits, options.shard)
  // Looked up before any command runs: a command that is not isolated could otherwise write a
  // cached verdict for a later commit of this very run.
  const hits = new Map<number, CachedVerdict>()
  for (const { commit, position } of cache ? selected : []) {
    const hit = await cache?.lookup(commit)
    if (hit) hits.set(position, hit)
  }
  const verdicts: CommitVerdict[] = new Array<CommitVerdict>(selected.length)
  const [isolation, subdatasets] = await preparing
  Object.assign(settings, isolation)
  let next = 0
  let emitted = 0
  const emitReady = (): void => {
    while (emitted < verdicts.length && verdicts[emitted] !== undefined) {
      options.onVerdict?.(verdicts[emitted], emitted, verdicts.length)
      emitted++
    }
  }
  const verifyOne = async ({ commit, position }: SelectedCommit): Promise<CommitVerdict> => {
    const hit = hits.get(position)
    if (hit) {
      return {
        ...hit.verdict,
        position,
        cached: { verifiedAt: hit.verifiedAt, run: hit.run },
        durationMs: 0
      }
    }
    const verdict = await replayCommit({ git, annex, workspace, settings, subdatasets }, commit)
    if (verdict.status === 'reproduced') await cache?.record(commit, verdict)
    return { ...verdict, position }
  }
  // Once a worker has failed, the others finish the commit in hand and take no other: the
  // caller cleans up (workspace, launch server, readers) only when none is left running.
  let failed = false
  const worker = async (): Promise<void> => {
    while (next < selected.length && !options.signal?.aborted && !failed) {
      const index = next++
      const item = selected[index]
      if (!item) continue
      try {
        options.onStarted?.(item.commit, index, selected.length)
        verdicts[index] = await verifyOne(item)
        options.onFinished?.(verdicts[index], index, selected.length)
        emitReady()
        boundHeap()
      } catch (e) {
        failed = true
        throw e
      }
    }
  }
  const ended = await Promise.allSettled(
    Array.from({ length: Math.min(options.jobs, Math.max(1, selected.length)) }, worker)
  )
  // The first failure, as it was thrown (a UsageError stays one).
  const failure = ended.find((end): end is PromiseRejectedResult => end.status === 'rejected')
  if (failure) {
    const reason: unknown = failure.reason
    throw reason
  }
  return {
    repository: root,
    range: plan.range,
    shard: options.shard,
    // After a cancellation the commits that never started have no verdict: the report is partial.
    commits: verdicts.filter(v => v !== undefined).map(v => withDependencies(v, dependencies)),
    incomplete: options.signal?.aborted ? true : undefined,
    isolated: settings.isolation !== undefined,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  }
}
