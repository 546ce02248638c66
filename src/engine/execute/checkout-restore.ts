/**
 * A worker's checkout kept from one execution to the next and brought to the next commit's tree
 * by rewriting only what differs from it, instead of writing every file of the dataset again.
 *
 * What a replayed command left is never trusted: every entry is looked at with lstat(2), and a
 * file or link is kept only where its stat signature is still the one rerun-action recorded when
 * it wrote (or last verified) that very content. A write, a rename, a new link, a chmod or a
 * replacement all change the inode or its ctime, which no unprivileged program can set back
 * (checkout-snapshot.ts waits for the clock before each command, so no change can share a ctime
 * with rerun-action's own writes). Such a file that the next commit wants with another content
 * (HEAD, the index, a blob that changed between the parents) is written over in place, its
 * signature checked again on the open descriptor. Everything else is removed and written anew,
 * never written through: a file is created with O_EXCL after the old entry is gone, so a link
 * planted by the command leads nowhere. The repository in `.git` is kept to the same rules, and
 * its index is written by rerun-action (index-file.ts): no git runs in a checkout at all.
 *
 * Only a checkout whose command ran isolated is kept (no process of it can outlive the
 * execution and change it behind rerun-action's back); trees that git would write differently
 * from their blobs (end-of-line or ident conversion, names git refuses) are checked out by git.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  repositoryLayout,
  type GitCommandManager,
  type RepositoryEntry,
  type TreeEntry
} from '../git/git-command-manager.js'
import { encodeIndex, indexStat, type IndexEntry, type IndexStat } from '../git/index-file.js'
import { walkCheckout, walkedEntry, type WalkedEntry } from './checkout-snapshot.js'
import { messageOf } from '../errors.js'

/** One entry a checkout of a commit holds, in the work tree or in its `.git`. */
export interface WantedEntry {
  kind: 'directory' | 'file' | 'symlink'
  /** A regular file with the executable bit (100755). */
  executable?: boolean
  /** A gitlink's commit: an empty directory in the checkout, an entry in the index. */
  gitlink?: string
  /** Where a file's content or a link's target comes from: a blob, or literal text. */
  content?: { object: string } | { text: string }
}

/** What rerun-action knows of a file it wrote: which content, and its stat signature since. */
export interface KnownEntry {
  content: string
  signature: string
  /** Its stat data for the index: still true while the signature is. */
  stat: IndexStat
}

/** A checkout kept for the next execution in the same worker. */
export interface KeptCheckout {
  /** The inode of the checkout's root: a command could put another directory in its place. */
  rootInode: bigint
  /** Permissions of a directory rerun-action makes (0777 less the umask, as git makes them). */
  directoryPermissions: number
  known: Map<string, KnownEntry>
  /** The stat signature of the index rerun-action wrote into the checkout's `.git`. */
  index: string
  /**
   * Every entry of the checkout (`.git` included) as a walk found it once nothing the command
   * started could run any more; without it, the restore walks the checkout itself.
   */
  walked?: ReadonlyMap<string, WalkedEntry>
}

export interface RestorePlan {
  /** Directories whose permissions the command changed. */
  chmod: string[]
  /** Entries to remove, with everything under them; none lies under another. */
  remove: string[]
  /** Directories to make, parents first. */
  make: string[]
  /** Files and links to write. */
  write: string[]
  /**
   * Files of rerun-action's, untouched since it wrote them, that get another content of the same
   * kind, with what is known of each: written anew in place, which costs a tenth of replacing
   * them.
   */
  rewrite: Map<string, KnownEntry>
  /** Files and links that stay as they are. */
  kept: Map<string, KnownEntry>
}

/** The identity of an entry's content, as KnownEntry records it. */
function contentKey(entry: WantedEntry): string {
  const content = entry.content
  if (content === undefined) return 'directory'
  const kind = entry.kind === 'symlink' ? 'link' : entry.executable ? 'executable' : 'file'
  return 'object' in content ? `${kind} ${content.object}` : `${kind} text ${content.text}`
}

/** A file, an executable file or a link: the first word of a content key. */
const kindOf = (key: string): string => key.slice(0, key.indexOf(' '))

/** Names git would refuse to check out or write differently: those checkouts are git's to write. */
function writableByHand(name: string): boolean {
  if (name === '' || name === '.' || name === '..') return false
  if (/[\\/\0\uFFFD]/.test(name)) return false
  const trimmed = name.toLowerCase().replace(/[. ]+$/, '')
  return trimmed !== '.git' && !/^git~\d+$/.test(trimmed)
}

