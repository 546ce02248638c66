/**
 * A replayed command attacks the commands replayed after it: with `--jobs 1` every commit runs in
 * the same worker, whose checkout rerun-action keeps and restores after an isolated command. Each
 * trap is followed by an honest commit whose output describes its whole checkout (every entry
 * with its type and permissions, the files' contents, `git status`, what git's config says), as
 * git's own checkout of the trap commit shows it: that commit is reproduced only if nothing of
 * the trap survived. The user's repository and the files outside stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { PlainDataset } from '../action/harness.js'
import {
  commitNamed,
  describeAsUnprivileged,
  describeWithNamespaces,
  handOver,
  repositoryFingerprint,
  Sandbox,
  stateChanges,
  verifyCli,
  type CliRun,
  type Dataset
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

/**
 * The honest command: a description of the checkout it runs in, written last so that it does not
 * describe itself.
 */
const DESCRIBE_CHECKOUT = [
  'out="$TMPDIR/description"',
  `find . -path ./.git -prune -o -printf '%y %m %p %l\\n' | LC_ALL=C sort > "$out"`,
  `find . -path ./.git -prune -o -type f -perm -u+r -print | LC_ALL=C sort | xargs -d '\\n' sha256sum >> "$out"`,
  // Unprivileged, git warns on stderr of the HOME it cannot read.
  'git status --porcelain --untracked-files=all >> "$out" 2>/dev/null',
  'echo "fsmonitor: $(git config --get core.fsmonitor || echo none)" >> "$out"',
  'echo "hooks: $(git config --get core.hooksPath || echo none) $(ls .git/hooks 2>/dev/null)" >> "$out"',
  'echo "HEAD: $(git rev-parse HEAD)" >> "$out"'
].join('\n')

/** What the traps do, each in the checkout it runs in (its working directory). */
function traps(ds: PlainDataset, outside: string, planted: string): Record<string, string> {
  return {
    'rewrites a file in place and sets its size and times back': `perl -e 'my @s = stat("data.txt"); open(my $f, "+<", "data.txt") or die; print $f "PARENT-DATA"; close $f; utime $s[8], $s[9], "data.txt"'`,
    'swaps two files': 'mv data.txt swap && mv in.txt data.txt && mv swap in.txt',
    'replaces files and a directory by links to the user repository and outside': [
      `rm -rf dir && ln -s ${q(ds.path)} dir`,
      `rm -f in.txt && ln -s ${q(path.join(ds.path, 'in.txt'))} in.txt`,
      `rm -f data.txt && ln -s ${q(outside)} data.txt`
    ].join('\n'),
    'changes permissions':
      'chmod 0555 dir && chmod 0 in.txt && chmod 0755 data.txt && chmod 0700 .',
    'leaves files, directories and FIFOs behind': [
      'mkdir -p stray/deeper && echo x > stray/deeper/file && echo x > .hidden',
      `printf '* eol=crlf ident\\n' > .gitattributes`,
      'mkfifo pipe dir/pipe'
    ].join('\n'),
    'plants git config, hooks and attributes in the repository': [
      'git update-ref refs/heads/forged HEAD',
      'echo ref: refs/heads/forged > .git/HEAD',
      'mkdir -p .git/hooks .git/info',
      `printf '#!/bin/sh\\nexec %s\\n' ${q(planted)} > .git/hooks/post-index-change`,
      'chmod +x .git/hooks/post-index-change',
      `printf '* eol=crlf\\n' > .git/info/attributes`,
      // Last: no git of the command's own runs what it plants.
      'git config core.hooksPath .git/hooks',
      `git config core.fsmonitor ${q(planted)}`
    ].join('\n'),
    'moves its checkout away and leaves a copy in its place': [
      'cd .. && mv dataset gone && mkdir dataset && cp -a gone/. dataset/',
      `printf 'FORGED-DATA' > dataset/data.txt`
    ].join('\n'),
    'moves its checkout away and leaves a link to the user repository in its place': `cd .. && mv dataset gone && ln -s ${q(ds.path)} dataset`
  }
}

