/** Child processes: captured, bounded and killable. Nothing here ever echoes a child's output. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { constants } from 'node:os'
import path from 'node:path'

export interface ProcessOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  input?: string | Buffer
  /** A file descriptor the program writes its stdout to directly, bypassing this process. */
  stdoutFd?: number
}

export interface ProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: Buffer
  stderr: Buffer
}

export class ProcessError extends Error {
  constructor(
    message: string,
    readonly result: ProcessResult
  ) {
    super(message)
    this.name = 'ProcessError'
  }
}

/** Run a program to completion and capture all of its output (for short-lived tool calls). */
export async function runProcess(
  file: string,
  args: readonly string[],
  options: ProcessOptions
): Promise<ProcessResult> {
  const out: Buffer[] = []
  const result = await streamProcess(file, args, options, chunk => out.push(chunk))
  return { ...result, stdout: Buffer.concat(out) }
}

/**
 * Run a program and hand its stdout to `onChunk` as it arrives, so that long outputs
 * (a whole history) are parsed without being held in memory at once.
 */
export function streamProcess(
  file: string,
  args: readonly string[],
  options: ProcessOptions,
  onChunk: (chunk: Buffer) => void
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', options.stdoutFd ?? 'pipe', 'pipe']
    })
    const err: Buffer[] = []
    let failure: Error | undefined
    child.stdout?.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return
      try {
        onChunk(chunk)
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e))
        child.kill('SIGKILL')
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (failure !== undefined) reject(failure)
      else resolve({ code, signal, stdout: Buffer.alloc(0), stderr: Buffer.concat(err) })
    })
    child.stdin?.on('error', () => undefined) // the child may exit before reading all input
    child.stdin?.end(options.input ?? '')
  })
}

/** Keeps only the last `limit` bytes written to it, and counts what it dropped. */
export class TailBuffer {
  private chunks: Buffer[] = []
  private held = 0
  total = 0

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length
    this.chunks.push(chunk)
    this.held += chunk.length
    if (this.held > 2 * this.limit) this.compact()
  }

  private compact(): void {
    const joined = Buffer.concat(this.chunks)
    const kept = joined.subarray(Math.max(0, joined.length - this.limit))
    this.chunks = [Buffer.from(kept)]
    this.held = kept.length
  }

  text(): string {
    this.compact()
    return this.chunks[0]?.toString('utf8') ?? ''
  }

  get dropped(): number {
    return this.total - Math.min(this.total, this.limit)
  }
}

/**
 * A program that puts the command in an isolated environment, then execs the argv appended to
 * `prefix`. It reports on file descriptor 3, before the command starts: the line
 * LAUNCHER_READY, or why it could not isolate it (the command then never runs). The command's
 * processes must all end when the program does (a PID namespace of its own, say): nothing is
 * swept after it.
 */
export interface CommandLauncher {
  prefix: readonly string[]
  /**
   * Starts `prefix` and the command in a process of the server's instead of one of rerun-action's
   * own: forking rerun-action costs milliseconds, for its size. The server's process 1 of the
   * namespace starts the command's shell itself: no intermediate shell comes between.
   */
  server?: LaunchServerChannel
}

/** Where a launcher's commands can be started (see launch-server.ts). */
export interface LaunchServerChannel {
  start(argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): StartedCommand
}

/** A command's process as runShellCommand follows it, however it was started. */
export interface StartedCommand {
  /** The leader of its process group, once it runs; rejects when it could not be started. */
  readonly pid: Promise<number>
  onStdout(listener: (chunk: Buffer) => void): void
  onStderr(listener: (chunk: Buffer) => void): void
  /** What the launcher reports on file descriptor 3. */
  onReport(listener: (chunk: Buffer) => void): void
  /** The process ended, with its code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** It ended and its output streams are all closed. */
  readonly closed: Promise<void>
  /** Signal its process group (nothing, once it is known to be gone). */
  kill(signal: NodeJS.Signals): void
  /** Stop reading its output: a process that escaped may hold the streams open forever. */
  abandon(): void
}

