/**
 * Where replays happen: one temp directory per verification, outside the user's repository, with
 * one worker directory per concurrent replay. An execution starts from a checkout that holds
 * exactly the commit's tree and a repository that borrows the user's objects: written into an
 * empty worker directory, or, after a command that ran isolated, restored from what that command
 * left (checkout-restore.ts). Nothing a command wrote survives into the next execution, and no
 * git ever runs on anything a command wrote.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GitCommandManager } from '../git/git-command-manager.js'
import { restoreCheckout, wantedFor, type KeptCheckout } from './checkout-restore.js'
import { CLOCK_PROBE, type WalkedEntry } from './checkout-snapshot.js'

export interface Checkout {
  /** Everything the replayed command may write: the checkout and its scratch space. */
  worker: string
  /** Root of the checkout (the dataset as the command sees it). */
  dir: string
  /** Scratch space for the command (`{tmpdir}`, TMPDIR), outside the checkout. */
  scratch: string
  /** rerun-action's own scratch for this execution (committed contents to diff), outside the worker. */
  own: string
}

/** Remove a tree even where a replayed command left read-only or very deep directories. */
export async function removeTree(dir: string): Promise<void> {
  try {
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 2 })
  } catch {
    // chmod and rm walk with openat, so no path length limits them; node's rm has such limits.
    await runQuietly('chmod', ['-R', 'u+rwx', '--', dir])
    await runQuietly('rm', ['-rf', '--', dir])
  }
}

function runQuietly(program: string, args: readonly string[]): Promise<void> {
  return new Promise(resolve => {
    const child = spawn(program, args, { stdio: 'ignore' })
    child.on('error', () => resolve())
    child.on('close', () => resolve())
  })
}

/** rerun-action's temp directories carry the pid of the process that made them. */
const OWN_ENTRY = /^rerun-action-(?:clone-)?(\d+)-/

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A worker's entries besides its checkout: the command's scratch space. */
const SCRATCH = 'tmp'
const DATASET = 'dataset'

/** Whether `dir` is a directory (not a link) with these permissions and nothing in it. */
function emptyDirectory(dir: string, permissions: number): boolean {
  const stat = fs.lstatSync(dir, { throwIfNoEntry: false })
  if (!stat?.isDirectory() || (stat.mode & 0o7777) !== permissions) return false
  return fs.readdirSync(dir).length === 0
}

export class Workspace {
  private readonly idle: number[] = []
  private workers = 0
  /** Checkouts of idle workers that the next execution may restore rather than write anew. */
  private readonly kept = new Map<number, KeptCheckout>()
  /** What each busy worker's checkout holds, for release to keep. */
  private readonly written = new Map<number, KeptCheckout | null>()

  private constructor(readonly root: string) {}

  static async create(parent: string): Promise<Workspace> {
    await fs.promises.mkdir(parent, { recursive: true })
    const root = await fs.promises.mkdtemp(path.join(parent, `rerun-action-${process.pid}-`))
    return new Workspace(root)
  }

  static defaultParent(): string {
    return process.env.RUNNER_TEMP || os.tmpdir()
  }

  /** Remove what runs that were killed outright (SIGKILL) left in `parent`. */
  static async removeStale(parent: string): Promise<string[]> {
    const removed: string[] = []
    const entries = await fs.promises.readdir(parent).catch(() => [])
    for (const entry of entries) {
      const match = OWN_ENTRY.exec(entry)
      if (!match || processAlive(Number(match[1]))) continue
      const dir = path.join(parent, entry)
      await removeTree(dir)
      removed.push(dir)
    }
    return removed
  }

  /**
   * A checkout of `commit` in a worker directory: the worker's kept checkout restored, where it
   * has one, else a fresh one. `annexDir` is the annex that the checkout's `.git/annex` leads
   * to, so that annexed files resolve.
   */
  async checkout(
    git: GitCommandManager,
    commit: string,
    annexDir: string | null
  ): Promise<Checkout> {
    const worker = this.idle.pop() ?? ++this.workers
    const checkout: Checkout = {
      worker: path.join(this.root, `worker-${worker}`),
      dir: path.join(this.root, `worker-${worker}`, DATASET),
      scratch: path.join(this.root, `worker-${worker}`, SCRATCH),
      own: path.join(this.root, `own-${worker}`)
    }
    const kept = this.kept.get(worker)
    this.kept.delete(worker)
    try {
      fs.mkdirSync(checkout.own, { recursive: true })
      const target = await wantedFor(git, commit, annexDir)
      if (target && kept) {
        const restored = await this.tidy(checkout, kept.directoryPermissions)
          .then(() => restoreCheckout(git, checkout.dir, target.wanted, kept, target.sha256))
          .catch(() => null)
        if (restored) {
          this.written.set(worker, restored)
          return checkout
        }
      }
      await removeTree(checkout.worker)
      await fs.promises.mkdir(checkout.dir, { recursive: true })
      await fs.promises.mkdir(checkout.scratch)
      if (target) {
        this.written.set(
          worker,
          await restoreCheckout(git, checkout.dir, target.wanted, null, target.sha256)
        )
      } else {
        await git.checkoutInto(checkout.dir, commit, annexDir)
        this.written.set(worker, null)
      }
      return checkout
    } catch (e) {
      await this.release(checkout)
      throw e
    }
  }

  /**
   * Empty a kept worker of everything but its checkout and an empty scratch directory. Looked
   * at synchronously: usually there is nothing to do, and a promised call costs more than it.
   */
  private async tidy(checkout: Checkout, directoryPermissions: number): Promise<void> {
    let scratchKept = false
    for (const entry of fs.readdirSync(checkout.worker)) {
      if (entry === DATASET) continue
      // An empty scratch directory as it was made stays: making one costs more than looking.
      if (entry === SCRATCH && emptyDirectory(checkout.scratch, directoryPermissions)) {
        scratchKept = true
        continue
      }
      await removeTree(path.join(checkout.worker, entry))
    }
    if (!scratchKept) fs.mkdirSync(checkout.scratch)
  }

  /**
   * Hand a checkout back: its worker directory is free for the next execution. With `keep`
   * (nothing that ran in it can still be running), the next execution restores its checkout,
   * from `walked` where the caller walked it since (see KeptCheckout); otherwise the worker is
   * emptied.
   */
  async release(
    checkout: Checkout,
    keep = false,
    walked?: ReadonlyMap<string, WalkedEntry>
  ): Promise<void> {
    const worker = Number(path.basename(checkout.worker).slice('worker-'.length))
    const written = this.written.get(worker)
    this.written.delete(worker)
    if (keep && written) {
      this.kept.set(worker, { ...written, walked })
      // The clock probe stays: writing a file anew costs more than rewriting one (settle).
      for (const entry of fs.readdirSync(checkout.own))
        if (entry !== CLOCK_PROBE) await removeTree(path.join(checkout.own, entry))
    } else {
      await removeTree(checkout.own)
      await removeTree(checkout.worker)
    }
    this.idle.push(worker)
  }

  /** The temp directories of this verification's private clone and isolation live here too. */
  subdirectory(name: string): string {
    return path.join(this.root, name)
  }

  /** Remove everything, the temp directory itself included. */
  async dispose(): Promise<void> {
    await removeTree(this.root)
  }
}
