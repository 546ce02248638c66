// Where rerun-action's time goes: the processes it starts (strace) and what its own thread does
// (node --cpu-prof). Both are measured on a whole run and on a run of one commit, so that the
// difference divided by the other commits is the cost of one more commit.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { best, CLI, have } from './lib.mjs'

/** git's options before its subcommand; those of them that take the next argument too. */
const GIT_OPTIONS_WITH_VALUE = new Set(['-c', '-C', '--git-dir', '--work-tree', '--namespace'])

/** The strings of an argv array as strace prints it (`["git", "-c", …]`), from `text` on. */
function argvStrings(text) {
  const strings = []
  const string = /"((?:[^"\\]|\\.)*)"/y
  let at = text.indexOf('[') + 1
  while (at > 0 && at < text.length) {
    if (text.startsWith(', ', at)) at += 2
    string.lastIndex = at
    const match = string.exec(text)
    if (!match) break
    strings.push(match[1].replace(/\\(.)/g, '$1'))
    at = string.lastIndex
  }
  return strings
}

/** `git` alone, or `git <subcommand>`, for the table of git calls. */
function gitSubcommand(argv) {
  for (let i = 1; i < argv.length; i++) {
    if (GIT_OPTIONS_WITH_VALUE.has(argv[i])) i++
    else if (!argv[i].startsWith('-')) return `git ${argv[i]}`
  }
  return 'git'
}

/**
 * Programs executed while `argv` runs, under `strace -f -e trace=execve,clone,clone3,fork,vfork`:
 * each successful execve by program name (basename), git's by subcommand too, the failed ones (a
 * program looked for along PATH costs one failed execve per directory before the one that holds
 * it), and the processes each program forked (threads aside): a fork of rerun-action's own large
 * process costs more than one of a small shell or perl.
 */
export function countProcesses(argv, { cwd, traceFile }) {
  const run = spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-s',
      '4096',
      '-e',
      'trace=execve,clone,clone3,fork,vfork',
      '-o',
      traceFile,
      ...argv
    ],
    { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }
  )
  if (run.status !== 0)
    throw new Error(`strace ${argv.join(' ')} exited ${run.status}: ${run.stderr.slice(-2000)}`)
  const programs = new Map()
  const gitCalls = new Map()
  const forks = new Map()
  let failed = 0
  // What each process runs: a fork runs its parent's program until it execs another.
  const running = new Map()
  // With -f, another process's line may come between a call and its result.
  const pending = new Map()
  const pendingForks = new Map()
  const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  const finish = (pid, call, result) => {
    if (result !== '0') {
      failed++
      return
    }
    const program = path.basename(call.file)
    running.set(pid, program)
    count(programs, program)
    if (program === 'git') count(gitCalls, gitSubcommand(call.argv))
  }
  const forked = (pid, isThread, child) => {
    if (isThread || !(Number(child) > 0)) return
    const program = running.get(pid) ?? 'node'
    count(forks, program)
    running.set(child, program)
  }
  for (const line of fs.readFileSync(traceFile, 'utf8').split('\n')) {
    const started = /^(\d+)\s+execve\("((?:[^"\\]|\\.)*)", (.*)$/.exec(line)
    if (started) {
      const [, pid, file, rest] = started
      const call = { file, argv: argvStrings(rest) }
      const result = / = (-?\d+)(?: [A-Z]+ .*)?$/.exec(rest)
      if (result) finish(pid, call, result[1])
      else if (rest.endsWith('<unfinished ...>')) pending.set(pid, call)
      continue
    }
    const fork = /^(\d+)\s+(?:clone3?|v?fork)\((.*)$/.exec(line)
    if (fork) {
      const [, pid, rest] = fork
      const isThread = rest.includes('CLONE_THREAD')
      const result = / = (\d+)$/.exec(rest)
      if (result) forked(pid, isThread, result[1])
      else if (rest.endsWith('<unfinished ...>')) pendingForks.set(pid, isThread)
      continue
    }
    const forkResumed = /^(\d+)\s+<\.\.\. (?:clone3?|v?fork) resumed>.* = (\d+)$/.exec(line)
    if (forkResumed && pendingForks.has(forkResumed[1])) {
      forked(forkResumed[1], pendingForks.get(forkResumed[1]), forkResumed[2])
      pendingForks.delete(forkResumed[1])
      continue
    }
    const resumed = /^(\d+)\s+<\.\.\. execve resumed>.* = (-?\d+)/.exec(line)
    if (resumed && pending.has(resumed[1])) {
      finish(resumed[1], pending.get(resumed[1]), resumed[2])
      pending.delete(resumed[1])
    }
  }
  fs.rmSync(traceFile, { force: true })
  return { programs, gitCalls, forks, failed }
}