/** A spawned child process, followed as a StartedCommand. */
function followChild(child: ChildProcess): StartedCommand {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (code, signal) => resolve({ code, signal }))
    }
  )
  // Followed once the process runs; a spawn that fails rejects `pid` instead.
  exited.catch(() => undefined)
  const report = child.stdio[3]
  return {
    pid:
      child.pid === undefined
        ? new Promise((_, reject) => child.once('error', reject))
        : Promise.resolve(child.pid),
    onStdout: listener => child.stdout?.on('data', listener),
    onStderr: listener => child.stderr?.on('data', listener),
    onReport: listener => {
      if (report && 'on' in report) report.on('data', listener)
    },
    exited,
    closed: new Promise(resolve => child.once('close', () => resolve())),
    kill: signal => {
      if (child.pid !== undefined) killGroup(child.pid, signal)
    },
    abandon: () => {
      for (const stream of child.stdio) stream?.destroy()
    }
  }
}

export const LAUNCHER_READY = 'ready'

/**
 * Set in each command's environment to a value of its own: its processes carry it wherever
 * they go (setsid, double forks), so those left behind are found in /proc and killed.
 */
export const EXECUTION_VARIABLE = 'RERUN_ACTION_EXECUTION'

/** The launcher could not isolate the command, which did not run. */
class LaunchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LaunchError'
  }
}

export interface ShellCommandOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  tailBytes: number
  /** Time between SIGTERM and SIGKILL when the command times out. */
  killGraceMs?: number
  signal?: AbortSignal
  launcher?: CommandLauncher
  /**
   * A directory that only this execution uses (its worker directory). Without a launcher,
   * processes of this user working inside it when the command ends are the command's, and are
   * killed with the rest, also those that cleared their environment.
   */
  confine?: string
}

export interface ShellCommandResult {
  /** Exit code, or minus the signal number when killed by a signal (as Python reports it). */
  exitCode: number | null
  timedOut: boolean
  aborted: boolean
  durationMs: number
  tail: string
  totalBytes: number
  truncatedBytes: number
}

/**
 * The command runs under an intermediate shell started with the scrubbed environment, so that
 * its parent's /proc/<pid>/environ holds no secrets either (rerun-action's own process keeps the
 * environment the runner gave it). `; status=$?` keeps the shell from exec'ing the command in its
 * place; a death by signal is passed on as one, so that it is reported as datalad reports it.
 * The launch server needs none: its parent of the command is a fork of its own, which holds
 * nothing of rerun-action's environment.
 */
const INTERMEDIATE_SHELL =
  '/bin/sh -c "$1"; status=$?; if [ $status -gt 128 ] && [ $status -lt 160 ]; then trap - $((status - 128)); kill -$((status - 128)) $$; fi; exit $status'

/**
 * Random, and shared by the markers of all executions this process starts: the watchdog kills
 * by it, so it is never told a marker, and recognises those of executions it was not told of.
 */
const MARKER_PREFIX = randomUUID().slice(0, 23)

/** A marker of its own for one execution, shaped like a UUID. */
function newMarker(): string {
  return `${MARKER_PREFIX}-${randomBytes(6).toString('hex')}`
}

/** Rounds of a sweep, and the pause between them: a process may fork while it is killed. */
const SWEEP_ROUNDS = 20
const SWEEP_PAUSE_MS = 50

/**
 * What must outlive a SIGKILL of rerun-action: while it lives, sweep() does the work in this
 * process, at no cost in processes. One watchdog serves all executions of this process (a
 * process per command would cost milliseconds each); it reads its input with builtins only, and
 * is started again should it die. Executions without a launcher are registered on its input, a
 * line each: `+N DIR` (a `find -lname` pattern, empty for none), `=N GROUP` once the command
 * runs, `-N` once it has been swept. When its input ends (rerun-action died, SIGKILL included,
 * which closes the pipe, or exited) it kills the groups of the executions still registered,
 * then every process that carries one of this process's markers in its environment ($1 is the
 * part they share) or, being this user's, works in a registered directory, round after round
 * until none is left. The marker is checked whatever the uid, since only the commands'
 * descendants carry it (a root command may switch users).
 */
