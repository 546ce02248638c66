/**
 * The trust boundary around a replayed command, attacked from inside: the command comes from a
 * commit message, runs as the user, and may do anything that user can. Here it plants programs
 * for git to run later (in the user's repository, in ~/.gitconfig, in the XDG config), tries to
 * change the user's repository, and hunts for the runner's secrets. What is checked is what
 * happens outside the command — markers left by planted programs, a fingerprint of the user's
 * repository, the report, the CLI's output — not only what the command saw.
 *
 * Forged verdicts, processes left behind and odd trees are in trust-boundary-isolated.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
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

/** What the runner holds, each value unique so that a leak is found wherever it lands. */
const SECRETS = {
  GITHUB_TOKEN: 'ghs_trustboundary-github-token',
  ACTIONS_RUNTIME_TOKEN: 'trustboundary-actions-runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'trustboundary-id-token-request-token',
  INPUT_TOKEN: 'ghs_trustboundary-input-token',
  checkoutConfig: 'ghs_trustboundary-checkout-extraheader',
  credentialStore: 'ghp_trustboundary-credential-store'
}
const SECRET_ENV = {
  GITHUB_TOKEN: SECRETS.GITHUB_TOKEN,
  ACTIONS_RUNTIME_TOKEN: SECRETS.ACTIONS_RUNTIME_TOKEN,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  INPUT_TOKEN: SECRETS.INPUT_TOKEN
}

/** The names of the secrets that appear in `text`. */
function leaks(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name)
}

/**
 * Shell code that sets `dirs` to every git directory of the user's that a command can find: the
 * one the test names (a command can know the absolute path of the repository), the one the
 * checkout's objects borrow from (objects/info/alternates), the one `git rev-parse` names, and
 * any found walking up from the checkout.
 */
function findGitDirs(known: string): string {
  return [
    `dirs=${q(known)}`,
    'if [ -f .git/objects/info/alternates ]; then dirs="$dirs $(dirname "$(head -n 1 .git/objects/info/alternates)")"; fi',
    'own=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null) && dirs="$dirs $own"',
    'd=$(pwd -P); while [ "$d" != / ]; do d=$(dirname "$d"); if [ -d "$d/.git" ]; then dirs="$dirs $d/.git"; fi; done',
    'echo "found git directories: $dirs"'
  ].join('\n')
}

let sandbox: Sandbox

beforeAll(() => {
  sandbox = sandboxSharedWithNobody()
})

afterAll(async () => sandbox?.dispose())

/** A home directory for the runner user, with an XDG config directory. */
function homeDirectory(): string {
  const home = sandbox.directory('home')
  fs.mkdirSync(path.join(home, '.config', 'git'), { recursive: true })
  return home
}

// ---------------------------------------------------------------------------------------------
// 1. Programs planted for git to run later.
// ---------------------------------------------------------------------------------------------

/** Config keys whose value is a program git (or git-annex) may run, by the program's kind. */
const PROGRAM_KEYS: [key: string, kind: string][] = [
  ['core.fsmonitor', 'fsmonitor'],
  ['filter.evil.smudge', 'smudge'],
  ['filter.evil.clean', 'clean'],
  ['diff.evil.textconv', 'textconv'],
  ['diff.evil.command', 'diff'],
  ['merge.evil.driver', 'merge'],
  ['core.pager', 'pager'],
  ['pager.log', 'pager-log'],
  ['gpg.program', 'gpg'],
  ['gpg.ssh.program', 'gpg-ssh'],
  ['core.sshCommand', 'ssh'],
  ['core.askPass', 'askpass'],
  ['core.gitProxy', 'proxy'],
  ['credential.helper', 'credential'],
  ['core.editor', 'editor'],
  ['sequence.editor', 'sequence-editor'],
  ['annex.freezecontent-command', 'annex-freeze'],
  ['annex.thawcontent-command', 'annex-thaw'],
  ['annex.secure-erase-command', 'annex-erase'],
  ['annex.http-headers-command', 'annex-headers']
]
const ALIASES = ['st', 'co', 'x']
const HOOKS = [
  'post-checkout',
  'post-index-change',
  'reference-transaction',
  'pre-commit',
  'post-commit',
  'post-merge',
  'post-rewrite',
  'pre-auto-gc',
  'fsmonitor-watchman',
  'pre-push',
  'post-update'
]
/** Where a command plants: the repository's config, ~/.gitconfig, the XDG config, an included file. */
const PLACES = ['repo', 'global', 'xdg', 'include']

