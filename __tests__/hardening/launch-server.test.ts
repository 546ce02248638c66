/**
 * The perl launch server (launch-server.ts) starts every isolated command of a verification and
 * relays its output, report and exit: what a command writes must arrive whole and unmixed, exit
 * codes and signals as they were, and a command that cannot start must say why. (That nothing
 * outlives rerun-action when it is SIGKILLed is process-lifetime.test.ts's; that a finished
 * verification is not kept running, every test that runs rerun-action to its end.)
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { prepareIsolation, type Isolation } from '../../src/engine/execute/isolation.js'
import {
  runShellCommand,
  type ShellCommandOptions,
  type ShellCommandResult
} from '../../src/engine/process.js'
import { describeWithNamespaces, Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => sandbox?.dispose())

describeWithNamespaces('the launch server', () => {
  let isolation: Isolation

  beforeAll(async () => {
    const notices: string[] = []
    const prepared = await prepareIsolation(
      'required',
      { gitDirs: [], env: {}, hidden: { files: [], directories: [] } },
      sandbox.directory('isolation'),
      message => notices.push(message),
      ['perl']
    )
    if (!prepared) throw new Error(`isolation was required: ${notices.join('; ')}`)
    isolation = prepared
  })

  afterAll(() => isolation?.close())

  function options(extra: Partial<ShellCommandOptions> = {}): ShellCommandOptions {
    const worker = sandbox.directory('worker')
    const launcher = isolation.launcherFor({ writable: worker, readOnly: [], confined: [] })
    expect(launcher.server).toBeDefined()
    return {
      cwd: worker,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 60_000,
      tailBytes: 4 * 1024 * 1024,
      launcher,
      ...extra
    }
  }

  it('relays output byte for byte, also megabytes of every byte value', async () => {
    // 2 MiB of a pattern that holds every byte, NUL and newline included.
    const script = `perl -e 'binmode STDOUT; my $b = join("", map { chr } 0 .. 255) x 4096; print $b for 1 .. 2'`
    const run = await runShellCommand(script, options())
    const expected = Buffer.concat(
      Array.from({ length: 2 }, () =>
        Buffer.concat(Array.from({ length: 4096 }, () => Buffer.from([...Array(256).keys()])))
      )
    )
    expect(run.exitCode).toBe(0)
    expect(run.totalBytes).toBe(expected.length)
    const digest = (b: Buffer | string): string =>
      createHash('sha256')
        .update(typeof b === 'string' ? Buffer.from(b, 'utf8') : b)
        .digest('hex')
    // The tail is text: compare what the same bytes become as text.
    expect(digest(run.tail)).toBe(digest(expected.toString('utf8')))
  })

  it('keeps the output of commands that run at once apart', async () => {
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runShellCommand(
          `i=0; while [ $i -lt 2000 ]; do echo "command ${i} line $i"; i=$((i + 1)); done; exit ${i}`,
          options()
        )
      )
    )
    runs.forEach((run, i) => {
      expect(run.exitCode).toBe(i)
      const lines = run.tail.trim().split('\n')
      expect(lines).toHaveLength(2000)
      expect(lines.every(line => line.startsWith(`command ${i} line `))).toBe(true)
    })
  })

  it('passes on exit codes, deaths by signal, and output on both streams', async () => {
    const code = await runShellCommand('echo out; echo err >&2; exit 3', options())
    expect(code).toMatchObject({ exitCode: 3 })
    expect(code.tail.split('\n').sort()).toEqual(['', 'err', 'out'])
    const killed = await runShellCommand('kill -TERM $$', options())
    expect(killed.exitCode).toBe(-15)
  })

  it('says why a command cannot start, as an error rather than an exit code', async () => {
    // Too long for execve(2): the kernel refuses it with E2BIG.
    const huge = `: ${'x'.repeat(3_000_000)}`
    await expect(runShellCommand(huge, options())).rejects.toThrow(
      /the command could not be started: cannot start the command: Argument list too long/
    )
    await expect(
      runShellCommand('true', options({ env: { PATH: '/usr/bin:/bin', BAD: 'a\0b' } }))
    ).rejects.toThrow(/a NUL byte/)
    // And the server goes on launching.
    expect(await runShellCommand('echo still here', options())).toMatchObject({
      exitCode: 0,
      tail: 'still here\n'
    })
  })

  it("gives each of a worker's commands its own directory and environment, and the worker as it is now", async () => {
    // The server makes the view of a worker's next command while rerun-action is busy between
    // commands; a view made before the worker directory was replaced must never be used.
    // Confined, as rerun-action confines the temp directory: the worker is bound into the view.
    const parent = sandbox.directory('confined')
    const worker = path.join(parent, 'worker')
    fs.mkdirSync(worker)
    const launcher = isolation.launcherFor({ writable: worker, readOnly: [], confined: [parent] })
    const run = (command: string, cwd: string, value: string): Promise<ShellCommandResult> =>
      runShellCommand(command, {
        cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', VALUE: value },
        timeoutMs: 60_000,
        tailBytes: 4096,
        launcher
      })
    for (let i = 0; i < 4; i++) {
      const cwd = path.join(worker, `dir-${i}`)
      fs.mkdirSync(cwd)
      const seen = await run('echo "$VALUE $(basename "$PWD")"; echo written > out', cwd, `v${i}`)
      expect(seen).toMatchObject({ exitCode: 0, tail: `v${i} dir-${i}\n` })
      expect(fs.readFileSync(path.join(cwd, 'out'), 'utf8')).toBe('written\n')
    }
    for (let i = 0; i < 3; i++) {
      // rerun-action empties a worker whose checkout it cannot keep: a new directory, same path.
      fs.rmSync(worker, { recursive: true })
      fs.mkdirSync(path.join(worker, 'dir'), { recursive: true })
      fs.writeFileSync(path.join(worker, 'marker'), `new ${i}\n`)
      const seen = await run('cat ../marker; echo written > out', path.join(worker, 'dir'), '')
      expect(seen).toMatchObject({ exitCode: 0, tail: `new ${i}\n` })
      expect(fs.readFileSync(path.join(worker, 'dir', 'out'), 'utf8')).toBe('written\n')
    }
  })

  it('launches nothing once closed: a server started then would run after the verification', async () => {
    const closed = await prepareIsolation(
      'required',
      { gitDirs: [], env: {}, hidden: { files: [], directories: [] } },
      sandbox.directory('closed-isolation'),
      () => undefined,
      ['perl']
    )
    if (!closed) throw new Error('isolation was required')
    closed.close()
    const worker = sandbox.directory('closed-worker')
    await expect(
      runShellCommand('echo ran > out', {
        cwd: worker,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        timeoutMs: 60_000,
        tailBytes: 4096,
        launcher: closed.launcherFor({ writable: worker, readOnly: [], confined: [] })
      })
    ).rejects.toThrow(/closed/)
    expect(fs.existsSync(path.join(worker, 'out'))).toBe(false)
  })

  it('keeps the command out of its pipes and descriptors, and its environment out of /proc', async () => {
    const run = await runShellCommand(
      'ls /proc/self/fd | sort -n | tr "\\n" " "; echo; echo; tr "\\0" "\\n" < /proc/$$/environ | sort; echo; tr "\\0" "\\n" < /proc/1/environ | sort',
      options({ env: { PATH: '/usr/bin:/bin', ONLY: 'this' } })
    )
    const [fds = '', own = '', first = ''] = run.tail.trim().split('\n\n')
    // stdin, stdout, stderr and the one ls opens to read the directory.
    expect(fds.trim().split(' ')).toEqual(['0', '1', '2', '3'])
    expect(own.split('\n').filter(line => !line.startsWith('RERUN_ACTION_EXECUTION='))).toEqual([
      'ONLY=this',
      'PATH=/usr/bin:/bin'
    ])
    // Process 1 of its namespace, the server's fork, has nothing of rerun-action's but PATH.
    expect(first.split('\n')).toEqual([`PATH=${process.env.PATH ?? '/usr/bin:/bin'}`])
  })
})
