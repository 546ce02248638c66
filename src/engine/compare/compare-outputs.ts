/**
 * Compare what the rerun produced with what the run commit holds, path by path.
 * Git files compare by blob id, annexed files by the digest and size inside the committed key
 * (so committed annexed content need not be downloaded), symlinks by target. A large annexed
 * output whose committed content is in the local annex is compared byte for byte with it instead:
 * one read of both files, and a differing one goes straight to the analysis with no digest pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { AnnexKey } from '../annex/annex-key.js'
import { parseAnnexKey } from '../annex/annex-key.js'
import type { AnnexRepository } from '../annex/annex-repository.js'
import type { GitCommandManager, TreeEntry } from '../git/git-command-manager.js'
import type { OutputStatus, OutputVerdict, TreeChange } from '../model.js'
import { entryInside } from '../execute/safe-paths.js'
import { digestFile } from './file-digest.js'
import { ignoredPaths } from './ignored-paths.js'
import { explainDifference, type KnownContent } from './explain-difference.js'
import { identicalFiles } from './content/bytes.js'
import type { ComparisonRules } from '../config/comparison-rules.js'
import {
  committedState,
  describeState,
  needsBlob,
  regeneratedState,
  type FileState
} from './file-state.js'

export interface CompareRequest {
  git: GitCommandManager
  annex: AnnexRepository | null
  /** The annex objects an isolated command could not write, where annex links are trusted. */
  annexObjects: string | null
  worktree: string
  runCommit: string
  /** Paths the rerun created, changed or removed (from rerun-action's own snapshot). */
  rerunChanges: readonly string[]
  /** Declared outputs, expanded after the run, relative to the dataset root. */
  declared: readonly string[]
  changes: readonly TreeChange[]
  /** Paths that are bookkeeping, never outputs (the record's own sidecar). */
  excluded: ReadonlySet<string>
  /** The .rerun.yml rules: ignored outputs, tolerances, ignored lines. */
  rules: ComparisonRules
  /** A directory for committed contents extracted to explain differences. */
  scratch: string
  /**
   * The subdatasets of the run commit that the comparison reaches: paths below one are compared
   * against the commit its gitlink names, read from its own object store.
   */
  subdatasets?: readonly SubdatasetTree[]
}

/** A subdataset as the run commit has it: where its committed files are read, or why they cannot be. */
export type SubdatasetTree =
  | {
      /** From the top dataset's root. */
      path: string
      /** The commit the run commit's gitlink names. */
      commit: string
      git: GitCommandManager
      annex: AnnexRepository | null
      /** Where annex links of the checkout's copy of it are trusted (see regeneratedState). */
      annexObjects: string | null
    }
  | { path: string; unavailable: string }

type AvailableTree = Extract<SubdatasetTree, { commit: string }>

/** Where the committed state of each path comes from: the top dataset (null) or a subdataset. */
class CommittedTrees {
  private readonly gitOfEntry = new Map<string, GitCommandManager>()

  constructor(
    private readonly request: CompareRequest,
    private readonly trees: readonly SubdatasetTree[]
  ) {}

  /** The deepest subdataset holding `p` (strictly below its root), or null for the top. */
  holderOf(p: string): SubdatasetTree | null {
    let found: SubdatasetTree | null = null
    for (const tree of this.trees) {
      if (p.startsWith(`${tree.path}/`) && (!found || tree.path.length > found.path.length))
        found = tree
    }
    return found
  }

  private available(tree: SubdatasetTree | null): tree is AvailableTree {
    return tree !== null && 'commit' in tree
  }

