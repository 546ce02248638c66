/**
 * The trust boundary around a replayed command, attacked from inside (continued from
 * trust-boundary.test.ts): commands that produce the wrong outputs and then try to fool the
 * judge, commands that leave processes behind, and commands that leave trees rerun-action must
 * walk, compare and remove. The verdicts must stay true — never `reproduced` for outputs that
 * differ — each odd tree must cost only its own commit, nothing may outlive the run, and the
 * temp directory must be left empty.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PlainDataset } from '../action/harness.js'
import {
  commitNamed,
  Dataset,
  describeAsUnprivileged,
  describeWithDatalad,
  describeWithNamespaces,
  handOver,
  outputStatuses,
  repositoryFingerprint,
  Sandbox,
  stateChanges,
  verifyCli,
  type CliRun
} from '../helpers/dataset.js'
import {
  ISOLATED_AS_NOBODY,
  ISOLATED_AS_ROOT,
  literal,
  q,
  sandboxSharedWithNobody,
  sharedDirectory,
  UNISOLATED,
  verdictOf,
  type Runner
} from './trust-boundary-runners.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = sandboxSharedWithNobody()
})

afterAll(async () => sandbox?.dispose())

/** A run of the CLI on `ds` with `runner`'s isolation and user. */
function verifyAs(
  runner: Runner,
  ds: Dataset | PlainDataset,
  args: readonly string[] = []
): CliRun {
  return verifyCli(ds as Dataset, ['--no-cache', '--isolation', runner.isolation, ...args], {
    json: true,
    asUser: runner.asUser
  })
}

// ---------------------------------------------------------------------------------------------
// 3. Forged verdicts: the wrong outputs, dressed up as the committed ones.
// ---------------------------------------------------------------------------------------------

const ANNEXED_BYTES = Buffer.from('\x01\x02\x03 the committed annexed bytes\n', 'latin1')

interface ForgeryDataset {
  ds: Dataset
  /** Where the committed annex link points (relative to the dataset root). */
  annexTarget: string
  /** A file outside every checkout holding committed bytes, for a symlink to lead to. */
  outside: string
}

/**
 * One run commit per trick, each of whose outputs differ from the committed ones, and honest
 * commits among them. `isolatedOnly` adds the tricks that only isolation can stop: writing
 * into the user's annex, and tampering with a concurrent execution's checkout.
 */
