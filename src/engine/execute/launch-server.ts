/**
 * One perl process per verification that starts every isolated command (its script is
 * isolation-setup.ts's launchServerCommand). rerun-action's own fork costs milliseconds for its
 * size, and a new perl must compile the launch each time: the server forks itself, a process of
 * a few megabytes with the launch compiled, and relays each command's output, report and exit
 * back over its pipes; a worker's next launch it prepares while rerun-action is busy between
 * commands. It dies with rerun-action (and every launch with it), and ends by itself when its
 * requests end and its launches are over.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import type { LaunchServerChannel, StartedCommand } from '../process.js'

type Ended = { code: number | null; signal: NodeJS.Signals | null }

const SIGNAL_NAMES = new Map(
  Object.entries(constants.signals).map(([name, number]) => [number, name as NodeJS.Signals])
)

/** The three streams a launch has: output, error output and the launcher's report. */
const STREAMS = ['O', 'E', 'R'] as const

type Listener = (chunk: Buffer) => void

/** One command started by the server, as runShellCommand follows it. */
class Launch {
  private readonly listeners: Record<(typeof STREAMS)[number], Listener[]> = { O: [], E: [], R: [] }
  /** Streams not closed yet (and not abandoned). */
  private readonly open = new Set<string>(STREAMS)
  private exitSeen = false
  private settlePid!: { resolve: (pid: number) => void; reject: (e: Error) => void }
  private settleExit!: { resolve: (ended: Ended) => void; reject: (e: Error) => void }
  private resolveClosed!: () => void
  readonly command: StartedCommand

  /**
   * @param forget called once nothing more is to come of this launch
   * @param kill signals its process group
   */
  constructor(
    private readonly forget: () => void,
    kill: (signal: NodeJS.Signals) => void
  ) {
    const pid = new Promise<number>((resolve, reject) => (this.settlePid = { resolve, reject }))
    const exited = new Promise<Ended>((resolve, reject) => (this.settleExit = { resolve, reject }))
    // Followed only once the command runs: a launch that never started rejects `pid` instead.
    exited.catch(() => undefined)
    const closed = new Promise<void>(resolve => (this.resolveClosed = resolve))
    this.command = {
      pid,
      onStdout: listener => this.listeners.O.push(listener),
      onStderr: listener => this.listeners.E.push(listener),
      onReport: listener => this.listeners.R.push(listener),
      exited,
      closed,
      kill,
      abandon: () => {
        this.open.clear()
        this.streamsClosed()
      }
    }
  }

  /** One event of the server's about this launch. */
  handle(type: string, data: Buffer): void {
    if (type === 'S') {
      this.settlePid.resolve(Number(data.toString('latin1')))
    } else if (type === 'F') {
      this.fail(new Error(data.toString('utf8')))
    } else if (type === 'O' || type === 'E' || type === 'R') {
      if (this.open.has(type)) for (const listener of this.listeners[type]) listener(data)
    } else if (type === 'C') {
      if (this.open.delete(data.toString('latin1')) && this.open.size === 0) this.streamsClosed()
    } else if (type === 'X') {
      const status = Number(data.toString('latin1'))
      const signal = status & 0x7f
      this.settleExit.resolve(
        signal === 0
          ? { code: status >> 8, signal: null }
          : { code: null, signal: SIGNAL_NAMES.get(signal) ?? 'SIGKILL' }
      )
      // Its streams may close before the server sees it exit, or after.
      this.exitSeen = true
      if (this.open.size === 0) this.forget()
    }
  }

  /** The server ended or could not start it: whatever has not happened yet never will. */
  fail(error: Error): void {
    this.settlePid.reject(error)
    this.settleExit.reject(error)
    this.open.clear()
    this.resolveClosed()
    this.forget()
  }

  private streamsClosed(): void {
    this.resolveClosed()
    if (this.exitSeen) this.forget()
  }
}

