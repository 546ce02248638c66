/**
 * Make a plain actions/checkout clone of a DataLad dataset ready for git-annex: fetch the
 * git-annex branch, install git-annex when allowed, and initialise the annex so that special
 * remotes marked autoenable can deliver content. The content itself is fetched later by the
 * engine, only for what the replayed commits need.
 */
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import os from 'node:os'
import { annexInstalled, AnnexRepository, usesAnnex } from '../engine/annex/annex-repository.js'
import { UsageError } from '../engine/errors.js'
import { GitCli } from '../engine/git/git-command-manager.js'
import type { RepositoryGit } from './git.js'
import type { InstallAnnex } from './inputs.js'

const REMOTE = 'origin'
const ANNEX_BRANCH = 'refs/heads/git-annex'

/** Whether the dataset uses git-annex, fetching origin's git-annex branch when the clone lacks it. */
async function obtainAnnexBranch(git: RepositoryGit): Promise<boolean> {
  if (await GitCli.using(git.root, usesAnnex)) return true
  if (!(await git.hasRemote(REMOTE)) || !(await git.remoteHasRef(REMOTE, ANNEX_BRANCH))) {
    return false
  }
  core.info(`Fetching the git-annex branch from ${REMOTE} (actions/checkout does not fetch it).`)
  const failure = await git.fetch(REMOTE, [`+${ANNEX_BRANCH}:refs/remotes/${REMOTE}/git-annex`])
  if (failure !== null) {
    throw new UsageError(`could not fetch the git-annex branch from ${REMOTE}: ${failure}`)
  }
  return true
}

async function installAnnex(): Promise<void> {
  // Runners let the runner user use sudo without a password; a root container needs none.
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n']
  const run = async (args: string[]): Promise<void> => {
    const [program = 'apt-get', ...rest] = [...sudo, ...args]
    await exec.exec(program, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
  await core.group('Installing git-annex (install-annex: auto)', async () => {
    await run(['apt-get', 'update', '-qq'])
    await run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'git-annex'])
  })
}

/**
 * git-annex records what it fetched in commits on the git-annex branch, which need an identity;
 * runners have none configured. Give git (in this process and its children only) one.
 */
async function ensureCommitIdentity(git: RepositoryGit): Promise<void> {
  if ((await git.configNames('^user\\.email$')).length > 0 || process.env.GIT_COMMITTER_EMAIL)
    return
  const name = 'rerun-action'
  const email = 'rerun-action@users.noreply.github.com'
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email
  })
  core.info(
    `No git identity is configured; git-annex bookkeeping commits use "${name} <${email}>".`
  )
}

export async function prepareAnnex(git: RepositoryGit, mode: InstallAnnex): Promise<void> {
  if (!(await obtainAnnexBranch(git))) return
  if (!(await annexInstalled())) {
    if (mode === 'auto' && os.platform() === 'linux') await installAnnex()
    if (!(await annexInstalled())) {
      throw new UsageError(
        'this dataset uses git-annex, but git-annex is not installed: install it in an earlier ' +
          'step, or leave install-annex at auto on a Linux runner'
      )
    }
  }
  await ensureCommitIdentity(git)
  const annex = new AnnexRepository(git.root)
  if (!(await annex.isInitialised())) {
    core.info(
      'Initialising git-annex in the clone (`git annex init`): special remotes marked autoenable become available.'
    )
    await annex.initialise()
  }
}