  /**
   * The run commit's entries at or under `paths`, reading each subdataset from its own store. A
   * gitlink of a subdataset that can be read is left out: its files are listed instead (all of
   * them when a path names it or a directory above it).
   */
  async list(paths: readonly string[]): Promise<TreeEntry[]> {
    const groups = new Map<AvailableTree | null, Set<string>>()
    const add = (tree: AvailableTree | null, rel: string): void => {
      const group = groups.get(tree) ?? new Set<string>()
      group.add(rel)
      groups.set(tree, group)
    }
    for (const requested of paths) {
      const p = requested.replace(/\/+$/, '')
      const holder = this.holderOf(p)
      if (holder === null) add(null, p)
      else if (this.available(holder)) add(holder, p.slice(holder.path.length + 1))
      for (const tree of this.trees) {
        if (this.available(tree) && (tree.path === p || tree.path.startsWith(`${p}/`)))
          add(tree, '.')
      }
    }
    const listed: TreeEntry[] = []
    for (const [tree, rels] of groups) {
      const git = tree ? tree.git : this.request.git
      const entries = await git.listTree(tree ? tree.commit : this.request.runCommit, [...rels])
      for (const entry of entries) {
        const p = tree ? `${tree.path}/${entry.path}` : entry.path
        if (entry.mode === '160000' && this.available(this.trees.find(t => t.path === p) ?? null))
          continue
        this.gitOfEntry.set(p, git)
        listed.push({ ...entry, path: p })
      }
    }
    return listed
  }

  /** The blobs of listed entries, each read from the store it was listed from. */
  async blobs(entries: readonly TreeEntry[]): Promise<Map<string, Buffer | null>> {
    const byStore = new Map<GitCommandManager, Set<string>>()
    for (const entry of entries) {
      const git = this.gitOfEntry.get(entry.path) ?? this.request.git
      const objects = byStore.get(git) ?? new Set<string>()
      objects.add(entry.object)
      byStore.set(git, objects)
    }
    const blobs = new Map<string, Buffer | null>()
    for (const [git, objects] of byStore) {
      for (const [object, data] of await git.readBlobs([...objects]))
        if (data || !blobs.has(object)) blobs.set(object, data)
    }
    return blobs
  }

  /** The git, annex and trusted annex objects for `p`. */
  ownerOf(p: string): {
    git: GitCommandManager
    annex: AnnexRepository | null
    annexObjects: string | null
  } {
    const holder = this.holderOf(p)
    if (this.available(holder)) return holder
    return {
      git: this.request.git,
      annex: this.request.annex,
      annexObjects: this.request.annexObjects
    }
  }

  /** Which of `paths` git would ignore, by the `.gitignore` files of the dataset holding each. */
  async ignored(paths: readonly string[]): Promise<Set<string>> {
    const groups = new Map<AvailableTree | null, string[]>()
    for (const p of paths) {
      const holder = this.holderOf(p)
      const tree = this.available(holder) ? holder : null
      groups.set(tree, [...(groups.get(tree) ?? []), p])
    }
    const ignored = new Set<string>()
    for (const [tree, group] of groups) {
      if (!tree) {
        for (const p of await ignoredPaths(this.request.git, this.request.runCommit, group))
          ignored.add(p)
        continue
      }
      const rels = group.map(p => p.slice(tree.path.length + 1))
      for (const rel of await ignoredPaths(tree.git, tree.commit, rels))
        ignored.add(`${tree.path}/${rel}`)
    }
    return ignored
  }
}

/** A `.git` anywhere on a path: a repository's bookkeeping (a subdataset's), never an output. */
function inGitDirectory(p: string): boolean {
  return p.split('/').includes('.git')
}

interface Comparison {
  status: OutputStatus
  reason?: string
  /** The bytes differ (not only type or mode): worth a format-aware explanation. */
  contentDiffers?: boolean
  /** What the comparison already learnt, so that explaining the difference need not redo it. */
  known?: KnownContent
}

/**
 * From this size on, an annexed output is compared with the committed content in the local annex
 * (when it is there) rather than hashed: finding the content costs a `git annex contentlocation`
 * (≈ 15 ms, the time to hash ≈ 10 MB), and comparing bytes is about 3× faster than hashing them.
 */
