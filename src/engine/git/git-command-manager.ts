/**
 * The git commands the engine needs, behind one small interface (as actions/checkout does).
 * Short commands go through simple-git; history, trees and blobs are read in bulk streams
 * (one process for many commits) so planning does not pay a git process per commit.
 */
import fs from 'node:fs'
import { simpleGit, type SimpleGit } from 'simple-git'
import type { TreeChange } from '../model.js'
import { ProcessError, runProcess, streamProcess } from '../process.js'

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

export interface GitCommandManager {
  readonly root: string
  /** The commit a revision names, or null when it names none. */
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
  /** Object ids of `<rev>:<path>` specs in one `cat-file --batch-check` pass; absent ones map to null. */
  resolveObjects(specs: readonly string[]): Promise<Map<string, string | null>>
  /** All entries of a config file stored as a blob (e.g. `.datalad/config` at some commit). */
  configOfBlob(object: string): Promise<Map<string, string>>
  /** Stream a blob's content into a file (for diffs of outputs of any size). */
  writeBlob(object: string, file: string): Promise<void>
  /** Tree entries of `rev` under the given paths (recursive), with blob sizes. */
  listTree(rev: string, paths: readonly string[]): Promise<TreeEntry[]>
  /** Refs matching any of the patterns (for-each-ref syntax). */
  listRefs(patterns: readonly string[]): Promise<string[]>
  gitCommonDir(): Promise<string>
  addWorktree(dir: string, commit: string): Promise<void>
  /** Move an existing worktree to another commit: forced checkout, then every untracked file removed. */
  switchWorktree(worktree: string, commit: string): Promise<void>
  removeWorktree(dir: string): Promise<void>
  /** Paths of all worktrees of the repository, the main one included. */
  listWorktrees(): Promise<string[]>
  pruneWorktrees(): Promise<void>
  /** Paths in a worktree changed since checkout (stat-level) or created and not ignored. */
  worktreeChanges(worktree: string): Promise<string[]>
  /** Which of `paths` (relative to the worktree root) are ignored by git. */
  ignoredPaths(worktree: string, paths: readonly string[]): Promise<Set<string>>
}

/**
 * Options for git commands in rerun-action's own worktrees. No hooks: git-annex's post-checkout
 * hook costs a git-annex start per checkout, and the user's hooks are not part of a replay. No
 * annex filter: its clean/smudge process costs ~0.3 s per command; locked files (symlinks) need
 * no filter, unlocked ones stay pointer files until an input needs them (`git annex get`), and
 * comparisons read keys from pointers themselves.
 */
const WORKTREE_CONFIG = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'filter.annex.process=',
  '-c',
  'filter.annex.smudge=',
  '-c',
  'filter.annex.clean='
]

