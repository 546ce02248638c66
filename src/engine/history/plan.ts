/**
 * Planning: which commits of a range are run commits, what their records say, and which of them
 * can be re-executed at all. History, file changes, configs and sidecars are each read in one bulk
 * git pass, so planning costs about what one `git log` of the range costs.
 */
import type { AnnexRepository } from '../annex/annex-repository.js'
import { UsageError } from '../errors.js'
import type { GitCommandManager, LoggedCommit } from '../git/git-command-manager.js'
import { runGit } from '../git/git-port.js'
import type { PlannedCommit, TreeChange, VerificationRange } from '../model.js'
import { decodeSidecar, DEFAULT_RECORD_DIRECTORY, sidecarKey } from '../records/sidecar.js'
import {
  customPlaceholderNames,
  SUBSTITUTION_PREFIX,
  substitutionOverrides,
  type Substitutions
} from './substitutions.js'
import {
  interpretRecordText,
  looksLikeRunMessage,
  RUN_MESSAGE_TAG,
  normaliseRecord,
  parseRunMessage,
  RecordError
} from '../records/run-record.js'
import fs from 'node:fs'

export interface RangeRequest {
  /** `undefined`/`''`: the whole history up to `until`; otherwise `since..until`. */
  since?: string
  until?: string
  /** Exactly these commits (overrides since/until). */
  commits?: readonly string[]
}

export interface Plan {
  range: VerificationRange
  datasetId?: string
  commits: PlannedCommit[]
}

export interface PlanOptions {
  /** Listing a plan needs no file changes; replaying does (default true). */
  readChanges?: boolean
  /** Placeholder values that override every other source (`--substitution NAME=VALUE`). */
  substitutions?: Readonly<Record<string, string>>
  /** Where `DATALAD_*` overrides are read (default: this process's environment). */
  env?: NodeJS.ProcessEnv
}

function subjectOf(message: string): string {
  return (message.split('\n')[0] ?? '').trim()
}

async function resolveOrFail(git: GitCommandManager, rev: string, what: string): Promise<string> {
  const sha = await git.resolveCommit(rev)
  if (!sha)
    throw new UsageError(
      `unknown revision ${JSON.stringify(rev)} (${what}): no such commit in ${git.root}`
    )
  return sha
}

/** The commits of `revisions` accepted by `keep`, oldest first in topological order. */
async function logInTopologicalOrder(
  git: GitCommandManager,
  revisions: readonly string[],
  keep: (commit: LoggedCommit) => boolean,
  messagePrefix?: string
): Promise<LoggedCommit[]> {
  const kept: LoggedCommit[] = []
  await git.logCommits(revisions, commit => void (keep(commit) && kept.push(commit)), messagePrefix)
  return kept
}

/**
 * The range's run commits, oldest first, and the `.datalad/config` of its newest commit: read
 * while git walks the history where the range names that commit, after it otherwise.
 */
async function collectRunCommits(
  git: GitCommandManager,
  request: RangeRequest
): Promise<{
  range: VerificationRange
  logged: LoggedCommit[]
  newestConfig: ReadonlyMap<string, string> | undefined
}> {
  if (request.commits && request.commits.length > 0) {
    const shas = await Promise.all(
      request.commits.map(c => resolveOrFail(git, c, 'commit to verify'))
    )
    const wanted = new Set(shas)
    const ordered = await logInTopologicalOrder(git, shas, commit => wanted.has(commit.sha))
    for (const commit of ordered) {
      if (!looksLikeRunMessage(commit.message)) {
        throw new UsageError(
          `commit ${commit.sha.slice(0, 12)} (${subjectOf(commit.message)}) is not a DataLad run commit`
        )
      }
    }
    const newest = ordered[ordered.length - 1]?.sha ?? ''
    const newestConfig = (await datasetConfigs(git, [newest])).get(newest)
    return { range: { since: null, until: newest, commits: shas }, logged: ordered, newestConfig }
  }
  const [until, since] = await Promise.all([
    resolveOrFail(git, request.until ?? 'HEAD', '--until'),
    request.since?.trim() ? resolveOrFail(git, request.since, '--since') : null
  ])
  const [logged, configs] = await Promise.all([
    logInTopologicalOrder(
      git,
      since ? [`${since}..${until}`] : [until],
      commit => looksLikeRunMessage(commit.message),
      RUN_MESSAGE_TAG
    ),
    datasetConfigs(git, [until])
  ])
  return { range: { since, until, commits: null }, logged, newestConfig: configs.get(until) }
}

/** Whether a command names a placeholder that only `datalad.run.substitutions.*` can fill. */
export function usesCustomPlaceholder(cmd: string): boolean {
  return customPlaceholderNames(cmd).length > 0
}

