/**
 * Subdatasets (docs/datalad-run-records.md §10). A replay's checkout gets, at the gitlinks of the
 * parent commit, every subdataset (recursively) that the record's paths or pwd reach, or whose
 * gitlink the run commit changes; each is a repository written by hand into its (empty) gitlink
 * directory, like the top checkout, borrowing the objects of a source:
 *
 * 1. the subdataset installed in the user's clone (`<path>/.git`), or `.git/modules/<name>`;
 * 2. a clone of rerun-action's own, in its temp space, from the URLs `.gitmodules` names at that
 *    commit (relative ones resolved against the parent dataset's remotes, as datalad does;
 *    `url.<base>.insteadOf` of the user's repository honoured).
 *
 * The user's clone is only ever read. Annexed content goes into a private annex per subdataset
 * (private-clone.ts), with what the user's installed subdataset already holds copied in first.
 * The run commit's gitlink changes become the file changes inside the subdatasets, so outputs
 * written into them are compared file by file against the commit the new gitlink names.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  annexInstalled,
  AnnexRepository,
  isRelativePath,
  remoteUrlEntries,
  remoteUrlsOf,
  usesAnnex,
  type AnnexFetched,
  type RemoteUrlEntry
} from '../annex/annex-repository.js'
import { createPrivateClone, privateCloneDir } from '../annex/private-clone.js'
import type { SubdatasetTree } from '../compare/compare-outputs.js'
import {
  GitCli,
  writeCheckout,
  type CommitDiffEntry,
  type ConfigEntry,
  type GitCommandManager
} from '../git/git-command-manager.js'
import { runGit } from '../git/git-port.js'
import type { PlannedCommit, RunRecord, TreeChange } from '../model.js'
import { fnmatch, hasMagic } from './globs.js'
import { PreparationError } from './prepare-checkout.js'
import { assertInside, rootRelative } from './safe-paths.js'
import { removeTree } from './workspace.js'

/** One `submodule.<name>` section of a `.gitmodules` file. */
export interface SubmoduleEntry {
  name: string
  /** Relative to the dataset whose `.gitmodules` it is. */
  path: string
  url: string | null
  dataladUrl: string | null
}

/** A repository a subdataset's commits are read from. */
export interface SubdatasetSource {
  /** What it is, for messages. */
  label: string
  gitDir: string
  git: GitCli
  /** Its remotes' URLs (absolute): what the relative URLs of its own subdatasets resolve against. */
  remotes: string[]
  /** Its work tree in the user's clone, or null. */
  userPath: string | null
  /** A clone of rerun-action's own (it may fetch what it lacks), not a part of the user's clone. */
  ownClone: boolean
}

/** A subdataset installed in a replay's checkout. */
export interface InstalledSubdataset {
  /** From the top dataset's root. */
  path: string
  commit: string
  source: SubdatasetSource
  /** The annex its `.git/annex` leads to, or null when the subdataset uses none. */
  annex: AnnexRepository | null
}

/** What the subdatasets make of one replay. */
export interface Hierarchy {
  /** Installed in the checkout, parents before their subdatasets. */
  installed: InstalledSubdataset[]
  /** The run commit's file changes, those inside subdatasets included (gitlinks expanded). */
  changes: TreeChange[]
  /** Each subdataset as the run commit has it, for comparing outputs written into it. */
  committed: SubdatasetTree[]
}

/** A dataset of the hierarchy: the top (the user's repository, source null) or a subdataset. */
interface Level {
  /** From the top dataset's root; '' for the top. */
  prefix: string
  git: GitCommandManager
  source: SubdatasetSource | null
}

type Located = { source: SubdatasetSource } | { unavailable: string }

/** A path that decides which subdatasets a replay needs. */
interface Target {
  path: string
  /** A record path (may hold globs), the record's pwd, or a file the run commit changed. */
  kind: 'spec' | 'pwd' | 'change'
}

