/**
 * Temporary checkouts, one git worktree per replayed commit, all under one temp directory
 * outside the user's checkout. Everything created here is removed again, also on failure.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GitCommandManager } from '../git/git-command-manager.js'
import { Mutex } from '../mutex.js'

export interface Checkout {
  /** Root of the worktree. */
  dir: string
  /** Scratch space for this commit (`{tmpdir}`, TMPDIR), outside the worktree. */
  scratch: string
}

/** Remove a tree even where a replayed command left read-only directories. */
export async function removeTree(dir: string): Promise<void> {
  try {
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 2 })
  } catch {
    await makeWritable(dir)
    await fs.promises.rm(dir, { recursive: true, force: true, maxRetries: 2 })
  }
}

async function makeWritable(dir: string): Promise<void> {
  const stat = await fs.promises.lstat(dir).catch(() => null)
  if (!stat?.isDirectory()) return
  await fs.promises.chmod(dir, 0o700).catch(() => undefined)
  for (const entry of await fs.promises.readdir(dir).catch(() => [])) {
    await makeWritable(path.join(dir, entry))
  }
}

/** Worktrees of an earlier run whose process is gone (killed with SIGKILL) carry its pid in their name. */
const OWN_WORKTREE = /[\\/]rerun-action-[^\\/]+[\\/]wt-(\d+)-\d+$/

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One worktree per worker, reused: moving a worktree to the next commit (forced checkout and a
 * clean) costs a fraction of creating one, and nothing of a commit survives into the next.
 */
export class Workspace {
  private readonly live = new Set<Checkout>()
  private readonly idle: Checkout[] = []
  /** Serialises worktree bookkeeping: git locks `.git/worktrees` while adding or removing one. */
  private readonly mutex = new Mutex()
  private counter = 0

  private constructor(
    private readonly git: GitCommandManager,
    readonly root: string,
    private readonly annexed: boolean
  ) {}

  static async create(
    git: GitCommandManager,
    parent: string,
    annexed: boolean
  ): Promise<Workspace> {
    await fs.promises.mkdir(parent, { recursive: true })
    const root = await fs.promises.mkdtemp(path.join(parent, 'rerun-action-'))
    return new Workspace(git, root, annexed)
  }

  static defaultParent(): string {
    return process.env.RUNNER_TEMP || os.tmpdir()
  }

  /** Remove the worktrees (and their temp directories) left by runs that were killed outright. */
  static async removeStale(git: GitCommandManager): Promise<string[]> {
    const removed: string[] = []
    for (const dir of await git.listWorktrees()) {
      const match = OWN_WORKTREE.exec(dir)
      if (!match || processAlive(Number(match[1]))) continue
      await restoreDotGitFile(dir)
      await git.removeWorktree(dir).catch(() => undefined)
      await removeTree(path.dirname(dir))
      removed.push(dir)
    }
    if (removed.length > 0) await git.pruneWorktrees()
    return removed
  }

  async checkout(commit: string): Promise<Checkout> {
    const reused = this.idle.pop()
    if (reused) {
      this.live.add(reused)
      try {
        await removeTree(reused.scratch)
        await fs.promises.mkdir(reused.scratch)
        await this.git.switchWorktree(reused.dir, commit)
        return reused
      } catch {
        // Whatever the last command left behind, a new worktree is a clean start.
        await this.destroy(reused)
      }
    }
    const id = `${process.pid}-${++this.counter}`
    const checkout = {
      dir: path.join(this.root, `wt-${id}`),
      scratch: path.join(this.root, `tmp-${id}`)
    }
    this.live.add(checkout)
    await fs.promises.mkdir(checkout.scratch)
    await this.mutex.run(() => this.git.addWorktree(checkout.dir, commit))
    if (this.annexed) await this.linkAnnex(checkout.dir)
    return checkout
  }

  /**
   * Annex symlinks point into `.git/annex/objects`, but a worktree's `.git` is a file. Make it a
   * symlink to the worktree's git dir, which links to the shared annex, as git-annex itself does.
   */
  private async linkAnnex(dir: string): Promise<void> {
    const dotGit = path.join(dir, '.git')
    const stat = await fs.promises.lstat(dotGit)
    if (!stat.isFile()) return
    const gitDir = (await fs.promises.readFile(dotGit, 'utf8')).replace(/^gitdir:\s*/, '').trim()
    const annexLink = path.join(gitDir, 'annex')
    if (!fs.existsSync(annexLink))
      await fs.promises.symlink(path.join('..', '..', 'annex'), annexLink)
    await fs.promises.rm(dotGit)
    await fs.promises.symlink(gitDir, dotGit)
  }

  /** Hand a checkout back for the next commit. */
  release(checkout: Checkout): Promise<void> {
    this.live.delete(checkout)
    this.idle.push(checkout)
    return Promise.resolve()
  }

  private async destroy(checkout: Checkout): Promise<void> {
    try {
      await this.mutex.run(async () => {
        await restoreDotGitFile(checkout.dir)
        await this.git.removeWorktree(checkout.dir)
      })
    } finally {
      await removeTree(checkout.dir)
      await removeTree(checkout.scratch)
      this.live.delete(checkout)
    }
  }

  /** Remove every worktree and the temp directory itself. */
  async dispose(): Promise<void> {
    const all = [...this.live, ...this.idle.splice(0)]
    for (const checkout of all) await this.destroy(checkout).catch(() => undefined)
    await removeTree(this.root)
  }
}

/** `git worktree remove` insists on a .git file; give back the one git wrote before linkAnnex. */
async function restoreDotGitFile(dir: string): Promise<void> {
  const dotGit = path.join(dir, '.git')
  const stat = await fs.promises.lstat(dotGit).catch(() => null)
  if (!stat?.isSymbolicLink()) return
  const gitDir = await fs.promises.readlink(dotGit)
  await fs.promises.rm(dotGit)
  await fs.promises.writeFile(dotGit, `gitdir: ${gitDir}\n`)
}