const MODES: Record<string, Pick<WantedEntry, 'kind' | 'executable'>> = {
  '100644': { kind: 'file', executable: false },
  '100755': { kind: 'file', executable: true },
  '120000': { kind: 'symlink' },
  // A gitlink is checked out as an empty directory: its subdataset is installed later, if at all.
  '160000': { kind: 'directory' }
}

/**
 * Every entry of a checkout of the commit whose files are `files`, with its repository `layout`:
 * work tree entries, the directories that hold them, and `.git`. Null where a name or a mode is
 * one that git itself must judge.
 */
export function wantedCheckout(
  files: readonly TreeEntry[],
  layout: readonly RepositoryEntry[]
): Map<string, WantedEntry> | null {
  const wanted = new Map<string, WantedEntry>()
  for (const file of files) {
    const mode = MODES[file.mode]
    const names = file.path.split('/')
    if (!mode || !names.every(writableByHand)) return null
    for (let i = 1; i < names.length; i++)
      wanted.set(names.slice(0, i).join('/'), { kind: 'directory' })
    wanted.set(
      file.path,
      mode.kind === 'directory'
        ? { kind: 'directory', gitlink: file.object }
        : { ...mode, content: { object: file.object } }
    )
  }
  for (const entry of layout) {
    wanted.set(
      entry.path,
      entry.kind === 'directory'
        ? { kind: 'directory' }
        : { kind: entry.kind, content: { text: entry.content ?? '' } }
    )
  }
  return wanted
}

/**
 * Attributes under which git's checkout differs from the blob (end of line, `$Id$`, encodings).
 * rerun-action's repositories configure no filter drivers, so `filter` changes nothing.
 */
const CONVERTING_ATTRIBUTES = /\b(?:eol|crlf|ident|working-tree-encoding)\b/

/** Whether any `.gitattributes` of the commit asks git to convert files it checks out. */
export async function convertsOnCheckout(
  files: readonly TreeEntry[],
  git: Pick<GitCommandManager, 'readBlobs'>
): Promise<boolean> {
  const attributes = files.filter(
    f => (f.path === '.gitattributes' || f.path.endsWith('/.gitattributes')) && f.type === 'blob'
  )
  if (attributes.length === 0) return false
  const blobs = await git.readBlobs(attributes.map(f => f.object))
  return [...blobs.values()].some(
    blob => blob === null || CONVERTING_ATTRIBUTES.test(blob.toString('latin1'))
  )
}

/**
 * What to change in a checkout that holds `walked` (all of it, `.git` included) to make it hold
 * `wanted`, given what rerun-action `known` of the files it wrote. Pure.
 */
export function planRestore(
  walked: ReadonlyMap<string, WalkedEntry>,
  known: ReadonlyMap<string, KnownEntry>,
  wanted: ReadonlyMap<string, WantedEntry>,
  directoryPermissions: number
): RestorePlan {
  const plan: RestorePlan = {
    chmod: [],
    remove: [],
    make: [],
    write: [],
    rewrite: new Map(),
    kept: new Map()
  }
  const removed = new Set<string>()
  const underRemoved = (p: string): boolean => {
    for (let slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1))
      if (removed.has(p.slice(0, slash))) return true
    return false
  }
  const remove = (p: string): void => {
    plan.remove.push(p)
    removed.add(p)
  }
  // Sorted, a directory comes before everything under it.
  for (const p of [...walked.keys()].sort()) {
    if (underRemoved(p)) continue
    const entry = walked.get(p) as WalkedEntry
    const want = wanted.get(p)
    if (!want) {
      remove(p)
    } else if (want.kind === 'directory') {
      if (entry.kind !== 'directory') remove(p)
      else if (entry.permissions !== directoryPermissions) plan.chmod.push(p)
    } else {
      const was = known.get(p)
      const wantedContent = contentKey(want)
      if (entry.kind !== want.kind || was === undefined || was.signature !== entry.signature)
        remove(p)
      else if (was.content === wantedContent) plan.kept.set(p, was)
      else if (want.kind === 'file' && kindOf(was.content) === kindOf(wantedContent))
        plan.rewrite.set(p, was)
      else remove(p)
    }
  }
  const present = (p: string): boolean => walked.has(p) && !removed.has(p) && !underRemoved(p)
  for (const [p, want] of wanted) {
    if (want.kind === 'directory') {
      if (!present(p)) plan.make.push(p)
    } else if (!plan.kept.has(p) && !plan.rewrite.has(p)) {
      plan.write.push(p)
    }
  }
  plan.make.sort()
  return plan
}

/** The index of a checkout's repository, relative to the checkout. */
const INDEX = '.git/index'

/** Blobs at least this large are streamed to their file by git rather than read into memory. */
const STREAMED_BLOB_BYTES = 4 * 1024 * 1024
/** Blobs read from git at once: few round trips, bounded memory. */
const BLOBS_AT_ONCE = 64