interface Reached {
  entry: SubmoduleEntry
  /** From the top dataset's root. */
  path: string
  gitlink: string
  /** Reached by the record itself: without it the command cannot run as recorded. */
  required: boolean
}

interface Expansion {
  changes: TreeChange[]
  /** Subdatasets whose gitlink the run commit changed: what it names, or why that cannot be had. */
  committed: Map<string, { commit: string; source: SubdatasetSource } | { unavailable: string }>
  /** Subdatasets the run commit removed. */
  removed: Set<string>
}

const GITLINK = '160000'

function short(sha: string): string {
  return sha.slice(0, 8)
}

/** A change as the rest of the engine sees it, at its path from the top dataset's root. */
function changeAt(change: CommitDiffEntry, p: string): TreeChange {
  const { status, mode, object } = change
  return status === 'D' ? { status, path: p } : { status, path: p, mode, object }
}

function join(prefix: string, rel: string): string {
  return prefix === '' ? rel : `${prefix}/${rel}`
}

/** The last line git printed, for a reason. */
function lastLine(text: Buffer): string {
  const lines = text.toString('utf8').trim().split('\n')
  return (lines[lines.length - 1] ?? '').trim() || 'failed'
}

/**
 * The sections of a `.gitmodules` file. A path that leaves the dataset or enters a `.git`, or a
 * URL that git would take for an option, makes the whole file invalid.
 */
export function parseGitmodules(entries: readonly ConfigEntry[]): SubmoduleEntry[] {
  const byName = new Map<string, SubmoduleEntry>()
  for (const { key, value } of entries) {
    if (!key.startsWith('submodule.')) continue
    const dot = key.lastIndexOf('.')
    if (dot <= 'submodule.'.length) continue
    const name = key.slice('submodule.'.length, dot)
    const entry = byName.get(name) ?? { name, path: '', url: null, dataladUrl: null }
    const variable = key.slice(dot + 1)
    if (variable === 'path') entry.path = value
    else if (variable === 'url') entry.url = value
    else if (variable === 'datalad-url') entry.dataladUrl = value
    byName.set(name, entry)
  }
  const valid: SubmoduleEntry[] = []
  for (const entry of byName.values()) {
    if (entry.path === '') continue
    const clean = path.posix.normalize(entry.path).replace(/\/+$/, '')
    const parts = clean.split('/')
    if (
      path.posix.isAbsolute(clean) ||
      clean === '.' ||
      parts.includes('..') ||
      parts.includes('.git') ||
      clean.includes('\n')
    ) {
      throw new Error(
        `submodule ${JSON.stringify(entry.name)} has path ${JSON.stringify(entry.path)}, which is not a path inside the dataset`
      )
    }
    for (const url of [entry.url, entry.dataladUrl]) {
      if (url?.startsWith('-'))
        throw new Error(
          `submodule ${JSON.stringify(entry.name)} has URL ${JSON.stringify(url)}, which git would take for an option`
        )
    }
    valid.push({ ...entry, path: clean })
  }
  return valid
}

/**
 * `relative` resolved against a remote URL as datalad does (`_get_flexible_source_candidates`): a
 * trailing `/.git` comes off the base, the paths are joined and normalised, and `/.git` goes back.
 */
export function resolveAgainst(base: string, relative: string): string {
  let root = base.replace(/\/+$/, '')
  const dotGit = root.endsWith('/.git')
  if (dotGit) root = root.slice(0, -'/.git'.length)
  const withScheme = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(root)
  const colon = root.indexOf(':')
  const slash = root.indexOf('/')
  let joined: string
  if (withScheme) {
    joined =
      (withScheme[1] ?? '') + path.posix.normalize(path.posix.join(withScheme[2] || '/', relative))
  } else if (colon > 0 && (slash < 0 || colon < slash)) {
    // scp-like `host:path`
    joined =
      root.slice(0, colon + 1) +
      path.posix.normalize(path.posix.join(root.slice(colon + 1) || '.', relative))
  } else {
    joined = path.posix.normalize(path.posix.join(root, relative))
  }
  return dotGit ? `${joined}/.git` : joined
}

