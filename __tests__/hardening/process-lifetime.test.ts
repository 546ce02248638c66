/**
 * Every process a replayed command starts dies with its execution: when the command ends, and
 * when rerun-action itself is SIGKILLed mid-command. Isolated, the PID namespace takes them all
 * (its init is killed with the launcher, which a parent-death signal kills with rerun-action:
 * setpriv's, or the perl launch server's, which dies with rerun-action in turn); without isolation, rerun-action itself kills the command's process group and
 * every process that carries the execution's marker or works in its directory when the command
 * ends, and a watchdog that outlives it does the same for every live execution when it dies.
 *
 * Survivors are found by a unique number on their command line, and killed in afterAll whatever
 * happened.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { randomInt } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { prepareIsolation, type Isolation } from '../../src/engine/execute/isolation.js'
import {
  launchServerCommand,
  setupPrograms,
  type SetupProgram
} from '../../src/engine/execute/isolation-setup.js'
import { EXECUTION_VARIABLE, runShellCommand } from '../../src/engine/process.js'
import { shellQuote } from '../../src/engine/shell-quote.js'
import { describeWithNamespaces, Sandbox } from '../helpers/dataset.js'
import {
  describeAsNobody,
  eventually,
  giveToNobody,
  killProcessesWith,
  processesWith,
  startDriver,
  transpileDriver,
  type User
} from './isolation-harness.js'
import type { DriverJob } from './isolation-driver.js'

let sandbox: Sandbox
let driver: string
const markers: string[] = []

/** A number no other process has on its command line: `sleep` adds up its arguments. */
function marker(): string {
  const value = `0.000${randomInt(1e9, 1e10 - 1)}`
  markers.push(value)
  return value
}

/**
 * Processes that leave the command's process group, as daemons do, each marked with `m`. Each
 * says when it is in place (past its setsid) by creating a file in `dir`, which the command
 * waits for, so that none is killed while still in the group.
 */
function daemons(m: string, dir: string, escapee = false): string {
  const started = (n: number) => shellQuote(path.join(dir, `started-${n}`))
  const lines = [
    // a new session
    `setsid sh -c 'touch ${started(1)}; sleep 1000 ${m}' &`,
    // a double fork into a new session, out of the working directory
    `(cd / && setsid sh -c 'touch ${started(2)}; sleep 1000 ${m}' &) &`,
    // a new session with a cleared environment, still in the worker directory
    `env -i PATH=/usr/bin:/bin setsid sh -c 'touch ${started(3)}; sleep 1000 ${m}' &`,
    // and one in the process group
    `sh -c 'touch ${started(4)}; sleep 1000 ${m}' &`,
    // one in the process group only: a cleared environment, out of the working directory
    `(cd / && env -i PATH=/usr/bin:/bin sh -c 'touch ${started(5)}; sleep 1000 ${m}' &) &`,
    // what only a PID namespace contains: a cleared environment, a new session, elsewhere
    ...(escapee
      ? [
          `(cd / && env -i PATH=/usr/bin:/bin setsid sh -c 'touch ${started(6)}; sleep 1000 ${m}' &) &`
        ]
      : [])
  ]
  const all = [1, 2, 3, 4, 5, ...(escapee ? [6] : [])].map(n => `[ -e ${started(n)} ]`).join(' && ')
  return [...lines, `until ${all}; do sleep 0.01; done`].join('\n')
}

beforeAll(() => {
  sandbox = Sandbox.create()
  fs.chmodSync(sandbox.root, 0o755)
  driver = transpileDriver()
})

// Whatever a test proved, nothing it started outlives it.
afterEach(async () => {
  await eventually(() => {
    for (const m of markers) killProcessesWith(m)
    return markers.every(m => processesWith(m).length === 0)
  })
})

afterAll(async () => {
  await sandbox.dispose()
  fs.rmSync(path.dirname(path.dirname(path.dirname(driver))), { recursive: true, force: true })
})

const options = (worker: string) => ({
  cwd: worker,
  env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  timeoutMs: 60_000,
  tailBytes: 4096,
  confine: worker
})

