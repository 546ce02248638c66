/**
 * Helpers of the isolation tests: running as an unprivileged user (a CI runner's case) while
 * the tests run as root, and running replays in a separate node process (isolation-driver.ts),
 * which can be run as that user or killed with SIGKILL. The driver imports the engine's own
 * source, transpiled file by file: jest's transform does not exist outside jest.
 */
import { describe } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { describeWithNamespaces, PROJECT_ROOT } from '../helpers/dataset.js'
import type { DriverJob, DriverOutcome } from './isolation-driver.js'

export const NOBODY = 65534

const canSwitchUsers = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0
if (process.getuid?.() !== 0) {
  console.warn('SKIPPING the non-root isolation tests: they switch users, which needs root')
} else if (!canSwitchUsers) {
  console.warn('SKIPPING the non-root isolation tests: setpriv (util-linux) is not installed')
}

/** `describe` for isolation tests run as `nobody`: skipped (with the warning above) where they cannot be. */
export const describeAsNobody = canSwitchUsers ? describeWithNamespaces : describe.skip

/** The argv that runs `argv` as `nobody`, with no supplementary groups. */
export function asNobody(argv: readonly string[]): string[] {
  return ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', ...argv]
}

/** Hand `paths` (recursively) to `nobody`. */
export function giveToNobody(...paths: string[]): void {
  for (const p of paths) {
    const result = spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, p], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`chown ${p} failed: ${result.stderr}`)
  }
}

export type User = 'root' | 'nobody'

const DRIVER = path.join(PROJECT_ROOT, '__tests__', 'hardening', 'isolation-driver.ts')
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g

/**
 * The driver and every source file it imports, transpiled into a directory of their own that
 * everyone can read (the driver also runs as `nobody`). Returns the driver's path there.
 */
export function transpileDriver(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-isolation-driver-'))
  fs.chmodSync(out, 0o755)
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(out, 'node_modules'))
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n')
  const pending = [DRIVER]
  const done = new Set<string>()
  while (pending.length > 0) {
    const file = pending.pop() ?? ''
    if (done.has(file)) continue
    done.add(file)
    const source = fs.readFileSync(file, 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    })
    const target = path.join(out, path.relative(PROJECT_ROOT, file).replace(/\.ts$/, '.js'))
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 })
    fs.writeFileSync(target, outputText, { mode: 0o644 })
    for (const [, specifier] of source.matchAll(RELATIVE_IMPORT)) {
      pending.push(path.resolve(path.dirname(file), `${specifier}.ts`))
    }
  }
  return path.join(out, path.relative(PROJECT_ROOT, DRIVER).replace(/\.ts$/, '.js'))
}

/**
 * Start the driver on `job` as `user`, under `wrapper` (an argv it appends the driver's to);
 * its outcome is the JSON it prints.
 */
export function startDriver(
  driver: string,
  job: DriverJob,
  user: User,
  env: NodeJS.ProcessEnv,
  wrapper: readonly string[] = []
): ChildProcess {
  const argv = [...wrapper, process.execPath, driver, JSON.stringify(job)]
  const [file = '', ...args] = user === 'nobody' ? asNobody(argv) : argv
  return spawn(file, args, { cwd: '/', env, stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Run the driver on `job` as `user` (under `wrapper`) to its end. */
export function runDriver(
  driver: string,
  job: DriverJob,
  user: User,
  env: NodeJS.ProcessEnv,
  wrapper: readonly string[] = []
): Promise<DriverOutcome> {
  const child = startDriver(driver, job, user, env, wrapper)
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => {
      const text = Buffer.concat(out).toString('utf8')
      try {
        resolve(JSON.parse(text) as DriverOutcome)
      } catch {
        reject(
          new Error(`the driver exited ${code}:\n${text}${Buffer.concat(err).toString('utf8')}`)
        )
      }
    })
  })
}

/** Ids of the live processes whose command line holds `marker`. */
export function processesWith(marker: string): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let cmdline: string
    let status: string
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
    } catch {
      continue // gone meanwhile
    }
    if (/^State:\s+Z/m.test(status)) continue // dead, waiting for its parent to notice
    if (cmdline.split('\0').some(arg => arg.includes(marker))) found.push(Number(entry))
  }
  return found
}

/** SIGKILL every process whose command line holds `marker` (a test's cleanup). */
export function killProcessesWith(marker: string): void {
  for (const pid of processesWith(marker)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** Wait until `condition` holds, checking every 50 ms, for at most `limitMs` (then false). */
export async function eventually(condition: () => boolean, limitMs = 30_000): Promise<boolean> {
  const end = Date.now() + limitMs
  while (!condition()) {
    if (Date.now() > end) return false
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return true
}