/** `worktree add` of `-c k=v -c k=v worktree add ...`, for error messages. */
function subcommandOf(args: readonly string[]): string {
  const rest = args.filter(
    (arg, i) => arg !== '-c' && args[i - 1] !== '-c' && !arg.startsWith('--')
  )
  return rest.slice(0, rest[0] === 'worktree' ? 2 : 1).join(' ')
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

export class GitCli implements GitCommandManager {
  private readonly git: SimpleGit

  constructor(readonly root: string) {
    this.git = simpleGit({ baseDir: root, maxConcurrentProcesses: 6, trimmed: false })
  }

  private async run(args: readonly string[], cwd = this.root, input?: string): Promise<Buffer> {
    const result = await runProcess('git', args, { cwd, input })
    if (result.code !== 0) {
      const detail = result.stderr.toString('utf8').trim()
      throw new ProcessError(`git ${subcommandOf(args)} failed: ${detail}`, result)
    }
    return result.stdout
  }

  async resolveCommit(rev: string): Promise<string | null> {
    const result = await runProcess(
      'git',
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      { cwd: this.root }
    )
    return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null
  }

  async logCommits(
    revisions: readonly string[],
    onCommit: (commit: LoggedCommit) => void,
    messagePrefix = ''
  ): Promise<void> {
    // -z separates commits with NUL, which git never allows in a commit message. Each record is
    // "<sha> <committer time> <parents...>\n<message>". Only messages that start with the prefix
    // are decoded at all: in a long history most commits are skipped as raw bytes.
    const prefix = Buffer.from(messagePrefix, 'utf8')
    let pending: Buffer = Buffer.alloc(0)
    const handle = (record: Buffer): void => {
      const newline = record.indexOf(0x0a)
      if (newline < 0) return
      const [sha = '', time = '0', ...parents] = record
        .subarray(0, newline)
        .toString('latin1')
        .split(' ')
      const body = record.subarray(newline + 1)
      if (prefix.length > 0 && !body.subarray(0, prefix.length).equals(prefix)) return
      onCommit({
        sha,
        parents: parents.filter(Boolean),
        committedAt: Number(time),
        message: body.toString('utf8')
      })
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
    const result = await streamProcess('git', args, { cwd: this.root }, chunk => {
      const data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
      let start = 0
      for (let end = data.indexOf(0, start); end >= 0; end = data.indexOf(0, start)) {
        handle(data.subarray(start, end))
        start = end + 1
      }
      pending = data.subarray(start)
    })
    if (result.code !== 0) {
      throw new ProcessError(`git log failed: ${result.stderr.toString('utf8').trim()}`, result)
    }
    if (pending.length > 0) handle(pending)
  }

  async changesOf(shas: readonly string[]): Promise<Map<string, TreeChange[]>> {
    const changes = new Map<string, TreeChange[]>()
    if (shas.length === 0) return changes
    const out = await this.run(
      ['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--raw', '--no-abbrev'],
      this.root,
      shas.join('\n') + '\n'
    )
    const parts = out.toString('utf8').split('\0')
    let current: TreeChange[] | undefined
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? ''
      if (part.startsWith(':')) {
        const [, newMode, , newObject, status] = part.slice(1).split(' ')
        const path = parts[++i] ?? ''
        const kind = (status ?? 'M')[0] as TreeChange['status']
        const change: TreeChange =
          kind === 'D'
            ? { status: 'D', path }
            : { status: kind, path, mode: newMode, object: newObject }
        current?.push(change)
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
    if (specs.length === 0) return objects
    for (const spec of specs) {
      if (spec.includes('\n'))
        throw new Error(`object name with a newline: ${JSON.stringify(spec)}`)
    }
    const out = await this.run(['cat-file', '--batch'], this.root, specs.join('\n') + '\n')
    let offset = 0
    for (const spec of specs) {
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

  async writeBlob(object: string, file: string): Promise<void> {
    const out = await fs.promises.open(file, 'w')
    try {
      // git writes into the file itself: a large blob never passes through this process.
      const result = await runProcess('git', ['cat-file', 'blob', object], {
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

  async listTree(rev: string, paths: readonly string[]): Promise<TreeEntry[]> {
    if (paths.length === 0) return []
    const out = await this.run([
      '--literal-pathspecs',
      'ls-tree',
      '-r',
      '-z',
      '--full-tree',
      '--format=%(objectmode) %(objecttype) %(objectname) %(objectsize)%x09%(path)',
      rev,
      '--',
      ...paths
    ])
    return splitZ(out.toString('utf8')).map(line => {
      const tab = line.indexOf('\t')
      const [mode = '', type = 'blob', object = '', size = '-'] = line.slice(0, tab).split(' ')
      return {
        mode,
        type: type as TreeEntry['type'],
        object,
        size: size === '-' ? null : Number(size),
        path: line.slice(tab + 1)
      }
    })
  }

  async resolveObjects(specs: readonly string[]): Promise<Map<string, string | null>> {
    const ids = new Map<string, string | null>()
    if (specs.length === 0) return ids
    const out = await this.run(
      ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
      this.root,
      specs.join('\n') + '\n'
    )
    const lines = out.toString('utf8').split('\n')
    specs.forEach((spec, i) => {
      const line = lines[i] ?? ''
      const found = !line.endsWith(' missing') && !line.endsWith(' ambiguous') && line !== ''
      ids.set(spec, found ? (line.split(' ')[0] ?? null) : null)
    })
    return ids
  }

  async configOfBlob(object: string): Promise<Map<string, string>> {
    const result = await runProcess('git', ['config', '-z', '--blob', object, '--list'], {
      cwd: this.root
    })
    // A config file git cannot parse configures nothing.
    if (result.code !== 0) return new Map()
    return new Map(parseConfigEntries(result.stdout).map(({ key, value }) => [key, value]))
  }

  async listRefs(patterns: readonly string[]): Promise<string[]> {
    const out = await this.run(['for-each-ref', '--format=%(refname)', ...patterns])
    return out.toString('utf8').split('\n').filter(Boolean)
  }

  async gitCommonDir(): Promise<string> {
    const out = await this.git.raw(['rev-parse', '--path-format=absolute', '--git-common-dir'])
    return out.trim()
  }

  /**
   * Another verification of the same repository may hold one of git's lock files for a moment;
   * retry such commands a few times instead of failing the commit.
   */
  private async runRetryingLocks(args: readonly string[]): Promise<Buffer> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.run(args)
      } catch (e) {
        const locked =
          e instanceof ProcessError &&
          /\.lock'?: File exists|Unable to create .*\.lock/.test(e.message)
        if (!locked || attempt >= 8) throw e
        await new Promise(resolve => setTimeout(resolve, 50 * attempt))
      }
    }
  }

  async addWorktree(dir: string, commit: string): Promise<void> {
    await this.runRetryingLocks([
      ...WORKTREE_CONFIG,
      'worktree',
      'add',
      '--detach',
      '--force',
      dir,
      commit
    ])
  }

  async switchWorktree(worktree: string, commit: string): Promise<void> {
    await this.run(
      [...WORKTREE_CONFIG, 'checkout', '--quiet', '--force', '--detach', commit],
      worktree
    )
    // -x: files the last command wrote are gone even where .gitignore hides them; -ff: nested repos too.
    await this.run([...WORKTREE_CONFIG, 'clean', '-ffdxq'], worktree)
  }

  async removeWorktree(dir: string): Promise<void> {
    await this.runRetryingLocks(['worktree', 'remove', '--force', '--force', dir])
  }

  async listWorktrees(): Promise<string[]> {
    const out = await this.run(['worktree', 'list', '--porcelain', '-z'])
    return splitZ(out.toString('utf8'))
      .filter(line => line.startsWith('worktree '))
      .map(line => line.slice('worktree '.length))
  }

  async pruneWorktrees(): Promise<void> {
    await this.runRetryingLocks(['worktree', 'prune'])
  }

  async worktreeChanges(worktree: string): Promise<string[]> {
    // One status (modified, deleted, retyped and untracked-but-not-ignored files) instead of
    // diff-files plus ls-files: a process per commit is most of the per-commit cost.
    const out = await this.run(
      [
        ...WORKTREE_CONFIG,
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--no-renames'
      ],
      worktree
    )
    return splitZ(out.toString('utf8')).map(entry => entry.slice(3))
  }

  async ignoredPaths(worktree: string, paths: readonly string[]): Promise<Set<string>> {
    if (paths.length === 0) return new Set()
    const result = await runProcess('git', ['check-ignore', '-z', '--stdin'], {
      cwd: worktree,
      input: paths.join('\0') + '\0'
    })
    // Exit 1 means "none ignored".
    if (result.code !== 0 && result.code !== 1) {
      throw new ProcessError(`git check-ignore failed: ${result.stderr.toString('utf8')}`, result)
    }
    return new Set(splitZ(result.stdout.toString('utf8')))
  }
}
