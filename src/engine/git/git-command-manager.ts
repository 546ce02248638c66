/**
 * The git commands the engine needs, behind one small interface (as actions/checkout does), all
 * through the hardened git port. History and changes are read in bulk streams (one process for
 * many commits); committed trees and blobs come from long-running readers (object-store.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { TreeChange } from '../model.js'
import { ProcessError } from '../process.js'
import { gitOutput, runGit, simpleGitAt, streamGit } from './git-port.js'
import { ObjectStore, type RawTreeEntry } from './object-store.js'

export interface LoggedCommit {
  sha: string
  parents: string[]
  committedAt: number
  message: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'commit' | 'tree'
  object: string
  size: number | null
  path: string
}

/** A change between two commits, with what the path was before (absent for additions). */
export interface CommitDiffEntry extends TreeChange {
  previousMode?: string
  previousObject?: string
}

/** Ids of the empty tree, which git knows without storing it. */
const EMPTY_TREE: Record<string, string> = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
}

export interface GitCommandManager {
  readonly root: string
  /** The commit a revision names, or null when it names none (asked of the long-running reader). */
  resolveCommit(rev: string): Promise<string | null>
  /**
   * Streams the commits of a `git log` revision range, oldest first (topological); with
   * `messagePrefix`, only those whose message starts with it.
   */
  logCommits(
    revisions: readonly string[],
    onCommit: (commit: LoggedCommit) => void,
    messagePrefix?: string
  ): Promise<void>
  /** The file changes of each commit against its first parent, in one `diff-tree --stdin` pass. */
  changesOf(shas: readonly string[]): Promise<Map<string, TreeChange[]>>
  /** Reads `<rev>:<path>` objects in one `cat-file --batch` pass; absent ones map to null. */
  readObjects(specs: readonly string[]): Promise<Map<string, Buffer | null>>
  /** Blobs by object id, from the long-running reader (no process per call); absent ones map to null. */
  readBlobs(objects: readonly string[]): Promise<Map<string, Buffer | null>>
  /**
   * Object ids of `<rev>:<path>` specs, from the long-running reader (no process per call);
   * absent ones map to null.
   */
  resolveObjects(specs: readonly string[]): Promise<Map<string, string | null>>
  /**
   * The repository's config as the hardened git port reads it (its own, worktree and included
   * files), in order, read once: annex, remotes, URL rewrites and substitutions all ask it.
   */
  configEntries(): Promise<ConfigEntry[]>
  /** All entries of a config file stored as a blob (e.g. `.datalad/config` at some commit). */
  configOfBlob(object: string): Promise<Map<string, string>>
  /** Like configOfBlob, in order, but a file git cannot parse throws, with git's message. */
  configEntriesOfBlob(object: string): Promise<ConfigEntry[]>
  /**
   * Stream a blob's content into a new file (for diffs of outputs of any size, and large files
   * of a checkout); a file already at `file` is an error, never overwritten or followed.
   */
  writeBlob(object: string, file: string, permissions?: number): Promise<void>
  /** Sizes of blobs by object id, from the long-running reader; absent ones map to null. */
  blobSizes(objects: readonly string[]): Promise<Map<string, number | null>>
  /** Tree entries of a commit under the given paths (recursive), with blob sizes. */
  listTree(commit: string, paths: readonly string[]): Promise<TreeEntry[]>
  /**
   * Every blob and gitlink of a commit, as `ls-tree -r` lists them but without sizes, from the
   * long-running reader (no process): what a checkout of the commit holds.
   */
  filesOf(commit: string): Promise<TreeEntry[]>
  /** The one entry at `path` in a commit (a directory is not walked), or null. */
  entryAt(commit: string, path: string): Promise<TreeEntry | null>
  /** The changes from one commit to another, recursive; null stands for an empty tree. */
  diffCommits(from: string | null, to: string | null): Promise<CommitDiffEntry[]>
  /** Refs matching any of the patterns (for-each-ref syntax). */
  listRefs(patterns: readonly string[]): Promise<string[]>
  gitCommonDir(): Promise<string>
  /** `sha1` or `sha256`. */
  objectFormat(): Promise<string>
  /**
   * Check out a commit into a fresh repository at `dir` (an empty directory) that borrows this
   * repository's objects: rerun-action's own repository, written by hand, never one that a
   * replayed command has touched. With `annexDir`, its `.git/annex` is that annex.
   */
  checkoutInto(dir: string, commit: string, annexDir: string | null): Promise<void>
  /** Where a checkout's repository borrows objects from, and its object format. */
  checkoutOrigin(): Promise<CheckoutOrigin>
  /**
   * Start the long-running readers of objects now, when they will be needed (a verification
   * replays commits): they start at the first read otherwise, on the first commit's path.
   */
  startReaders(): void
  /** Stop the long-running readers. */
  close(): void
}

