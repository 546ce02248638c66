// `npm run bench`: every benchmark of issues 4, 6 and 13 in one run on this machine, each compared
// with its peer in the same run, written to BENCHMARKS.md. Takes a quarter of an hour or more.
// `npm run bench -- --quick`: the same on small sizes, printed rather than written: a fast check
// of the benchmarks themselves, too small to judge a target by.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { benchDataladRerun } from './datalad-rerun.mjs'
import { benchJobs } from './jobs.mjs'
import { benchMemory } from './memory.mjs'
import { ROOT, machine } from './lib.mjs'
import { benchPlan } from './plan.mjs'
import { PROFILE_CATEGORIES } from './where-time-goes.mjs'

const quick = process.argv.includes('--quick')
/**
 * Issue 13's targets: speed-up over datalad rerun at the shorter and the longer history, at most
 * this many times the floor, seconds before the first commit, peak memory growth from the
 * shorter to the longer history; and issue 6's plan against git log.
 */
const TARGET = {
  dataladShort: 10,
  dataladLong: 15,
  floor: 1.5,
  fixedSeconds: 0.3,
  memoryGrowth: 1.1,
  planRatio: 2
}
const log = message => process.stderr.write(`${message}\n`)

log('benchmark 1: the path CI takes (makes the history with datalad run, then verifies it)…')
const rerun = benchDataladRerun(quick ? { lengths: [4, 12], repeat: 1 } : {})
log('benchmark 2: verify --plan vs bare git log, on a plain clone…')
const plan = await benchPlan(quick ? { commits: 5000 } : {})
const planSmall = await benchPlan({ commits: quick ? 500 : 5000 })
log('benchmark 3: --jobs 1 vs --jobs N on CPU-bound steps…')
const jobs = benchJobs(quick ? { steps: 4, iterations: 3_000_000 } : {})
log('benchmark 4: comparing a 1 GiB output vs md5sum…')
const compare = execFileSync(
  process.execPath,
  [path.join(ROOT, 'bench', 'compare-throughput.mjs'), quick ? '64' : '1024'],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  }
)

log('benchmark 5: memory against the length of the history…')
const memory = benchMemory(quick ? { lengths: [10, 40, 100] } : {})

const inSeconds = value => `${value.toFixed(2)} s`
const inMiB = value => `${value.toFixed(0)} MiB`
const seconds = m => inSeconds(m.seconds)
const peak = m => inMiB(m.peakMiB)
const ms = s => `${(s * 1000).toFixed(1)} ms`
const cpu = m => `${m.userSeconds.toFixed(2)} + ${m.systemSeconds.toFixed(2)} s`
const times = x => `${x.toFixed(1)}×`

/**
 * A target as a budget: `actual` may be at most `allowed` (both as `format` shows them). Says
 * met or **not met**, and by how much either way.
 */
function budget(actual, allowed, format = inSeconds) {
  const margin = Math.abs(allowed - actual)
  const share = `${((margin / allowed) * 100).toFixed(0)}%`
  return actual <= allowed
    ? `met: ${format(margin)} (${share}) to spare`
    : `**not met**: ${format(margin)} over the ${format(allowed)} it allows (${share} too much)`
}

const about = machine()
const lines = [
  '# Benchmarks',
  '',
  'Made by `npm run bench` (bench/run-all.mjs). Every figure is compared with its peer measured in the',
  'same run on the same data, because machines here are noisy; times are the best of the repeats.',
  '',
  `- date: ${about.date}`,
  `- machine: ${about.cpu}, ${about.memory}, ${about.os}`,
  `- tools: node ${about.node}, ${about.git}, git-annex ${about.annex}, datalad ${about.datalad}`,
  ''
]

const measured = !('skipped' in rerun)
const [short, long] = measured ? rerun.rows : []
const commitsOf = row => `${row.steps} run commits`