async function inBatches<T>(
  items: readonly T[],
  size: number,
  each: (batch: readonly T[]) => Promise<void>
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await each(items.slice(start, start + size))
}

/**
 * Carry out `plan` in the checkout at `dir`; returns what is known of its files afterwards.
 * The file system calls are synchronous: a few microseconds each, where a promised call costs
 * tens in its round trip through the thread pool, and a commit usually changes few files.
 */
export async function applyRestore(
  dir: string,
  plan: RestorePlan,
  wanted: ReadonlyMap<string, WantedEntry>,
  directoryPermissions: number,
  git: Pick<GitCommandManager, 'readBlobs' | 'blobSizes' | 'writeBlob'>
): Promise<Map<string, KnownEntry>> {
  const at = (p: string): string => path.join(dir, p)
  // Permissions first: a directory the command made read-only still has entries to remove.
  for (const p of plan.chmod) fs.chmodSync(at(p), directoryPermissions)
  for (const p of plan.remove) fs.rmSync(at(p), { recursive: true, force: true })
  for (const p of plan.make) fs.mkdirSync(at(p))

  const targets = [...plan.write, ...plan.rewrite.keys()]
  const objects = [
    ...new Set(
      targets.flatMap(p => {
        const content = wanted.get(p)?.content
        return typeof content === 'object' && 'object' in content ? [content.object] : []
      })
    )
  ]
  const sizes = await git.blobSizes(objects)
  const known = new Map(plan.kept)
  await inBatches(targets, BLOBS_AT_ONCE, async batch => {
    // Link targets are short (the kernel takes at most a page): only files are streamed.
    const read = batch.flatMap(p => {
      const want = wanted.get(p)
      const content = want?.content
      return typeof content === 'object' &&
        'object' in content &&
        (want?.kind === 'symlink' || (sizes.get(content.object) ?? 0) < STREAMED_BLOB_BYTES)
        ? [content.object]
        : []
    })
    const blobs = await git.readBlobs(read)
    for (const p of batch) {
      const want = wanted.get(p) as WantedEntry
      const was = plan.rewrite.get(p)
      const content = was && contentOf(want, blobs)
      try {
        if (was && content) {
          known.set(p, knownEntry(want, rewriteInPlace(at(p), content, was.signature)))
        } else {
          // A blob streamed to its file by git: a new file.
          if (was) fs.rmSync(at(p))
          known.set(p, await writeEntry(at(p), want, blobs, git))
        }
      } catch (e) {
        throw new Error(`could not write ${p} into the checkout: ${await writeFailure(e, dir)}`, {
          cause: e
        })
      }
    }
  })
  return known
}

/** A file's content where it is at hand: its text, or its blob read into memory. */
function contentOf(want: WantedEntry, blobs: Map<string, Buffer | null>): Buffer | undefined {
  const content = want.content
  if (content === undefined) return undefined
  if ('text' in content) return Buffer.from(content.text)
  return blobs.get(content.object) ?? undefined
}

/** What is known of a file written with `want`'s content, from its stat once written. */
function knownEntry(want: WantedEntry, stat: fs.BigIntStats): KnownEntry {
  return {
    content: contentKey(want),
    signature: walkedEntry(stat).signature,
    stat: indexStat(stat)
  }
}

/**
 * Write `content` over a file of rerun-action's that still has the stat `signature` it had when
 * rerun-action last wrote or looked at it (else it is not rerun-action's to write into, and this
 * throws); its stat once written.
 */
