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
 * What the wrapper below reports of one run: wall seconds from just before the process is
 * started; peak RSS (MiB) of the largest process of its tree and the CPU seconds of the whole
 * tree, from getrusage(RUSAGE_CHILDREN) (node cannot see its children's); with `stamps`, each
 * line of stdout with the second it arrived, read as the process writes it.
 */
const MEASURE_WRAPPER = `
import json, resource, subprocess, sys, threading, time
stamps = sys.argv[1] == "stamps"
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE if stamps else subprocess.DEVNULL, stderr=subprocess.PIPE)
errors = []
reader = threading.Thread(target=lambda: errors.append(child.stderr.read()))
reader.start()
lines = []
if stamps:
    for line in child.stdout:
        lines.append([time.perf_counter() - start, line.decode("utf8", "replace").rstrip("\\n")])
code = child.wait()
seconds = time.perf_counter() - start
reader.join()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "peakKiB": usage.ru_maxrss, "userSeconds": usage.ru_utime - before.ru_utime,
                  "systemSeconds": usage.ru_stime - before.ru_stime, "code": code, "lines": lines,
                  "stderr": errors[0].decode("utf8", "replace")[-4000:]}))
`

let pythonPath
/** The interpreter itself: a version manager's shim would add its own processes to each run. */
function python() {
  pythonPath ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8'
  }).trim()
  return pythonPath
}

/**
 * Run a command: wall seconds, peak memory and CPU of its process tree, its exit code, the tail
 * of its stderr and, with `options.stamps`, its stdout lines stamped with their arrival
 * ({ seconds, text }).
 */
export function measure(argv, options = {}) {
  const result = spawnSync(
    python(),
    ['-c', MEASURE_WRAPPER, options.stamps ? 'stamps' : 'quiet', ...argv],
    {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  )
  if (result.status !== 0) throw new Error(`measuring ${argv.join(' ')} failed: ${result.stderr}`)
  const run = JSON.parse(result.stdout)
  if (options.expectCodes && !options.expectCodes.includes(run.code)) {
    throw new Error(`${argv.join(' ')} exited ${run.code}: ${run.stderr}`)
  }
  return {
    seconds: run.seconds,
    peakMiB: run.peakKiB / 1024,
    userSeconds: run.userSeconds,
    systemSeconds: run.systemSeconds,
    code: run.code,
    stderr: run.stderr,
    lines: run.lines.map(([seconds, text]) => ({ seconds, text }))
  }
}

/** `value` as indented JSON, maps as objects (for a benchmark run on its own). */
export const asJson = value =>
  JSON.stringify(value, (_key, v) => (v instanceof Map ? Object.fromEntries(v) : v), 2)

/** Best of `repeat` runs (the least disturbed by a noisy machine). */
export function best(repeat, run) {
  let winner
  for (let i = 0; i < repeat; i++) {
    const m = run()
    if (!winner || m.seconds < winner.seconds) winner = m
  }
  return winner
}

/**
 * The best of `repeat` runs of each of `runs`, taken in rounds (a, b, c, a, b, c…): on a machine
 * that slows down run after run (this VM's disk does), every one is slowed alike.
 */
export function bestOfEach(repeat, runs) {
  const winners = {}
  for (let i = 0; i < repeat; i++) {
    for (const [name, run] of Object.entries(runs)) {
      const m = run()
      if (!winners[name] || m.seconds < winners[name].seconds) winners[name] = m
    }
  }
  return winners
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
