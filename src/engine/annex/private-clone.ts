/**
 * A dataset cloned with plain `git clone` has never run `git annex init`, and initialising it
 * would change the user's git config (annex.uuid, filters) and hooks. rerun-action works in a
 * private clone instead: it shares the user's git objects (`--shared`), takes the user's remotes
 * and git-annex branches, and keeps its worktrees, annex content and git-annex state in a temp
 * directory. The user's repository is only read.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseConfigEntries } from '../git/git-command-manager.js'
import { gitOutput, runGit, type GitCallOptions } from '../git/git-port.js'
import { isRelativePath } from './annex-repository.js'

async function git(args: readonly string[], options: GitCallOptions): Promise<string> {
  return (await gitOutput(args, options)).toString('utf8')
}

/** Where a private clone keeps the source's own git-annex branch, which git-annex merges. */
const SOURCE_ANNEX_BRANCH = 'refs/remotes/rerun-action-source/git-annex'

/**
 * Where a private clone in `parent` may go. The pid in the name lets a later run remove it if
 * this one is killed (Workspace.removeStale).
 */
export function privateCloneDir(parent: string): string {
  return path.join(parent, `rerun-action-clone-${process.pid}-${randomUUID()}`)
}

/**
 * Clone `userRoot` into `dir`, which must not exist yet (so that nothing planted there is used).
 * @param options.sourceAnnexBranch also take the source's own `git-annex` branch (for a
 *   subdataset installed in the user's clone: what it knows of where content is)
 */
export async function createPrivateClone(
  userRoot: string,
  dir: string,
  options: { sourceAnnexBranch?: boolean } = {}
): Promise<string> {
  await fs.promises.mkdir(dir, { mode: 0o700 })
  try {
    await git(['clone', '--quiet', '--shared', '--no-checkout', userRoot, dir], {
      cwd: path.dirname(dir)
    })
    const here = { cwd: dir }
    await git(['remote', 'remove', 'origin'], here)
    const remotes = await git(['config', '-z', '--get-regexp', '^remote\\.'], {
      cwd: userRoot
    }).catch(() => '')
    for (const entry of parseConfigEntries(Buffer.from(remotes))) {
      const { key } = entry
      let { value } = entry
      if (/\.(url|pushurl)$/.test(key) && isRelativePath(value))
        value = path.resolve(userRoot, value)
      await git(['config', '--add', key, value], here)
    }
    // The user's view of its remotes, git-annex branches included, without asking the network.
    await git(
      ['fetch', '--quiet', '--no-write-fetch-head', userRoot, '+refs/remotes/*:refs/remotes/*'],
      here
    )
    const own = await runGit(['rev-parse', '--verify', '--quiet', 'refs/heads/git-annex'], {
      cwd: userRoot
    })
    if (options.sourceAnnexBranch && own.code === 0) {
      await git(
        [
          'fetch',
          '--quiet',
          '--no-write-fetch-head',
          userRoot,
          `+refs/heads/git-annex:${SOURCE_ANNEX_BRANCH}`
        ],
        here
      )
    }
    await git(['annex', 'init', '--quiet', 'rerun-action private clone'], here)
    return dir
  } catch (e) {
    await fs.promises.rm(dir, { recursive: true, force: true })
    throw e
  }
}
