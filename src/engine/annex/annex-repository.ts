/** The few git-annex operations the engine needs: is it used, fetch content, compute a key. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  parseConfigEntries,
  type ConfigEntry,
  type GitCommandManager
} from '../git/git-command-manager.js'
import { runGit } from '../git/git-port.js'
import { findProgram } from '../process.js'
import { parseAnnexKey } from './annex-key.js'
import { Mutex } from '../mutex.js'

export interface AnnexGetFailure {
  file: string
  message: string
}

/** Content git-annex transferred into the local annex (for progress and totals). */
export interface AnnexFetched {
  file: string
  key: string
  /** From the key's size field; null for keys without one (e.g. some URL keys). */
  bytes: number | null
  /** git-annex's note, e.g. "from store...". */
  note?: string
}

/** A remote URL that is a relative local path (not `/abs`, `scheme://…` or scp-like `host:path`). */
export function isRelativePath(url: string): boolean {
  const colon = url.indexOf(':')
  const slash = url.indexOf('/')
  const hasHost = url.includes('://') || (colon >= 0 && (slash < 0 || colon < slash))
  return url !== '' && !hasHost && !path.isAbsolute(url)
}

const DIRECTORY_CHARACTERS = '0123456789zqjxkmvwgpfZQJXKMVWGPF'

/**
 * The two directories git-annex keeps a key's content under in a non-bare repository
 * (`hashDirMixed`, e.g. `q3/K8/`): six characters from the first 32 bits of the MD5 of the key,
 * little-endian, five bits each, swapped in pairs. Computed here because `git annex examinekey`
 * cannot be asked for it reliably (10.20230126 printed two answers for one key).
 */
export function hashDirMixed(key: string): string {
  const word = createHash('md5').update(key).digest().readUInt32LE(0)
  const chars = Array.from(
    { length: 6 },
    (_, i) => DIRECTORY_CHARACTERS[Math.floor(word / 2 ** (6 * i)) % 32] ?? ''
  )
  const swapped = [1, 0, 3, 2, 5, 4].map(i => chars[i] ?? '').join('')
  return `${swapped.slice(0, 2)}/${swapped.slice(2, 4)}/`
}

/** `hashDirLower` (`e38/2e4/`), the layout of bare repositories. */
export function hashDirLower(key: string): string {
  const hex = createHash('md5').update(key).digest('hex')
  return `${hex.slice(0, 3)}/${hex.slice(3, 6)}/`
}

/**
 * The `remote.<name>.url` entries of the repository at `cwd`, in config order, a URL that is a
 * relative path resolved against `base`: git resolves it against the work tree, which a checkout
 * or clone elsewhere does not share.
 */