/**
 * The programs a command will name in config: each appends to `<markers>/<its name>` who ran it
 * and with what environment (so a leaked token would show), and behaves enough like the real
 * thing (a filter passes its input through) not to break what runs it.
 */
function writePlantedPrograms(programs: string, markers: string): void {
  const script = [
    '#!/bin/sh',
    `case $0 in ${q(programs)}/*) name=$(printf %s "\${0#${q(programs)}/}" | tr / _) ;; *) name=repo-hooks_$(basename "$0") ;; esac`,
    `{ printf 'ran %s %s\\nby %s\\n' "$0" "$*" "$(tr '\\0' ' ' < /proc/$PPID/cmdline 2>/dev/null)"; env; } >> ${q(markers)}/"$name" 2>/dev/null`,
    'case $name in smudge-*|clean-*) exec cat ;; textconv-*) exec cat "$1" ;; esac',
    'exit 0',
    ''
  ].join('\n')
  const names = PLACES.flatMap(place => [
    ...PROGRAM_KEYS.map(([, kind]) => `${kind}-${place}`),
    `alias-${place}`,
    ...HOOKS.map(hook => `hooks-${place}/${hook}`)
  ])
  for (const name of [...names, ...HOOKS.map(hook => `hooks-direct/${hook}`)]) {
    const file = path.join(programs, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, script, { mode: 0o755 })
  }
}

/**
 * The attack: find the user's git directory, and plant everywhere git looks for programs to
 * run — the repository's config, its hooks and info/attributes, the work tree's .gitattributes,
 * ~/.gitconfig, $XDG_CONFIG_HOME/git/config and attributes, and a file they all include. Each
 * step says whether it got through; nothing planted is run by the command itself.
 */
function plantingScript(programs: string, knownGitDir: string): string {
  const P = q(programs)
  const setKeys = PROGRAM_KEYS.map(
    ([key, kind]) => `git config --file "$1" ${key} ${P}/${kind}-"$2" 2>/dev/null || ok=no`
  )
  const aliases = ALIASES.map(
    alias => `git config --file "$1" alias.${alias} '!'${P}/alias-"$2" 2>/dev/null || ok=no`
  )
  return [
    'plant() {',
    '  ok=yes',
    '  mkdir -p "$(dirname "$1")" 2>/dev/null',
    ...setKeys.map(line => `  ${line}`),
    ...aliases.map(line => `  ${line}`),
    `  git config --file "$1" core.hooksPath ${P}/hooks-"$2" 2>/dev/null || ok=no`,
    '  git config --file "$1" log.showSignature true 2>/dev/null || ok=no',
    '  echo "planted in $1 ($2): $ok"',
    '}',
    findGitDirs(knownGitDir),
    'for U in $dirs; do',
    '  plant "$U/config" repo',
    `  for h in ${HOOKS.join(' ')}; do mkdir -p "$U/hooks" 2>/dev/null; cp ${P}/hooks-direct/$h "$U/hooks/$h" 2>/dev/null && chmod 755 "$U/hooks/$h" 2>/dev/null && echo "planted hook $U/hooks/$h"; done`,
    '  mkdir -p "$U/info" 2>/dev/null; echo "* filter=evil diff=evil merge=evil" >> "$U/info/attributes" 2>/dev/null && echo "planted $U/info/attributes"',
    '  echo "* filter=evil diff=evil merge=evil" >> "$(dirname "$U")/.gitattributes" 2>/dev/null && echo "planted $(dirname "$U")/.gitattributes"',
    'done',
    'plant "$HOME/.gitconfig" global',
    'plant "$HOME/.config/git/config" xdg',
    'echo "* filter=evil diff=evil merge=evil" >> "$HOME/.config/git/attributes" 2>/dev/null && echo "planted $HOME/.config/git/attributes"',
    'inc="$HOME/.planted-include"',
    'plant "$inc" include',
    'for f in "$HOME/.gitconfig" "$HOME/.config/git/config"; do git config --file "$f" --add include.path "$inc" 2>/dev/null && echo "included from $f"; done',
    'for U in $dirs; do git config --file "$U/config" --add include.path "$inc" 2>/dev/null && echo "included from $U/config"; done',
    'echo planting-done',
    'true'
  ].join('\n')
}

