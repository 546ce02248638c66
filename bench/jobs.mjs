// Benchmark 3: `--jobs 1` against `--jobs N` on CPU-bound run commits. Target: at least 0.8*N
// times faster on N cores.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { best, CLI, gitEnv, measure, workDir } from './lib.mjs'

/** A busy loop in awk: pure CPU, deterministic output. */
const BUSY = (n, out) =>
  `awk 'BEGIN { s = 0; for (i = 0; i < ${n}; i++) s += i % 7; print s }' > ${out}`

export function makeCpuBoundDataset(dir, steps, iterations) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: gitEnv })
  git('init', '--quiet', '--initial-branch=main')
  const dsid = crypto.randomUUID()
  fs.mkdirSync(path.join(dir, '.datalad'))
  fs.writeFileSync(path.join(dir, '.datalad/config'), `[datalad "dataset"]\n\tid = ${dsid}\n`)
  git('add', '.')
  git('commit', '--quiet', '-m', 'init')
  for (let i = 0; i < steps; i++) {
    const shell = BUSY(iterations, `out${i}.txt`)
    execFileSync('sh', ['-c', shell], { cwd: dir })
    // In a run record, literal braces are doubled (placeholders are Python str.format fields).
    const cmd = shell.replace(/[{}]/g, '$&$&')
    git('add', '.')
    const record = {
      chain: [],
      cmd,
      dsid,
      exit: 0,
      extra_inputs: [],
      inputs: [],
      outputs: [`out${i}.txt`],
      pwd: '.'
    }
    git(
      'commit',
      '--quiet',
      '-m',
      `[DATALAD RUNCMD] busy ${i}\n\n=== Do not change lines below ===\n${JSON.stringify(record, null, 1)}\n^^^ Do not change lines above ^^^`
    )
  }
}

export function benchJobs({ steps = 8, iterations = 25_000_000, repeat = 2 } = {}) {
  const jobs = os.availableParallelism()
  const dir = workDir('jobs')
  try {
    makeCpuBoundDataset(dir, steps, iterations)
    const run = n =>
      best(repeat, () =>
        measure(
          [process.execPath, CLI, 'verify', '--no-cache', '--jobs', String(n), '--repo', dir],
          { expectCodes: [0] }
        )
      )
    const one = run(1)
    const many = run(jobs)
    return { steps, jobs, one, many, speedup: one.seconds / many.seconds, target: 0.8 * jobs }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchJobs(), null, 2))
}