const COMPARE_IN_PLACE_BYTES = 16 << 20

async function filesUnder(root: string, rel: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dirRel: string): Promise<void> => {
    for (const entry of await fs.promises.readdir(path.join(root, dirRel), {
      withFileTypes: true
    })) {
      const child = `${dirRel}/${entry.name}`
      // A subdataset's repository is not part of the directory's content.
      if (entry.name === '.git') continue
      if (entry.isDirectory()) await walk(child)
      else found.push(child)
    }
  }
  await walk(rel)
  return found
}

function sameDigest(a: AnnexKey, b: AnnexKey): boolean | null {
  if (!a.digest || !b.digest || a.algorithm === undefined || a.algorithm !== b.algorithm)
    return null
  return a.digest === b.digest && a.size === b.size
}

async function compareToKey(
  key: AnnexKey,
  regenerated: FileState,
  annex: AnnexRepository | null
): Promise<Comparison> {
  let contentPath: string | null
  if (regenerated.kind === 'annex') {
    if (!regenerated.contentPath) {
      // A link alone proves nothing: anyone can write a link named after the committed key.
      return {
        status: 'unverifiable',
        reason: `the rerun left an annex link to ${regenerated.key.key}, whose content is not in the annex`
      }
    }
    if (regenerated.key.key === key.key) return { status: 'match' }
    const same = sameDigest(key, regenerated.key)
    if (same !== null)
      return same
        ? { status: 'match' }
        : {
            status: 'modified',
            reason: 'annex key differs',
            contentDiffers: true,
            // Same algorithm: the regenerated key holds the digest the explanation would compute.
            known: { regeneratedDigest: regenerated.key.digest }
          }
    contentPath = regenerated.contentPath
    if (!contentPath) {
      return {
        status: 'unverifiable',
        reason: `regenerated content of ${regenerated.key.key} is not available`
      }
    }
  } else if (regenerated.kind === 'file') {
    contentPath = regenerated.path
  } else {
    return {
      status: 'modified',
      reason: `committed as an annexed file, regenerated as a ${regenerated.kind}`
    }
  }
  const size = (await fs.promises.stat(contentPath)).size
  if (key.size !== undefined && key.size !== size) {
    return {
      status: 'modified',
      reason: `size ${size} bytes, committed ${key.size} bytes`,
      contentDiffers: true
    }
  }
  if (!key.digest) {
    return {
      status: 'unverifiable',
      reason: `committed key ${key.backend}-… has no checksum (only the size could be checked, and it matches)`
    }
  }
  let committedNotLocal = false
  if (annex && size >= COMPARE_IN_PLACE_BYTES) {
    const local = await annex.contentOf(key.key)
    committedNotLocal = !('path' in local)
    if ('path' in local) {
      return (await identicalFiles(local.path, contentPath))
        ? { status: 'match' }
        : {
            status: 'modified',
            reason: 'content differs from the committed content',
            contentDiffers: true,
            known: { committedFile: local.path }
          }
    }
  }
  if (key.algorithm) {
    const digest = (await digestFile(contentPath, [key.algorithm])).digests.get(key.algorithm)
    return digest === key.digest
      ? { status: 'match' }
      : {
          status: 'modified',
          reason: `${key.backend} checksum differs`,
          contentDiffers: true,
          known: { regeneratedDigest: digest, committedNotLocal }
        }
  }
  const calculated = annex ? await annex.calculateKey(contentPath, key.backend) : null
  const recalculated = calculated ? parseAnnexKey(calculated) : null
  if (!recalculated?.digest) {
    return { status: 'unverifiable', reason: `no way to compute a ${key.backend} checksum here` }
  }
  return recalculated.digest === key.digest
    ? { status: 'match' }
    : { status: 'modified', reason: `${key.backend} checksum differs`, contentDiffers: true }
}