/** What git tells of a repository from any directory of it. */
export interface RepositoryDetails {
  /** `sha1` or `sha256`. */
  objectFormat: string
  /** The absolute common git directory (that of the main worktree). */
  commonDir: string
}

/** The RepositoryDetails of the repository holding `dir`, from one `git rev-parse`. */
export async function repositoryDetails(dir: string): Promise<RepositoryDetails> {
  const out = await simpleGitAt(dir).raw([
    'rev-parse',
    '--show-object-format',
    '--path-format=absolute',
    '--git-common-dir'
  ])
  // The format is a word; the directory, all that follows it (a path may hold a newline).
  const newline = out.indexOf('\n')
  return {
    objectFormat: out.slice(0, newline),
    commonDir: out.slice(newline + 1).replace(/\n$/, '')
  }
}

/**
 * The RepositoryDetails of the repository holding `dir` and the root of its work tree, from one
 * `git rev-parse`; null where git refuses (not a repository, no work tree) or its answer is
 * ambiguous (a path holding a newline): asked one at a time, each then answers or fails alone.
 */
export async function repositoryLocation(
  dir: string
): Promise<(RepositoryDetails & { root: string }) | null> {
  const result = await runGit(
    [
      'rev-parse',
      '--show-object-format',
      '--path-format=absolute',
      '--git-common-dir',
      '--show-toplevel'
    ],
    { cwd: dir }
  ).catch(() => null)
  if (result?.code !== 0) return null
  // Three answers, each ended by a newline: then none holds one.
  const [objectFormat, commonDir, root, ...rest] = result.stdout.toString('utf8').split('\n')
  if (rest.length !== 1 || rest[0] !== '' || !objectFormat || !commonDir || !root) return null
  return { objectFormat, commonDir, root }
}

function splitZ(text: string): string[] {
  return text.split('\0').filter(part => part.length > 0)
}

export interface ConfigEntry {
  key: string
  value: string
}

/** The entries `git config -z` prints, in order; a key alone (no `=`) means true, as git reads it. */
export function parseConfigEntries(out: Buffer): ConfigEntry[] {
  return splitZ(out.toString('utf8')).map(entry => {
    const newline = entry.indexOf('\n')
    return newline < 0
      ? { key: entry, value: 'true' }
      : { key: entry.slice(0, newline), value: entry.slice(newline + 1) }
  })
}

/** One entry of `diff-tree --raw -z`: `:<old mode> <new mode> <old id> <new id> <status>`, then the path. */
function rawDiffEntry(header: string, p: string, withPrevious = true): CommitDiffEntry {
  const [oldMode, newMode, oldObject, newObject, status] = header.slice(1).split(' ')
  const kind = (status ?? 'M')[0] as TreeChange['status']
  const before =
    kind === 'A' || !withPrevious ? {} : { previousMode: oldMode, previousObject: oldObject }
  return kind === 'D'
    ? { status: 'D', path: p, ...before }
    : { status: kind, path: p, mode: newMode, object: newObject, ...before }
}