function rewriteInPlace(file: string, content: Buffer, signature: string): fs.BigIntStats {
  // Never through a link, never waiting on a FIFO, and never truncated first: a truncation costs
  // as much as a new file.
  const { O_WRONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants
  const fd = fs.openSync(file, O_WRONLY | O_NOFOLLOW | O_NONBLOCK)
  try {
    if (walkedEntry(fs.fstatSync(fd, { bigint: true })).signature !== signature)
      throw new Error(`${file} changed since rerun-action looked at it`)
    for (let done = 0; done < content.length;)
      done += fs.writeSync(fd, content, done, content.length - done, done)
    fs.ftruncateSync(fd, content.length)
    return fs.fstatSync(fd, { bigint: true })
  } finally {
    fs.closeSync(fd)
  }
}

/** Write one file or link of a checkout where nothing is; what is then known of it. */
async function writeEntry(
  file: string,
  want: WantedEntry,
  blobs: Map<string, Buffer | null>,
  git: Pick<GitCommandManager, 'writeBlob'>
): Promise<KnownEntry> {
  const content = want.content
  if (!content) throw new Error('a directory is made, not written')
  const permissions = want.executable ? 0o777 : 0o666
  if ('text' in content) {
    if (want.kind === 'symlink') fs.symlinkSync(content.text, file)
    else fs.writeFileSync(file, content.text, { flag: 'wx', mode: permissions })
  } else {
    const blob = blobs.get(content.object)
    if (blob === null) throw new Error(`blob ${content.object} is not in the repository`)
    if (blob === undefined) await git.writeBlob(content.object, file, permissions)
    else if (want.kind === 'symlink') fs.symlinkSync(blob, file)
    else fs.writeFileSync(file, blob, { flag: 'wx', mode: permissions })
  }
  return knownEntry(want, fs.lstatSync(file, { bigint: true }))
}

/** Why a write failed, saying so where the disk is full (git's own message does not). */
async function writeFailure(e: unknown, dir: string): Promise<string> {
  const message = messageOf(e)
  const space = await fs.promises.statfs(dir).catch(() => null)
  return space?.bavail === 0 && !/ENOSPC/.test(message)
    ? `${message} (no space left on the device)`
    : message
}

/**
 * The checkout of a commit that `wanted` describes (see wantedFor), made in `dir`: from `kept`,
 * what an earlier execution in this worker left there, rewriting only what differs; without it,
 * into the empty directory `dir`. Its index is written last, from the tree and the files' stat
 * data. Returns what to keep for the next execution; throws where the checkout cannot be
 * restored (the caller then writes a fresh one).
 */
export async function restoreCheckout(
  git: Pick<GitCommandManager, 'readBlobs' | 'blobSizes' | 'writeBlob'>,
  dir: string,
  wanted: ReadonlyMap<string, WantedEntry>,
  kept: KeptCheckout | null,
  sha256: boolean
): Promise<KeptCheckout> {
  const root = fs.lstatSync(dir, { bigint: true })
  if (!root.isDirectory() || (kept && root.ino !== kept.rootInode))
    throw new Error(`${dir} is no longer the directory rerun-action made`)
  const rootPermissions = walkedEntry(root).permissions
  const directoryPermissions = kept?.directoryPermissions ?? rootPermissions
  if (rootPermissions !== directoryPermissions) fs.chmodSync(dir, directoryPermissions)
  const walked = kept
    ? (kept.walked ?? (await walkCheckout(dir, true)).entries)
    : new Map<string, WalkedEntry>()
  const plan = planRestore(walked, kept?.known ?? new Map(), wanted, directoryPermissions)
  // The index is never wanted (it is written last, from what was written): where it is still
  // the one rerun-action wrote, it is written over rather than replaced.
  const ownIndex = kept !== null && walked.get(INDEX)?.signature === kept.index
  if (ownIndex) plan.remove = plan.remove.filter(p => p !== INDEX)
  const known = await applyRestore(dir, plan, wanted, directoryPermissions, git)
  const entries: IndexEntry[] = []
  // The index holds what comes from the tree: blobs, and gitlinks (the only directories it holds).
  for (const [p, want] of wanted) {
    if (want.gitlink) {
      entries.push({ path: p, mode: 0o160000, object: want.gitlink, stat: null })
    } else if (want.content && 'object' in want.content) {
      const mode = want.kind === 'symlink' ? 0o120000 : want.executable ? 0o100755 : 0o100644
      const stat = known.get(p)?.stat ?? null
      entries.push({ path: p, mode, object: want.content.object, stat })
    }
  }
  const index = path.join(dir, INDEX)
  const encoded = encodeIndex(entries, sha256)
  let written: fs.BigIntStats
  if (ownIndex) {
    written = rewriteInPlace(index, encoded, kept.index)
  } else {
    fs.writeFileSync(index, encoded, { flag: 'wx', mode: 0o666 })
    written = fs.lstatSync(index, { bigint: true })
  }
  return { rootInode: root.ino, directoryPermissions, known, index: walkedEntry(written).signature }
}

/**
 * What a checkout of `commit` holds, `.git` with `.git/annex` leading to `annexDir` included; null
 * where git must write it (its attributes convert files on checkout, or it has names git judges).
 */
export async function wantedFor(
  git: Pick<GitCommandManager, 'filesOf' | 'checkoutOrigin' | 'readBlobs'>,
  commit: string,
  annexDir: string | null
): Promise<{ wanted: Map<string, WantedEntry>; sha256: boolean } | null> {
  const [files, origin] = await Promise.all([git.filesOf(commit), git.checkoutOrigin()])
  const wanted = wantedCheckout(files, repositoryLayout(commit, { ...origin, annexDir }))
  return wanted && !(await convertsOnCheckout(files, git))
    ? { wanted, sha256: origin.sha256 }
    : null
}