async function compareStates(
  committed: FileState,
  regenerated: FileState,
  annex: AnnexRepository | null
): Promise<Comparison> {
  switch (committed.kind) {
    case 'subdataset':
      return {
        status: 'modified',
        reason: `committed as a subdataset, regenerated as a ${regenerated.kind}`
      }
    case 'annex':
      return compareToKey(committed.key, regenerated, annex)
    case 'symlink':
      if (regenerated.kind !== 'symlink') {
        return {
          status: 'modified',
          reason: `committed as a symlink, regenerated as a ${regenerated.kind}`
        }
      }
      return regenerated.target === committed.target
        ? { status: 'match' }
        : {
            status: 'modified',
            reason: `symlink points to ${regenerated.target}, committed ${committed.target}`
          }
    case 'git': {
      let file: string
      if (regenerated.kind === 'file') file = regenerated.path
      else if (regenerated.kind === 'annex' && regenerated.contentPath)
        file = regenerated.contentPath
      else
        return {
          status: 'modified',
          reason: `committed as a file in git, regenerated as a ${regenerated.kind}`
        }
      const size = fs.statSync(file).size
      if (size !== committed.size) {
        return {
          status: 'modified',
          reason: `size ${size} bytes, committed ${committed.size} bytes`,
          contentDiffers: true
        }
      }
      const format = committed.object.length === 64 ? 'sha256' : 'sha1'
      const { gitBlob } = await digestFile(file, [], format)
      if (gitBlob !== committed.object)
        return { status: 'modified', reason: 'content differs', contentDiffers: true }
      const executable = regenerated.kind === 'file' && regenerated.executable
      if (executable !== (committed.mode === '100755')) {
        return {
          status: 'modified',
          reason: `same content, but the file is ${executable ? '' : 'not '}executable (committed mode ${committed.mode})`
        }
      }
      return { status: 'match' }
    }
    default:
      return { status: 'unverifiable', reason: `unexpected committed ${committed.kind}` }
  }
}