function forgeryDataset(name: string, channel: string, isolatedOnly: boolean): ForgeryDataset {
  const ds = Dataset.create(sandbox, name, { text2git: true })
  const gitDir = path.join(ds.path, '.git')
  const outside = path.join(sandbox.directory('outside'), 'committed.txt')
  fs.writeFileSync(outside, 'link-committed\n')
  fs.chmodSync(path.dirname(outside), 0o755)
  ds.write('data.txt', 'parent-data\n')
  ds.write('notes.txt', 'parent-note\n')
  ds.git('add', 'data.txt', 'notes.txt')
  ds.commit('files the tricks work on')

  if (isolatedOnly) {
    // First, so that both start at once under --jobs 2.
    ds.handMadeRunCommit(
      'victim of a concurrent command',
      {
        cmd: literal(
          [
            "printf 'wrong\\n' > victim.txt",
            `pwd -P > ${q(channel)}/victim-checkout`,
            'i=0',
            'while [ $i -lt 600 ]; do',
            '  [ "$(cat victim.txt)" = right ] && break',
            `  [ -e ${q(channel)}/tamperer-done ] && break`,
            '  sleep 0.1; i=$((i + 1))',
            'done',
            'echo "the victim sees: $(cat victim.txt)"'
          ].join('\n')
        ),
        outputs: ['victim.txt']
      },
      { 'victim.txt': 'right\n' }
    )
    ds.handMadeRunCommit('tamperer', {
      cmd: literal(
        [
          'i=0',
          `while [ $i -lt 600 ] && [ ! -s ${q(channel)}/victim-checkout ]; do sleep 0.1; i=$((i + 1)); done`,
          'own=$(pwd -P)',
          `for d in "$(cat ${q(channel)}/victim-checkout 2>/dev/null)" "$TMPDIR"/../../worker-*/dataset; do`,
          '  if [ -z "$d" ] || [ "$(cd "$d" 2>/dev/null && pwd -P)" = "$own" ]; then continue; fi',
          '  if printf "right\\n" > "$d/victim.txt" 2>/dev/null; then echo "tampered with $d"; else echo "could not reach $d"; fi',
          'done',
          `: > ${q(channel)}/tamperer-done`
        ].join('\n')
      )
    })
  }

  ds.handMadeRunCommit(
    'replaces its own run commit',
    {
      cmd: literal(
        [
          'export GIT_AUTHOR_NAME=f GIT_AUTHOR_EMAIL=f@example.invalid GIT_COMMITTER_NAME=f GIT_COMMITTER_EMAIL=f@example.invalid',
          // As long as the committed content: only the bytes tell them apart.
          "printf 'forged!!!\\n' > replaced.txt",
          'parent=$(git rev-parse HEAD)',
          // Its own run commit: the child of its parent, found in the user's repository.
          `for U in ${q(gitDir)} "$(git rev-parse --path-format=absolute --git-common-dir)"; do`,
          `  run=$(git --git-dir=${q(gitDir)} rev-list --all --children | awk -v p="$parent" '$1 == p { print $2 }' | head -n 1)`,
          '  export GIT_INDEX_FILE="$TMPDIR/forged-index"',
          '  git --git-dir="$U" read-tree "$run" &&',
          '  blob=$(git --git-dir="$U" hash-object -w replaced.txt) &&',
          '  git --git-dir="$U" update-index --cacheinfo "100644,$blob,replaced.txt" &&',
          '  tree=$(git --git-dir="$U" write-tree) &&',
          '  forged=$(git --git-dir="$U" log -1 --format=%B "$run" | git --git-dir="$U" commit-tree "$tree" -p "$parent") &&',
          '  git --git-dir="$U" replace -f "$run" "$forged" && echo "replaced $run by $forged in $U" || echo "could not replace in $U"',
          '  unset GIT_INDEX_FILE',
          'done',
          'true'
        ].join('\n')
      ),
      outputs: ['replaced.txt']
    },
    { 'replaced.txt': 'committed\n' }
  )

  ds.handMadeRunCommit('changes a declared output in place, then sets its times back', {
    cmd: [
      'cp -p data.txt "$TMPDIR/times"',
      "printf 'forged-data\\n' > data.txt",
      'touch -r "$TMPDIR/times" data.txt'
    ].join('\n'),
    inputs: ['data.txt'],
    outputs: ['data.txt']
  })

  ds.handMadeRunCommit(
    'changes an undeclared file, then sets its times back',
    {
      cmd: [
        'echo ok > result.txt',
        'cp -p notes.txt "$TMPDIR/times"',
        "printf 'forged-note\\n' > notes.txt",
        'touch -r "$TMPDIR/times" notes.txt'
      ].join('\n'),
      outputs: ['result.txt']
    },
    { 'result.txt': 'ok\n' }
  )

  ds.handMadeRunCommit(
    'symlinks to the committed bytes',
    {
      cmd: [
        `ln -sf ${q(outside)} outside.txt`,
        'printf \'link-committed\\n\' > "$TMPDIR/committed.txt"',
        'ln -sf "$TMPDIR/committed.txt" scratch.txt'
      ].join('\n'),
      outputs: ['outside.txt', 'scratch.txt']
    },
    { 'outside.txt': 'link-committed\n', 'scratch.txt': 'link-committed\n' }
  )

  // An annexed output whose committed content is not here: only the key can be checked.
  fs.writeFileSync(path.join(ds.path, 'forged.bin'), ANNEXED_BYTES)
  ds.git('annex', 'add', '--quiet', '--force-large', 'forged.bin')
  const annexTarget = fs.readlinkSync(path.join(ds.path, 'forged.bin'))
  ds.handMadeRunCommit('forges annexed content in its checkout', {
    cmd: literal(
      [
        'rm -f .git/annex',
        `mkdir -p "$(dirname ${q(annexTarget)})"`,
        `printf 'forged annexed bytes\\n' > ${q(annexTarget)}`,
        `rm -f forged.bin; ln -s ${q(annexTarget)} forged.bin`,
        'cat forged.bin'
      ].join('\n')
    ),
    outputs: ['forged.bin']
  })
  if (isolatedOnly) {
    ds.handMadeRunCommit('forges annexed content in the user annex', {
      cmd: literal(
        [
          `target=${q(path.join(gitDir, annexTarget.replace(/^\.git\//, '')))}`,
          'mkdir -p "$(dirname "$target")" && chmod u+w "$(dirname "$target")"',
          'printf \'forged annexed bytes\\n\' > "$target" && echo "wrote $target" || echo "could not write $target"',
          `rm -f forged.bin; ln -s ${q(annexTarget)} forged.bin`
        ].join('\n')
      ),
      outputs: ['forged.bin']
    })
  }

  ds.handMadeRunCommit(
    'makes the parent directory a symlink',
    {
      cmd: [
        'mkdir -p "$TMPDIR/fake" real',
        'printf \'in-sub\\n\' > "$TMPDIR/fake/out.txt"',
        "printf 'in-sub\\n' > real/out.txt",
        'rm -rf sub other',
        'ln -s "$TMPDIR/fake" sub',
        'ln -s real other'
      ].join('\n'),
      outputs: ['sub/out.txt', 'other/out.txt']
    },
    { 'sub/out.txt': 'in-sub\n', 'other/out.txt': 'in-sub\n' }
  )

  ds.handMadeRunCommit(
    'makes a directory of a declared file',
    {
      cmd: "mkdir made-dir.txt && printf 'file\\n' > made-dir.txt/made-dir.txt",
      outputs: ['made-dir.txt']
    },
    { 'made-dir.txt': 'file\n' }
  )

  ds.handMadeRunCommit(
    'hides its output from git and from the rules',
    {
      cmd: [
        "printf 'forged!!!\\n' > hidden.txt",
        "printf 'hidden.txt\\n*\\n' > .gitignore",
        'mkdir -p .git/info && echo "*" >> .git/info/exclude',
        'printf \'rules:\\n  - path: "**"\\n    ignore: true\\n\' > .rerun.yml'
      ].join('\n'),
      outputs: ['hidden.txt']
    },
    { 'hidden.txt': 'committed\n' }
  )

  ds.handMadeRunCommit(
    'honest among the forgers',
    { cmd: 'echo honest > honest.txt', outputs: ['honest.txt'] },
    { 'honest.txt': 'honest\n' }
  )
  // The committed annexed content is not on this machine (nor anywhere else).
  ds.git('annex', 'drop', '--quiet', '--force', 'forged.bin')
  return { ds, annexTarget, outside }
}