/** A trap commit, then an honest one that describes the checkout the trap left to its successor. */
function trapsDataset(
  name: string,
  markers: string
): { ds: PlainDataset; outside: string; subjects: string[] } {
  const ds = PlainDataset.create(sandbox, name)
  // Run by git, it leaves a mark where anyone can write.
  const planted = path.join(sandbox.directory('programs'), 'planted')
  fs.writeFileSync(planted, `#!/bin/sh\necho "$0 $*" >> ${q(path.join(markers, 'ran'))}\n`, {
    mode: 0o755
  })
  fs.chmodSync(path.dirname(planted), 0o755)
  const outside = path.join(sandbox.directory('outside'), 'outside.txt')
  fs.writeFileSync(outside, 'outside\n')
  ds.write('data.txt', 'parent-data\n')
  ds.write('dir/inner.txt', 'inner\n')
  ds.write('dir/nested/deeper.txt', 'deeper\n')
  ds.commit('files the traps work on')
  const subjects: string[] = []
  Object.entries(traps(ds, outside, planted)).forEach(([trap, script], i) => {
    ds.runCommit(
      `trap: ${trap}`,
      { cmd: literal(`echo ${i} > trap-${i}.txt\n${script}`), outputs: [`trap-${i}.txt`] },
      { [`trap-${i}.txt`]: `${i}\n` }
    )
    ds.runCommit(
      `after: ${trap}`,
      {
        cmd: literal(`${DESCRIBE_CHECKOUT}\ncp "$out" check-${i}.txt`),
        outputs: [`check-${i}.txt`]
      },
      { [`check-${i}.txt`]: describedByGit(ds) }
    )
    subjects.push(trap)
  })
  return { ds, outside, subjects }
}

/** What the honest command writes in git's own checkout of the dataset's HEAD. */
function describedByGit(ds: PlainDataset): string {
  const head = ds.git('rev-parse', 'HEAD')
  const checkout = sandbox.directory('git-checkout')
  const scratch = sandbox.directory('git-checkout-tmp')
  ds.git('worktree', 'add', '--quiet', '--detach', checkout, head)
  try {
    const run = spawnSync('sh', ['-c', DESCRIBE_CHECKOUT], {
      cwd: checkout,
      env: { ...sandbox.env, TMPDIR: scratch },
      encoding: 'utf8'
    })
    if (run.status !== 0) throw new Error(`describing the checkout failed: ${run.stderr}`)
    return fs.readFileSync(path.join(scratch, 'description'), 'utf8')
  } finally {
    ds.git('worktree', 'remove', '--force', checkout)
  }
}

function trapsSuite(runner: Runner): void {
  let ds: PlainDataset
  let outside: string
  let subjects: string[]
  let run: CliRun
  let changes: string[]
  let markers: string

  beforeAll(() => {
    markers = sharedDirectory(sandbox, 'markers')
    ;({ ds, outside, subjects } = trapsDataset('traps', markers))
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, ds.path)
    const before = repositoryFingerprint(ds.path)
    run = verifyCli(
      ds as unknown as Dataset,
      ['--no-cache', '--jobs', '1', '--isolation', runner.isolation, '--since', ''],
      { json: true, asUser: runner.asUser }
    )
    changes = stateChanges(before, repositoryFingerprint(ds.path))
  }, 300_000)

  it('verifies the commit after each trap as reproduced: its checkout is as git checks it out', () => {
    const verdicts = Object.fromEntries(subjects.map(s => [s, verdictOf(run, `after: ${s}`)]))
    expect(verdicts).toEqual(
      Object.fromEntries(subjects.map(s => [s, expect.stringMatching(/^reproduced: /)]))
    )
  })

  it('never judges a command that left a link in place of its checkout as reproduced', () => {
    const verdict = commitNamed(
      run.report,
      'trap: moves its checkout away and leaves a link to the user repository in its place'
    )
    expect(`${verdict.status}: ${verdict.reason ?? ''}`).toMatch(
      /^error: the command replaced its checkout directory \(by a symbolic link\)/
    )
  })

  it('runs nothing planted, and leaves the user repository, the file outside and the temp directory as they were', () => {
    expect(changes).toEqual([])
    expect(run.changes).toEqual([])
    expect(fs.readFileSync(outside, 'utf8')).toBe('outside\n')
    expect(fs.readdirSync(markers)).toEqual([])
    expect(run.leftovers).toEqual([])
  })
}

describeWithNamespaces('traps for the next command, isolated (the checkout is kept)', () => {
  describe.each([ISOLATED_AS_ROOT[0]])('$title', runner => {
    trapsSuite(runner)
  })
  describeAsUnprivileged('as an unprivileged user', () => {
    describe.each([ISOLATED_AS_NOBODY[1]])('$title', runner => {
      trapsSuite(runner)
    })
  })
})

describe('traps for the next command, not isolated (each checkout is fresh)', () => {
  describe.each([UNISOLATED])('$title', runner => {
    trapsSuite(runner)
  })
})