lines.push('## Targets (issue 13)', '')
lines.push(
  'rerun-action is measured on the path CI takes: a plain `git clone` (git-annex never initialised),',
  "`--jobs 1 --no-cache --since ''`, commands isolated (the default). Each target is a budget: the",
  'time (or memory) it allows, against what was measured.',
  '',
  '| target | measured | verdict |',
  '|---|---|---|'
)
if (measured) {
  for (const [row, factor] of [
    [short, TARGET.dataladShort],
    [long, TARGET.dataladLong]
  ]) {
    lines.push(
      `| ≥ ${factor}× faster than \`datalad rerun\`, ${commitsOf(row)} | ${times(row.datalad.seconds / row.ours.seconds)} (${seconds(row.ours)} against ${seconds(row.datalad)}) | ${budget(row.ours.seconds, row.datalad.seconds / factor)} |`
    )
  }
  for (const row of rerun.rows) {
    lines.push(
      `| ≤ ${TARGET.floor}× the floor, ${commitsOf(row)} | ${times(row.ours.seconds / row.floor.seconds)} (${seconds(row.ours)} against ${seconds(row.floor)}) | ${budget(row.ours.seconds, row.floor.seconds * TARGET.floor)} |`
    )
  }
  const fixed = short.ours.progress.beforeFirst
  lines.push(
    `| fixed cost before the first commit ≤ ${inSeconds(TARGET.fixedSeconds)} | ${inSeconds(fixed)} | ${budget(fixed, TARGET.fixedSeconds)} |`
  )
} else lines.push(`| benchmark 1 | skipped: ${rerun.skipped} | – |`)
{
  const [shortest, , longest] = memory
  const growth = `at most ${((TARGET.memoryGrowth - 1) * 100).toFixed(0)}% more at ${longest.runs} than at ${shortest.runs} run commits, section 5`
  lines.push(
    `| peak memory flat in history length (${growth}) | ${memory.map(m => inMiB(m.peakMiB)).join(' → ')} | ${budget(longest.peakMiB, shortest.peakMiB * TARGET.memoryGrowth, inMiB)} |`,
    `| memory kept flat in history length (live heap at the report, after a full collection; ${growth}) | ${memory.map(m => inMiB(m.liveMiB)).join(' → ')} | ${budget(longest.liveMiB, shortest.liveMiB * TARGET.memoryGrowth, inMiB)} |`
  )
}
lines.push(
  `| planning ${plan.commits} commits ≤ ${TARGET.planRatio}× a bare \`git log\`, plain clone | ${times(plan.ratio)} (${seconds(plan.plan)} against ${seconds(plan.gitLog)}) | ${budget(plan.plan.seconds, TARGET.planRatio * plan.gitLog.seconds)} |`,
  `| \`--jobs ${jobs.jobs}\` ≥ ${jobs.target.toFixed(1)}× faster than \`--jobs 1\` | ${jobs.speedup.toFixed(2)}× | ${budget(jobs.many.seconds, jobs.one.seconds / jobs.target)} |`,
  ''
)