/** The tricks of forgeryDataset that must fail whatever the isolation. */
const FORGERIES = [
  'replaces its own run commit',
  'changes a declared output in place, then sets its times back',
  'symlinks to the committed bytes',
  'forges annexed content in its checkout',
  'makes the parent directory a symlink',
  'makes a directory of a declared file',
  'hides its output from git and from the rules'
]

function forgedVerdictSuite(runner: Runner): void {
  const isolated = runner.isolation !== 'off'
  let forgery: ForgeryDataset
  let run: CliRun
  let changes: string[]

  beforeAll(() => {
    const channel = sharedDirectory(sandbox, 'channel')
    forgery = forgeryDataset('forged', channel, isolated)
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, forgery.ds.path)
    const skip = ['.git/annex', '.git/refs/heads/git-annex', '.git/logs/refs/heads/git-annex']
    const before = repositoryFingerprint(forgery.ds.path, skip)
    run = verifyAs(runner, forgery.ds, ['--jobs', '2'])
    changes = stateChanges(before, repositoryFingerprint(forgery.ds.path, skip))
  }, 300_000)

  it('judges every forgery as not reproduced, and the honest commit as reproduced', () => {
    const judged = Object.fromEntries(FORGERIES.map(subject => [subject, verdictOf(run, subject)]))
    for (const subject of FORGERIES) expect(judged[subject]).not.toMatch(/^reproduced: /)
    expect(verdictOf(run, 'honest among the forgers')).toMatch(/^reproduced: /)
    expect(run.code).toBe(1)
  })

  it('says why: the outputs that differ are modified, missing or unverifiable', () => {
    const statuses = (subject: string) => outputStatuses(commitNamed(run.report, subject))
    expect(statuses('replaces its own run commit')).toEqual({ 'replaced.txt': 'modified' })
    expect(
      statuses('changes a declared output in place, then sets its times back')['data.txt']
    ).toBe('modified')
    expect(statuses('symlinks to the committed bytes')).toMatchObject({
      'outside.txt': 'modified',
      'scratch.txt': 'modified'
    })
    expect(['modified', 'unverifiable']).toContain(
      statuses('forges annexed content in its checkout')['forged.bin']
    )
    expect(statuses('makes the parent directory a symlink')).toMatchObject({
      'sub/out.txt': 'missing',
      'other/out.txt': 'missing'
    })
    expect(statuses('makes a directory of a declared file')['made-dir.txt']).toBe('modified')
    expect(statuses('hides its output from git and from the rules')['hidden.txt']).toBe('modified')
  })

  it('sees a change whose times were set back, also in a file nobody declared', () => {
    const verdict = commitNamed(run.report, 'changes an undeclared file, then sets its times back')
    expect(outputStatuses(verdict)).toMatchObject({
      'notes.txt': 'unexpected',
      'result.txt': 'match'
    })
  })

  if (isolated) {
    it('keeps a concurrent command out of another checkout', () => {
      expect(run.report?.isolated).toBe(true)
      expect(commitNamed(run.report, 'tamperer').log?.tail).not.toMatch(/^tampered with /m)
      expect(verdictOf(run, 'victim of a concurrent command')).toMatch(/^mismatch: /)
    })

    it('keeps forged annexed content out of the user annex', () => {
      expect(verdictOf(run, 'forges annexed content in the user annex')).not.toMatch(
        /^reproduced: /
      )
      const inUserAnnex = path.join(
        forgery.ds.path,
        '.git',
        forgery.annexTarget.slice('.git/'.length)
      )
      expect(fs.existsSync(inUserAnnex)).toBe(false)
    })

    it('leaves the user repository, and the file outside, as they were', () => {
      expect(changes).toEqual([])
      expect(fs.readFileSync(forgery.outside, 'utf8')).toBe('link-committed\n')
      expect(run.leftovers).toEqual([])
    })
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Processes left behind.
// ---------------------------------------------------------------------------------------------

/** This file's marker: every process a command leaves behind carries it (and a suffix) in argv. */
const SURVIVOR = `rerun-survivor-${randomUUID()}`

/** Live processes whose command line holds `marker` (zombies, which hold no resources, aside). */
function survivors(marker: string): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'latin1')
      if (!cmdline.includes(marker)) continue
      const status = fs.readFileSync(`/proc/${entry}/status`, 'latin1')
      if (!/^State:\s+Z/m.test(status)) found.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return found
}