/** Deeper trees than this are refused: a walk of them would exhaust path lengths and the stack. */
const MAX_TREE_DEPTH = 512

export class GitCli implements GitCommandManager {
  private readonly store: ObjectStore
  private commonDir?: Promise<string>
  private format?: Promise<string>
  private config?: Promise<ConfigEntry[]>

  constructor(
    readonly root: string,
    hexLength = 40
  ) {
    this.store = new ObjectStore(root, hexLength)
  }

  /**
   * A GitCli for the repository at `root`, its object format and common git directory asked of
   * git at once, in one process: each process costs rerun-action a fork of itself. Asked in
   * `askIn` (a directory of the same repository) where the caller does not know `root` yet.
   */
  static async open(
    root: string,
    askIn: Promise<RepositoryDetails> = repositoryDetails(root)
  ): Promise<GitCli> {
    const { objectFormat, commonDir } = await askIn
    const git = new GitCli(root, objectFormat === 'sha256' ? 64 : 40)
    git.format = Promise.resolve(objectFormat)
    git.commonDir = Promise.resolve(commonDir)
    return git
  }

  /**
   * `use` with a GitCli for `root`, its long-running readers stopped afterwards whatever happens:
   * a reader left running would keep the process alive.
   */
  static async using<T>(root: string, use: (git: GitCli) => Promise<T>): Promise<T> {
    const git = new GitCli(root)
    try {
      return await use(git)
    } finally {
      git.close()
    }
  }

  private run(args: readonly string[], input?: string): Promise<Buffer> {
    return gitOutput(args, { cwd: this.root, input })
  }

  async resolveCommit(rev: string): Promise<string | null> {
    // Asked of the long-running reader (no process of its own), as `rev-parse --verify` would.
    return (await this.store.resolve(`${rev}^{commit}`))?.object ?? null
  }