/** Whether a record path (globs allowed) may name something at, in or above `sub`. */
function overlaps(spec: string, sub: string): boolean {
  const parts = spec.split('/').filter(part => part !== '' && part !== '.')
  // `.` is "everything" for datalad, which still installs no subdataset for it.
  if (parts.length === 0) return false
  const subParts = sub.split('/')
  for (let i = 0; i < Math.min(parts.length, subParts.length); i++) {
    const part = parts[i] ?? ''
    if (part === '**') return true
    const name = subParts[i] ?? ''
    if (hasMagic(part) ? !fnmatch(name, part) : part !== name) return false
  }
  return true
}

function within(p: string, dir: string): boolean {
  return p === dir || p.startsWith(`${dir}/`)
}

/** A URL that carries credentials: never used to rewrite another (its token would be cloned into view). */
function carriesCredentials(url: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/@]*)@/i.exec(url)
  if (!match) return false
  return /^https?$/i.test(match[1] ?? '') || (match[2] ?? '').includes(':')
}

interface Rewrite {
  base: string
  prefix: string
}

/** `url.<base>.insteadOf` rules of a repository's own config (keys canonical, as git prints them). */
function insteadOfRules(entries: readonly ConfigEntry[]): Rewrite[] {
  return entries
    .filter(({ key }) => /^url\..*\.insteadof$/.test(key))
    .map(({ key, value }) => ({
      base: key.slice('url.'.length, -'.insteadof'.length),
      prefix: value
    }))
    .filter(rule => rule.prefix !== '' && !carriesCredentials(rule.base))
}

/** A URL rewritten by the longest matching `insteadOf`, as git and datalad do. */
function rewrite(url: string, rules: readonly Rewrite[]): string {
  let best: Rewrite | null = null
  for (const rule of rules) {
    if (url.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length))
      best = rule
  }
  return best ? best.base + url.slice(best.prefix.length) : url
}

/** The remote URLs of a repository, `origin` first; relative paths resolved against `base`. */
async function remoteUrls(cwd: string, base: string): Promise<string[]> {
  return originFirst(await remoteUrlEntries(cwd, base))
}

function originFirst(entries: readonly RemoteUrlEntry[]): string[] {
  const ordered = [
    ...entries.filter(e => e.key === 'remote.origin.url'),
    ...entries.filter(e => e.key !== 'remote.origin.url')
  ]
  return ordered.map(({ value }) => value)
}

/**
 * Protocols git may clone a subdataset over: the ones datalad uses. `ext::` and the like, which
 * run programs, are refused whatever `.gitmodules` says; ssh never prompts.
 */
const CLONE_OPTIONS = [
  '-c',
  'protocol.allow=never',
  ...['file', 'http', 'https', 'ssh', 'git'].flatMap(p => ['-c', `protocol.${p}.allow=always`]),
  '-c',
  'core.sshCommand=ssh -o BatchMode=yes',
  // A server that stops sending fails the clone instead of holding the replay.
  '-c',
  'http.lowSpeedLimit=1',
  '-c',
  'http.lowSpeedTime=120'
]

/** The subdatasets of one verification: their sources, found once and shared by every replay. */
export class SubdatasetRegistry {
  private readonly sources = new Map<string, Promise<SubdatasetSource | string>>()
  private readonly located = new Map<string, Promise<Located>>()
  private readonly annexes = new Map<SubdatasetSource, Promise<AnnexRepository | null>>()
  private readonly modules = new Map<string, Promise<SubmoduleEntry[] | Error>>()
  private clones = 0

