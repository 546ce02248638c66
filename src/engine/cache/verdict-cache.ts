/**
 * "Never verify twice": a run commit already verified `reproduced` with the same record in the
 * same environment is reported from the cache instead of being re-executed. The key covers the
 * commit, its record and an environment fingerprint (OS, tool versions, files the user names, such
 * as lock files), so a change to any of them re-executes.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GitCommandManager } from '../git/git-command-manager.js'
import type { CommitVerdict, PlannedCommit } from '../model.js'
import { runGit } from '../git/git-port.js'

/**
 * The `run` of a verification outside CI. Recorded with its host and repository, which `lookup`
 * names instead; left alone (entries of older versions recorded nothing more), it is all we know.
 */
export const UNRECORDED_LOCAL_RUN = 'local'
/** Where a verified verdict was found again in the clone that verified it. */
export const THIS_CLONE = 'this clone'

export interface CachedVerdict {
  key: string
  sha: string
  verifiedAt: string
  /**
   * Where the verification ran: a CI run URL, or "local". As `lookup` returns it, a local one is
   * "this clone" or `host:/path` of the repository (plain "local" in entries of older versions).
   */
  run: string
  /** The machine and repository of a local verification (absent in CI and in older entries). */
  host?: string
  repository?: string
  durationMs: number
  /** The verdict as it was reported then, so a cached report reads like the original. */
  verdict: CommitVerdict
}

/** Where cached verdicts live: a directory locally, restored from and saved to the Actions cache in CI. */
export class VerdictStore {
  constructor(readonly dir: string) {}

  /** The default local store, under the repository's git directory. */
  static async forRepository(git: GitCommandManager): Promise<VerdictStore> {
    return new VerdictStore(path.join(await git.gitCommonDir(), 'rerun-action', 'verdicts'))
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`)
  }

  async get(key: string): Promise<CachedVerdict | null> {
    try {
      const value = JSON.parse(await fs.promises.readFile(this.file(key), 'utf8')) as CachedVerdict
      return value.key === key && value.verdict?.status === 'reproduced' ? value : null
    } catch {
      return null
    }
  }

  async put(entry: CachedVerdict): Promise<void> {
    await fs.promises.mkdir(this.dir, { recursive: true })
    const temp = `${this.file(entry.key)}.${process.pid}.tmp`
    await fs.promises.writeFile(temp, JSON.stringify(entry) + '\n')
    await fs.promises.rename(temp, this.file(entry.key))
  }
}

async function toolVersion(gitArgs: readonly string[]): Promise<string> {
  try {
    const result = await runGit(gitArgs, { cwd: process.cwd() })
    return result.code === 0
      ? (result.stdout.toString('utf8').split('\n')[0] ?? '').trim()
      : 'absent'
  } catch {
    return 'absent'
  }
}

/**
 * What, besides the commit itself, decides whether a command reproduces: the platform, the
 * tools rerun-action drives, and the content (blob ids at `rev`) of files the user names.
 */
export async function environmentFingerprint(
  git: GitCommandManager,
  rev: string,
  files: readonly string[]
): Promise<string> {
  const blobs = await git.resolveObjects(files.map(file => `${rev}:${file}`))
  const parts = {
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    git: await toolVersion(['--version']),
    annex: await toolVersion(['annex', 'version', '--raw']),
    files: Object.fromEntries(files.map(file => [file, blobs.get(`${rev}:${file}`) ?? 'absent']))
  }
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

export function cacheKey(commit: PlannedCommit, fingerprint: string): string {
  const identity = {
    v: 1,
    sha: commit.sha,
    record: commit.record,
    substitutions: commit.substitutions,
    fingerprint
  }
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

/** Where a cached verdict was verified, said from the clone that finds it. */
function verifiedWhere(entry: CachedVerdict, here: { host: string; repository: string }): string {
  if (entry.host === undefined || entry.repository === undefined) return entry.run
  return entry.host === here.host && entry.repository === here.repository
    ? THIS_CLONE
    : `${entry.host}:${entry.repository}`
}

/** A store bound to one environment fingerprint: look verdicts up, record new reproduced ones. */
export class VerdictCache {
  private constructor(
    private readonly store: VerdictStore,
    private readonly fingerprint: string,
    private readonly run: string | undefined,
    private readonly here: { host: string; repository: string }
  ) {}

  static async open(
    git: GitCommandManager,
    rev: string,
    options: { store?: VerdictStore; keyFiles?: readonly string[]; run?: string },
    /** How outputs are judged (comparison rules, repeats): a verdict holds only for the same. */
    judging: string
  ): Promise<VerdictCache> {
    const store = options.store ?? (await VerdictStore.forRepository(git))
    const environment = await environmentFingerprint(git, rev, options.keyFiles ?? [])
    const fingerprint = createHash('sha256').update(`${environment}\n${judging}`).digest('hex')
    return new VerdictCache(store, fingerprint, options.run, {
      host: os.hostname(),
      repository: git.root
    })
  }

  /** The cached verdict of a commit, its `run` saying where it was verified. */
  async lookup(commit: PlannedCommit): Promise<CachedVerdict | null> {
    if (!commit.record || commit.verdict) return null
    const entry = await this.store.get(cacheKey(commit, this.fingerprint))
    return entry && { ...entry, run: verifiedWhere(entry, this.here) }
  }

  async record(commit: PlannedCommit, verdict: CommitVerdict): Promise<void> {
    await this.store.put({
      key: cacheKey(commit, this.fingerprint),
      sha: commit.sha,
      verifiedAt: new Date().toISOString(),
      // A CI run is named by its URL; a local one by the machine and the repository.
      ...(this.run === undefined ? { run: UNRECORDED_LOCAL_RUN, ...this.here } : { run: this.run }),
      durationMs: verdict.durationMs,
      verdict
    })
  }
}
