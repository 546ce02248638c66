/** Child processes: captured, bounded and killable. Nothing here ever echoes a child's output. */
import { spawn } from 'node:child_process'
import { constants } from 'node:os'

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
 * LAUNCHER_READY, or why it could not isolate it (the command then never runs).
 */
export interface CommandLauncher {
  prefix: readonly string[]
}

export const LAUNCHER_READY = 'ready'

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
 */
const INTERMEDIATE_SHELL =
  '/bin/sh -c "$1"; status=$?; if [ $status -gt 128 ] && [ $status -lt 160 ]; then trap - $((status - 128)); kill -$((status - 128)) $$; fi; exit $status'

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/**
 * Run `cmd` with `/bin/sh -c` in its own process group, output captured (never echoed).
 * On timeout the whole group gets SIGTERM, then SIGKILL after a grace period; once the shell
 * has exited, whatever it left running in its group is killed too.
 */
export function runShellCommand(
  cmd: string,
  options: ShellCommandOptions
): Promise<ShellCommandResult> {
  const started = Date.now()
  const tail = new TailBuffer(options.tailBytes)
  return new Promise((resolve, reject) => {
    const shell = ['/bin/sh', '-c', INTERMEDIATE_SHELL, 'rerun-action', cmd]
    const [file = '', ...args] = [...(options.launcher?.prefix ?? []), ...shell]
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', options.launcher ? 'pipe' : 'ignore']
    })
    const pid = child.pid
    if (pid === undefined) {
      child.once('error', reject)
      return
    }
    let timedOut = false
    let aborted = false
    let killTimer: NodeJS.Timeout | undefined
    const stop = (): void => {
      killGroup(pid, 'SIGTERM')
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), options.killGraceMs ?? 3000)
    }
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, options.timeoutMs)
    const onAbort = (): void => {
      aborted = true
      stop()
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const launcherReport: Buffer[] = []
    const launcherPipe = child.stdio[3]
    if (options.launcher && launcherPipe && 'on' in launcherPipe) {
      launcherPipe.on('data', (chunk: Buffer) => launcherReport.push(chunk))
    }
    child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk))
    child.on('error', reject)
    child.on('exit', () => {
      // Background children may still hold the pipes open: end them so 'close' can come.
      killGroup(pid, 'SIGKILL')
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      if (options.launcher) {
        const report = Buffer.concat(launcherReport).toString('utf8').trim()
        if (report !== LAUNCHER_READY && !aborted) {
          const detail = report || tail.text().trim() || `exit code ${code ?? signal}`
          reject(new LaunchError(`the command was not run: isolating it failed: ${detail}`))
          return
        }
      }
      let exitCode = code ?? (signal ? -constants.signals[signal] : null)
      // Under a launcher the intermediate shell is a PID namespace's init, which cannot die by a
      // signal it sends itself: it exits with 128+N instead, which means the same here.
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
    })
  })
}