  private constructor(
    private readonly top: {
      git: GitCommandManager
      root: string
      gitDir: string
      remotes: string[]
    },
    /** rerun-action's own clones and private annexes; removed with the workspace. */
    readonly dir: string,
    private readonly rewrites: readonly Rewrite[],
    private readonly onFetched?: (fetched: AnnexFetched) => void
  ) {}

  static async open(
    git: GitCommandManager,
    dir: string,
    onFetched?: (fetched: AnnexFetched) => void
  ): Promise<SubdatasetRegistry> {
    const root = git.root
    const [gitDir, config] = await Promise.all([git.gitCommonDir(), git.configEntries()])
    const remotes = originFirst(remoteUrlsOf(config, root))
    return new SubdatasetRegistry(
      { git, root, gitDir, remotes },
      dir,
      insteadOfRules(config),
      onFetched
    )
  }

  private made?: Promise<unknown>
  /**
   * Made with the first clone: a directory that exists is one more read-only path to set up for
   * every isolated command, and most datasets have no subdatasets.
   */
  private ownDir(): Promise<unknown> {
    this.made ??= fs.promises.mkdir(this.dir, { recursive: true })
    return this.made
  }

  /**
   * Install what the replay of `commit` needs into its checkout of the parent, and work out the
   * run commit's changes inside subdatasets. Throws PreparationError: `unverifiable` when a
   * subdataset the record reaches cannot be had, `error` for an invalid `.gitmodules`.
   */
  async prepare(checkoutDir: string, commit: PlannedCommit, record: RunRecord): Promise<Hierarchy> {
    const parent = commit.parents[0] ?? ''
    const top: Level = { prefix: '', git: this.top.git, source: null }
    const expansion: Expansion = { changes: [], committed: new Map(), removed: new Set() }
    await this.expand(top, parent, commit.sha, commit.changes, expansion)

    const pwd = rootRelative('.', record.pwd, 'pwd')
    const targets: Target[] = [
      ...record.inputs.map(p => rootRelative(pwd, p, 'input')),
      ...record.extraInputs.map(p => rootRelative(pwd, p, 'extra input')),
      ...record.outputs.map(p => rootRelative(pwd, p, 'output'))
    ].map(p => ({ path: p.replace(/\/+$/, ''), kind: 'spec' as const }))
    targets.push({ path: pwd, kind: 'pwd' })
    for (const change of expansion.changes) targets.push({ path: change.path, kind: 'change' })
    const installed = await this.install(checkoutDir, top, parent, targets)

    const committed = new Map<string, SubdatasetTree>()
    for (const sub of installed) {
      if ([...expansion.removed].some(r => within(sub.path, r))) continue
      committed.set(sub.path, {
        path: sub.path,
        commit: sub.commit,
        git: sub.source.git,
        annex: sub.annex,
        annexObjects: sub.annex ? await sub.annex.objectsDir() : null
      })
    }
    for (const [p, state] of expansion.committed) {
      if ('unavailable' in state) {
        committed.set(p, { path: p, unavailable: state.unavailable })
        continue
      }
      const annex = await this.annexOf(state.source, p)
      // A regenerated annex link resolves through the checkout's `.git/annex`: the installed one.
      const inCheckout = installed.find(sub => sub.path === p)?.annex ?? annex
      committed.set(p, {
        path: p,
        commit: state.commit,
        git: state.source.git,
        annex,
        annexObjects: inCheckout ? await inCheckout.objectsDir() : null
      })
    }
    return { installed, changes: expansion.changes, committed: [...committed.values()] }
  }

  /** Stop the object readers of every source. */
  async close(): Promise<void> {
    for (const pending of this.sources.values()) {
      const source = await pending.catch(() => null)
      if (source && typeof source !== 'string') source.git.close()
    }
  }