const WATCHDOG_SCRIPT = `
prefix=$1
live=' '
while IFS= read -r line; do
  n=\${line%% *} value=\${line#* }
  op=\${n%"\${n#?}"} n=\${n#?}
  case $n in ''|*[!0-9]*) continue ;; esac
  case $op in
    +)
      eval "confine_$n=\\$value"
      case $live in *" $n "*) ;; *) live="$live$n " ;; esac ;;
    =) eval "group_$n=\\$value" ;;
    -)
      unset "confine_$n" "group_$n"
      case $live in *" $n "*) live="\${live%% $n *} \${live#* $n }" ;; esac ;;
  esac
done
[ -d /proc/self ] || exit 0
uid=$(id -u)
set --
for n in $live; do
  eval "group=\\\${group_$n-} confine=\\\${confine_$n-}"
  if [ -n "$group" ]; then kill -s KILL -- "-$group" 2>/dev/null; fi
  if [ -n "$confine" ]; then set -- "$@" -o -lname "$confine" -o -lname "$confine/*"; fi
done
[ $# -eq 0 ] || shift
rounds=0
while [ $rounds -lt ${SWEEP_ROUNDS} ]; do
  pids=$({
    grep -lz -- "^$prefix" /proc/[0-9]*/environ
    if [ $# -gt 0 ]; then find /proc/[0-9]*/cwd -maxdepth 0 -uid "$uid" \\( "$@" \\); fi
  } 2>/dev/null | sed -n 's,^/proc/\\([0-9]*\\)/.*,\\1,p')
  [ -n "$pids" ] || exit 0
  kill -KILL $pids 2>/dev/null
  rounds=$((rounds + 1))
  sleep 0.05 2>/dev/null || sleep 1
done
`

/** How long to wait for output pipes that a process which escaped the sweep still holds. */
const PIPE_GRACE_MS = 2000

let setpriv: string | null | undefined

/** The executable `name` in the directories of PATH, then in `alsoIn`; null where there is none. */
export function findProgram(name: string, alsoIn: readonly string[] = []): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':'), ...alsoIn]
  for (const dir of dirs.filter(d => path.isAbsolute(d))) {
    const file = path.join(dir, name)
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return file
    } catch {
      // not here
    }
  }
  return null
}

/**
 * `setpriv --pdeathsig KILL` (util-linux), where it is installed: the program it execs is
 * SIGKILLed when this process dies, however it dies. A parent-death signal survives exec (of
 * programs that are not set-user-ID). Empty where there is no setpriv, or one too old for
 * --pdeathsig (util-linux before 2.33), which is tried once.
 */