export class LaunchServer implements LaunchServerChannel {
  private server: ChildProcess | null = null
  private buffer: Buffer = Buffer.alloc(0)
  private errors = ''
  private lastId = 0
  private closed = false
  private readonly launches = new Map<number, Launch>()

  /** @param command the server's argv (launchServerCommand) */
  constructor(private readonly command: readonly string[]) {}

  start(argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): StartedCommand {
    const id = ++this.lastId
    const launch = new Launch(
      () => {
        this.launches.delete(id)
        if (this.launches.size === 0) this.hold(false)
      },
      signal => this.signal(id, signal)
    )
    this.launches.set(id, launch)
    const env = Object.entries(options.env).flatMap(([name, value]) =>
      value === undefined ? [] : [`${name}=${value}`]
    )
    const fields = [
      'launch',
      String(id),
      options.cwd,
      String(argv.length),
      ...argv,
      String(env.length),
      ...env
    ]
    if (fields.some(field => field.includes('\0'))) {
      launch.fail(new Error('a NUL byte in the command, its directory or its environment'))
      return launch.command
    }
    // A server started after close() would never be told that no more launches come.
    if (this.closed) {
      launch.fail(new Error('the launch server was closed: the verification is over'))
      return launch.command
    }
    this.hold(true)
    this.send(fields)
    return launch.command
  }

  private send(fields: readonly string[]): void {
    const request = Buffer.from(fields.join('\0'), 'utf8')
    const server = this.server ?? this.startServer()
    server.stdin?.write(Buffer.concat([Buffer.from(`${request.length}\n`), request]))
  }

  /** Signal a launch's process group, through the server, which knows whether it still runs. */
  private signal(id: number, signal: NodeJS.Signals): void {
    if (this.launches.has(id)) this.send(['kill', String(id), String(constants.signals[signal])])
  }

  /** No more launches, for good: the server ends once those running are over. */
  close(): void {
    this.closed = true
    this.server?.stdin?.end()
    this.server = null
  }

  private startServer(): ChildProcess {
    const [file = 'perl', ...args] = this.command
    // The server's own environment is what /proc shows of it: nothing of rerun-action's.
    const server = spawn(file, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    this.server = server
    this.buffer = Buffer.alloc(0)
    this.errors = ''
    server.stdin?.on('error', () => undefined)
    server.stdout?.on('data', (chunk: Buffer) => this.receive(chunk))
    // Perl's own complaints, should it fail: the last few kilobytes say why.
    server.stderr?.on('data', (chunk: Buffer) => {
      this.errors = (this.errors + chunk.toString('utf8')).slice(-4096)
    })
    const ended = (why: string): void => {
      if (this.server === server) this.server = null
      const error = new Error(
        `the launch server ended (${why})${this.errors ? `: ${this.errors.trim()}` : ''}`
      )
      for (const launch of [...this.launches.values()]) launch.fail(error)
    }
    server.on('error', error => ended(error.message))
    server.on('close', (code, signal) => ended(`exit ${code ?? signal}`))
    return server
  }

  /**
   * The server keeps rerun-action running while launches are under way (their events are still
   * to come), and only then: a verification that is over does not wait for it.
   */
  private hold(busy: boolean): void {
    const server = this.server
    if (!server) return
    for (const handle of [server, server.stdin, server.stdout, server.stderr]) {
      if (handle && 'ref' in handle && typeof handle.ref === 'function') {
        if (busy) handle.ref()
        else if ('unref' in handle && typeof handle.unref === 'function') handle.unref()
      }
    }
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk
    for (;;) {
      const newline = this.buffer.indexOf(0x0a)
      if (newline < 0) return
      const [type = '', id = '', length = ''] = this.buffer
        .subarray(0, newline)
        .toString('latin1')
        .split(' ')
      const end = newline + 1 + Number(length)
      if (this.buffer.length < end) return
      const data = Buffer.from(this.buffer.subarray(newline + 1, end))
      this.buffer = this.buffer.subarray(end)
      this.launches.get(Number(id))?.handle(type, data)
    }
  }
}