  /**
   * Replace each gitlink change of `changes` (between `from` and `to` of `level`) by the file
   * changes inside that subdataset, recursively. A gitlink whose commits no source provides stays
   * as it is, with the reason.
   */
  private async expand(
    level: Level,
    from: string | null,
    to: string | null,
    changes: readonly CommitDiffEntry[],
    out: Expansion
  ): Promise<void> {
    for (const change of changes) {
      const p = join(level.prefix, change.path)
      const linkNow = change.mode === GITLINK
      if (!linkNow && change.status !== 'D' && change.status !== 'T') {
        out.changes.push(changeAt(change, p))
        continue
      }
      let before =
        change.previousMode === undefined
          ? null
          : { mode: change.previousMode, object: change.previousObject ?? '' }
      if (!before && from && change.status !== 'A')
        before = await level.git.entryAt(from, change.path)
      const linkBefore = before?.mode === GITLINK
      if (!linkNow && !linkBefore) {
        out.changes.push(changeAt(change, p))
        continue
      }
      if (change.status === 'T') {
        out.changes.push(changeAt(change, p))
        out.committed.set(p, {
          unavailable: `${p} changed between a file and a subdataset; rerun-action compares neither`
        })
        continue
      }
      const oldLink = linkBefore ? (before?.object ?? null) : null
      const newLink = linkNow ? (change.object ?? null) : null
      const located = await this.locateBoth(level, from, to, change.path, oldLink, newLink)
      if ('unavailable' in located) {
        out.changes.push(changeAt(change, p))
        out.committed.set(p, located)
        continue
      }
      const { source } = located
      const sub: Level = { prefix: p, git: source.git, source }
      await this.expand(sub, oldLink, newLink, await source.git.diffCommits(oldLink, newLink), out)
      if (newLink) out.committed.set(p, { commit: newLink, source })
      else out.removed.add(p)
    }
  }

  /** A source holding both ends of a gitlink change (either may be null: added, removed). */
  private async locateBoth(
    level: Level,
    from: string | null,
    to: string | null,
    rel: string,
    oldLink: string | null,
    newLink: string | null
  ): Promise<Located> {
    const p = join(level.prefix, rel)
    const wanted = [newLink, oldLink].filter((sha): sha is string => sha !== null)
    let first: Located | null = null
    for (const [sha, commit] of [
      [newLink, to],
      [oldLink, from]
    ] as const) {
      if (!sha || !commit) continue
      const entry = await this.entryFor(level, commit, rel)
      const located = await this.locate(level, entry, p, sha)
      first ??= located
      if ('unavailable' in located) continue
      let all = true
      for (const other of wanted) all &&= await this.holds(located.source, other)
      if (all) return located
    }
    if (first && 'unavailable' in first) return first
    return {
      unavailable: `subdataset ${p}: no source holds both ${wanted.map(short).join(' and ')}, so what the run commit changed in it cannot be compared`
    }
  }

  /** Whether a source has a commit, fetched by id into a clone of rerun-action's own if need be. */
  private async holds(source: SubdatasetSource, commit: string): Promise<boolean> {
    if (await source.git.resolveCommit(commit)) return true
    if (!source.ownClone) return false
    await runGit([...CLONE_OPTIONS, 'fetch', '--quiet', 'origin', commit], {
      cwd: path.dirname(source.gitDir)
    })
    return (await source.git.resolveCommit(commit)) !== null
  }

  /** The `.gitmodules` entries of a dataset at a commit; an Error when the file is invalid. */
  private async gitmodules(level: Level, commit: string): Promise<SubmoduleEntry[] | Error> {
    const file = await level.git.entryAt(commit, '.gitmodules')
    if (!file || file.type !== 'blob') return []
    // Parsed once per distinct file: most commits share their parent's .gitmodules.
    const key = `${level.source?.gitDir ?? ''}\0${file.object}`
    let entries = this.modules.get(key)
    if (!entries) {
      entries = level.git
        .configEntriesOfBlob(file.object)
        .then(parseGitmodules)
        .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      this.modules.set(key, entries)
    }
    const parsed = await entries
    if (!(parsed instanceof Error)) return parsed
    const where = level.prefix === '' ? '' : ` of subdataset ${level.prefix}`
    return new Error(`.gitmodules${where} at ${short(commit)} is invalid: ${parsed.message}`)
  }