/** Poll until no process carries `marker`, for at most `seconds`; returns those still alive. */
async function survivorsAfter(marker: string, seconds = 20): Promise<number[]> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const alive = survivors(marker)
    if (alive.length === 0 || Date.now() > deadline) return alive
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

afterAll(() => {
  // Whatever got through is stopped here, by pid, so that it does not outlive the suite.
  for (const pid of survivors(SURVIVOR)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone already
    }
  }
})

/**
 * Shell code that starts `launch` (which must put "$M" in the argv of what it leaves running)
 * and says whether that is seen running. The marker is split in the command's own text, so only
 * the launched processes carry it whole.
 */
function leaveBehind(suffix: string, launch: string): string {
  const [head, tail] = [SURVIVOR.slice(0, 10), SURVIVOR.slice(10)]
  return [
    `M=${head}"${tail}-${suffix}"`,
    launch,
    'echo "launched: $M"',
    'i=0',
    'while [ $i -lt 300 ] && ! grep -qsaF "$M" /proc/[0-9]*/cmdline; do sleep 0.1; i=$((i + 1)); done',
    'if grep -qsaF "$M" /proc/[0-9]*/cmdline; then echo "left running: $M"; else echo "not seen running: $M"; fi'
  ].join('\n')
}

const LOOP = '\'trap "" HUP INT TERM; while :; do sleep 1; done\''
const LEFT_BEHIND: [suffix: string, launch: string][] = [
  ['setsid', `setsid nohup sh -c ${LOOP} "$M" </dev/null >/dev/null 2>&1 &`],
  ['daemon', `( cd / && setsid sh -c ${LOOP} "$M" </dev/null >/dev/null 2>&1 & ) &`],
  [
    'bare-daemon',
    `( cd / && exec env -i /usr/bin/setsid /bin/sh -c ${LOOP} "$M" </dev/null >/dev/null 2>&1 & ) &`
  ]
]