  async logCommits(
    revisions: readonly string[],
    onCommit: (commit: LoggedCommit) => void,
    messagePrefix = ''
  ): Promise<void> {
    // -z separates commits with NUL, which git never allows in a commit message. Each record is
    // "<sha> <committer time> <parents...>\n<message>". Only messages that start with the prefix
    // are decoded at all: in a long history most commits are skipped as raw bytes. Records are
    // cut from a list of chunks, so a long message costs time linear in its length.
    const prefix = Buffer.from(messagePrefix, 'utf8')
    let pending: Buffer[] = []
    // The record is bytes start..end of `data`: read in place, so that a skipped commit costs no
    // copy and a kept one only its strings.
    const handle = (data: Buffer, start: number, end: number): void => {
      const newline = data.indexOf(0x0a, start)
      if (newline < 0 || newline >= end) return
      const bodyStart = newline + 1
      if (
        prefix.length > 0 &&
        (end - bodyStart < prefix.length ||
          data.compare(prefix, 0, prefix.length, bodyStart, bodyStart + prefix.length) !== 0)
      )
        return
      const [sha = '', time = '0', ...parents] = data.toString('latin1', start, newline).split(' ')
      onCommit({
        sha,
        parents: parents.filter(Boolean),
        committedAt: Number(time),
        message: data.toString('utf8', bodyStart, end)
      })
    }
    /** A record that arrived in more than one chunk, joined. */
    const handleJoined = (pieces: Buffer[]): void => {
      const record = Buffer.concat(pieces)
      handle(record, 0, record.length)
    }
    // git itself skips commits whose message lacks the prefix anywhere (--grep, a superset of
    // "starts with"), so a long history of ordinary commits costs little more than git's walk.
    const grep = messagePrefix ? ['--fixed-strings', `--grep=${messagePrefix}`] : []
    const args = [
      'log',
      '-z',
      '--topo-order',
      '--reverse',
      '--no-color',
      ...grep,
      '--format=%H %ct %P%n%B',
      ...revisions,
      '--'
    ]
    const result = await streamGit(args, { cwd: this.root }, chunk => {
      let start = 0
      for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
        if (pending.length > 0) {
          handleJoined([...pending, chunk.subarray(start, end)])
          pending = []
        } else handle(chunk, start, end)
        start = end + 1
      }
      if (start < chunk.length) pending.push(chunk.subarray(start))
    })
    if (result.code !== 0) {
      throw new ProcessError(`git log failed: ${result.stderr.toString('utf8').trim()}`, result)
    }
    if (pending.length > 0) handleJoined(pending)
  }

  async changesOf(shas: readonly string[]): Promise<Map<string, TreeChange[]>> {
    const changes = new Map<string, TreeChange[]>()
    if (shas.length === 0) return changes
    const out = await this.run(
      ['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--raw', '--no-abbrev'],
      shas.join('\n') + '\n'
    )
    const parts = out.toString('utf8').split('\0')
    let current: TreeChange[] | undefined
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? ''
      if (part.startsWith(':')) {
        current?.push(rawDiffEntry(part, parts[++i] ?? '', false))
      } else if (/^[0-9a-f]{40,64}$/.test(part)) {
        current = []
        changes.set(part, current)
      }
    }
    for (const sha of shas) if (!changes.has(sha)) changes.set(sha, [])
    return changes
  }

  async readObjects(specs: readonly string[]): Promise<Map<string, Buffer | null>> {
    const objects = new Map<string, Buffer | null>()
    // A newline would end the request early: such a name cannot be asked for, so it is absent.
    const askable = specs.filter(spec => !spec.includes('\n'))
    for (const spec of specs) if (spec.includes('\n')) objects.set(spec, null)
    if (askable.length === 0) return objects
    const out = await this.run(['cat-file', '--batch'], askable.join('\n') + '\n')
    let offset = 0
    for (const spec of askable) {
      const end = out.indexOf(0x0a, offset)
      const header = out.subarray(offset, end).toString('utf8')
      offset = end + 1
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        objects.set(spec, null)
        continue
      }
      const size = Number(header.split(' ')[2])
      objects.set(spec, Buffer.from(out.subarray(offset, offset + size)))
      offset += size + 1
    }
    return objects
  }

  async readBlobs(objects: readonly string[]): Promise<Map<string, Buffer | null>> {
    const found = await Promise.all(objects.map(object => this.store.read(object)))
    return new Map(objects.map((object, i) => [object, found[i]?.data ?? null]))
  }

  async blobSizes(objects: readonly string[]): Promise<Map<string, number | null>> {
    const sizes = await Promise.all(objects.map(object => this.store.size(object)))
    return new Map(objects.map((object, i) => [object, sizes[i] ?? null]))
  }

  async writeBlob(object: string, file: string, permissions = 0o666): Promise<void> {
    const out = await fs.promises.open(file, 'wx', permissions)
    try {
      // git writes into the file itself: a large blob never passes through this process.
      const result = await runGit(['cat-file', 'blob', object], {
        cwd: this.root,
        stdoutFd: out.fd
      })
      if (result.code !== 0) {
        throw new ProcessError(
          `git cat-file blob ${object} failed: ${result.stderr.toString('utf8').trim()}`,
          result
        )
      }
    } finally {
      await out.close()
    }
  }

  private async entryOf(p: string, raw: RawTreeEntry, sized = true): Promise<TreeEntry> {
    const type = raw.mode === '160000' ? 'commit' : raw.mode === '040000' ? 'tree' : 'blob'
    return {
      mode: raw.mode,
      type,
      object: raw.object,
      size: type === 'blob' && sized ? await this.store.size(raw.object) : null,
      path: p
    }
  }

  /** Every blob and gitlink under a tree, as `ls-tree -r` lists them. */
  private async collect(
    tree: string,
    prefix: string,
    depth: number,
    found: Map<string, Promise<TreeEntry>>,
    sized = true
  ): Promise<void> {
    if (depth > MAX_TREE_DEPTH)
      throw new Error(`the tree at ${prefix} is nested deeper than ${MAX_TREE_DEPTH} levels`)
    for (const raw of await this.store.tree(tree)) {
      const p = prefix === '' ? raw.name : `${prefix}/${raw.name}`
      if (raw.mode === '040000') await this.collect(raw.object, p, depth + 1, found, sized)
      else if (!found.has(p)) found.set(p, this.entryOf(p, raw, sized))
    }
  }

  async filesOf(commit: string): Promise<TreeEntry[]> {
    const found = new Map<string, Promise<TreeEntry>>()
    await this.collect(await this.store.rootTree(commit), '', 0, found, false)
    return Promise.all(found.values())
  }

  /** The entry at `p` in a tree, or null. */
  private async lookup(tree: string, p: string): Promise<RawTreeEntry | null> {
    let current: RawTreeEntry = { mode: '040000', name: '', object: tree }
    for (const name of p.split('/')) {
      if (current.mode !== '040000') return null
      const next = (await this.store.tree(current.object)).find(entry => entry.name === name)
      if (!next) return null
      current = next
    }
    return current
  }

  async listTree(commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
    if (paths.length === 0) return []
    const root = await this.store.rootTree(commit)
    const found = new Map<string, Promise<TreeEntry>>()
    for (const requested of paths) {
      const p = requested.replace(/\/+$/, '')
      if (p === '' || p === '.') {
        await this.collect(root, '', 0, found)
        continue
      }
      if (found.has(p)) continue
      const raw = await this.lookup(root, p)
      if (!raw) continue
      if (raw.mode === '040000') await this.collect(raw.object, p, p.split('/').length, found)
      else found.set(p, this.entryOf(p, raw))
    }
    return Promise.all(found.values())
  }

  async entryAt(commit: string, p: string): Promise<TreeEntry | null> {
    const clean = p.replace(/\/+$/, '')
    if (clean === '' || clean === '.') return null
    const raw = await this.lookup(await this.store.rootTree(commit), clean)
    return raw ? this.entryOf(clean, raw) : null
  }

  async diffCommits(from: string | null, to: string | null): Promise<CommitDiffEntry[]> {
    const empty = EMPTY_TREE[await this.objectFormat()] ?? EMPTY_TREE.sha1 ?? ''
    const out = await this.run([
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--raw',
      '--no-abbrev',
      from ?? empty,
      to ?? empty
    ])
    const parts = out.toString('utf8').split('\0')
    const entries: CommitDiffEntry[] = []
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? ''
      if (part.startsWith(':')) entries.push(rawDiffEntry(part, parts[++i] ?? ''))
    }
    return entries
  }

  async resolveObjects(specs: readonly string[]): Promise<Map<string, string | null>> {
    const found = await Promise.all(specs.map(spec => this.store.resolve(spec)))
    return new Map(specs.map((spec, i) => [spec, found[i]?.object ?? null]))
  }

  configEntries(): Promise<ConfigEntry[]> {
    this.config ??= runGit(['config', '-z', '--list'], { cwd: this.root }).then(result => {
      if (result.code !== 0)
        throw new Error(
          `cannot read the git config of ${this.root}: ${result.stderr.toString('utf8').trim()}`
        )
      return parseConfigEntries(result.stdout)
    })
    return this.config
  }

  async configOfBlob(object: string): Promise<Map<string, string>> {
    // A config file git cannot parse configures nothing.
    const entries = await this.configEntriesOfBlob(object).catch(() => [])
    return new Map(entries.map(({ key, value }) => [key, value]))
  }

  async configEntriesOfBlob(object: string): Promise<ConfigEntry[]> {
    return parseConfigEntries(await this.run(['config', '-z', '--blob', object, '--list']))
  }

  async listRefs(patterns: readonly string[]): Promise<string[]> {
    const out = await this.run(['for-each-ref', '--format=%(refname)', ...patterns])
    return out.toString('utf8').split('\n').filter(Boolean)
  }

  gitCommonDir(): Promise<string> {
    this.commonDir ??= simpleGitAt(this.root)
      .raw(['rev-parse', '--path-format=absolute', '--git-common-dir'])
      .then(out => out.trim())
    return this.commonDir
  }

  objectFormat(): Promise<string> {
    this.format ??= simpleGitAt(this.root)
      .raw(['rev-parse', '--show-object-format'])
      .then(out => out.trim())
    return this.format
  }

  async checkoutOrigin(): Promise<CheckoutOrigin> {
    return {
      objects: path.join(await this.gitCommonDir(), 'objects'),
      sha256: (await this.objectFormat()) === 'sha256'
    }
  }

  async checkoutInto(dir: string, commit: string, annexDir: string | null): Promise<void> {
    await writeCheckout(dir, commit, { ...(await this.checkoutOrigin()), annexDir })
  }

  startReaders(): void {
    this.store.warm()
  }

  close(): void {
    this.store.close()
  }
}

