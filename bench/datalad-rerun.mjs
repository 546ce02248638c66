// Benchmark 1: the path CI takes. A text2git dataset of trivial run commits made with real
// `datalad run`, verified with `rerun-action verify --jobs 1 --no-cache --since ''` in a plain
// `git clone` of it (what actions/checkout gives: git-annex never initialised), against
// `datalad rerun --onto= --branch verify --since=` on a fresh clone and against the floor
// (floor.mjs), at each history length, all in the same run. Also measured: the same verification
// on an annex-initialised clone and with `--isolation off`, the fixed cost before the first
// commit, and where the time per commit goes (where-time-goes.mjs). Needs datalad and git-annex.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { writeFloorScript } from './floor.mjs'
import { asJson, best, bestOfEach, CLI, gitEnv, have, measure, workDir } from './lib.mjs'
import { countProcesses, processesPerCommit, profilePerCommit } from './where-time-goes.mjs'

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

const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' })

/** The run commits of `source`, oldest first. */
function runCommits(source) {
  return git(
    source,
    'log',
    '--reverse',
    '--format=%H',
    '--fixed-strings',
    '--grep=[DATALAD RUNCMD]'
  )
    .trim()
    .split('\n')
}

/**
 * A branch of `source` at its `steps`-th run commit: a clone checked out there has a history
 * of exactly `steps` run commits, the first of the longer history.
 */
function branchAt(source, steps) {
  const branch = `first-${steps}`
  git(source, 'branch', branch, runCommits(source)[steps - 1])
  return branch
}

/** A plain `git clone` of `source` at `branch`; with `annexInit`, git-annex initialised in it. */
function cloneAt(source, branch, target, { annexInit = false } = {}) {
  git(path.dirname(target), 'clone', '--quiet', '--branch', branch, source, target)
  if (annexInit) git(target, 'annex', 'init', '--quiet')
  return target
}

function annexInitialised(repo) {
  return spawnSync('git', ['config', '--get', 'annex.uuid'], { cwd: repo }).status === 0
}

const VERIFY_OPTIONS = ['--no-cache', '--jobs', '1']
const VERDICT_LINE = /^\[\d+\/\d+\]/