function processesSuite(runner: Runner): void {
  let run: CliRun
  let alive: Record<string, number[]>

  beforeAll(async () => {
    const ds = PlainDataset.create(sandbox, 'processes')
    for (const [suffix, launch] of LEFT_BEHIND) {
      ds.runCommit(`leaves a ${suffix} running`, { cmd: literal(leaveBehind(suffix, launch)) }, {})
    }
    ds.runCommit(
      'honest after the processes',
      { cmd: 'echo fine > fine.txt', outputs: ['fine.txt'] },
      { 'fine.txt': 'fine\n' }
    )
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, ds.path)
    run = verifyAs(runner, ds, ['--jobs', '1'])
    alive = {}
    for (const [suffix] of LEFT_BEHIND)
      alive[suffix] = await survivorsAfter(`${SURVIVOR}-${suffix}`)
  }, 300_000)

  it('lets the commands start what they leave running, and verifies the next commit', () => {
    for (const [suffix] of LEFT_BEHIND) {
      expect(commitNamed(run.report, `leaves a ${suffix} running`).log?.tail).toContain(
        'launched: '
      )
    }
    expect(verdictOf(run, 'honest after the processes')).toMatch(/^reproduced: /)
    expect(run.leftovers).toEqual([])
  })

  /**
   * Not isolated, nothing ties a process to its replay once it has dropped the execution's
   * marker from its environment, left the worker directory and started a session of its own:
   * the README says so. The limit is asserted, so that this test says when it no longer holds.
   */
  const escapes = (suffix: string): boolean =>
    runner.isolation === 'off' && suffix === 'bare-daemon'

  it.each(LEFT_BEHIND.map(([suffix]) => suffix).filter(suffix => !escapes(suffix)))(
    'leaves no %s alive after the run',
    suffix => {
      expect(alive[suffix]).toEqual([])
    }
  )

  if (runner.isolation === 'off') {
    it('documented limit: a daemon with no marker, outside the worker, in its own session survives', () => {
      expect(alive['bare-daemon']).not.toEqual([])
    })
  }
}