describe('without isolation', () => {
  it('kills what the command left running, daemons included, before it resolves', async () => {
    const worker = sandbox.directory('worker')
    const m = marker()
    const run = await runShellCommand(`${daemons(m, worker)}\necho started`, options(worker))
    expect(run).toMatchObject({ exitCode: 0, tail: 'started\n' })
    expect(processesWith(m)).toEqual([])
  })

  it('kills them on timeout too', async () => {
    const worker = sandbox.directory('worker')
    const m = marker()
    const run = await runShellCommand(`${daemons(m, worker)}\nsleep 1000 ${m}`, {
      ...options(worker),
      timeoutMs: 500,
      killGraceMs: 100
    })
    expect(run.timedOut).toBe(true)
    expect(processesWith(m)).toEqual([])
  })

  it('marks each execution differently', async () => {
    // Each in a worker directory of its own, as concurrent replays are: one's sweep would kill
    // what works in the other's.
    const runs = await Promise.all(
      [1, 2].map(() =>
        runShellCommand(
          `printf '%s' "$${EXECUTION_VARIABLE}"`,
          options(sandbox.directory('worker'))
        )
      )
    )
    const [first, second] = runs.map(run => run.tail)
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toMatch(/^[0-9a-f-]{36}$/)
    expect(first).not.toBe(second)
  })
})

describeWithNamespaces.each(setupPrograms())('isolated, set up by %s', program => {
  let isolation: Isolation

  beforeAll(async () => {
    const notices: string[] = []
    const prepared = await prepareIsolation(
      'required',
      {
        gitDirs: [],
        env: { HOME: sandbox.directory('home') },
        hidden: { files: [], directories: [] }
      },
      sandbox.directory('isolation'),
      message => notices.push(message),
      [program]
    )
    if (!prepared) throw new Error(`isolation was required: ${notices.join('; ')}`)
    isolation = prepared
  })

  it('starts the launcher so that it dies with rerun-action, and its namespace with it', () => {
    const worker = sandbox.directory('worker')
    const launcher = isolation.launcherFor({ writable: worker, readOnly: [], confined: [] })
    const { prefix } = launcher
    // setpriv and unshare --kill-child; or the perl server's prctl(PR_SET_PDEATHSIG, SIGKILL)
    // tied to rerun-action, and each launch's, asked for by its launcher and again by its
    // namespace's init, tied to the server.
    const server = launchServerCommand()
    const script = server[2] ?? ''
    const seen = {
      shell: [
        path.basename(prefix[0] ?? ''),
        ...prefix.slice(1, 3),
        prefix.includes('--kill-child'),
        launcher.server === undefined
      ],
      perl: [
        server[0],
        server.at(-1),
        /syscall\(\$prctl_number \+ 0, 1, 9, 0, 0, 0\) == 0 or exit 125;\nexit 125 if getppid\(\) != \$owner;/.test(
          script
        ),
        /syscall\(\$prctl \+ 0, 1, 9, 0, 0, 0\)/.test(script),
        script.match(/^die_with_parent\(\);$/gm)?.length,
        launcher.server !== undefined
      ]
    }
    const expected = {
      shell: ['setpriv', '--pdeathsig', 'KILL', true, true],
      perl: ['perl', String(process.pid), true, true, 2, true]
    }
    expect(seen[program]).toEqual(expected[program])
  })

  it('kills every process the command started, whatever it did, before it resolves', async () => {
    const worker = sandbox.directory('worker')
    const m = marker()
    const run = await runShellCommand(`${daemons(m, worker, true)}\necho started`, {
      ...options(worker),
      launcher: isolation.launcherFor({ writable: worker, readOnly: [], confined: [] })
    })
    expect(run).toMatchObject({ exitCode: 0, tail: 'started\n' })
    expect(processesWith(m)).toEqual([])
  })

  it('gives a timed-out command SIGTERM and its grace, then kills the rest', async () => {
    const worker = sandbox.directory('worker')
    const m = marker()
    // The launcher ignores SIGTERM, so that the command's own handler has its say.
    const command = `trap 'echo terminated; exit 7' TERM\n${daemons(m, worker)}\necho started\nwait`
    const run = await runShellCommand(command, {
      ...options(worker),
      timeoutMs: 500,
      killGraceMs: 60_000,
      launcher: isolation.launcherFor({ writable: worker, readOnly: [], confined: [] })
    })
    expect(run).toMatchObject({ exitCode: 7, timedOut: true, tail: 'started\nterminated\n' })
    expect(processesWith(m)).toEqual([])
  })
})

interface Killed {
  /** Whether the command said it was running (its daemons in place) before the kill. */
  running: boolean
  /** What the driver said on stderr (nothing, unless it failed). */
  stderr: string
  /** How many of the command's processes there were when the driver was killed. */
  alive: number
  /** Whether, after the kill, every one of them was gone within the bound. */
  allGone: boolean
}

