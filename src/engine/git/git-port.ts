/**
 * The one way rerun-action starts git or git-annex: every process gets the hardened environment
 * and options of git-environment.ts. Nothing else in the code base spawns git (a test checks).
 * simple-git for one-shot text queries; captured or streamed processes for binary output, stdin
 * and long listings.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { simpleGit, type SimpleGit } from 'simple-git'
import { ProcessError, runProcess, streamProcess, type ProcessResult } from '../process.js'
import { HARDENED_CONFIG, hardenedArguments, hardenedEnvironment } from './git-environment.js'

export interface GitCallOptions {
  cwd: string
  input?: string | Buffer
  /** More variables (GIT_DIR, GIT_INDEX_FILE, ...) on top of the hardened environment. */
  env?: Readonly<Record<string, string>>
  /** A file descriptor git writes its stdout to directly. */
  stdoutFd?: number
}

function spawnOptions(options: GitCallOptions) {
  return {
    cwd: options.cwd,
    input: options.input,
    stdoutFd: options.stdoutFd,
    env: hardenedEnvironment(process.env, options.env)
  }
}

/** Run `git ARGS` to completion, output captured. */
export function runGit(args: readonly string[], options: GitCallOptions): Promise<ProcessResult> {
  return runProcess('git', hardenedArguments(args), spawnOptions(options))
}

/** Like runGit, but a non-zero exit throws, naming the subcommand and git's message. */
export async function gitOutput(args: readonly string[], options: GitCallOptions): Promise<Buffer> {
  const result = await runGit(args, options)
  if (result.code !== 0) {
    const subcommand = args.find(arg => !arg.startsWith('-')) ?? ''
    const detail = result.stderr.toString('utf8').trim() || `exit ${result.code ?? result.signal}`
    throw new ProcessError(`git ${subcommand} failed: ${detail}`, result)
  }
  return result.stdout
}

/** Run `git ARGS`, handing stdout to `onChunk` as it arrives (whole histories, large listings). */
export function streamGit(
  args: readonly string[],
  options: GitCallOptions,
  onChunk: (chunk: Buffer) => void
): Promise<ProcessResult> {
  return streamProcess('git', hardenedArguments(args), spawnOptions(options), onChunk)
}

/**
 * A simple-git instance for one-shot text queries in `dir`, hardened like every other call.
 * simple-git refuses to pass hook, fsmonitor, pager, editor, askpass and config-path settings
 * unless told: here they are the hardening itself, each set to a value that disables it.
 */
export function simpleGitAt(dir: string): SimpleGit {
  const env = hardenedEnvironment()
  return simpleGit({
    baseDir: dir,
    trimmed: false,
    allowEnvironment: Object.keys(env),
    config: [...HARDENED_CONFIG],
    unsafe: {
      allowUnsafeHooksPath: true,
      allowUnsafeFsMonitor: true,
      allowUnsafeConfigPaths: true,
      allowUnsafePager: true,
      allowUnsafeEditor: true,
      allowUnsafeAskPass: true
    }
  }).env(env)
}

/** Start a long-running git process (`cat-file --batch`) that the caller talks to over stdio. */
export function startGit(args: readonly string[], options: GitCallOptions): ChildProcess {
  return spawn('git', hardenedArguments(args), {
    cwd: options.cwd,
    env: hardenedEnvironment(process.env, options.env),
    stdio: ['pipe', 'pipe', 'pipe']
  })
}