describe('control: the launches leave processes running when nothing stops them', () => {
  it.each(LEFT_BEHIND)('leaves a %s running', (suffix, launch) => {
    const marker = `${SURVIVOR}-${suffix}`
    const launched = spawnSync('/bin/sh', ['-c', leaveBehind(suffix, launch)], {
      cwd: sandbox.root,
      encoding: 'utf8',
      timeout: 60_000
    })
    const alive = survivors(marker)
    for (const pid of alive) process.kill(pid, 'SIGKILL')
    expect(launched.stdout).toContain(`left running: ${marker}`)
    expect(alive).not.toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// 6. Odd trees.
// ---------------------------------------------------------------------------------------------

const MANY = 100_000

/** What an odd tree must cost: its own commit, with a reason, and nothing else. */
const ODD_TREES = [
  'a directory 3000 levels deep',
  'an output named .git in a subdirectory',
  'a FIFO as an output',
  `${MANY} declared outputs`
]

function oddTreesDataset(name: string, markers: string): PlainDataset {
  const ds = PlainDataset.create(sandbox, name)
  const planted = path.join(sandbox.directory('odd-programs'), 'planted')
  fs.writeFileSync(planted, `#!/bin/sh\nenv >> ${q(path.join(markers, 'nested-git'))}\nexit 0\n`, {
    mode: 0o755
  })
  fs.chmodSync(path.dirname(planted), 0o755)
  const honest = (after: string) =>
    ds.runCommit(
      `honest after ${after}`,
      { cmd: `echo ${after.length} > honest.txt`, outputs: ['honest.txt'] },
      { 'honest.txt': `${after.length}\n` }
    )
  ds.runCommit(
    'a directory 3000 levels deep',
    {
      cmd: literal(
        `perl -e 'for (1 .. 3000) { mkdir "d" or die "mkdir: $!"; chdir "d" or die "chdir: $!" } print "deep\\n"'`
      ),
      outputs: ['d']
    },
    {}
  )
  honest('a directory 3000 levels deep')
  ds.runCommit(
    'an output named .git in a subdirectory',
    {
      cmd: [
        'git init --quiet sub',
        `git -C sub config core.fsmonitor ${q(planted)}`,
        `git -C sub config core.hooksPath ${q(path.dirname(planted))}`,
        `for h in post-checkout post-index-change reference-transaction; do cp ${q(planted)} sub/.git/hooks/$h; done`
      ].join('\n'),
      outputs: ['sub/.git']
    },
    {}
  )
  honest('an output named .git in a subdirectory')
  ds.runCommit(
    'a FIFO as an output',
    { cmd: 'rm -f pipe.txt && mkfifo pipe.txt stray.fifo', outputs: ['pipe.txt'] },
    { 'pipe.txt': 'data\n' }
  )
  honest('a FIFO as an output')
  ds.runCommit(
    `${MANY} declared outputs`,
    {
      cmd: ': > many/f0.txt; : {outputs}',
      outputs: Array.from({ length: MANY }, (_, i) => `many/f${i}.txt`)
    },
    { 'many/f0.txt': 'zero\n' }
  )
  honest(`${MANY} declared outputs`)
  return ds
}

/** A run that may not come back: an error (a CLI that never exits is killed) is kept, not thrown. */
type Attempt = { run: CliRun; failure?: undefined } | { run?: undefined; failure: string }

function attempt(verify: () => CliRun): Attempt {
  try {
    return { run: verify() }
  } catch (e) {
    return { failure: e instanceof Error ? e.message : String(e) }
  }
}

function oddTreesSuite(runner: Runner): void {
  let markers: string
  let ds: PlainDataset
  /** The record with many outputs runs on its own, so that the other odd trees are judged even if it breaks the run. */
  let attempts: { few: Attempt; many: Attempt }
  let changes: string[]

  beforeAll(() => {
    markers = sharedDirectory(sandbox, 'odd-markers')
    ds = oddTreesDataset('odd', markers)
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, ds.path)
    const commits = ds
      .git('rev-list', '--reverse', `HEAD~${2 * ODD_TREES.length}..HEAD`)
      .split('\n')
    const before = repositoryFingerprint(ds.path)
    attempts = {
      few: attempt(() => verifyAs(runner, ds, ['--jobs', '1', ...commits.slice(0, -2)])),
      many: attempt(() => verifyAs(runner, ds, ['--jobs', '1', ...commits.slice(-2)]))
    }
    changes = stateChanges(before, repositoryFingerprint(ds.path))
  }, 600_000)

  const runs = (): CliRun[] =>
    [attempts.few.run, attempts.many.run].filter((run): run is CliRun => run !== undefined)
  const runWith = (subject: string): CliRun => {
    const found = runs().find(run => run.report?.commits.some(c => c.subject === subject))
    if (!found) throw new Error(`no report holds "${subject}": ${JSON.stringify(attempts)}`)
    return found
  }

  it.each(['few', 'many'] as const)(
    'ends the run with the %s odd trees with exit 1 and a report, not a hang or an internal error',
    which => {
      const { run, failure } = attempts[which]
      expect(failure).toBeUndefined()
      expect({ code: run?.code, stderr: run?.code === 1 ? '' : run?.stderr }).toEqual({
        code: 1,
        stderr: ''
      })
    }
  )

  it.each(ODD_TREES)('makes "%s" cost its own commit only, saying why', subject => {
    const run = runWith(subject)
    const verdict = commitNamed(run.report, subject)
    expect(verdict.reason ?? '').not.toBe('')
    expect(`${verdict.status}: ${verdict.reason ?? ''}`).toMatch(/^(error|mismatch): /)
    expect(verdictOf(run, `honest after ${subject}`)).toMatch(/^reproduced: /)
  })

  it('runs nothing planted in a nested repository, and leaves no trace', () => {
    expect(fs.readdirSync(markers)).toEqual([])
    expect(changes).toEqual([])
    for (const run of runs()) {
      expect(run.worktrees).toEqual([ds.path])
      expect(run.leftovers).toEqual([])
    }
  })
}

/** `suite` for each isolated runner: as root, and as nobody where users can be switched. */
function eachIsolatedRunner(
  suite: (runner: Runner) => void,
  runners = { root: ISOLATED_AS_ROOT, nobody: ISOLATED_AS_NOBODY }
): void {
  describe.each(runners.root)('$title', runner => {
    suite(runner)
  })
  describeAsUnprivileged('as an unprivileged user', () => {
    describe.each(runners.nobody)('$title', runner => {
      suite(runner)
    })
  })
}

// ---------------------------------------------------------------------------------------------
// The runs: isolated as root and as nobody, and not isolated.
// ---------------------------------------------------------------------------------------------

describeWithNamespaces('isolated commands', () => {
  describeWithDatalad('forging a verdict', () => {
    eachIsolatedRunner(forgedVerdictSuite)
  })

  describe('leaving processes behind', () => {
    eachIsolatedRunner(processesSuite)
  })

  describe('leaving odd trees', () => {
    eachIsolatedRunner(oddTreesSuite, {
      root: [ISOLATED_AS_ROOT[0]],
      nobody: [ISOLATED_AS_NOBODY[1]]
    })
  })
})

describe('commands that are not isolated', () => {
  describeWithDatalad('forging a verdict', () => {
    describe.each([UNISOLATED])('$title', runner => {
      forgedVerdictSuite(runner)
    })
  })

  describe('leaving processes behind', () => {
    describe.each([UNISOLATED])('$title', runner => {
      processesSuite(runner)
    })
  })

  describe('leaving odd trees', () => {
    describe.each([UNISOLATED])('$title', runner => {
      oddTreesSuite(runner)
    })
  })
})