  /** The `.gitmodules` entry for the gitlink at `rel`; one without a URL when none names it. */
  private async entryFor(level: Level, commit: string, rel: string): Promise<SubmoduleEntry> {
    const entries = await this.gitmodules(level, commit)
    if (entries instanceof Error) throw new PreparationError(entries.message, 'error')
    return (
      entries.find(entry => entry.path === rel) ?? {
        name: rel,
        path: rel,
        url: null,
        dataladUrl: null
      }
    )
  }

  /** Breadth first from the top: each reached subdataset, then what it registers. */
  private async install(
    checkoutDir: string,
    top: Level,
    parent: string,
    targets: readonly Target[]
  ): Promise<InstalledSubdataset[]> {
    const installed: InstalledSubdataset[] = []
    const queue: { level: Level; commit: string }[] = [{ level: top, commit: parent }]
    for (let item = queue.shift(); item; item = queue.shift()) {
      const { level, commit } = item
      for (const reached of await this.reached(level, commit, targets)) {
        const located = await this.locate(level, reached.entry, reached.path, reached.gitlink)
        if ('unavailable' in located) {
          if (reached.required) throw new PreparationError(located.unavailable, 'unverifiable')
          continue
        }
        const { source } = located
        const annex = await this.annexOf(source, reached.path)
        const dir = path.join(checkoutDir, reached.path)
        assertInside(checkoutDir, dir)
        await writeCheckout(dir, reached.gitlink, {
          objects: path.join(source.gitDir, 'objects'),
          annexDir: annex ? await annex.annexPath() : null,
          sha256: (await source.git.objectFormat()) === 'sha256'
        })
        installed.push({ path: reached.path, commit: reached.gitlink, source, annex })
        queue.push({
          level: { prefix: reached.path, git: source.git, source },
          commit: reached.gitlink
        })
      }
    }
    return installed
  }

  /** The subdatasets of `level` at `commit` that the targets reach, with their gitlinks. */
  private async reached(
    level: Level,
    commit: string,
    targets: readonly Target[]
  ): Promise<Reached[]> {
    const relevant = targets.filter(t => level.prefix === '' || within(t.path, level.prefix))
    if (relevant.length === 0) return []
    const entries = await this.gitmodules(level, commit)
    // Gitlinks on the literal part of the record's paths, registered in .gitmodules or not.
    const crossed = await this.gitlinksOnPaths(level, commit, relevant)
    if (entries instanceof Error) {
      if (crossed.size > 0) throw new PreparationError(entries.message, 'error')
      return []
    }
    const candidates = [...entries]
    for (const rel of crossed) {
      if (!entries.some(entry => entry.path === rel))
        candidates.push({ name: rel, path: rel, url: null, dataladUrl: null })
    }
    const found: Reached[] = []
    for (const entry of candidates) {
      const p = join(level.prefix, entry.path)
      const by = relevant.filter(t => (t.kind === 'spec' ? overlaps(t.path, p) : within(t.path, p)))
      if (by.length === 0) continue
      const gitlink = await level.git.entryAt(commit, entry.path)
      if (gitlink?.mode !== GITLINK) continue
      found.push({
        entry,
        path: p,
        gitlink: gitlink.object,
        required: by.some(t => t.kind !== 'change')
      })
    }
    return found
  }

