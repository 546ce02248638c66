/**
 * GitHub's ubuntu-24.04 images restrict unprivileged user namespaces through AppArmor, which
 * keeps replayed commands from running isolated. On a GitHub-hosted runner (a virtual machine
 * made for this one job, whose user may use sudo anyway) the action lifts that restriction, as a
 * `sudo sysctl` step in the workflow would; never on a self-hosted runner, whose kernel settings
 * belong to its owner.
 */
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import fs from 'node:fs'

const SETTING = 'kernel.apparmor_restrict_unprivileged_userns'

export interface Machine {
  /** The sysctl file of the restriction (another file in tests). */
  restrictionFile: string
  uid: number
  runnerEnvironment: string | undefined
}

const THIS_MACHINE: Machine = {
  restrictionFile: `/proc/sys/${SETTING.replaceAll('.', '/')}`,
  uid: process.getuid?.() ?? 0,
  runnerEnvironment: process.env.RUNNER_ENVIRONMENT
}

export async function allowUserNamespaces(machine: Machine = THIS_MACHINE): Promise<void> {
  // root makes its namespaces without a user namespace; other platforms have no such setting.
  if (process.platform !== 'linux' || machine.uid === 0) return
  const restricted = await fs.promises.readFile(machine.restrictionFile, 'utf8').catch(() => '')
  if (restricted.trim() !== '1') return
  if (machine.runnerEnvironment !== 'github-hosted') {
    core.info(
      `${SETTING} is 1 on this self-hosted runner: replayed commands cannot run isolated unless ` +
        'its owner sets it to 0.'
    )
    return
  }
  const code = await exec.exec('sudo', ['-n', 'sysctl', '-w', `${SETTING}=0`], {
    ignoreReturnCode: true,
    silent: true
  })
  core.info(
    code === 0
      ? `Set ${SETTING}=0 on this GitHub-hosted runner, so that replayed commands run isolated.`
      : `Could not set ${SETTING}=0 with sudo (exit code ${code}): replayed commands may not run isolated.`
  )
}