/** The parsed `.datalad/config` of each commit, each distinct blob read once. */
async function datasetConfigs(
  git: GitCommandManager,
  shas: readonly string[]
): Promise<Map<string, Map<string, string>>> {
  const ids = await git.resolveObjects(shas.map(sha => `${sha}:.datalad/config`))
  const byBlob = new Map<string, Map<string, string>>()
  for (const id of new Set(ids.values())) if (id) byBlob.set(id, await git.configOfBlob(id))
  const configs = new Map<string, Map<string, string>>()
  for (const sha of shas) {
    const config = byBlob.get(ids.get(`${sha}:.datalad/config`) ?? '')
    if (config) configs.set(sha, config)
  }
  return configs
}

/**
 * Why a merge commit carrying a run record is not a datalad run-merge, or null when it is one.
 * datalad ≥ 1.6 records a run whose command made commits itself as `git commit-tree <tree of
 * HEAD> -p <HEAD before> -p <HEAD after>` (save.py `_create_merge_commit`): the first parent is an
 * ancestor of the second, and the merge's tree is the second parent's. A merge of branches that
 * diverged, or one whose tree differs from its second parent's, was made some other way.
 */
async function notARunMerge(
  git: GitCommandManager,
  commit: PlannedCommit,
  trees: ReadonlyMap<string, string | null>
): Promise<string | null> {
  const [first = '', second = ''] = commit.parents
  const short = (sha: string): string => sha.slice(0, 12)
  const secondTree = trees.get(`${second}^{tree}`)
  if (!secondTree) {
    return `run record on a merge commit whose second parent ${short(second)} is not in this clone: whether it is a datalad run-merge cannot be told, so it is not re-executed (fetch the whole history, e.g. fetch-depth: 0)`
  }
  if (trees.get(`${commit.sha}^{tree}`) !== secondTree) {
    return "run record on a merge commit whose tree is not its second parent's: not a datalad run-merge (a merge of two lines of work), so it is not re-executed"
  }
  const ancestry = await runGit(['merge-base', '--is-ancestor', first, second], { cwd: git.root })
  if (ancestry.code === 1) {
    return `run record on a merge commit whose first parent ${short(first)} is not an ancestor of its second ${short(second)}: not a datalad run-merge (a merge of two lines of work), so it is not re-executed`
  }
  if (ancestry.code !== 0) {
    return `run record on a merge commit whose parents could not be compared (${ancestry.stderr.toString('utf8').trim()}), so it is not re-executed`
  }
  return null
}

/** Skip the records on merges that are not run-merges (see notARunMerge), saying why. */
async function skipOtherMerges(git: GitCommandManager, commits: PlannedCommit[]): Promise<void> {
  const merges = commits.filter(c => !c.verdict && c.parents.length === 2)
  if (merges.length === 0) return
  const trees = await git.resolveObjects(
    merges.flatMap(c => [`${c.sha}^{tree}`, `${c.parents[1] ?? ''}^{tree}`])
  )
  for (const merge of merges) {
    const reason = await notARunMerge(git, merge, trees)
    if (reason) merge.verdict = { status: 'skipped', reason }
  }
}

/**
 * The file changes of each commit against its first parent. A merge is given to
 * `diff-tree --stdin` as `<merge> <first parent>`, which diffs it against that parent alone
 * (alone on its line, a merge gives a combined diff, which --raw leaves empty).
 */
async function changesAgainstFirstParent(
  git: GitCommandManager,
  commits: readonly PlannedCommit[]
): Promise<Map<string, TreeChange[]>> {
  return git.changesOf(
    commits.map(c => (c.parents.length > 1 ? `${c.sha} ${c.parents[0] ?? ''}` : c.sha))
  )
}

/**
 * Each commit's custom placeholder values: its committed `.datalad/config`, overridden as datalad
 * does at rerun time. Only commits whose command uses a custom placeholder take overrides, so
 * that a value set for one step does not change the verdict cache's key of every other.
 */
function applySubstitutions(
  commit: PlannedCommit,
  config: ReadonlyMap<string, string>,
  overrides: Substitutions
): void {
  for (const [key, value] of config) {
    if (!key.startsWith(SUBSTITUTION_PREFIX)) continue
    const name = key.slice(SUBSTITUTION_PREFIX.length)
    commit.substitutions[name] = value
    ;(commit.substitutionSources ??= {})[name] = { kind: 'dataset' }
  }
  if (!commit.record || !usesCustomPlaceholder(commit.record.cmd)) return
  for (const [name, { value, source }] of overrides) {
    commit.substitutions[name] = value
    ;(commit.substitutionSources ??= {})[name] = source
  }
}

/** The config of a commit whose `.datalad/config` was not looked up (or is absent). */
const NO_CONFIG: ReadonlyMap<string, string> = new Map()

/**
 * @param annex how annexed sidecars are fetched: awaited only for one, so that the history is
 *   read while the caller still finds out whether the dataset uses git-annex
 */