export function parentDeathPrefix(): string[] {
  if (process.platform !== 'linux') return []
  if (setpriv === undefined) {
    const found = findProgram('setpriv', ['/usr/bin', '/bin'])
    const works =
      found !== null &&
      spawnSync(found, ['--pdeathsig', 'KILL', '--', '/bin/sh', '-c', ':'], { stdio: 'ignore' })
        .status === 0
    setpriv = works ? found : null
  }
  return setpriv ? [setpriv, '--pdeathsig', 'KILL'] : []
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/** `dir` resolved, or null where nothing can be confined to it (none given, or `/`). */
function confinedDir(dir: string | undefined): string | null {
  if (!dir) return null
  let real = dir
  try {
    real = fs.realpathSync.native(dir)
  } catch {
    // gone already: nothing can work in it
  }
  return real === '/' ? null : real
}

/**
 * `dir` as a `find -lname` pattern that matches it literally; a newline, which would end the
 * watchdog's line, matches as any one character (at worst a sibling's processes die too).
 */
function lnamePattern(dir: string | null): string {
  return dir === null ? '' : dir.replace(/[\\*?[\]]/g, '\\$&').replace(/\n/g, '?')
}

let watchdog: ChildProcess | undefined
let lastWatch = 0
/** What the watchdog was told of each live execution, told again to a new one. */
const watched = new Map<number, string[]>()

function tellWatchdog(line: string): void {
  watchdog?.stdin?.write(`${line}\n`)
}

/** The watchdog, started when first needed, or again when it died (it may be killed). */
function ensureWatchdog(): void {
  if (watchdog) return
  const child = spawn(
    '/bin/sh',
    ['-c', WATCHDOG_SCRIPT, 'rerun-action-watchdog', `${EXECUTION_VARIABLE}=${MARKER_PREFIX}-`],
    {
      // Neither in a command's directory nor carrying a marker, so it never sweeps itself.
      cwd: '/',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
      // Its own session and process group: killing a command's group, or a Ctrl-C, leaves it.
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore']
    }
  )
  const gone = (): void => {
    if (watchdog === child) watchdog = undefined
  }
  child.on('exit', () => {
    gone()
    // Killed (a command may, being this user's): executions that still run need another.
    if (watched.size > 0) ensureWatchdog()
  })
  child.on('error', gone)
  child.stdin?.on('error', () => undefined)
  // It must not keep this process alive: the end of its input is its cue.
  child.unref()
  ;(child.stdin as { unref?: () => void } | null)?.unref?.()
  if (child.pid === undefined) return
  watchdog = child
  for (const lines of watched.values()) for (const line of lines) tellWatchdog(line)
}

/**
 * Tells the watchdog `line` about execution `id`. The write reaches the pipe at once (libuv
 * writes to an idle pipe synchronously), so it is there before the command starts.
 */
function register(id: number, line: string): void {
  ensureWatchdog()
  watched.set(id, [...(watched.get(id) ?? []), line])
  tellWatchdog(line)
}

function unregister(id: number): void {
  watched.delete(id)
  tellWatchdog(`-${id}`)
}

const NUL = Buffer.from([0])

/** Whether `/proc/<pid>/environ` holds `record` (`\0NAME=value\0`) as one of its entries. */
function carries(pid: string, record: Buffer): boolean {
  let environ: Buffer
  try {
    environ = fs.readFileSync(`/proc/${pid}/environ`)
  } catch {
    return false // gone, or not ours to read
  }
  return Buffer.concat([NUL, environ, NUL]).includes(record)
}

/** Whether process `pid` is `uid`'s and works in `dir`, as `find -uid U -lname` tells it. */
function worksIn(pid: string, dir: string, uid: number | undefined): boolean {
  const link = `/proc/${pid}/cwd`
  try {
    if (uid !== undefined && fs.lstatSync(link).uid !== uid) return false
    const cwd = fs.readlinkSync(link)
    return cwd === dir || cwd.startsWith(`${dir}/`)
  } catch {
    return false
  }
}

/** The processes that carry `record` in their environment, or (this user's) work in `dir`. */
function leftovers(record: Buffer, dir: string | null): number[] {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc')
  } catch {
    return [] // no /proc: nothing to find
  }
  const uid = process.getuid?.()
  const spared = new Set([process.pid, watchdog?.pid])
  const found: number[] = []
  for (const entry of entries) {
    if (!/^[0-9]+$/.test(entry) || spared.has(Number(entry))) continue
    if (carries(entry, record) || (dir !== null && worksIn(entry, dir, uid)))
      found.push(Number(entry))
  }
  return found
}

/**
 * Kills, round after round until none is left, every process that carries the execution's
 * marker in its environment, whatever its uid (only the command's descendants carry it, and a
 * root command may switch users), or that is this user's and works in `dir`. In this process:
 * /proc is read directly, which costs far less than the tools a shell would run for it.
 */
async function sweep(marker: string, dir: string | null): Promise<void> {
  const record = Buffer.from(`\0${EXECUTION_VARIABLE}=${marker}\0`)
  for (let round = 0; round < SWEEP_ROUNDS; round++) {
    const found = leftovers(record, dir)
    if (found.length === 0) return
    for (const pid of found) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // gone meanwhile, or not ours to kill
      }
    }
    await new Promise(resolve => setTimeout(resolve, SWEEP_PAUSE_MS))
  }
}

/**
 * Run `cmd` with `/bin/sh -c` in its own process group, output captured (never echoed).
 * On timeout the whole group gets SIGTERM, then SIGKILL after a grace period; once the shell
 * has exited, whatever it left running is killed too, and the promise settles only then.
 *
 * Without a launcher, the shell runs under parentDeathPrefix(), and what the command left
 * running is found by its marker (EXECUTION_VARIABLE) or its directory (`confine`) and killed:
 * by sweep() when it ends, by the watchdog when rerun-action is SIGKILLed. A process that
 * clears its environment, leaves `confine` and starts a session of its own escapes that: only
 * a launcher (a PID namespace) contains it.
 */