lines.push('## 1. Verifying on the path CI takes (issue 13)', '')
if (!measured) lines.push(`Skipped: ${rerun.skipped}.`, '')
else {
  const { isolated, direct } = rerun.where
  /** Seconds per commit beyond the shorter history: the cost of one more commit. */
  const marginal = pick => (pick(long) - pick(short)) / (long.steps - short.steps)
  const perCommit = {
    ours: marginal(row => row.ours.seconds),
    direct: marginal(row => row.direct.seconds),
    floor: marginal(row => row.floor.seconds),
    datalad: marginal(row => row.datalad.seconds)
  }
  lines.push(
    `A text2git dataset of ${long.steps} trivial run commits made with real \`datalad run\` (each`,
    "`cat {inputs} > {outputs} && echo N >> {outputs}` on the previous one's output). The shorter",
    `history is its first ${short.steps} run commits: the clones of it are checked out at the ${short.steps}th, whose`,
    `history holds exactly those. rerun-action runs \`verify --jobs 1 --no-cache --since ''\`; best of`,
    `${quick ? 'one run' : 'two runs'} each, taken in rounds (every row once, then every row again): this machine slows`,
    'down run after run (its system CPU grows), and rounds slow every row alike. Peak memory is of',
    "the largest process of the tree (the measuring wrapper's",
    'fork counts for about 14 MiB).',
    ''
  )
  if (short.ours.isolationUnavailable) {
    lines.push('**Isolation was unavailable here: the "isolated" rows ran without it.**', '')
  }
  for (const row of rerun.rows) {
    const r = m => (m.seconds / row.ours.seconds).toFixed(2)
    const cells = m =>
      `${seconds(m)} | ${ms(m.seconds / row.steps)} | ${r(m)} | ${cpu(m)} | ${peak(m)}`
    lines.push(
      `| ${commitsOf(row)} | time | time ÷ commits | ÷ the first row | CPU user + system | peak memory |`,
      '|---|---|---|---|---|---|',
      `| rerun-action, plain \`git clone\` (CI's path), isolated (the default) | ${cells(row.ours)} |`,
      `| rerun-action, annex-initialised clone (\`git clone\` + \`git annex init\`), isolated | ${cells(row.onAnnexed)} |`,
      `| rerun-action, plain \`git clone\`, \`--isolation off\` | ${cells(row.direct)} |`,
      `| \`datalad rerun --onto= --branch verify --since=\` on a fresh clone | ${cells(row.datalad)} |`,
      `| the floor: \`git clone\`, then per commit \`git checkout -f --detach\` of the parent, \`sh -c\` of the command, \`git status --porcelain\` | ${cells(row.floor)} |`,
      ''
    )
  }
  const step = `${long.steps - short.steps} more`
  lines.push(
    `One more commit (the ${step} of the longer history, each): rerun-action ${ms(perCommit.ours)} isolated,`,
    `${ms(perCommit.direct)} with \`--isolation off\`, the floor ${ms(perCommit.floor)}, \`datalad rerun\` ${ms(perCommit.datalad)}.`,
    `The floor's script is written from \`verify --plan\`'s commands (placeholders substituted) before`,
    "it is timed; its clone is timed with it. `-f`: the previous command left the next parent's file",
    'untracked.',
    ''
  )

  const fixed = rerun.fixed
  const progress = short.ours.progress
  const oneCommitLess = fixed.oneCommit.seconds - perCommit.ours
  lines.push(
    '### Before the first commit',
    '',
    `Node's start, planning, the isolation trial run, the workspace, and the private clone where`,
    `git-annex is needed; on the ${short.steps}-commit plain clone, isolated.`,
    '',
    '| measured as | seconds |',
    '|---|---|',
    `| \`verify --plan --since ''\` (node start and planning), plain clone | ${seconds(fixed.planPlain)} |`,
    `| the same, annex-initialised clone | ${seconds(fixed.planAnnexed)} |`,
    `| in the verification: from process start to the \`Verifying ${short.steps} run commits\` line (node start and planning) | ${progress.planned.toFixed(2)} s |`,
    `| … to the first verdict line | ${progress.firstVerdict.toFixed(2)} s |`,
    `| … less the median time between verdict lines (${ms(progress.gap)}): **the fixed cost** | **${progress.beforeFirst.toFixed(2)} s** |`,
    `| the same with \`--isolation off\` | ${short.direct.progress.beforeFirst.toFixed(2)} s |`,
    `| a run of one run commit (\`--since HEAD~1\`) | ${seconds(fixed.oneCommit)} |`,
    `| … less one more commit's cost (${ms(perCommit.ours)}, above) | ${oneCommitLess.toFixed(2)} s |`,
    ''
  )

  const gitClones = isolated.processes?.once.gitCalls.get('git clone') ?? 0
  if (isolated.processes) {
    lines.push(
      gitClones > 0
        ? `The private clone was made (\`git clone\` ×${gitClones} per run).`
        : 'No private clone was made: nothing in these run commits needed git-annex.',
      ''
    )
  }

  lines.push(`### Processes per commit (strace, ${short.steps} run commits, plain clone)`, '')
  if (!isolated.processes) lines.push('Not counted: strace is not installed.', '')
  else {
    const floorPerCommit = new Map(
      [...rerun.where.floor.programs].map(([name, n]) => [name, n / short.steps])
    )
    const floorGit = new Map(
      [...rerun.where.floor.gitCalls].map(([name, n]) => [name, n / short.steps])
    )
    const floorForks = new Map(
      [...rerun.where.floor.forks].map(([name, n]) => [name, n / short.steps])
    )
    const columns = [
      isolated.processes.perCommit,
      direct.processes.perCommit,
      isolated.processes.once
    ]
    const count = n => (Number.isInteger(n) ? String(n) : n.toFixed(1))
    const row = (label, pick, floor) => {
      const values = [...columns.map(pick), floor]
      return values.every(v => Math.abs(v) < 0.05)
        ? []
        : [`| ${label} | ${values.map(count).join(' | ')} |`]
    }
    const names = key =>
      [...new Set(columns.flatMap(c => [...c[key].keys()]))].sort(
        (a, b) =>
          (isolated.processes.perCommit[key].get(b) ?? 0) -
            (isolated.processes.perCommit[key].get(a) ?? 0) || a.localeCompare(b)
      )
    const total = c => [...c.programs.values()].reduce((a, b) => a + b, 0)
    const floorTotal = [...floorPerCommit.values()].reduce((a, b) => a + b, 0)
    lines.push(
      'Successful execve calls by program, and the processes each program forked (threads aside),',
      'from a run of all the commits and a run of one (their difference over the other commits is',
      "one more commit; the rest is once per run). The floor: its whole script's, clone included,",
      'divided by the commits. A fork of rerun-action itself (node) costs milliseconds for its size;',
      "one of the launch server's perl or of a shell, a fraction of that.",
      '',
      '| program | isolated, per commit | `--isolation off`, per commit | isolated, once per run | the floor, per commit |',
      '|---|---|---|---|---|',
      ...names('programs').flatMap(name =>
        row(`\`${name}\``, c => c.programs.get(name) ?? 0, floorPerCommit.get(name) ?? 0)
      ),
      `| **all processes** | ${columns.map(total).map(count).join(' | ')} | ${count(floorTotal)} |`,
      ...names('gitCalls').flatMap(name =>
        row(`of which \`${name}\``, c => c.gitCalls.get(name) ?? 0, floorGit.get(name) ?? 0)
      ),
      ...row(
        'failed execve (a program looked for along PATH)',
        c => c.failed,
        rerun.where.floor.failed / short.steps
      ),
      ...names('forks').flatMap(name =>
        row(
          `processes forked by \`${name}\`${name === 'node' ? ' (rerun-action itself)' : ''}`,
          c => c.forks.get(name) ?? 0,
          floorForks.get(name) ?? 0
        )
      ),
      ''
    )
  }

  lines.push(
    "### Where the wall time per commit goes (node --cpu-prof, rerun-action's main thread)",
    '',
    "Samples of rerun-action's own thread by what it was doing, per commit (a run of all the",
    'commits less a run of one, over the other commits) and once per run. "Waiting" is the thread',
    "idle while a child process (git, the isolation's launchers, the command) or the disk works.",
    '',
    '| | isolated, ms per commit | `--isolation off`, ms per commit | isolated, ms once per run |',
    '|---|---|---|---|'
  )
  const profiles = [isolated.profile.perCommit, direct.profile.perCommit, isolated.profile.once]
  const millis = value => value.toFixed(1)
  for (const [key, label] of PROFILE_CATEGORIES) {
    lines.push(`| ${label} | ${profiles.map(p => millis(p.get(key))).join(' | ')} |`)
  }
  const sum = p => [...p.values()].reduce((a, b) => a + b, 0)
  const cpuPerCommit = pick =>
    `${ms(marginal(row => pick(row).userSeconds))} + ${ms(marginal(row => pick(row).systemSeconds))}`
  lines.push(
    `| **all samples** | ${profiles.map(p => millis(sum(p))).join(' | ')} |`,
    '',
    `Wall time per commit (${short.steps} → ${long.steps} run commits): ${ms(perCommit.ours)} isolated, ${ms(perCommit.direct)} not;`,
    `CPU of the whole process tree per commit, user + system: ${cpuPerCommit(row => row.ours)} isolated,`,
    `${cpuPerCommit(row => row.direct)} not, ${cpuPerCommit(row => row.floor)} for the floor.`,
    ''
  )

  const missed =
    short.ours.seconds > short.datalad.seconds / TARGET.dataladShort ||
    long.ours.seconds > long.datalad.seconds / TARGET.dataladLong ||
    rerun.rows.some(row => row.ours.seconds > TARGET.floor * row.floor.seconds) ||
    short.ours.progress.beforeFirst > TARGET.fixedSeconds
  // Which launcher isolated commands went through, as the process counts show it.
  const launched = isolated.processes?.perCommit.programs
  const launcher =
    (isolated.processes?.perCommit.forks.get('perl') ?? 0) > 0
      ? "a fork of one perl server started once per verification, which calls prctl(2), unshare(2) and mount(2) itself: it makes the user, mount and PID namespaces, builds the view of the file system and maps the caller's uid back; its process 1 of the namespace forks the command's shell, and the server relays the command's output. A worker's next launch is prepared as soon as its last one has ended (namespaces and view made while rerun-action compares outputs and writes the next checkout), and used once the paths it bound are found to be the same files still"
      : `\`setpriv --pdeathsig KILL\` and \`unshare\` in new user, mount and PID namespaces, where a shell calls mount(8) (${(launched?.get('mount') ?? 0).toFixed(0)} per commit here) and a nested \`unshare\` maps the caller's uid back`
  const price = perCommit.ours - perCommit.direct
  lines.push(
    '### How a commit is verified, and where the gaps are',
    '',
    'Planning is one `git log` in which git itself picks out the run commits, plus the small calls',
    'that section 2 lists. Each run commit is then replayed in a checkout of its parent that',
    'rerun-action writes itself, from blobs that git processes started once per run read: a small',
    "repository (the user's objects borrowed through objects/info/alternates) and its index. After",
    "an isolated command the worker's checkout is kept, with the walk (lstat(2) of every entry)",
    'taken once the command was over: the next execution rewrites only what is not, by its stat',
    'signature, the very file rerun-action wrote for that content, which is the tree diff of the two',
    'parents and what the command changed. A stat snapshot of the checkout before and after the',
    'command says what the command changed (no git runs in a checkout at all), and the outputs are',
    'compared with the committed blobs; small file system calls are synchronous. git-annex',
    'is reached through a private clone made only when git-annex is first needed. An isolated',
    `command is launched by ${launcher}.`,
    '',
    `Against the floor, rerun-action spends ${moreOrLess(perCommit.ours - perCommit.floor)} per commit isolated and`,
    `${moreOrLess(perCommit.direct - perCommit.floor)} without isolation, and ${inSeconds(short.ours.progress.beforeFirst)} before its first commit.`,
    price > 0
      ? `Isolation's price is ${ms(price)} per commit: the namespaces and mounts of its launch.`
      : `Isolation is cheaper than none here, by ${ms(-price)} per commit: without it each execution gets a fresh checkout (no process may outlive it to change a kept one), its command is spawned by rerun-action itself, and what it left running is swept from /proc.`,
    "Per commit, rerun-action walks the checkout twice (before and after the command; the floor's",
    "`git status` walks it once), writes the commit's HEAD and index over the last ones in place",
    '(creating a file costs about ten times as much here), and launches the command through three',
    'forks of perl with namespaces, mounts and a /proc of its own, made before the command is',
    'asked for, where the floor forks one shell.',
    'Before the first commit, every process rerun-action starts stops its event loop for 1-5 ms',
    '(Node forks itself and waits for the exec), so the once-per-run processes above are paid one',
    'after the other whatever runs beside them; the YAML parser, the analysis of differences and',
    '`ignore` are chunks loaded only when a rules file, a mismatch or a .gitignore needs them.',
    `What would ${missed ? 'close the gaps' : 'narrow them further'}: one walk of the checkout instead of two (the one before the`,
    'command derived from the restore and the preparation, which only rerun-action changed since',
    'the last walk); fewer of those processes (the isolation',
    'reads each git config file with a git of its own); the first commit, which costs about three',
    "times a later one (Node compiles the replay's code on its first call, and the first checkout",
    'is written whole).',
    ''
  )
}

