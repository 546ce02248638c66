/**
 * Isolation of replayed commands (issue 5): `--isolation auto|required|off` picks whether each
 * command runs in its own mount and PID namespaces; where the kernel (or a missing `unshare`)
 * does not allow all that isolation does, auto says so and goes on, required refuses with exit
 * 2. As a non-root user (a CI runner's case) the command still runs under that user's uid.
 * What an isolated command sees is isolation-scope.test.ts's subject.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { UsageError } from '../../src/engine/errors.js'
import { prepareIsolation } from '../../src/engine/execute/isolation.js'
import { runShellCommand } from '../../src/engine/process.js'
import {
  CLI,
  describeWithNamespaces,
  pathWithoutNamespaces,
  runCli,
  Sandbox
} from '../helpers/dataset.js'
import { PlainDataset } from '../action/harness.js'
import { asNobody, describeAsNobody, giveToNobody, NOBODY } from './isolation-harness.js'

/** Inside the namespaces the command's parent, the intermediate shell, is its PID namespace's init. */
const WHERE_AM_I = 'if [ $PPID -eq 1 ]; then echo isolated; else echo direct; fi > out.txt'

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

describeWithNamespaces('prepareIsolation', () => {
  const savedPath = process.env.PATH
  const sources = () => ({
    gitDirs: [],
    env: { HOME: sandbox.directory('home') },
    hidden: { files: [], directories: [] }
  })

  afterEach(() => {
    process.env.PATH = savedPath
  })

  it('isolates nothing when off', async () => {
    const notices: string[] = []
    const isolation = await prepareIsolation('off', sources(), sandbox.directory('isolation'), n =>
      notices.push(n)
    )
    expect(isolation).toBeNull()
    expect(notices).toEqual([])
  })

  it('gives each execution a launcher into namespaces of its own', async () => {
    const isolation = await prepareIsolation(
      'required',
      sources(),
      sandbox.directory('isolation'),
      () => undefined
    )
    const worker = sandbox.directory('worker')
    const run = await runShellCommand(WHERE_AM_I, {
      cwd: worker,
      env: { PATH: savedPath ?? '/usr/bin:/bin' },
      timeoutMs: 20_000,
      tailBytes: 4096,
      launcher: isolation?.launcherFor({ writable: worker, readOnly: [], confined: [] })
    })
    expect(run.exitCode).toBe(0)
    expect(fs.readFileSync(path.join(worker, 'out.txt'), 'utf8')).toBe('isolated\n')
  })

  /** A perl that cannot set anything up (as where perl is missing, or mount(2) is refused). */
  function pathWithoutPerl(): string {
    const bin = sandbox.directory('failing-perl-bin')
    fs.writeFileSync(
      path.join(bin, 'perl'),
      '#!/bin/sh\necho "perl: refused by the test" >&2\nexit 2\n',
      {
        mode: 0o755
      }
    )
    return `${bin}:${savedPath ?? ''}`
  }

  /**
   * A `mount` that refuses what the kernel may refuse, and does the rest; and a perl that cannot
   * set anything up, since perl calls mount(2) without mount(8).
   */
  function pathRefusing(option: string): string {
    const bin = sandbox.directory('refusing-mount-bin')
    const mount = spawnSync('sh', ['-c', 'command -v mount'], { encoding: 'utf8' }).stdout.trim()
    fs.writeFileSync(
      path.join(bin, 'mount'),
      `#!/bin/sh\nfor arg; do case $arg in *${option}*) echo "mount: refused by the test" >&2; exit 32;; esac; done\nexec ${mount} "$@"\n`,
      { mode: 0o755 }
    )
    return `${bin}:${pathWithoutPerl()}`
  }

  it('sets up with the shell and mount(8) where perl cannot', async () => {
    process.env.PATH = pathWithoutPerl()
    const isolation = await prepareIsolation(
      'required',
      sources(),
      sandbox.directory('isolation-without-perl'),
      () => undefined
    )
    const worker = sandbox.directory('worker-without-perl')
    const run = await runShellCommand(WHERE_AM_I, {
      cwd: worker,
      env: { PATH: process.env.PATH },
      timeoutMs: 20_000,
      tailBytes: 4096,
      launcher: isolation?.launcherFor({ writable: worker, readOnly: [], confined: [] })
    })
    expect(run.exitCode).toBe(0)
    expect(fs.readFileSync(path.join(worker, 'out.txt'), 'utf8')).toBe('isolated\n')
  })

  describe.each([
    ['a read-only bind mount', 'remount,bind,ro'],
    ['a tmpfs over a confined directory', 'mode=1777']
  ])('where the kernel refuses %s', (_, option) => {
    it('auto runs commands without isolation, and says why', async () => {
      process.env.PATH = pathRefusing(option)
      const notices: string[] = []
      const isolation = await prepareIsolation('auto', sources(), sandbox.directory('iso'), n =>
        notices.push(n)
      )
      expect(isolation).toBeNull()
      expect(notices.join('\n')).toMatch(/run without isolation .*refused by the test/)
    })

    it('required refuses to go on', async () => {
      process.env.PATH = pathRefusing(option)
      const prepared = prepareIsolation(
        'required',
        sources(),
        sandbox.directory('iso'),
        () => undefined
      )
      await expect(prepared).rejects.toThrow(UsageError)
      await expect(prepared).rejects.toThrow(/refused by the test/)
    })
  })
})

// The isolated command of a non-root user is mapped back to that user's uid (a CI runner's case).
describeAsNobody('isolation as a non-root user', () => {
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
    giveToNobody(nobodyDs.path, home)
  })

  it('keeps the user id and hides the persisted credentials', () => {
    const [file = '', ...args] = asNobody([
      process.execPath,
      CLI,
      ...['verify', '--no-cache', '--isolation', 'required']
    ])
    const result = spawnSync(file, args, {
      cwd: nobodyDs.path,
      encoding: 'utf8',
      env: {
        ...sandbox.env,
        HOME: home,
        RUNNER_TEMP: home,
        TMPDIR: home,
        GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig')
      }
    })
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toMatchObject({
      code: 0
    })
    expect(result.stderr).toMatch(/hidden from them: .*\/\.git\/config/)
    expect(result.stderr).toContain(`${nobodyDs.path}/.git/config`)
  })
})