/** `rerun-action verify --no-cache --jobs 1 ARGS` in `repo`, its stdout lines stamped. */
function verifyIn(repo, args, commits) {
  const run = measure([process.execPath, CLI, 'verify', ...VERIFY_OPTIONS, ...args], {
    cwd: repo,
    stamps: true,
    expectCodes: [0]
  })
  const announced = run.lines.find(line => line.text.startsWith('Verifying '))?.text ?? ''
  if (!announced.startsWith(`Verifying ${commits} run commit`))
    throw new Error(`expected ${commits} run commits in ${repo}, the CLI said: ${announced}`)
  return { ...run, isolationUnavailable: run.stderr.includes('run without isolation') }
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * When a run's stdout said what: the plan (`Verifying N run commits`), the first commit's
 * verdict line, and the median time between consecutive verdict lines (one commit's cost once
 * under way). The first verdict less that median is what came before the first commit.
 */
function progressTimes(run) {
  const planned = run.lines.find(line => line.text.startsWith('Verifying ')).seconds
  const verdicts = run.lines.filter(line => VERDICT_LINE.test(line.text)).map(l => l.seconds)
  const gap = median(verdicts.slice(1).map((t, i) => t - verdicts[i]))
  return { planned, firstVerdict: verdicts[0], gap, beforeFirst: verdicts[0] - gap }
}

/** Every row of one history length. */
function measureLength({ dir, source, steps, repeat }) {
  const branch = branchAt(source, steps)
  const plain = cloneAt(source, branch, path.join(dir, `plain-${steps}`))
  const annexed = cloneAt(source, branch, path.join(dir, `annexed-${steps}`), { annexInit: true })
  const all = ['--since', '']
  const script = path.join(dir, `floor-${steps}.sh`)
  const floorSteps = writeFloorScript({ source, branch, planRepo: plain, script })
  if (floorSteps !== steps) throw new Error(`the floor has ${floorSteps} steps, not ${steps}`)
  let clones = 0
  let floors = 0
  const { ours, onAnnexed, direct, datalad, floor } = bestOfEach(repeat, {
    ours: () => verifyIn(plain, all, steps),
    onAnnexed: () => verifyIn(annexed, all, steps),
    direct: () => verifyIn(plain, [...all, '--isolation', 'off'], steps),
    datalad: () => {
      // A fresh clone each time: rerun makes its branch there.
      const clone = cloneAt(source, branch, path.join(dir, `datalad-${steps}-${++clones}`))
      return measure(['datalad', 'rerun', '--onto=', '--branch', 'verify', '--since='], {
        cwd: clone,
        env: gitEnv,
        expectCodes: [0]
      })
    },
    floor: () => {
      const target = path.join(dir, `floor-${steps}-${++floors}`)
      const run = measure(['sh', script, target], { env: gitEnv, expectCodes: [0] })
      fs.rmSync(target, { recursive: true, force: true })
      return run
    }
  })
  if (annexInitialised(plain))
    throw new Error(`verifying initialised git-annex in the plain clone ${plain}`)
  return {
    steps,
    plain,
    annexed,
    ours: { ...ours, progress: progressTimes(ours) },
    onAnnexed: { ...onAnnexed, progress: progressTimes(onAnnexed) },
    direct: { ...direct, progress: progressTimes(direct) },
    datalad,
    floor,
    floorScript: script
  }
}

/**
 * The fixed cost before the first commit as runs apart from the full ones (whose progress stamps
 * measure it too) show it, on the shortest history: `verify --plan` (node start and planning) on
 * both clones, and a verification of one commit.
 */
function measureFixedCost(shortest, repeat) {
  const plan = repo =>
    best(repeat, () =>
      measure([process.execPath, CLI, 'verify', '--plan', '--since', ''], {
        cwd: repo,
        expectCodes: [0]
      })
    )
  return {
    planPlain: plan(shortest.plain),
    planAnnexed: plan(shortest.annexed),
    oneCommit: best(repeat, () => verifyIn(shortest.plain, ['--since', 'HEAD~1'], 1))
  }
}

/**
 * Processes and profile of the shortest history, on the plain clone, isolated and not; and the
 * processes of the floor's script.
 */
function whereTimeGoes(dir, shortest, repeat) {
  const seed = git(shortest.plain, 'rev-parse', `${runCommits(shortest.plain)[0]}^`).trim()
  const measureWith = extra => {
    const options = {
      cwd: shortest.plain,
      scratch: dir,
      commits: shortest.steps,
      repeat,
      // The same shape of range in both runs, so that only the number of commits differs.
      verifyArgs: [...VERIFY_OPTIONS, '--since', seed, ...extra],
      oneCommitArgs: [...VERIFY_OPTIONS, '--since', 'HEAD~1', ...extra]
    }
    return { processes: processesPerCommit(options), profile: profilePerCommit(options) }
  }
  const floorClone = path.join(dir, 'floor-traced')
  const floor = have('strace')
    ? countProcesses(['sh', shortest.floorScript, floorClone], {
        cwd: dir,
        traceFile: path.join(dir, 'floor.trace')
      })
    : null
  fs.rmSync(floorClone, { recursive: true, force: true })
  return { isolated: measureWith([]), direct: measureWith(['--isolation', 'off']), floor }
}

export function benchDataladRerun({ lengths = [40, 200], repeat = 2 } = {}) {
  if (!have('datalad') || !have('git-annex'))
    return { skipped: 'datalad or git-annex is not installed' }
  const dir = workDir('datalad')
  try {
    const source = path.join(dir, 'ds')
    makeDataladHistory(source, Math.max(...lengths))
    const rows = lengths.map(steps => measureLength({ dir, source, steps, repeat }))
    const [shortest] = rows
    return {
      rows,
      fixed: measureFixedCost(shortest, repeat + 1),
      where: whereTimeGoes(dir, shortest, repeat)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lengths = process.argv.slice(2).map(Number)
  console.log(asJson(benchDataladRerun(lengths.length > 0 ? { lengths } : {})))
}