/**
 * rerun-action (the driver) is SIGKILLed while the command runs: nothing of the command may
 * survive it. The command says it is running by creating a file once its daemons are started.
 * With `busy`, commands ran to their end before it, and another runs beside it in a worker
 * directory of its own, with daemons of its own that must not survive either.
 */
async function killMidCommand(
  user: User,
  isolated: SetupProgram | false,
  busy = false
): Promise<Killed> {
  const base = sandbox.directory(`killed-${user}`)
  const worker = path.join(base, 'worker')
  const beside = path.join(base, 'beside')
  // Where the earlier command's daemons say they started, apart from the command's own.
  const earlier = path.join(base, 'earlier')
  fs.mkdirSync(worker)
  fs.mkdirSync(beside)
  fs.mkdirSync(earlier)
  if (user === 'nobody') giveToNobody(base)
  const m = marker()
  const running = path.join(worker, 'running')
  const besideRunning = path.join(beside, 'running')
  const besideCommand = `${daemons(m, beside)}\ntouch running\nsleep 1000 ${m}`
  const job: DriverJob = {
    isolation: isolated ? 'required' : 'off',
    setup: isolated || undefined,
    sources: { gitDirs: [], env: { HOME: base }, hidden: { files: [], directories: [] } },
    dir: path.join(base, 'isolation'),
    scope: isolated ? { writable: worker, readOnly: [], confined: [] } : undefined,
    command: `${daemons(m, worker)}\ntouch running\nsleep 1000 ${m}`,
    cwd: worker,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    confine: worker,
    ...(busy
      ? {
          earlier: ['true', `${daemons(marker(), earlier)}\ntrue`],
          // The quick one ends while the others run: the watchdog forgets it alone.
          alongside: [
            { command: besideCommand, cwd: beside, confine: beside },
            { command: 'true', cwd: earlier, confine: earlier }
          ]
        }
      : {})
  }
  const child = startDriver(driver, job, user, { PATH: process.env.PATH, HOME: base })
  const exited = new Promise(resolve => child.on('exit', resolve))
  const stderr: Buffer[] = []
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
  const started = () => fs.existsSync(running) && (!busy || fs.existsSync(besideRunning))
  await eventually(() => started() || child.exitCode !== null)
  const alive = processesWith(m).length
  child.kill('SIGKILL')
  await exited
  return {
    running: started(),
    stderr: Buffer.concat(stderr).toString('utf8'),
    alive,
    allGone: await eventually(() => processesWith(m).length === 0)
  }
}

// The driver's node, two shells of rerun-action's, the command's own shell, its daemons: 5 at least.
const KILLED = { running: true, stderr: '', alive: expect.any(Number), allGone: true }

describe('when rerun-action is SIGKILLed mid-command, as root', () => {
  it('without isolation, nothing of the command survives', async () => {
    const killed = await killMidCommand('root', false)
    expect(killed).toEqual(KILLED)
    expect(killed.alive).toBeGreaterThanOrEqual(5)
  })

  // One watchdog watches all of a process's executions: it forgets those that ended only.
  it('without isolation, nothing survives of commands run before or beside either', async () => {
    const killed = await killMidCommand('root', false, true)
    expect(killed).toEqual(KILLED)
    expect(killed.alive).toBeGreaterThanOrEqual(10)
  })

  describeWithNamespaces.each(setupPrograms())('isolated, set up by %s', program => {
    it('nothing of the command survives', async () => {
      const killed = await killMidCommand('root', program)
      expect(killed).toEqual(KILLED)
      expect(killed.alive).toBeGreaterThanOrEqual(5)
    })
  })
})

describeAsNobody('when rerun-action is SIGKILLed mid-command, as an unprivileged user', () => {
  it('without isolation, nothing of the command survives', async () => {
    const killed = await killMidCommand('nobody', false)
    expect(killed).toEqual(KILLED)
    expect(killed.alive).toBeGreaterThanOrEqual(5)
  })

  it('without isolation, nothing survives of commands run before or beside either', async () => {
    const killed = await killMidCommand('nobody', false, true)
    expect(killed).toEqual(KILLED)
    expect(killed.alive).toBeGreaterThanOrEqual(10)
  })

  it.each(setupPrograms())('isolated by %s, nothing of the command survives', async program => {
    const killed = await killMidCommand('nobody', program)
    expect(killed).toEqual(KILLED)
    expect(killed.alive).toBeGreaterThanOrEqual(5)
  })
})
