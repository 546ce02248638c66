/**
 * Lifting Ubuntu's AppArmor restriction of user namespaces on GitHub-hosted runners only. The
 * restriction cannot exist on a test machine without AppArmor, so its sysctl file is a temporary
 * file here, and `sudo` a script that records how it was called.
 */
import { afterAll, beforeEach, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { allowUserNamespaces, type Machine } from '../../src/action/user-namespaces.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-userns-'))
const calls = path.join(dir, 'sudo-calls')
const restrictionFile = path.join(dir, 'apparmor_restrict_unprivileged_userns')
const savedPath = process.env.PATH
fs.writeFileSync(path.join(dir, 'sudo'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\n`, {
  mode: 0o755
})
process.env.PATH = `${dir}:${savedPath ?? ''}`

afterAll(() => {
  process.env.PATH = savedPath
  fs.rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => fs.rmSync(calls, { force: true }))

const runner = (restricted: string, changes: Partial<Machine> = {}): Machine => {
  fs.writeFileSync(restrictionFile, restricted)
  return { restrictionFile, uid: 1001, runnerEnvironment: 'github-hosted', ...changes }
}
const sudoCalls = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : '')

it('lifts the restriction with sudo sysctl on a GitHub-hosted runner', async () => {
  await allowUserNamespaces(runner('1\n'))
  expect(sudoCalls()).toBe('-n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\n')
})

it('leaves the kernel alone where there is no restriction, for root, and on self-hosted runners', async () => {
  await allowUserNamespaces(runner('0\n'))
  await allowUserNamespaces(runner('1\n', { uid: 0 }))
  await allowUserNamespaces(runner('1\n', { runnerEnvironment: 'self-hosted' }))
  await allowUserNamespaces(runner('1\n', { runnerEnvironment: undefined }))
  await allowUserNamespaces({ ...runner(''), restrictionFile: path.join(dir, 'absent') })
  expect(sudoCalls()).toBe('')
})