/** Where a checkout's repository borrows its objects from, and whether they are SHA-256. */
export interface CheckoutOrigin {
  objects: string
  sha256: boolean
}

/** One file, link or directory of the repository rerun-action writes for a checkout. */
export interface RepositoryEntry {
  /** Relative to the checkout root: `.git` and below. */
  path: string
  kind: 'directory' | 'file' | 'symlink'
  /** A file's content or a link's target. */
  content?: string
}

/**
 * The repository rerun-action writes by hand into a checkout at `commit` (HEAD detached there),
 * borrowing `objects` (objects/info/alternates), with `.git/annex` leading to `annexDir`.
 * Nothing of a repository a command touched is used.
 */
export function repositoryLayout(
  commit: string,
  from: CheckoutOrigin & { annexDir: string | null }
): RepositoryEntry[] {
  const config = [
    '[core]',
    `\trepositoryformatversion = ${from.sha256 ? 1 : 0}`,
    '\tfilemode = true',
    '\tbare = false',
    '\tlogallrefupdates = false',
    ...(from.sha256 ? ['[extensions]', '\tobjectformat = sha256'] : [])
  ]
  return [
    { path: '.git', kind: 'directory' },
    { path: '.git/objects', kind: 'directory' },
    { path: '.git/objects/info', kind: 'directory' },
    { path: '.git/refs', kind: 'directory' },
    { path: '.git/refs/heads', kind: 'directory' },
    { path: '.git/config', kind: 'file', content: config.join('\n') + '\n' },
    { path: '.git/HEAD', kind: 'file', content: `${commit}\n` },
    { path: '.git/objects/info/alternates', kind: 'file', content: from.objects + '\n' },
    ...(from.annexDir
      ? [{ path: '.git/annex', kind: 'symlink' as const, content: from.annexDir }]
      : [])
  ]
}

/**
 * Write the repository of repositoryLayout into `dir` (an empty directory, or one git left empty
 * for a gitlink) and check `commit` out into it with git.
 */
export async function writeCheckout(
  dir: string,
  commit: string,
  from: CheckoutOrigin & { annexDir: string | null }
): Promise<void> {
  for (const entry of repositoryLayout(commit, from)) {
    const target = path.join(dir, entry.path)
    if (entry.kind === 'directory') await fs.promises.mkdir(target)
    else if (entry.kind === 'symlink') await fs.promises.symlink(entry.content ?? '', target)
    else await fs.promises.writeFile(target, entry.content ?? '', { flag: 'wx' })
  }
  await gitOutput(['read-tree', '--reset', '-u', commit], { cwd: dir })
}