export async function remoteUrlEntries(cwd: string, base: string): Promise<RemoteUrlEntry[]> {
  const result = await runGit(['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], { cwd })
  if (result.code !== 0) return []
  return remoteUrlsOf(parseConfigEntries(result.stdout), base)
}

export interface RemoteUrlEntry extends ConfigEntry {
  relative: boolean
}

/** remoteUrlEntries, from config entries already read (keys as git prints them: canonical). */
export function remoteUrlsOf(entries: readonly ConfigEntry[], base: string): RemoteUrlEntry[] {
  return entries
    .filter(({ key }) => /^remote\..*\.url$/.test(key))
    .map(({ key, value }) => {
      const relative = isRelativePath(value)
      return { key, value: relative ? path.resolve(base, value) : value, relative }
    })
}

/** A dataset uses git-annex when it, or one of its remotes, has a git-annex branch. */
export async function usesAnnex(git: GitCommandManager): Promise<boolean> {
  return (await git.listRefs(['refs/heads/git-annex', 'refs/remotes/*/git-annex'])).length > 0
}

/** True once `git annex init` has run in the repository whose config is `entries`. */
export function annexInitialisedBy(entries: readonly ConfigEntry[]): boolean {
  // The last value counts, as `git config --get` reads it.
  const uuid = entries.filter(({ key }) => key === 'annex.uuid').pop()
  return uuid !== undefined && uuid.value.trim() !== ''
}

/**
 * Whether `git annex` works here. A git-annex on PATH (where git finds it) is taken at its word:
 * asking it costs a Haskell program's start, beside git log and on the way to the first commit.
 * Only where there is none is git asked, to be sure.
 */
export async function annexInstalled(): Promise<boolean> {
  if (findProgram('git-annex')) return true
  try {
    const result = await runGit(['annex', 'version', '--raw'], { cwd: process.cwd() })
    return result.code === 0
  } catch {
    return false
  }
}

let borrowed = 0

export class AnnexRepository {
  /**
   * @param borrowFrom the objects directory of another annex (a subdataset's in the user's
   *   clone) whose content is copied in before any remote is asked; it is only ever read.
   */
  constructor(
    readonly root: string,
    private readonly onFetched?: (fetched: AnnexFetched) => void,
    private readonly borrowFrom: string | null = null,
    private readonly make: (() => Promise<void>) | null = null
  ) {
    // A repository made later is a plain clone: its annex is where git puts it in any clone.
    if (make) this.annexDir = Promise.resolve(path.join(root, '.git', 'annex'))
  }

  /**
   * A repository that `make` creates at `root` when git-annex is first needed. A private clone
   * costs a clone and a `git annex init`, and most run commits (all of a text2git dataset's)
   * never need git-annex at all. Until then its annex does not exist: no link into it resolves.
   */
  static deferred(
    root: string,
    make: () => Promise<void>,
    onFetched?: (fetched: AnnexFetched) => void
  ): AnnexRepository {
    return new AnnexRepository(root, onFetched, null, make)
  }

  private made?: Promise<void>
  private ready(): Promise<void> {
    if (!this.make) return Promise.resolve()
    this.made ??= this.make()
    return this.made
  }

  private remoteUrls?: Promise<string[]>
  private indexPath?: Promise<string>
  private annexDir?: Promise<string>
  /** git-annex refuses to fetch a key another process is already fetching: one get at a time. */
  private readonly transfers = new Mutex()

  /**
   * `-c remote.NAME.url=ABSOLUTE` for remotes whose URL is a relative path (datalad clone writes
   * them so): git resolves them against the checkout's top, which in a temporary worktree is the
   * wrong directory.
   */
  private absoluteRemoteUrls(): Promise<string[]> {
    this.remoteUrls ??= remoteUrlEntries(this.root, this.root).then(entries =>
      entries.flatMap(({ key, value, relative }) => (relative ? ['-c', `${key}=${value}`] : []))
    )
    return this.remoteUrls
  }

  /**
   * Run git-annex. In the user's checkout it works on a private copy of the index: git-annex
   * rewrites the index it scans (its cached tree), and the user's index must stay as it was.
   */
  private async annex(args: readonly string[], input?: string) {
    await this.ready()
    const cwd = this.root
    const command = [...(await this.absoluteRemoteUrls()), 'annex', ...args]
    // Where the index is does not change: asked once, not once per git-annex call.
    this.indexPath ??= runGit(['rev-parse', '--path-format=absolute', '--git-path', 'index'], {
      cwd
    }).then(result => result.stdout.toString('utf8').trim())
    const index = await this.indexPath
    const scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rerun-action-index-'))
    try {
      const copy = path.join(scratch, 'index')
      // A repository without commits has no index yet; git-annex then starts from an empty one.
      await fs.promises.copyFile(index, copy).catch(() => undefined)
      return await runGit(command, { cwd, env: { GIT_INDEX_FILE: copy }, input })
    } finally {
      await fs.promises.rm(scratch, { recursive: true, force: true })
    }
  }

  /** True once `git annex init` has run here (a fresh `git clone` has not). */
  async isInitialised(): Promise<boolean> {
    await this.ready()
    const result = await runGit(['config', '-z', '--get-regexp', '^annex\\.uuid$'], {
      cwd: this.root
    })
    return result.code === 0 && annexInitialisedBy(parseConfigEntries(result.stdout))
  }

  async initialise(): Promise<void> {
    const result = await this.annex(['init', '--quiet'])
    if (result.code !== 0) {
      throw new Error(`git annex init failed: ${result.stderr.toString('utf8').trim()}`)
    }
  }

  /** Failures of a `git annex get --json` call; successful transfers go to `onFetched`. */
  private failures(
    stdout: Buffer,
    stderr: Buffer,
    code: number | null,
    fileOfKey: ReadonlyMap<string, string> = new Map()
  ): AnnexGetFailure[] {
    const name = (file: string | null | undefined, key: string | undefined): string =>
      file ?? (key ? (fileOfKey.get(key) ?? key) : '?')
    const failures: AnnexGetFailure[] = []
    for (const line of stdout.toString('utf8').split('\n')) {
      if (!line.startsWith('{')) continue
      try {
        const entry = JSON.parse(line) as {
          success?: boolean
          file?: string | null
          key?: string
          'error-messages'?: string[]
          note?: string
          wanted?: { description?: string }[]
        }
        if (entry.success === false) {
          const messages = (entry['error-messages'] ?? []).map(m => m.trim()).filter(Boolean)
          // `wanted` names the repositories git-annex believes hold the content (all were tried).
          const holders = (entry.wanted ?? []).map(w => w.description).filter(Boolean)
          const where =
            holders.length > 0 ? `; git-annex expected it in: ${holders.join(', ')}` : ''
          failures.push({
            file: name(entry.file, entry.key),
            message: (messages.join(' ') || entry.note || 'git-annex could not get it') + where
          })
        } else if (entry.success === true && entry.key) {
          this.onFetched?.({
            file: name(entry.file, entry.key),
            key: entry.key,
            bytes: parseAnnexKey(entry.key)?.size ?? null,
            note: entry.note
          })
        }
      } catch {
        // not a JSON line
      }
    }
    if (failures.length === 0 && code !== 0) {
      failures.push({
        file: '?',
        message: stderr.toString('utf8').trim() || `git annex get exited ${code}`
      })
    }
    return failures
  }

  /**
   * Fetch the content of annexed keys (each with the file it is for, in messages) from any remote
   * that has it, in one git-annex process. Keys, not paths: the checkout being prepared is not
   * this repository's work tree.
   */
  async getKeys(fileOfKey: ReadonlyMap<string, string>): Promise<AnnexGetFailure[]> {
    const keys: string[] = []
    for (const key of fileOfKey.keys()) if (!(await this.borrow(key))) keys.push(key)
    if (keys.length === 0) return []
    const result = await this.transfers.run(() =>
      this.annex(['get', '--json', '--json-error-messages', '--batch-keys'], keys.join('\n') + '\n')
    )
    return this.failures(result.stdout, result.stderr, result.code, fileOfKey)
  }

  /** Where this repository keeps annexed content (`.git/annex/objects`). */
  async objectsDir(): Promise<string> {
    this.annexDir ??= runGit(['rev-parse', '--path-format=absolute', '--git-path', 'annex'], {
      cwd: this.root
    }).then(result => result.stdout.toString('utf8').trim())
    return path.join(await this.annexDir, 'objects')
  }

  /** The annex directory itself, which checkouts link to as their `.git/annex`. */
  async annexPath(): Promise<string> {
    return path.dirname(await this.objectsDir())
  }

  /**
   * Path of a key's content in the local annex; when it is not present and `fetchFor` names the
   * file it is the content of (the name transfers are reported by), fetched first.
   */
  async contentOf(key: string, fetchFor?: string): Promise<{ path: string } | { failure: string }> {
    const located = async (): Promise<string | null> => {
      const result = await this.annex(['contentlocation', key])
      const rel = result.stdout.toString('utf8').trim()
      return result.code === 0 && rel ? path.resolve(this.root, rel) : null
    }
    await this.borrow(key)
    const present = await located()
    if (present) return { path: present }
    if (fetchFor === undefined)
      return { failure: `the content of ${key} is not in the local annex` }
    const result = await this.transfers.run(() =>
      this.annex(['get', '--json', '--json-error-messages', '--key', key])
    )
    const failures = this.failures(
      result.stdout,
      result.stderr,
      result.code,
      new Map([[key, fetchFor]])
    )
    if (failures.length > 0) return { failure: failures.map(f => f.message).join('; ') }
    const fetched = await located()
    return fetched && fs.existsSync(fetched)
      ? { path: fetched }
      : { failure: `content of ${key} not found after git annex get` }
  }

  /**
   * Copy a key's content from `borrowFrom` into this annex, where it is not here yet; true when
   * the content is here afterwards. A copy (a reflink where the file system has them), never a
   * hard link: a command that is not isolated could write through one into the user's annex.
   */
  private async borrow(key: string): Promise<boolean> {
    if (!this.borrowFrom || key.includes('/') || key.startsWith('.')) return false
    const target = path.join(await this.objectsDir(), hashDirMixed(key), key, key)
    if (await isFile(target)) return true
    for (const layout of [hashDirMixed(key), hashDirLower(key)]) {
      const source = path.join(this.borrowFrom, layout, key, key)
      if (!(await isFile(source))) continue
      await fs.promises.mkdir(path.dirname(target), { recursive: true })
      const copy = `${target}.rerun-action-${process.pid}-${++borrowed}`
      try {
        await fs.promises.copyFile(source, copy, fs.constants.COPYFILE_FICLONE)
        await fs.promises.chmod(copy, 0o444)
        await fs.promises.rename(copy, target)
      } finally {
        await fs.promises.rm(copy, { force: true })
      }
      return true
    }
    return false
  }

  /** The key git-annex computes for a file with a given backend (for hashes node lacks). */
  async calculateKey(file: string, backend: string): Promise<string | null> {
    const result = await this.annex([`--backend=${backend}`, 'calckey', file])
    return result.code === 0 ? result.stdout.toString('utf8').trim() : null
  }
}

async function isFile(p: string): Promise<boolean> {
  return (await fs.promises.lstat(p).catch(() => null))?.isFile() ?? false
}
