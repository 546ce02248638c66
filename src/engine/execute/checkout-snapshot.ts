/**
 * What a replayed command changed in its checkout, found by rerun-action itself: a stat
 * snapshot before the command, compared with the checkout after it. Never `git status` in the
 * checkout: the command controls that directory, its `.git` included, and would steer git.
 *
 * Every write changes an inode's ctime, which no unprivileged program can set back. Once the
 * file system's clock has passed the newest ctime in the snapshot (`settle`), any change the
 * command makes shows as a new ctime, even one that restores size and mtime.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Deeper checkouts are refused rather than walked: paths would outgrow what the kernel takes. */
const MAX_DEPTH = 256

export class CheckoutWalkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CheckoutWalkError'
  }
}

export interface Snapshot {
  /** Path relative to the checkout root → what the walk found there (see walkCheckout). */
  entries: Map<string, WalkedEntry>
  newestChange: bigint
}

/** One entry of a checkout as lstat(2) saw it. */
export interface WalkedEntry {
  kind: 'directory' | 'file' | 'symlink' | 'other'
  /** The permission bits. */
  permissions: number
  /**
   * Type, inode, size, mode, mtime and ctime of anything but a directory (`d`): the same
   * signature means the same content, once the file system's clock has passed the ctime (settle).
   */
  signature: string
}

const KIND_LETTERS = { directory: 'd', file: 'f', symlink: 'l', other: 'o' } as const

export function walkedEntry(stat: fs.BigIntStats): WalkedEntry {
  const kind = stat.isDirectory()
    ? 'directory'
    : stat.isSymbolicLink()
      ? 'symlink'
      : stat.isFile()
        ? 'file'
        : 'other'
  const letter = KIND_LETTERS[kind]
  return {
    kind,
    permissions: Number(stat.mode & 0o7777n),
    signature:
      kind === 'directory'
        ? letter
        : `${letter}:${stat.ino}:${stat.size}:${stat.mode}:${stat.mtimeNs}:${stat.ctimeNs}`
  }
}

/**
 * Every entry under `root`, never following a symbolic link, and the newest ctime among them.
 * The root's `.git` (rerun-action's own repository, not the dataset) is left out unless
 * `withGitDirectory`.
 */
export async function walkCheckout(
  root: string,
  withGitDirectory = false
): Promise<{ entries: Map<string, WalkedEntry>; newest: bigint }> {
  const entries = new Map<string, WalkedEntry>()
  // Paths are joined by hand: entry names hold no slash and are never . or .., and path.join's
  // normalising of each was a quarter of what the walk allocated.
  const base = path.resolve(root)
  const prefix = base === path.sep ? base : `${base}${path.sep}`
  let newest = 0n
  let sinceYield = 0
  const visit = async (rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) {
      throw new CheckoutWalkError(
        `the checkout holds directories nested deeper than ${MAX_DEPTH} levels (${rel.slice(0, 200)}…)`
      )
    }
    for (const name of readNames(rel === '' ? base : prefix + rel, rel)) {
      const child = rel === '' ? name : `${rel}/${name}`
      // The checkout's own repository is rerun-action's bookkeeping, not the dataset.
      if (child === '.git' && !withGitDirectory) continue
      const stat = lstatIn(prefix + child, child)
      entries.set(child, walkedEntry(stat))
      if (stat.ctimeNs > newest) newest = stat.ctimeNs
      // Synchronous calls cost a third of promised ones on a checkout the page cache holds;
      // other executions get the event loop back every so many entries.
      if (++sinceYield >= YIELD_EVERY) {
        sinceYield = 0
        await new Promise(resolve => setImmediate(resolve))
      }
      if (stat.isDirectory()) await visit(child, depth + 1)
    }
  }
  await visit('', 0)
  return { entries, newest }
}

/** Entries walked between two turns of the event loop. */
const YIELD_EVERY = 2000

/** The names in the directory `dir`, which is `rel` in the checkout. */
function readNames(dir: string, rel: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENAMETOOLONG')
      throw new CheckoutWalkError(
        `a path in the checkout is too long to read: ${rel.slice(0, 200)}…`
      )
    if (code === 'EACCES')
      throw new CheckoutWalkError(`the directory ${rel} in the checkout cannot be read`)
    throw e
  }
}

/** lstat(2) of `file`, which is `rel` in the checkout. */
function lstatIn(file: string, rel: string): fs.BigIntStats {
  try {
    return fs.lstatSync(file, { bigint: true })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG')
      throw new CheckoutWalkError(
        `a path in the checkout is too long to read: ${rel.slice(0, 200)}…`
      )
    throw e
  }
}

export async function takeSnapshot(root: string): Promise<Snapshot> {
  const { entries, newest } = await walkCheckout(root)
  return { entries, newestChange: newest }
}

/** The file settle() writes to read the clock: rerun-action's own, beside the checkout. */
export const CLOCK_PROBE = '.rerun-action-clock'

/**
 * Wait until the file system's clock, as a fresh write in `probeDir` shows it, is past every
 * ctime in the snapshot. Timestamps tick in coarse steps (a few ms), so without this a command
 * that rewrites a file at once, keeping its size and mtime, could leave an identical stat.
 * The probe is written twice, looked at in between: file systems with multigrain timestamps
 * (Linux 6.13 and later) then stamp the second write finely, and every later change at least as
 * late, so the wait is over at once; elsewhere the clock is read again each millisecond. The
 * check is the same either way. The calls are synchronous: a few microseconds each, where a
 * promised call costs tens.
 */
export async function settle(snapshot: Snapshot, probeDir: string): Promise<void> {
  const probe = path.join(probeDir, CLOCK_PROBE)
  // Never through a link, never waiting on a FIFO: the probe is rerun-action's own file.
  const { O_WRONLY, O_CREAT, O_NOFOLLOW, O_NONBLOCK } = fs.constants
  for (let attempt = 0; ; attempt++) {
    // Rewritten in place, never truncated: a truncation costs as much as a new file.
    const fd = fs.openSync(probe, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o600)
    try {
      // Written and looked at, then written again within the same tick: the second write is
      // the one a multigrain file system stamps finely.
      fs.writeSync(fd, 'x', 0)
      fs.fstatSync(fd)
      fs.writeSync(fd, 'x', 0)
      const { ctimeNs } = fs.fstatSync(fd, { bigint: true })
      if (ctimeNs > snapshot.newestChange) return
    } finally {
      fs.closeSync(fd)
    }
    if (attempt > 10_000) throw new Error('the file system clock does not advance')
    await new Promise(resolve => setTimeout(resolve, 1))
  }
}

/** What a command left in its checkout. */
export interface CommandChanges {
  /** Paths (files, symlinks, anything but directories) created, changed or removed since the snapshot. */
  paths: string[]
  /** Every entry of the checkout, its `.git` included, as the walk found it (see walkCheckout). */
  entries: Map<string, WalkedEntry>
}

export async function changedSince(root: string, before: Snapshot): Promise<CommandChanges> {
  const { entries } = await walkCheckout(root, true)
  const changed: string[] = []
  for (const [p, now] of entries) {
    if (p === '.git' || p.startsWith('.git/')) continue
    if (now.kind !== 'directory' && before.entries.get(p)?.signature !== now.signature)
      changed.push(p)
  }
  for (const [p, then] of before.entries) {
    // Removed, or replaced by a directory.
    if (then.kind !== 'directory' && (entries.get(p)?.kind ?? 'directory') === 'directory')
      changed.push(p)
  }
  return { paths: changed.sort(), entries }
}
