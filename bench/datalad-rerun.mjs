// Benchmark 1: 200 run commits of trivial commands made with real `datalad run`;
// `rerun-action verify --jobs 1` against `datalad rerun --onto= --branch verify --since=` on a clone.
// Target: at least 10x faster. Needs datalad and git-annex.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { best, CLI, gitEnv, have, measure, workDir } from './lib.mjs'

export function makeDataladHistory(dir, steps) {
  const run = (...args) =>
    execFileSync(args[0], args.slice(1), { cwd: dir, env: gitEnv, stdio: 'ignore' })
  execFileSync('datalad', ['create', '-c', 'text2git', dir], { env: gitEnv, stdio: 'ignore' })
  fs.writeFileSync(path.join(dir, 'seed.txt'), 'seed\n')
  run('datalad', 'save', '-m', 'seed')
  for (let i = 0; i < steps; i++) {
    const input = i === 0 ? 'seed.txt' : `step${i - 1}.txt`
    run(
      'datalad',
      'run',
      '-m',
      `step ${i}`,
      '-i',
      input,
      '-o',
      `step${i}.txt`,
      `cat {inputs} > {outputs} && echo ${i} >> {outputs}`
    )
  }
}

export function benchDataladRerun({ steps = 200 } = {}) {
  if (!have('datalad') || !have('git-annex'))
    return { skipped: 'datalad or git-annex is not installed' }
  const dir = workDir('datalad')
  try {
    const source = path.join(dir, 'ds')
    makeDataladHistory(source, steps)
    // Best of two runs each: datalad's own time varies by a fifth from run to run here.
    const verifyAll = (...options) =>
      best(2, () =>
        measure(
          [process.execPath, CLI, 'verify', '--no-cache', '--jobs', '1', '--since', '', ...options],
          { cwd: source, expectCodes: [0] }
        )
      )
    const ours = verifyAll()
    // The price of running each command in its own namespaces, measured in the same run.
    const direct = verifyAll('--isolation', 'off')
    let clones = 0
    const datalad = best(2, () => {
      // A fresh clone each time: rerun makes its branch there.
      const clone = path.join(dir, `clone-${++clones}`)
      execFileSync('git', ['clone', '--quiet', source, clone])
      return measure(['datalad', 'rerun', '--onto=', '--branch', 'verify', '--since='], {
        cwd: clone,
        env: gitEnv,
        expectCodes: [0]
      })
    })
    return {
      steps,
      ours,
      direct,
      datalad,
      speedup: datalad.seconds / ours.seconds,
      directSpeedup: datalad.seconds / direct.seconds,
      target: 10
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const steps = Number(process.argv[2] ?? 200)
  console.log(JSON.stringify(benchDataladRerun({ steps }), null, 2))
}