  /** Gitlinks (relative to `level`) that the record's paths or pwd pass through or name. */
  private async gitlinksOnPaths(
    level: Level,
    commit: string,
    targets: readonly Target[]
  ): Promise<Set<string>> {
    const found = new Set<string>()
    for (const target of targets) {
      if (target.kind === 'change') continue
      const rel = level.prefix === '' ? target.path : target.path.slice(level.prefix.length + 1)
      const parts = rel.split('/').filter(part => part !== '' && part !== '.')
      const literal = parts.findIndex(hasMagic)
      const walked = literal < 0 ? parts : parts.slice(0, literal)
      for (let i = 1; i <= walked.length; i++) {
        const prefix = walked.slice(0, i).join('/')
        const entry = await level.git.entryAt(commit, prefix)
        if (entry?.mode === GITLINK) found.add(prefix)
        if (entry?.type !== 'tree') break
      }
    }
    return found
  }

  /** Where a subdataset's commit can be had, the user's clone first; memoised per verification. */
  private locate(level: Level, entry: SubmoduleEntry, p: string, commit: string): Promise<Located> {
    const key = `${level.source?.gitDir ?? ''}\0${p}\0${commit}`
    let located = this.located.get(key)
    if (!located) {
      located = this.search(level, entry, p, commit)
      this.located.set(key, located)
    }
    return located
  }

  private async search(
    level: Level,
    entry: SubmoduleEntry,
    p: string,
    commit: string
  ): Promise<Located> {
    const tried: string[] = []
    const inClone = path.join(this.top.root, p)
    const clonePlace = `your clone's ${p}`
    const installedDir = await this.installedGitDir(inClone)
    if (installedDir) {
      const found = await this.tryLocal(installedDir, inClone, clonePlace, commit, tried)
      if (found) return found
    } else tried.push(`${clonePlace} (not installed)`)
    const parentGitDir = level.source ? level.source.gitDir : this.top.gitDir
    const nameParts = entry.name.split('/')
    if (!level.source?.ownClone && !nameParts.includes('..') && !path.isAbsolute(entry.name)) {
      const modules = path.join(parentGitDir, 'modules', entry.name)
      if (fs.existsSync(modules)) {
        const found = await this.tryLocal(modules, null, modules, commit, tried)
        if (found) return found
      } else tried.push(`${modules} (absent)`)
    }
    for (const url of this.candidateUrls(level, entry, inClone)) {
      if (url.startsWith('ria+')) {
        tried.push(`${url} (a RIA store URL, which rerun-action does not clone)`)
        continue
      }
      const source = await this.cloneOf(url)
      if (typeof source === 'string') tried.push(`${url} (${source})`)
      else if (await this.holds(source, commit)) return { source }
      else tried.push(`${url} (has no commit ${short(commit)})`)
    }
    if (!entry.url && !entry.dataladUrl) tried.push('no URL: .gitmodules does not register it')
    return {
      unavailable: `subdataset ${p} (commit ${short(commit)}) is not available from any source; tried: ${tried.join('; ')}`
    }
  }

  private async tryLocal(
    gitDir: string,
    userPath: string | null,
    label: string,
    commit: string,
    tried: string[]
  ): Promise<Located | null> {
    const source = await this.localSource(gitDir, userPath, label)
    if (typeof source === 'string') tried.push(`${label} (${source})`)
    else if (await source.git.resolveCommit(commit)) return { source }
    else tried.push(`${label} (has no commit ${short(commit)})`)
    return null
  }

  /**
   * The git directory of a subdataset installed in the user's clone at `dir`, reached through
   * real directories only (never a symlink out of the clone), or null.
   */
  private async installedGitDir(dir: string): Promise<string | null> {
    const real = await fs.promises.realpath(dir).catch(() => null)
    const root = await fs.promises.realpath(this.top.root).catch(() => null)
    if (!real || !root || real !== path.join(root, path.relative(this.top.root, dir))) return null
    const dotGit = path.join(dir, '.git')
    const stat = await fs.promises.lstat(dotGit).catch(() => null)
    if (stat?.isDirectory()) return dotGit
    if (!stat?.isFile() || stat.size > 4096) return null
    const match = /^gitdir: (.+)$/m.exec(await fs.promises.readFile(dotGit, 'utf8'))
    return match?.[1] ? path.resolve(dir, match[1].trim()) : null
  }