/** Marker files, each with what it holds; empty when no planted program ran. */
function markersIn(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).map(name => [name, fs.readFileSync(path.join(dir, name), 'utf8')])
  )
}

/** git-annex's own bookkeeping, which verifying annexed files may update. */
const ANNEX_BOOKKEEPING = [
  '.git/annex',
  '.git/refs/heads/git-annex',
  '.git/refs/annex',
  '.git/logs/refs/heads/git-annex',
  '.git/logs/refs/annex'
]

const ANNEXED_BYTES = Buffer.from('\x01\x02\x03 annexed output\n', 'latin1')

/** A run commit whose one output is annexed (added with git-annex, as binary outputs are). */
function annexedRunCommit(ds: Dataset, subject: string, cmd: string, rel: string): string {
  fs.writeFileSync(path.join(ds.path, rel), ANNEXED_BYTES)
  ds.git('annex', 'add', '--quiet', '--force-large', rel)
  return ds.handMadeRunCommit(subject, { cmd, outputs: [rel] })
}

/** Annexed inputs, each its own content (so its own key, which git-annex fetches on its own). */
const inputBytes = (name: string): Buffer =>
  Buffer.from(`\x00\x01 annexed input ${name}, fetched from the origin\n`, 'latin1')

/**
 * A clone (the user's repository) whose first run commit plants programs, and whose later ones
 * make rerun-action do its work afterwards: checkouts, an annexed output, annexed inputs that
 * git-annex must fetch from the origin (one for each run), a text diff of an output that differs.
 */
function plantedDataset(name: string, programs: string): { ds: Dataset; origin: Dataset } {
  const origin = Dataset.create(sandbox, `${name}-origin`, { text2git: true })
  // Committed attributes name the planted drivers: git applies them wherever a driver exists.
  fs.appendFileSync(path.join(origin.path, '.gitattributes'), '*.txt filter=evil diff=evil\n')
  origin.write('in.txt', 'input\n')
  origin.git('add', '.gitattributes', 'in.txt')
  origin.commit('attributes naming planted drivers')
  for (const input of ['first', 'second']) {
    fs.writeFileSync(path.join(origin.path, `${input}.bin`), inputBytes(input))
    origin.git('annex', 'add', '--quiet', '--force-large', `${input}.bin`)
  }
  origin.commit('annexed inputs')
  const ds = Dataset.clone(sandbox, origin, name, 'datalad')
  ds.handMadeRunCommit('plant', {
    cmd: literal(plantingScript(programs, path.join(ds.path, '.git')))
  })
  ds.handMadeRunCommit(
    'honest after planting',
    { cmd: 'cat in.txt > copy.txt', inputs: ['in.txt'], outputs: ['copy.txt'] },
    { 'copy.txt': 'input\n' }
  )
  annexedRunCommit(
    ds,
    'annexed after planting',
    "printf '\\001\\002\\003 annexed output\\n' > data.bin",
    'data.bin'
  )
  for (const input of ['first', 'second']) {
    ds.handMadeRunCommit(
      `fetching the ${input} input after planting`,
      {
        cmd: `wc -c < ${input}.bin > ${input}.txt`,
        inputs: [`${input}.bin`],
        outputs: [`${input}.txt`]
      },
      { [`${input}.txt`]: `${inputBytes(input).length}\n` }
    )
  }
  ds.handMadeRunCommit(
    'drifted after planting',
    { cmd: 'echo new > drift.txt', outputs: ['drift.txt'] },
    { 'drift.txt': 'old\n' }
  )
  return { ds, origin }
}

