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

export class Workspace {
  private readonly live = new Set<Checkout>()
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

  async checkout(commit: string): Promise<Checkout> {
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

  async release(checkout: Checkout): Promise<void> {
    try {
      await this.mutex.run(async () => {
        const dotGit = path.join(checkout.dir, '.git')
        const stat = await fs.promises.lstat(dotGit).catch(() => null)
        if (stat?.isSymbolicLink()) {
          // `git worktree remove` insists on a .git file; give it back the one git wrote.
          const gitDir = await fs.promises.readlink(dotGit)
          await fs.promises.rm(dotGit)
          await fs.promises.writeFile(dotGit, `gitdir: ${gitDir}\n`)
        }
        await this.git.removeWorktree(checkout.dir)
      })
    } finally {
      await removeTree(checkout.dir)
      await removeTree(checkout.scratch)
      this.live.delete(checkout)
    }
  }

  /** Remove whatever is still checked out and the temp directory itself. */
  async dispose(): Promise<void> {
    for (const checkout of [...this.live]) await this.release(checkout).catch(() => undefined)
    await removeTree(this.root)
  }
}