lines.push(
  '## 2. Planning a long history (issue 6, target ≤ 2× a bare `git log`)',
  '',
  plan.annexBranch
    ? 'A linear history written by `git fast-import` (every tenth commit a run commit) in a repository with git-annex initialised, planned in a plain `git clone` of it: its git-annex branch is there, git-annex is not initialised, as on CI.'
    : 'git-annex is not installed here: planned in a plain `git clone` of a repository without git-annex.',
  '',
  '| history | `git log --format=%H%x00%B` | `rerun-action verify --plan` | ratio | peak memory (plan) |',
  '|---|---|---|---|---|',
  ...[planSmall, plan].map(
    p =>
      `| ${p.commits} commits, ${p.runCommits} run commits | ${seconds(p.gitLog)} | ${seconds(p.plan)} | ${p.ratio.toFixed(2)}× | ${peak(p.plan)} |`
  ),
  '',
  `Largest history: ${budget(plan.plan.seconds, TARGET.planRatio * plan.gitLog.seconds)}. Peak memory of the plan grows from`,
  `${peak(planSmall.plan)} to ${peak(plan.plan)} for ten times the history (git log itself: ${peak(planSmall.gitLog)} → ${peak(plan.gitLog)}).`
)
if (plan.processes) {
  const list = [...plan.processes.gitCalls]
    .map(([name, n]) => `\`${name}\`${n > 1 ? ` ×${n}` : ''}`)
    .join(', ')
  const others = [...plan.processes.programs].filter(([name]) => name !== 'git' && name !== 'node')
  lines.push(
    '',
    `\`verify --plan\` starts these git processes (strace): ${list}${
      others.length > 0
        ? `; and ${others.map(([name, n]) => `\`${name}\`${n > 1 ? ` ×${n}` : ''}`).join(', ')}`
        : ''
    }. Above the bare log, the plan pays for Node's start and loading`,
    'the bundle (the small history shows that fixed cost) and for those calls, besides reading the',
    'records and printing the commands.',
    '',
    'Where the time goes at 50000 commits, by hand (medians of 20 runs, `--cpu-prof` and the',
    'spawn times): the first git process starts 112 ms after the process does, about 70 ms of it',
    "Node's own start and most of the rest evaluating the bundle (a third of it is re2js, the",
    'linear-time regex engine that record globs and comparison rules need, loaded with the rest',
    'because those matchers are synchronous); four git processes come before `git log` (one',
    "rev-parse for the repository's details, then its refs and config, the range resolved); git walks the whole",
    'history (235 ms) before it writes its first record, since it cannot stream',
    '`--topo-order --reverse` without a commit-graph, which rerun-action may not write into the',
    "user's repository; then about 150 ms go to the 5000 records: reading them as they arrive,",
    'planning, the commands and the listing, of which about 40 ms are garbage collection (every',
    'record survives to the listing). Objects merged from spreads cost another 15 ms of that',
    "time until the plan's commands were built field by field; a command's placeholder values",
    'are now made only for the fields it names. The margin is thin either way (runs here differ',
    'by 5-10%); what would widen it: records read while git walks (only with a topological order',
    'git can stream), or less work per record than the 30 µs it takes now. The records are read',
    "without V8's optimising compilers (src/engine/v8-flags.ts, section 5): no slower on this",
    'history by hand, about a sixth slower on one whose every commit is a run commit.'
  )
}
lines.push(
  '',
  `## 3. --jobs scaling on CPU-bound steps (issue 6, target ≥ 0.8·N×)`,
  '',
  `${jobs.steps} run commits, each a CPU-bound awk loop; N = ${jobs.jobs} cores.`,
  '',
  '| | time | peak memory |',
  '|---|---|---|',
  `| \`--jobs 1\` | ${seconds(jobs.one)} | ${peak(jobs.one)} |`,
  `| \`--jobs ${jobs.jobs}\` | ${seconds(jobs.many)} | ${peak(jobs.many)} |`,
  '',
  `Speed-up: ${jobs.speedup.toFixed(2)}× — ${budget(jobs.many.seconds, jobs.one.seconds / jobs.target)}.`,
  '',
  '## 4. Comparing a large output (issue 4, target ≥ 80% of md5sum, flat memory)',
  '',
  '```',
  compare.trim(),
  '```',
  ''
)
// The rows of the table: "name | seconds | MB/s | ratio× | peak | growth".
const tableRows = compare
  .split('\n')
  .filter(line => line.includes(' | '))
  .map(line => line.split(' | '))
  .map(([name, , , ratio, , growth]) => ({
    name,
    ratio: parseFloat(ratio),
    growth: Number(growth)
  }))