  /** Candidate URLs in datalad's order of cost (§10.2), rewritten by `insteadOf`, each once. */
  private candidateUrls(level: Level, entry: SubmoduleEntry, inClone: string): string[] {
    const remotes = level.source ? level.source.remotes : this.top.remotes
    const own = level.source ? level.source.userPath : this.top.root
    const urls: string[] = []
    const { url, dataladUrl } = entry
    if (dataladUrl) {
      if (!isRelativePath(dataladUrl)) urls.push(dataladUrl)
      // datalad hands a relative one to git clone, run from the superdataset's root.
      else if (own) urls.push(path.resolve(own, dataladUrl))
    }
    if (url) {
      if (!isRelativePath(url)) urls.push(url)
      else for (const remote of remotes) urls.push(resolveAgainst(remote, url))
    }
    for (const remote of remotes) urls.push(resolveAgainst(remote, entry.path))
    if (url && isRelativePath(url) && own) urls.push(path.resolve(own, url))
    const unique = [...new Set(urls.map(u => rewrite(u, this.rewrites)))]
    // The installed subdataset in the user's clone was tried already.
    return unique.filter(u => path.resolve(u) !== inClone)
  }

  private localSource(
    gitDir: string,
    userPath: string | null,
    label: string
  ): Promise<SubdatasetSource | string> {
    let source = this.sources.get(gitDir)
    if (!source) {
      source = (async () => {
        let git: GitCli
        try {
          git = await GitCli.open(gitDir)
        } catch {
          return 'not a git repository'
        }
        const remotes = await remoteUrls(gitDir, userPath ?? gitDir)
        return { label, gitDir, git, remotes, userPath, ownClone: false }
      })()
      this.sources.set(gitDir, source)
    }
    return source
  }

  /** A clone of rerun-action's own from `url`, in its temp space; or why there is none. */
  private cloneOf(url: string): Promise<SubdatasetSource | string> {
    let source = this.sources.get(`url:${url}`)
    if (!source) {
      source = (async () => {
        await this.ownDir()
        const dir = path.join(this.dir, `clone-${++this.clones}`)
        const result = await runGit(
          [...CLONE_OPTIONS, 'clone', '--quiet', '--no-checkout', '--', url, dir],
          { cwd: this.dir }
        )
        if (result.code !== 0) {
          await removeTree(dir)
          return `clone failed: ${lastLine(result.stderr)}`
        }
        const git = await GitCli.open(dir)
        return {
          label: url,
          gitDir: path.join(dir, '.git'),
          git,
          remotes: [url],
          userPath: null,
          ownClone: true
        }
      })()
      this.sources.set(`url:${url}`, source)
    }
    return source
  }

  /**
   * The annex a subdataset's checkouts lead to: a private clone of its source in rerun-action's
   * temp space (the user's subdataset is never initialised or written), or null without git-annex.
   */
  private annexOf(source: SubdatasetSource, p: string): Promise<AnnexRepository | null> {
    let annex = this.annexes.get(source)
    if (!annex) {
      annex = (async () => {
        if (!(await usesAnnex(source.git))) return null
        if (!(await annexInstalled())) {
          throw new PreparationError(
            `subdataset ${p} uses git-annex, which is not installed`,
            'unverifiable'
          )
        }
        const from =
          source.userPath ?? (source.ownClone ? path.dirname(source.gitDir) : source.gitDir)
        await this.ownDir()
        const clone = await createPrivateClone(from, privateCloneDir(this.dir), {
          sourceAnnexBranch: true
        })
        const borrow = source.ownClone ? null : path.join(source.gitDir, 'annex', 'objects')
        return new AnnexRepository(clone, this.onFetched, borrow)
      })()
      this.annexes.set(source, annex)
    }
    return annex
  }
}