export function runShellCommand(
  cmd: string,
  options: ShellCommandOptions
): Promise<ShellCommandResult> {
  const started = Date.now()
  const tail = new TailBuffer(options.tailBytes)
  return new Promise((resolve, reject) => {
    const marker = newMarker()
    const server = options.launcher?.server
    const shell = server
      ? ['/bin/sh', '-c', cmd]
      : ['/bin/sh', '-c', INTERMEDIATE_SHELL, 'rerun-action', cmd]
    const prefix = options.launcher?.prefix ?? parentDeathPrefix()
    const confine = options.launcher ? null : confinedDir(options.confine)
    // Registered first, so that there is no moment at which a command runs unwatched.
    const watch = options.launcher ? undefined : ++lastWatch
    if (watch !== undefined) register(watch, `+${watch} ${lnamePattern(confine)}`)
    const argv = [...prefix, ...shell]
    const env = { ...options.env, [EXECUTION_VARIABLE]: marker }
    let command: StartedCommand
    if (server) {
      command = server.start(argv, { cwd: options.cwd, env })
    } else {
      const [file = '', ...args] = argv
      const child = spawn(file, args, {
        cwd: options.cwd,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe', options.launcher ? 'pipe' : 'ignore']
      })
      if (child.pid !== undefined && watch !== undefined) register(watch, `=${watch} ${child.pid}`)
      command = followChild(child)
    }
    // Listened to at once: a server may pass on output and the report before the pid arrives.
    const launcherReport: Buffer[] = []
    if (options.launcher) command.onReport(chunk => launcherReport.push(chunk))
    command.onStdout(chunk => tail.push(chunk))
    command.onStderr(chunk => tail.push(chunk))
    command.pid.then(
      () => follow(command),
      (error: unknown) => {
        if (watch !== undefined) unregister(watch)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )

    const follow = (running: StartedCommand): void => {
      let timedOut = false
      let aborted = false
      let killTimer: NodeJS.Timeout | undefined
      let pipeTimer: NodeJS.Timeout | undefined
      const stop = (): void => {
        running.kill('SIGTERM')
        killTimer = setTimeout(() => running.kill('SIGKILL'), options.killGraceMs ?? 3000)
      }
      const timer = setTimeout(() => {
        timedOut = true
        stop()
      }, options.timeoutMs)
      const onAbort = (): void => {
        aborted = true
        stop()
      }
      if (options.signal?.aborted) onAbort()
      else options.signal?.addEventListener('abort', onAbort, { once: true })

      /** Once the command has ended, what it left has been killed, and its output is in. */
      const settle = (ended: { code: number | null; signal: NodeJS.Signals | null }): void => {
        clearTimeout(timer)
        clearTimeout(killTimer)
        clearTimeout(pipeTimer)
        options.signal?.removeEventListener('abort', onAbort)
        const { code, signal } = ended
        if (options.launcher) {
          const report = Buffer.concat(launcherReport).toString('utf8').trim()
          const [first, ...after] = report.split('\n')
          if (first === LAUNCHER_READY && after.length > 0 && !aborted) {
            reject(new Error(`the command could not be started: ${after.join('; ')}`))
            return
          }
          if (report !== LAUNCHER_READY && !aborted) {
            const detail = report || tail.text().trim() || `exit code ${code ?? signal}`
            reject(new LaunchError(`the command was not run: isolating it failed: ${detail}`))
            return
          }
        }
        let exitCode = code ?? (signal ? -constants.signals[signal] : null)
        // Under a launcher the PID namespace's init (the intermediate shell, or the server's perl)
        // cannot die by a signal it sends itself: it exits with 128+N instead, the same here.
        if (options.launcher && exitCode !== null && exitCode > 128 && exitCode < 160)
          exitCode = 128 - exitCode
        resolve({
          exitCode,
          timedOut,
          aborted,
          durationMs: Date.now() - started,
          tail: tail.text(),
          totalBytes: tail.total,
          truncatedBytes: tail.dropped
        })
      }
      running.exited.then(
        ended => {
          // What the command left in its group goes first; the sweep then finds the rest.
          running.kill('SIGKILL')
          const afterSweep = (): void => {
            // A process that escaped the sweep may hold the pipes open forever: stop reading them.
            pipeTimer = setTimeout(() => running.abandon(), PIPE_GRACE_MS)
            void running.closed.then(() => settle(ended))
          }
          if (watch === undefined) {
            afterSweep()
            return
          }
          const onSwept = (): void => {
            // The watchdog forgets the execution only now: it would sweep it if this process died.
            unregister(watch)
            afterSweep()
          }
          sweep(marker, confine).then(onSwept, onSwept)
        },
        (error: unknown) => {
          clearTimeout(timer)
          if (watch !== undefined) unregister(watch)
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      )
    }
  })
}