/**
 * Changes in a fingerprint of a dataset, less the new objects of git-annex's own branch:
 * fetching annexed content records where it now is, in new commits of that branch.
 */
function beyondAnnexBookkeeping(ds: Dataset, changes: readonly string[]): string[] {
  const listed = ds.git('rev-list', '--objects', 'refs/heads/git-annex').split('\n')
  const annexObjects = new Set(listed.map(line => line.split(' ')[0]))
  return changes.filter(change => {
    const object = /^added \.git\/objects\/([0-9a-f]{2})(?:\/([0-9a-f]{38}))?$/.exec(change)
    if (!object) return true
    // A new fan-out directory: the objects in it are judged one by one.
    if (object[2] === undefined) return false
    return !annexObjects.has(`${object[1]}${object[2]}`)
  })
}

/** The verdicts a planting must not change (`second`: the run that fetches the second input). */
function expectVerdictsUnharmed(run: CliRun, second: boolean): void {
  expect(verdictOf(run, 'honest after planting')).toMatch(/^reproduced: /)
  expect(verdictOf(run, 'annexed after planting')).toMatch(/^reproduced: /)
  expect(verdictOf(run, 'fetching the first input after planting')).toMatch(/^reproduced: /)
  if (second)
    expect(verdictOf(run, 'fetching the second input after planting')).toMatch(/^reproduced: /)
  expect(verdictOf(run, 'drifted after planting')).toMatch(/^mismatch: /)
  expect(run.code).toBe(1)
}

