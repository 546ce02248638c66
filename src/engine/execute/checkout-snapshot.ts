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
  /** Path relative to the checkout root → type and stat signature (directories by type only). */
  entries: Map<string, string>
  newestChange: bigint
}

function signature(stat: fs.BigIntStats): string {
  if (stat.isDirectory()) return 'd'
  return `${stat.isSymbolicLink() ? 'l' : 'f'}:${stat.ino}:${stat.size}:${stat.mode}:${stat.mtimeNs}:${stat.ctimeNs}`
}

async function walk(root: string): Promise<{ entries: Map<string, string>; newest: bigint }> {
  const entries = new Map<string, string>()
  let newest = 0n
  const visit = async (rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) {
      throw new CheckoutWalkError(
        `the checkout holds directories nested deeper than ${MAX_DEPTH} levels (${rel.slice(0, 200)}…)`
      )
    }
    let names: string[]
    try {
      names = await fs.promises.readdir(rel === '' ? root : path.join(root, rel))
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
    await Promise.all(
      names.map(async name => {
        const child = rel === '' ? name : `${rel}/${name}`
        // The checkout's own repository is rerun-action's bookkeeping, not the dataset.
        if (child === '.git') return
        let stat: fs.BigIntStats
        try {
          stat = await fs.promises.lstat(path.join(root, child), { bigint: true })
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG')
            throw new CheckoutWalkError(
              `a path in the checkout is too long to read: ${child.slice(0, 200)}…`
            )
          throw e
        }
        entries.set(child, signature(stat))
        if (stat.ctimeNs > newest) newest = stat.ctimeNs
        if (stat.isDirectory()) await visit(child, depth + 1)
      })
    )
  }
  await visit('', 0)
  return { entries, newest }
}

export async function takeSnapshot(root: string): Promise<Snapshot> {
  const { entries, newest } = await walk(root)
  return { entries, newestChange: newest }
}

/**
 * Wait until the file system's clock, as a fresh write in `probeDir` shows it, is past every
 * ctime in the snapshot. Timestamps tick in coarse steps (a few ms), so without this a command
 * that rewrites a file at once, keeping its size and mtime, could leave an identical stat.
 */
export async function settle(snapshot: Snapshot, probeDir: string): Promise<void> {
  const probe = path.join(probeDir, '.rerun-action-clock')
  for (let attempt = 0; ; attempt++) {
    await fs.promises.writeFile(probe, String(attempt))
    const { ctimeNs } = await fs.promises.lstat(probe, { bigint: true })
    if (ctimeNs > snapshot.newestChange) break
    if (attempt > 10_000) throw new Error('the file system clock does not advance')
    await new Promise(resolve => setTimeout(resolve, 1))
  }
  await fs.promises.rm(probe, { force: true })
}

/** Paths (files, symlinks, anything but directories) created, changed or removed since the snapshot. */
export async function changedSince(root: string, before: Snapshot): Promise<string[]> {
  const { entries: after } = await walk(root)
  const changed: string[] = []
  for (const [p, now] of after) {
    if (now !== 'd' && before.entries.get(p) !== now) changed.push(p)
  }
  for (const [p, then] of before.entries) {
    // Removed, or replaced by a directory.
    if (then !== 'd' && (after.get(p) ?? 'd') === 'd') changed.push(p)
  }
  return changed.sort()
}
