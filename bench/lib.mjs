// Shared pieces of the benchmarks: timing, peak memory of a child process, machine description.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI = process.env.RERUN_ACTION_CLI ?? path.join(ROOT, 'dist', 'cli.js')

export const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org'
}

export function workDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rerun-bench-${name}-`))
  return dir
}

export function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

/**
 * Run a command, return wall seconds and the peak RSS (MiB) of its largest process, measured by
 * getrusage(RUSAGE_CHILDREN) in a tiny Python wrapper (node cannot see its children's peak).
 */
export function measure(argv, options = {}) {
  const wrapper =
    'import resource, subprocess, sys, time\n' +
    't = time.perf_counter(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n' +
    'dt = time.perf_counter() - t\n' +
    'print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n' +
    'sys.stderr.write(r.stderr.decode("utf8", "replace")[-2000:])'
  const result = spawnSync('python3', ['-c', wrapper, ...argv], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const [seconds, maxKiB, code] = result.stdout.trim().split(' ').map(Number)
  if (options.expectCodes && !options.expectCodes.includes(code)) {
    throw new Error(`${argv.join(' ')} exited ${code}: ${result.stderr}`)
  }
  return { seconds, peakMiB: maxKiB / 1024, code }
}

/** Best of `repeat` runs (the least disturbed by a noisy machine). */
export function best(repeat, run) {
  let winner
  for (let i = 0; i < repeat; i++) {
    const m = run()
    if (!winner || m.seconds < winner.seconds) winner = m
  }
  return winner
}

export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const tool = argv => {
    try {
      return execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' }).split('\n')[0].trim()
    } catch {
      return 'absent'
    }
  }
  return {
    date: new Date().toISOString(),
    cpu: `${cpu}, ${os.cpus().length} cores`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    git: tool(['git', '--version']),
    annex: tool(['git', 'annex', 'version', '--raw']),
    datalad: tool(['datalad', '--version'])
  }
}