export async function compareOutputs(request: CompareRequest): Promise<OutputVerdict[]> {
  const { worktree } = request
  const trees = new CommittedTrees(request, request.subdatasets ?? [])
  const declaredFiles = new Set<string>()
  const declaredDirs: string[] = []
  for (const declared of request.declared) {
    const clean = declared.replace(/\/+$/, '')
    if (clean === '' || clean === '.') continue
    const abs = entryInside(worktree, clean)
    const stat = abs ? fs.lstatSync(abs, { throwIfNoEntry: false }) : undefined
    if (stat?.isDirectory()) {
      declaredDirs.push(clean)
      for (const file of await filesUnder(worktree, clean)) declaredFiles.add(file)
    } else declaredFiles.add(clean)
  }
  const changed = new Map(request.changes.map(change => [change.path, change]))
  // The run commit's entries for the expected paths; only the paths the rerun changed beyond
  // those (rarely any) need a second look-up.
  const expectedListing = [...new Set([...declaredFiles, ...declaredDirs, ...changed.keys()])]
  const worktreeChanges = request.rerunChanges.filter(p => !inGitDirectory(p))
  const expectedEntries = await trees.list(expectedListing)
  const alreadyListed = new Set(expectedListing)
  const underListedDir = (p: string): boolean => declaredDirs.some(d => p.startsWith(`${d}/`))
  const extra = worktreeChanges.filter(p => !alreadyListed.has(p) && !underListedDir(p))
  const entries = new Map<string, TreeEntry>()
  for (const entry of [...expectedEntries, ...(await trees.list(extra))]) {
    entries.set(entry.path, entry)
  }
  for (const p of entries.keys()) if (underListedDir(p)) declaredFiles.add(p)

  const blobs = await trees.blobs([...entries.values()].filter(needsBlob))

  const expected = new Set([...declaredFiles, ...changed.keys()])
  const all = [...new Set([...expected, ...worktreeChanges])]
    .filter(p => !request.excluded.has(p) && !inGitDirectory(p))
    .sort()
  const verdicts: OutputVerdict[] = []
  const producedUncommitted: OutputVerdict[] = []
  for (const p of all) {
    const entry = entries.get(p)
    const committed = entry ? committedState(entry, blobs.get(entry.object) ?? undefined) : null
    const owner = trees.ownerOf(p)
    const regenerated = await regeneratedState(worktree, p, owner.annexObjects)
    const declared = declaredFiles.has(p)
    const detail = {
      committed: committed ? describeState(committed) : undefined,
      regenerated: regenerated ? describeState(regenerated) : undefined
    }
    const verdict = (status: OutputStatus, reason?: string): OutputVerdict => ({
      path: p,
      status,
      declared,
      reason,
      detail
    })
    const holder = trees.holderOf(p)
    if (holder && 'unavailable' in holder) {
      // Inside a subdataset whose committed state cannot be read: nothing to compare against.
      verdicts.push(verdict('unverifiable', holder.unavailable))
      continue
    }
    if (committed?.kind === 'subdataset' && regenerated?.kind === 'directory') {
      // A gitlink whose subdataset could not be read file by file: never taken as reproduced.
      if (expected.has(p)) {
        const tree = (request.subdatasets ?? []).find(t => t.path === p)
        verdicts.push(
          verdict(
            'unverifiable',
            tree && 'unavailable' in tree
              ? tree.unavailable
              : `subdataset at ${committed.object.slice(0, 8)}, whose files were not compared`
          )
        )
      }
      continue
    }
    if (regenerated?.kind === 'directory') {
      // Files inside it are compared one by one; a committed file in its place was not produced.
      if (committed && committed.kind !== 'subdataset')
        verdicts.push(verdict('modified', `committed as a file, regenerated as a directory`))
      continue
    }
    const rule = request.rules.ruleFor(p)
    if (rule.ignore) {
      if (expected.has(p) || !committed)
        verdicts.push(verdict('ignored', 'ignored by a .rerun.yml rule'))
      continue
    }
    if (!committed && !regenerated) {
      if (changed.get(p)?.status === 'D')
        verdicts.push(verdict('match', 'deleted, as in the run commit'))
      continue
    }
    if (committed && !regenerated) {
      verdicts.push({
        ...verdict('missing', 'in the run commit, but the rerun did not produce it'),
        cause: 'missing'
      })
      continue
    }
    if (!committed && regenerated) {
      if (changed.get(p)?.status === 'D') {
        verdicts.push(
          verdict('modified', 'the run commit deleted it, but it is still there after the rerun')
        )
      } else {
        const v = verdict(
          'unexpected',
          declared
            ? 'declared output produced by the rerun, but not in the run commit'
            : 'produced by the rerun, but not in the run commit'
        )
        producedUncommitted.push(v)
      }
      continue
    }
    if (committed && regenerated) {
      const comparison = await compareStates(committed, regenerated, owner.annex)
      if (!expected.has(p)) {
        // Changed by the rerun, untouched by the run commit: only worth a line when it differs.
        if (comparison.status !== 'match') {
          verdicts.push(
            verdict(
              'unexpected',
              `changed by the rerun, but not by the run commit (${comparison.reason ?? 'differs'})`
            )
          )
        }
        continue
      }
      const explanation = comparison.contentDiffers
        ? await explainDifference(
            { git: owner.git, annex: owner.annex, scratch: request.scratch },
            p,
            committed,
            regenerated,
            rule,
            comparison.known
          )
        : {}
      verdicts.push({ ...verdict(comparison.status, comparison.reason), ...explanation })
    }
  }
  const ignored = await trees.ignored(producedUncommitted.map(v => v.path))
  verdicts.push(...producedUncommitted.filter(v => !ignored.has(v.path)))
  return verdicts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
