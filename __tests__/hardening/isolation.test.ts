/**
 * Isolation of replayed commands (issue 5): `--isolation auto|required|off` picks whether each
 * command runs in its own mount and PID namespaces; where the kernel (or a missing `unshare`)
 * does not allow it, auto says so and goes on, required refuses with exit 2. As a non-root
 * user (a CI runner's case) the command still runs under that user's uid.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  CLI,
  describeWithNamespaces,
  pathWithoutNamespaces,
  runCli,
  Sandbox
} from '../helpers/dataset.js'
import { PlainDataset } from '../action/harness.js'

/** Inside the namespaces the command's shell is one of the first processes of its PID namespace. */
const WHERE_AM_I = 'if [ $$ -lt 10 ]; then echo isolated; else echo direct; fi > out.txt'

let sandbox: Sandbox
let ds: PlainDataset
let brokenUnshare: string

beforeAll(() => {
  sandbox = Sandbox.create()
  ds = PlainDataset.create(sandbox, 'isolation')
  ds.runCommit('where', { cmd: WHERE_AM_I, outputs: ['out.txt'] }, { 'out.txt': 'direct\n' })
  brokenUnshare = pathWithoutNamespaces(sandbox)
})

afterAll(async () => sandbox.dispose())

const verify = (isolation: string, env: Record<string, string> = {}) =>
  runCli(sandbox, ['verify', '--no-cache', '--isolation', isolation], { cwd: ds.path, env })

describeWithNamespaces('--isolation where namespaces are allowed', () => {
  it('runs commands in namespaces by default and when required, directly when off', () => {
    expect(verify('off')).toMatchObject({ code: 0 })
    for (const mode of ['auto', 'required']) {
      const run = verify(mode)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('+isolated')
    }
  })
})

describe('--isolation', () => {
  it('refuses to run with required where isolation is impossible, saying why', () => {
    const run = verify('required', { PATH: brokenUnshare })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('isolation is required, but replayed commands cannot be isolated')
    expect(run.stderr).toContain('Operation not permitted')
    expect(run.stderr).toContain('kernel.apparmor_restrict_unprivileged_userns=0')
  })

  it('goes on without isolation under auto, and says so', () => {
    const run = verify('auto', { PATH: brokenUnshare })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('replayed commands run without isolation')
  })

  it('rejects an unknown mode as a usage error', () => {
    const run = verify('sandbox')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--isolation takes auto, required, off, not "sandbox"')
  })
})

// The isolated command of a non-root user is mapped back to that user's uid (a CI runner's case).
const asNobody =
  process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0
    ? describeWithNamespaces
    : describe.skip
if (process.getuid?.() !== 0) {
  console.warn('SKIPPING the non-root isolation test: it switches users, which needs root')
} else if (spawnSync('setpriv', ['--version']).status !== 0) {
  console.warn('SKIPPING the non-root isolation test: setpriv (util-linux) is not installed')
}

asNobody('isolation as a non-root user', () => {
  const NOBODY = 65534
  let home: string
  let nobodyDs: PlainDataset

  beforeAll(() => {
    nobodyDs = PlainDataset.create(sandbox, 'nobody')
    nobodyDs.git('config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0')
    nobodyDs.runCommit(
      'as nobody',
      {
        cmd: '{{ id -u; git config --list | grep -c c2VjcmV0 || true; }} > out.txt',
        outputs: ['out.txt']
      },
      { 'out.txt': `${NOBODY}\n0\n` }
    )
    home = sandbox.directory('nobody-home')
    fs.chmodSync(sandbox.root, 0o755)
    for (const dir of [nobodyDs.path, home]) {
      spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir])
    }
  })

  it('keeps the user id and hides the persisted credentials', () => {
    const result = spawnSync(
      'setpriv',
      [
        ...[`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--'],
        ...[process.execPath, CLI, 'verify', '--no-cache', '--isolation', 'required']
      ],
      {
        cwd: nobodyDs.path,
        encoding: 'utf8',
        env: {
          ...sandbox.env,
          HOME: home,
          RUNNER_TEMP: home,
          TMPDIR: home,
          GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig')
        }
      }
    )
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toMatchObject({
      code: 0
    })
    expect(result.stderr).toContain(`hidden from them: ${nobodyDs.path}/.git/config`)
  })
})