/** What `traced` adds over `base` for each of `extra` more commits, by name. */
function perExtraCommit(base, traced, extra) {
  const names = new Set([...base.keys(), ...traced.keys()])
  return new Map(
    [...names].map(name => [name, ((traced.get(name) ?? 0) - (base.get(name) ?? 0)) / extra])
  )
}

/**
 * Processes started for one more verified commit, and those started once per run (the run of
 * one commit less one commit's share), by program and by git subcommand; null where strace is
 * missing.
 */
export function processesPerCommit({ cwd, scratch, verifyArgs, commits, oneCommitArgs }) {
  if (!have('strace')) return null
  const trace = args =>
    countProcesses([process.execPath, CLI, 'verify', ...args], {
      cwd,
      traceFile: path.join(scratch, 'execve.trace')
    })
  const whole = trace(verifyArgs)
  const one = trace(oneCommitArgs)
  const extra = commits - 1
  const perCommit = {
    programs: perExtraCommit(one.programs, whole.programs, extra),
    gitCalls: perExtraCommit(one.gitCalls, whole.gitCalls, extra),
    forks: perExtraCommit(one.forks, whole.forks, extra),
    failed: (whole.failed - one.failed) / extra
  }
  const once = {
    programs: perExtraCommit(perCommit.programs, one.programs, 1),
    gitCalls: perExtraCommit(perCommit.gitCalls, one.gitCalls, 1),
    forks: perExtraCommit(perCommit.forks, one.forks, 1),
    failed: one.failed - perCommit.failed
  }
  return { perCommit, once, whole }
}

/** The categories of the profile summary, in the order of the table. */
export const PROFILE_CATEGORIES = [
  ['idle', "waiting (idle: for a child process, or for the disk's answer)"],
  ['spawn', 'starting child processes (child_process spawn)'],
  ['fs', 'file system calls (node:fs)'],
  ['loading', 'loading and compiling the bundle'],
  ['javascript', "other JavaScript (rerun-action's and Node's)"],
  ['gc', 'garbage collection'],
  ['program', 'V8 and Node outside JavaScript']
]

/** Milliseconds of the main thread's samples by category (PROFILE_CATEGORIES). */
function categorise(profile) {
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const loading = frame =>
    frame.url.includes('internal/modules') ||
    frame.url.includes('internal/bootstrap') ||
    frame.functionName === '__nccwpck_require__'
  const special = new Map([
    ['(idle)', 'idle'],
    ['(garbage collector)', 'gc'],
    ['(program)', 'program']
  ])
  const categoryOf = leaf => {
    if (special.has(leaf.callFrame.functionName)) return special.get(leaf.callFrame.functionName)
    const stack = []
    for (let node = leaf; node; node = parent.get(node.id)) stack.push(node.callFrame)
    if (stack.some(loading)) return 'loading'
    // The frame nearest the leaf that is Node's spawning or file system code decides.
    for (const frame of stack) {
      if (frame.url.includes('child_process')) return 'spawn'
      if (/^node:(internal\/)?fs/.test(frame.url)) return 'fs'
    }
    return 'javascript'
  }
  const ms = new Map(PROFILE_CATEGORIES.map(([key]) => [key, 0]))
  profile.samples.forEach((id, i) => {
    const key = categoryOf(byId.get(id))
    ms.set(key, ms.get(key) + profile.timeDeltas[i] / 1000)
  })
  return ms
}

/** The profile of one run: milliseconds by category, and the seconds it covers. */
function profileRun(args, { cwd, scratch }) {
  const dir = fs.mkdtempSync(path.join(scratch, 'cpu-prof-'))
  try {
    const run = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, CLI, 'verify', ...args],
      { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }
    )
    if (run.status !== 0)
      throw new Error(`profiling verify ${args.join(' ')}: exit ${run.status}: ${run.stderr}`)
    const [file] = fs.readdirSync(dir)
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    return { ms: categorise(profile), seconds: (profile.endTime - profile.startTime) / 1e6 }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The main thread's time by category (ms): for each commit beyond the first (a run of
 * `commits` against a run of one), and once per run (the run of one less one commit's share).
 */
export function profilePerCommit({ cwd, scratch, verifyArgs, commits, oneCommitArgs, repeat }) {
  // The fastest of the repeats, the least disturbed, as for times.
  const whole = best(repeat, () => profileRun(verifyArgs, { cwd, scratch })).ms
  const one = best(repeat, () => profileRun(oneCommitArgs, { cwd, scratch })).ms
  const perCommit = perExtraCommit(one, whole, commits - 1)
  return { perCommit, once: perExtraCommit(perCommit, one, 1) }
}