function plantedProgramsSuite(runner: Runner): void {
  let home: string
  let programs: string
  let markers: string
  let ds: Dataset
  let first: CliRun
  let firstChanges: string[]
  let markersAfterFirst: Record<string, string>
  let second: CliRun

  const verify = (commits: string[]): CliRun =>
    verifyCli(ds, ['--no-cache', '--jobs', '1', '--isolation', runner.isolation, ...commits], {
      json: true,
      asUser: runner.asUser,
      env: {
        ...SECRET_ENV,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig')
      }
    })

  beforeAll(() => {
    home = homeDirectory()
    programs = sandbox.directory('programs')
    markers = sharedDirectory(sandbox, 'markers')
    writePlantedPrograms(programs, markers)
    const planted = plantedDataset('planted', programs)
    ds = planted.ds
    // The origin too: git-annex fetches from it as the runner user.
    if (runner.asUser !== undefined)
      handOver(sandbox, runner.asUser, ds.path, planted.origin.path, home)
    const before = repositoryFingerprint(ds.path, ANNEX_BOOKKEEPING)
    // The first run leaves the second input to fetch for the second.
    const commits = ds.git('rev-list', '--reverse', 'HEAD~6..HEAD').trim().split('\n')
    first = verify(commits.filter((_, i) => i !== 4))
    firstChanges = beyondAnnexBookkeeping(
      ds,
      stateChanges(before, repositoryFingerprint(ds.path, ANNEX_BOOKKEEPING))
    )
    markersAfterFirst = markersIn(markers)
    // Then everything planted at once, as an earlier command that was not isolated could have
    // left it, before rerun-action starts: its own git must still run none of it.
    const plantedByHand = spawnSync(
      '/bin/sh',
      ['-c', plantingScript(programs, path.join(ds.path, '.git'))],
      { cwd: sandbox.root, env: { PATH: process.env.PATH, HOME: home }, encoding: 'utf8' }
    )
    if (!plantedByHand.stdout.includes('planting-done'))
      throw new Error(`planting failed: ${plantedByHand.stderr}`)
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, ds.path, home)
    second = verify(commits)
  }, 600_000)

  it('runs the planting command, and judges the commits after it as before', () => {
    expect(commitNamed(first.report, 'plant').log?.tail).toContain('planting-done')
    expectVerdictsUnharmed(first, false)
  })

  it('never runs a program the command planted', () => {
    expect(markersAfterFirst).toEqual({})
  })

  it('never runs a program planted before it started', () => {
    expectVerdictsUnharmed(second, true)
    expect(markersIn(markers)).toEqual({})
  })

  it('hands no secret to a planted program, if one ran anyway', () => {
    const found = Object.entries(markersIn(markers)).flatMap(([name, text]) =>
      leaks(text).map(secret => `${name}: ${secret}`)
    )
    expect(found).toEqual([])
  })

  if (runner.isolation !== 'off') {
    it('keeps the planting out of the user repository', () => {
      expect(first.report?.isolated).toBe(true)
      expect(firstChanges).toEqual([])
      expect(first.worktrees).toEqual([ds.path])
      expect(first.leftovers).toEqual([])
    })
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The user's repository is never modified (isolated commands).
// ---------------------------------------------------------------------------------------------

/**
 * The attack: every way to change the user's repository that the command's user has — refs of
 * each kind, config, hooks, attributes, the index, the work tree, the object store, the stash,
 * replace refs, garbage collection, HEAD — through git and by hand. Each step says how it went.
 */
function vandalScript(knownGitDir: string): string {
  return [
    'export GIT_AUTHOR_NAME=vandal GIT_AUTHOR_EMAIL=vandal@example.invalid GIT_COMMITTER_NAME=vandal GIT_COMMITTER_EMAIL=vandal@example.invalid',
    `dirs=${q(knownGitDir)}`,
    'if [ -f .git/objects/info/alternates ]; then dirs="$dirs $(dirname "$(head -n 1 .git/objects/info/alternates)")"; fi',
    'try() { what=$1; shift; if "$@" >/dev/null 2>&1; then echo "did: $what"; else echo "could not: $what"; fi; }',
    'for U in $dirs; do',
    '  W=$(dirname "$U")',
    '  echo "vandalising $U"',
    '  g() { git --git-dir="$U" --work-tree="$W" "$@"; }',
    '  try "update-ref $U" g update-ref refs/heads/planted HEAD',
    '  try "tag $U" g tag -f planted HEAD',
    '  try "note $U" g notes add -f -m planted HEAD',
    '  try "config $U" g config planted.key yes',
    '  try "hook $U" sh -c \'mkdir -p "$1/hooks" && printf "#!/bin/sh\\nexit 0\\n" > "$1/hooks/post-checkout" && chmod 755 "$1/hooks/post-checkout"\' sh "$U"',
    '  try "attributes $U" sh -c \'mkdir -p "$1/info" && echo "* filter=planted" >> "$1/info/attributes"\' sh "$U"',
    '  try "edit $W/in.txt" sh -c \'echo planted >> "$1/in.txt"\' sh "$W"',
    '  try "add $W/in.txt" g add in.txt',
    '  try "stash $U" g stash push -m planted',
    '  try "replace $U" g replace -f HEAD HEAD~1',
    '  try "rules $W/.rerun.yml" sh -c \'printf "rules:\\n  - path: \\"**\\"\\n    ignore: true\\n" > "$1/.rerun.yml"\' sh "$W"',
    '  try "ref file $U" sh -c \'git --git-dir="$1" rev-parse HEAD > "$1/refs/heads/by-hand"\' sh "$U"',
    '  try "object $U" sh -c \': > "$1/objects/planted"\' sh "$U"',
    '  try "gc $U" g gc --prune=now --quiet',
    '  try "index $U" sh -c \': > "$1/index"\' sh "$U"',
    '  try "HEAD $U" sh -c \'echo "ref: refs/heads/planted" > "$1/HEAD"\' sh "$U"',
    'done',
    'echo vandal-done'
  ].join('\n')
}

/** A plain repository with a run commit that vandalises it and an honest one after it. */
function vandalisedDataset(name: string): PlainDataset {
  const ds = PlainDataset.create(sandbox, name)
  ds.runCommit('vandal', { cmd: literal(vandalScript(path.join(ds.path, '.git'))) }, {})
  ds.runCommit(
    'honest after the vandal',
    { cmd: 'echo fine > fine.txt', outputs: ['fine.txt'] },
    { 'fine.txt': 'fine\n' }
  )
  // A user at work: a stash entry, a staged file, an untracked file.
  ds.write('stashed.txt', 'work in progress\n')
  ds.git('add', 'stashed.txt')
  ds.git('stash', 'push', '--quiet', '-m', 'user work in progress')
  ds.write('staged.txt', 'staged\n')
  ds.git('add', 'staged.txt')
  ds.write('untracked.txt', 'untracked\n')
  return ds
}

function unmodifiedRepositorySuite(runner: Runner): void {
  let ds: PlainDataset
  let run: CliRun
  let changes: string[]

  beforeAll(() => {
    ds = vandalisedDataset('vandalised')
    if (runner.asUser !== undefined) handOver(sandbox, runner.asUser, ds.path)
    const before = repositoryFingerprint(ds.path)
    run = verifyCli(
      ds as unknown as Dataset,
      ['--no-cache', '--jobs', '1', '--isolation', runner.isolation],
      { json: true, asUser: runner.asUser }
    )
    changes = stateChanges(before, repositoryFingerprint(ds.path))
  }, 300_000)

  it('runs the vandal, isolated, and verifies the next commit as usual', () => {
    expect(run.report?.isolated).toBe(true)
    expect(commitNamed(run.report, 'vandal').log?.tail).toContain(
      `vandalising ${path.join(ds.path, '.git')}`
    )
    expect(commitNamed(run.report, 'vandal').log?.tail).toContain('vandal-done')
    expect(verdictOf(run, 'honest after the vandal')).toMatch(/^reproduced: /)
    expect([0, 1]).toContain(run.code)
  })

  it('leaves every ref, config, hook, object, the index and the work tree as they were', () => {
    expect(changes).toEqual([])
    expect(run.leftovers).toEqual([])
  })
}

// ---------------------------------------------------------------------------------------------
// 4. The runner's secrets.
// ---------------------------------------------------------------------------------------------

interface SecretPlaces {
  runnerTemp: string
  home: string
  store: string
  smuggled: string
}

/**
 * The attack: look for tokens everywhere — every process's environment and command line, the
 * runner's temp directory (found by name and by walking up), the credentials actions/checkout
 * persists there, git config at every level, the credential store the global config names, and
 * `git credential fill` in the checkout and in the user's repository — write all of it into the
 * declared output and to stdout, and smuggle a copy out to a directory outside.
 */
function nosyScript(places: SecretPlaces, userRepo: string, name: string): string {
  const fill = "printf 'protocol=https\\nhost=github.com\\n\\n'"
  return [
    '{',
    'echo "== processes"',
    "for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < \"$f\"; done 2>/dev/null",
    "for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < \"$f\"; echo; done 2>/dev/null",
    'echo "== files"',
    `ls -la ${q(places.runnerTemp)}`,
    `cat ${q(places.runnerTemp)}/* ${q(places.store)} "$HOME/.gitconfig" "$HOME/.config/git/config" "$HOME/.git-credentials"`,
    'd=$(pwd -P); while [ "$d" != / ]; do d=$(dirname "$d"); cat "$d"/git-credentials-*.config 2>/dev/null; done',
    'U=$(dirname "$(head -n 1 .git/objects/info/alternates)")',
    `cat "$U/config" ${q(path.join(userRepo, '.git', 'config'))}`,
    `git -C ${q(userRepo)} config --list --show-origin --includes`,
    'git config --global --list --show-origin --includes',
    'echo "== credential fill"',
    `${fill} | GIT_TERMINAL_PROMPT=0 git credential fill`,
    `${fill} | GIT_TERMINAL_PROMPT=0 git -C ${q(userRepo)} credential fill`,
    'echo "== parent"',
    "tr '\\0' '\\n' < /proc/$PPID/environ",
    'echo "== env"',
    'env',
    'echo "== end"',
    '} > found.txt 2>&1',
    `cp found.txt ${q(path.join(places.smuggled, name))} 2>/dev/null`,
    'cat found.txt'
  ].join('\n')
}

/** Lines of `text` from the line `== from` up to the line `== to`. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(`== ${from}\n`)
  const end = text.indexOf(`== ${to}\n`, start)
  return start < 0 ? '' : text.slice(start, end < 0 ? undefined : end)
}

function secretsSuite(runner: Runner): void {
  let places: SecretPlaces
  let ds: PlainDataset
  let run: CliRun
  let reportText: string

  beforeAll(() => {
    places = {
      runnerTemp: sandbox.directory('runner-temp'),
      home: homeDirectory(),
      store: path.join(sandbox.directory('credential-store'), 'store'),
      smuggled: sharedDirectory(sandbox, 'smuggled')
    }
    // What actions/checkout persists (v6: a file under RUNNER_TEMP, included for the repository).
    const checkoutConfig = path.join(places.runnerTemp, 'git-credentials-x.config')
    fs.writeFileSync(
      checkoutConfig,
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: bearer ${SECRETS.checkoutConfig}\n`
    )
    fs.writeFileSync(
      places.store,
      `https://x-access-token:${SECRETS.credentialStore}@github.com\n`,
      { mode: 0o600 }
    )
    fs.writeFileSync(
      path.join(places.home, '.gitconfig'),
      `[credential]\n\thelper = store --file ${places.store}\n`
    )
    ds = PlainDataset.create(sandbox, 'nosy')
    ds.git('config', `includeIf.gitdir:${ds.path}/.git.path`, checkoutConfig)
    ds.runCommit(
      'nosy',
      { cmd: literal(nosyScript(places, ds.path, 'found.txt')), outputs: ['found.txt'] },
      { 'found.txt': 'nothing found\n' }
    )
    ds.runCommit(
      'honest after the nosy one',
      { cmd: 'echo fine > fine.txt', outputs: ['fine.txt'] },
      { 'fine.txt': 'fine\n' }
    )
    if (runner.asUser !== undefined) {
      handOver(
        sandbox,
        runner.asUser,
        ds.path,
        places.home,
        places.runnerTemp,
        path.dirname(places.store)
      )
    }
    run = verifyCli(
      ds as unknown as Dataset,
      ['--no-cache', '--jobs', '1', '--isolation', runner.isolation],
      {
        json: true,
        asUser: runner.asUser,
        env: {
          ...SECRET_ENV,
          RUNNER_TEMP: places.runnerTemp,
          TMPDIR: places.runnerTemp,
          HOME: places.home,
          XDG_CONFIG_HOME: path.join(places.home, '.config'),
          GIT_CONFIG_GLOBAL: path.join(places.home, '.gitconfig')
        }
      }
    )
    reportText = JSON.stringify(run.report)
  }, 300_000)

  const tail = (): string => commitNamed(run.report, 'nosy').log?.tail ?? ''
  const smuggled = (): string => {
    const file = path.join(places.smuggled, 'found.txt')
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  }

  it('runs the search, and verifies the next commit as usual', () => {
    expect(tail()).toContain('== credential fill')
    expect(tail()).toMatch(/^PATH=/m)
    expect(tail()).toContain('== end')
    expect(commitNamed(run.report, 'nosy').status).toBe('mismatch')
    expect(verdictOf(run, 'honest after the nosy one')).toMatch(/^reproduced: /)
    expect(run.code).toBe(1)
  })

  it('passes the command no secret in its environment, nor in its parent shell', () => {
    for (const text of [tail(), smuggled()]) {
      expect(leaks(section(text, 'env', 'end'))).toEqual([])
      expect(leaks(section(text, 'parent', 'env'))).toEqual([])
    }
  })

  if (runner.isolation !== 'off') {
    it('lets no secret reach the output, the report, stdout or stderr', () => {
      expect(run.report?.isolated).toBe(true)
      expect({
        output: leaks(smuggled()),
        report: leaks(reportText),
        stdout: leaks(run.stdout),
        stderr: leaks(run.stderr)
      }).toEqual({ output: [], report: [], stdout: [], stderr: [] })
    })

    it('keeps the runner temp directory as it was, and the user repository too', () => {
      expect(fs.readdirSync(places.runnerTemp)).toEqual(['git-credentials-x.config'])
      expect(run.changes).toEqual([])
    })
  }
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
  describeWithDatalad('planting programs for git', () => {
    eachIsolatedRunner(plantedProgramsSuite)
  })

  describe('changing the user repository', () => {
    eachIsolatedRunner(unmodifiedRepositorySuite)
  })

  describe("hunting for the runner's secrets", () => {
    eachIsolatedRunner(secretsSuite)
  })
})

describe('commands that are not isolated', () => {
  describeWithDatalad('planting programs for git', () => {
    describe.each([UNISOLATED])('$title', runner => {
      plantedProgramsSuite(runner)
    })
  })

  describe("hunting for the runner's secrets", () => {
    describe.each([UNISOLATED])('$title', runner => {
      secretsSuite(runner)
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Controls: the attacks above do what they say when nothing stands in their way, so that a
// passing suite means they were stopped, not that they never worked.
// ---------------------------------------------------------------------------------------------

describe('controls: the attacks work when run directly', () => {
  it('plants programs that git then runs', () => {
    const home = homeDirectory()
    const programs = sandbox.directory('control-programs')
    const markers = sharedDirectory(sandbox, 'control-markers')
    writePlantedPrograms(programs, markers)
    const ds = PlainDataset.create(sandbox, 'control-planted')
    ds.write('in.txt', 'changed\n')
    const env = { PATH: process.env.PATH, HOME: home }
    const planted = spawnSync(
      '/bin/sh',
      ['-c', plantingScript(programs, path.join(ds.path, '.git'))],
      {
        cwd: sandbox.root,
        env,
        encoding: 'utf8'
      }
    )
    expect(planted.stdout).toContain('planting-done')
    spawnSync('git', ['status'], { cwd: ds.path, env })
    spawnSync('git', ['diff'], { cwd: ds.path, env })
    // The last definition wins, here the included file's; which one ran does not matter.
    const ran = Object.keys(markersIn(markers))
    for (const kind of ['fsmonitor-', 'clean-', 'diff-', 'hooks-']) {
      expect(ran.filter(name => name.startsWith(kind))).not.toEqual([])
    }
  })

  it('changes the repository, which the fingerprint shows', () => {
    const ds = vandalisedDataset('control-vandalised')
    const before = repositoryFingerprint(ds.path)
    const vandal = spawnSync('/bin/sh', ['-c', vandalScript(path.join(ds.path, '.git'))], {
      cwd: sandbox.root,
      env: { PATH: process.env.PATH, HOME: sandbox.root },
      encoding: 'utf8'
    })
    expect(vandal.stdout).not.toContain('could not')
    const changes = stateChanges(before, repositoryFingerprint(ds.path))
    for (const expected of [
      'changed .git/HEAD',
      'changed .git/config',
      'added .git/hooks/post-checkout',
      'added .git/info/attributes',
      'added .git/objects/planted',
      'changed .git/index',
      'added .rerun.yml'
    ]) {
      expect(changes).toContain(expected)
    }
  })

  it('finds the secrets when nothing hides them', () => {
    const places: SecretPlaces = {
      runnerTemp: sandbox.directory('control-runner-temp'),
      home: homeDirectory(),
      store: path.join(sandbox.directory('control-store'), 'store'),
      smuggled: sharedDirectory(sandbox, 'control-smuggled')
    }
    fs.writeFileSync(
      path.join(places.runnerTemp, 'git-credentials-x.config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: bearer ${SECRETS.checkoutConfig}\n`
    )
    fs.writeFileSync(places.store, `https://x-access-token:${SECRETS.credentialStore}@github.com\n`)
    fs.writeFileSync(
      path.join(places.home, '.gitconfig'),
      `[credential]\n\thelper = store --file ${places.store}\n`
    )
    const ds = PlainDataset.create(sandbox, 'control-nosy')
    const found = spawnSync('/bin/sh', ['-c', nosyScript(places, ds.path, 'found.txt')], {
      cwd: ds.path,
      env: { PATH: process.env.PATH, HOME: places.home, ...SECRET_ENV },
      encoding: 'utf8'
    })
    expect(leaks(found.stdout).sort()).toEqual(Object.keys(SECRETS).sort())
  })
})