export async function planVerification(
  git: GitCommandManager,
  annex: Promise<AnnexRepository | null>,
  request: RangeRequest,
  options: PlanOptions = {}
): Promise<Plan> {
  const { range, logged, newestConfig } = await collectRunCommits(git, request)
  const datasetId = newestConfig?.get('datalad.dataset.id')
  // Read before any command runs, so that no replayed command can change them for a later one.
  const overrides = await substitutionOverrides(
    git,
    options.env ?? process.env,
    options.substitutions ?? {}
  )

  const commits: PlannedCommit[] = []
  // The record text of commits[i], parsed once merges are sorted out.
  const recordTexts: string[] = []
  for (const commit of logged) {
    const parsed = parseRunMessage(commit.message)
    if (!parsed) continue // mentions the tag, but is not a run record
    const planned: PlannedCommit = {
      sha: commit.sha,
      parents: commit.parents,
      subject: subjectOf(parsed.runMessage),
      committedAt: commit.committedAt,
      changes: [],
      substitutions: {}
    }
    commits.push(planned)
    recordTexts.push(parsed.recordText)
    if (commit.parents.length === 0) {
      planned.verdict = {
        status: 'skipped',
        reason: 'run record on the root commit: there is no parent to re-execute it on'
      }
    } else if (commit.parents.length > 2) {
      planned.verdict = {
        status: 'skipped',
        reason: `run record on a merge commit with ${commit.parents.length} parents: datalad records a run as a merge of two (a run-merge), so it is not re-executed`
      }
    }
  }
  // A run-merge is verified like any run commit: replayed on its first parent, compared with its tree.
  await skipOtherMerges(git, commits)
  commits.forEach((planned, i) => {
    if (planned.verdict) return
    try {
      const value = interpretRecordText(recordTexts[i] ?? '')
      if (value.kind === 'record') {
        planned.source = { kind: 'inline' }
        planned.record = normaliseRecord(value.value)
      } else {
        planned.source = { kind: 'sidecar', id: value.id, path: '' }
      }
    } catch (e) {
      if (!(e instanceof RecordError)) throw e
      planned.verdict = { status: 'error', reason: e.message }
    }
  })

  const runnable = commits.filter(c => !c.verdict)
  // A commit's .datalad/config matters only for its sidecar location and custom placeholders;
  // looking it up costs a tree walk per commit, so only those commits pay it.
  const configured = runnable.filter(
    c => c.source?.kind === 'sidecar' || usesCustomPlaceholder(c.record?.cmd ?? '')
  )
  const configs = await datasetConfigs(
    git,
    configured.map(c => c.sha)
  )
  const changes =
    (options.readChanges ?? true)
      ? await changesAgainstFirstParent(git, runnable)
      : new Map<string, TreeChange[]>()
  for (const commit of runnable) {
    commit.changes = changes.get(commit.sha) ?? []
    const config = configs.get(commit.sha) ?? NO_CONFIG
    if (commit.source?.kind === 'sidecar') {
      const directory = (
        config.get('datalad.run.record-directory') ?? DEFAULT_RECORD_DIRECTORY
      ).replace(/\/+$/, '')
      commit.source.path = `${directory}/${commit.source.id}`
    }
  }

  await loadSidecars(
    git,
    annex,
    runnable.filter(c => c.source?.kind === 'sidecar')
  )

  for (const commit of runnable) {
    // After the sidecars: only then is every command known.
    applySubstitutions(commit, configs.get(commit.sha) ?? NO_CONFIG, overrides)
    if (commit.verdict || !commit.record) continue
    if (datasetId && commit.record.dsid && commit.record.dsid !== datasetId) {
      commit.verdict = {
        status: 'skipped',
        reason: `run record comes from another dataset (dsid ${commit.record.dsid}, this dataset is ${datasetId})`
      }
    }
  }
  return { range, datasetId, commits }
}

async function loadSidecars(
  git: GitCommandManager,
  annexFound: Promise<AnnexRepository | null>,
  commits: PlannedCommit[]
): Promise<void> {
  const specOf = (c: PlannedCommit): string =>
    `${c.sha}:${c.source?.kind === 'sidecar' ? c.source.path : ''}`
  const blobs = await git.readObjects(commits.map(specOf))
  for (const commit of commits) {
    const where = commit.source?.kind === 'sidecar' ? commit.source.path : '?'
    try {
      const blob = blobs.get(specOf(commit))
      if (!blob) throw new RecordError(`run record sidecar ${where} is not in the commit's tree`)
      let compressed = blob
      const key = sidecarKey(blob)
      if (key) {
        const annex = await annexFound
        if (!annex) {
          commit.verdict = {
            status: 'unverifiable',
            reason: `run record sidecar ${where} is annexed and git-annex is not available to fetch it`
          }
          continue
        }
        const content = await annex.contentOf(key.key, where)
        if ('failure' in content) {
          commit.verdict = {
            status: 'unverifiable',
            reason: `run record sidecar ${where} (${key.key}) could not be fetched: ${content.failure}`
          }
          continue
        }
        compressed = await fs.promises.readFile(content.path)
      }
      commit.record = normaliseRecord(await decodeSidecar(compressed, where))
    } catch (e) {
      if (!(e instanceof RecordError)) throw e
      commit.verdict = { status: 'error', reason: e.message }
    }
  }
}