const engine = tableRows.filter(row => row.name.startsWith('engine, annexed'))
const inGit = tableRows.filter(row => row.name.startsWith('engine, text in git'))
const inflate = tableRows.find(row => row.name.startsWith('git cat-file'))
const ratioVerdict = (ratio, target) =>
  ratio >= target ? `met (target ${target}×)` : `**not met** (target ${target}×)`
if (engine.length > 0) {
  const slowest = engine.reduce((a, b) => (b.ratio < a.ratio ? b : a))
  const growth = Math.max(...engine.map(row => row.growth))
  lines.push(
    `The engine's whole per-output step, slowest case ("${slowest.name.replace('engine, ', '')}"):`,
    `${slowest.ratio.toFixed(2)}× md5sum — ${ratioVerdict(slowest.ratio, 0.8)}; memory grows by at`,
    `most ${growth.toFixed(1)} MiB whatever the case. An annexed output whose committed content is in the`,
    'local annex is compared byte for byte with it (no hashing; a difference then gets one analysis',
    "pass); without the committed content, the regenerated file is hashed once in the key's",
    'algorithm and a differing one is reported from that same digest.',
    ''
  )
  if (inGit.length === 2 && inflate) {
    const [same, changed] = inGit
    lines.push(
      `Text committed to git itself (a text2git dataset's): identical ${same.ratio.toFixed(2)}×,`,
      `differing ${changed.ratio.toFixed(2)}× md5sum. A differing file's diff needs the committed bytes,`,
      `which git stores compressed: inflating them alone (\`git cat-file blob\`) runs at`,
      `${inflate.ratio.toFixed(2)}× md5sum, and git status hashes the rewritten file before the`,
      'comparison does. DataLad datasets annex large files by default, which is where the target',
      'above applies; a large text in git is the slower case, measured here so that it is known.',
      ''
    )
  }
} else lines.push('The engine rows were left out: git-annex is not installed here.', '')
lines.push(
  '## 5. Memory against the length of the history (issue 13)',
  '',
  "Benchmark 1's dataset grows with its history (each run commit adds a file). Here each run",
  'commit (made with `git fast-import`) rewrites the same output, so only the history grows.',
  "`verify --no-cache --jobs 1 --since ''` on a plain clone, isolated; peak RSS of the",
  'process tree, and the live heap: what V8 still holds after a full garbage collection when',
  'the report is written (every verdict still held), and of it the machine code V8 compiled.',
  '',
  '| run commits | time | peak memory | live heap at the report | of it, machine code |',
  '|---|---|---|---|---|',
  ...memory.map(
    m =>
      `| ${m.runs} | ${inSeconds(m.seconds)} | ${inMiB(m.peakMiB)} | ${m.liveMiB.toFixed(1)} MiB | ${m.codeMiB.toFixed(1)} MiB |`
  ),
  '',
  `What the run holds grows by ${keptPerCommit(memory).toFixed(1)} KiB per commit from the shortest history to the`,
  'longest. Heap snapshots at the report (by hand, 1000 against 40 run commits: 1.8 MiB more) put',
  "about half of that in the parsed trees the object store keeps (each commit's root tree is new;",
  "they are kept up to 20,000 entries, which a large checkout's listing needs), most of the rest",
  'in the verdicts the report needs (about 1 KiB each); the small objects the store keeps',
  '(commits, `.gitattributes`, `.datalad/config`) are bounded at 256 KiB. The peak grows more.',
  "What the entry points set (src/engine/v8-flags.ts; an action's `runs.main` cannot pass flags",
  'to Node, and V8 reads these whenever it decides) bounds two causes. V8 doubled its young',
  'generation (up to 32 MiB) each time as much had survived its scavenges as it held (63 → 87 MiB',
  'from 40 to 1000 run commits, by hand): its growth factor is 1. TurboFan kept compiling on',
  'background threads as a longer run made more functions hot, its memory held by the allocator',
  '(62 → 77 MiB with it, by hand): the optimising compilers are off (Maglev too, which Node 24',
  'has), and the run is no slower, as it mostly waits on other processes; planning a history',
  'whose every commit is a run commit, the CPU-bound extreme, is about a sixth slower. By hand on',
  "Node 24 (the action's runtime): 63 → 68.5 MiB from 40 to 1000, against 72.5 → 85 before. What",
  'was left was the old generation filling with objects that outlived two scavenges (about 8 KB',
  "per commit, spread thin: the verdicts, the object store's caches as new entries replace old",
  "ones, each worker's record of its kept checkout) until V8's first full collection, which it",
  'starts once the old generation reaches its initial limit (about 16 MB here: never at 40 run',
  'commits, near the end at 1000), and then at four times what was live (79 MiB at 3000 by hand).',
  'Neither `--heap-growing-percent=10` nor a collection forced after planning moved 1000 (V8',
  'keeps its initial limit until the heap reaches it). The engine now asks for a full collection',
  'between commits whenever the old generation has grown by 2 MiB since the last',
  "(src/engine/heap-bound.ts; Node's only call for one is `gc`, which V8 makes once its flag is",
  'set): three at 1000 run commits, ten at 3000, 8-17 ms each. By hand: 55 → 59 → 66 MiB at 40,',
  '1000 and 3000 run commits on Node 20 (62 MiB at 1000 and 79 at 3000 without it), 62 → 68.5 →',
  '75 MiB on Node 24. What still grows is what the run holds (above): the plan and the verdicts,',
  'which the report needs at the end.',
  ''
)
/** A difference in time per commit, in words: "1.2 ms more" or "1.5 ms less". */
function moreOrLess(difference) {
  return `${ms(Math.abs(difference))} ${difference < 0 ? 'less' : 'more'}`
}
/** KiB of live heap per run commit, from the shortest to the longest steady history. */
function keptPerCommit(rows) {
  const first = rows[0]
  const last = rows[rows.length - 1]
  return ((last.liveMiB - first.liveMiB) * 1024) / (last.runs - first.runs)
}
const text = lines.join('\n')
if (quick) {
  process.stdout.write(text)
  log('--quick: printed above, BENCHMARKS.md left as it is')
} else {
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), text)
  log('wrote BENCHMARKS.md')
}
