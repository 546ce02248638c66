/**
 * Planning: which commits of a range are run commits, what their records say, and which of them
 * can be re-executed at all. History, file changes, configs and sidecars are each read in one bulk
 * git pass, so planning costs about what one `git log` of the range costs.
 */
import type { AnnexRepository } from '../annex/annex-repository.js'
import { UsageError } from '../errors.js'
import type { GitCommandManager, LoggedCommit } from '../git/git-command-manager.js'
import type { PlannedCommit, TreeChange, VerificationRange } from '../model.js'
import { decodeSidecar, DEFAULT_RECORD_DIRECTORY, sidecarKey } from '../records/sidecar.js'
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

const SUBSTITUTION_PREFIX = 'datalad.run.substitutions.'

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

async function collectRunCommits(
  git: GitCommandManager,
  request: RangeRequest
): Promise<{ range: VerificationRange; logged: LoggedCommit[] }> {
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
    return { range: { since: null, until: newest, commits: shas }, logged: ordered }
  }
  const [until, since] = await Promise.all([
    resolveOrFail(git, request.until ?? 'HEAD', '--until'),
    request.since?.trim() ? resolveOrFail(git, request.since, '--since') : null
  ])
  const logged = await logInTopologicalOrder(
    git,
    since ? [`${since}..${until}`] : [until],
    commit => looksLikeRunMessage(commit.message),
    RUN_MESSAGE_TAG
  )
  return { range: { since, until, commits: null }, logged }
}

const BUILTIN_PLACEHOLDERS = new Set(['inputs', 'outputs', 'pwd', 'dspath', 'tmpdir'])

/** Whether a command names a placeholder that only `datalad.run.substitutions.*` can fill. */
export function usesCustomPlaceholder(cmd: string): boolean {
  for (const match of cmd.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}!:.[]*)/g)) {
    if (!BUILTIN_PLACEHOLDERS.has(match[1] ?? '')) return true
  }
  return false
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

export async function planVerification(
  git: GitCommandManager,
  annex: AnnexRepository | null,
  request: RangeRequest,
  /** Listing a plan needs no file changes; replaying does. */
  options: { readChanges: boolean } = { readChanges: true }
): Promise<Plan> {
  const { range, logged } = await collectRunCommits(git, request)
  const datasetId = (await datasetConfigs(git, [range.until]))
    .get(range.until)
    ?.get('datalad.dataset.id')

  const commits: PlannedCommit[] = []
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
    if (commit.parents.length === 0) {
      planned.verdict = {
        status: 'skipped',
        reason: 'run record on the root commit: there is no parent to re-execute it on'
      }
      continue
    }
    if (commit.parents.length > 1) {
      planned.verdict = {
        status: 'skipped',
        reason: `run record on a merge commit (${commit.parents.length} parents): it is not re-executed`
      }
      continue
    }
    try {
      const value = interpretRecordText(parsed.recordText)
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
  }

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
  const changes = options.readChanges
    ? await git.changesOf(runnable.map(c => c.sha))
    : new Map<string, TreeChange[]>()
  for (const commit of runnable) {
    commit.changes = changes.get(commit.sha) ?? []
    const config = configs.get(commit.sha) ?? new Map<string, string>()
    for (const [key, value] of config) {
      if (key.startsWith(SUBSTITUTION_PREFIX))
        commit.substitutions[key.slice(SUBSTITUTION_PREFIX.length)] = value
    }
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
  annex: AnnexRepository | null,
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
        if (!annex) {
          commit.verdict = {
            status: 'unverifiable',
            reason: `run record sidecar ${where} is annexed and git-annex is not available to fetch it`
          }
          continue
        }
        const content = await annex.contentOf(key.key)
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
