/**
 * Integration-test helpers: DataLad datasets built with the real `datalad` and `git-annex` in
 * temp dirs, the bundled CLI (`node dist/cli.js`) run as a child process, and fingerprints of a
 * user's checkout so that a test can prove a run left it exactly as it was.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeTree } from '../../src/engine/execute/workspace.js'
import type { CommitVerdict } from '../../src/engine/model.js'
import type { JsonReport } from '../../src/report/json-report.js'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js')

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'rerun-action tests',
  GIT_AUTHOR_EMAIL: 'tests@rerun-action.invalid',
  GIT_COMMITTER_NAME: 'rerun-action tests',
  GIT_COMMITTER_EMAIL: 'tests@rerun-action.invalid'
}

function missingTool(file: string, args: readonly string[]): string | null {
  const result = spawnSync(file, args, { encoding: 'utf8' })
  if (result.status === 0) return null
  const call = [file, ...args].join(' ')
  return result.error ? `\`${call}\` could not run (${result.error.message})` : `\`${call}\` failed`
}

const missingTools = [
  missingTool('datalad', ['--version']),
  missingTool('git', ['annex', 'version', '--raw'])
].filter((m): m is string => m !== null)

/** Whether the real datalad and git-annex are installed (the integration tests need both). */
const haveDatalad = missingTools.length === 0

if (!haveDatalad) {
  console.warn(
    `SKIPPING the datalad integration tests: ${missingTools.join('; ')}. Install datalad and git-annex (e.g. \`apt-get install datalad git-annex\`) to run them.`
  )
}

/**
 * `describe` for suites that need datalad and git-annex: skipped, with the warning above saying
 * why, when they are not installed, so a missing tool never looks like a passing suite.
 */
export const describeWithDatalad = haveDatalad ? describe : describe.skip

/** Why replayed commands cannot be isolated here (no unshare, user namespaces forbidden), or null. */
function namespacesUnavailable(): string | null {
  const asUser = process.getuid?.() === 0 ? [] : ['--user', '--map-root-user']
  const result = spawnSync(
    'unshare',
    [
      ...asUser,
      '--mount',
      '--pid',
      '--fork',
      '--mount-proc',
      'mount',
      '-t',
      'tmpfs',
      'probe',
      '/mnt'
    ],
    { encoding: 'utf8' }
  )
  if (result.status === 0) return null
  return result.error ? `unshare could not run (${result.error.message})` : result.stderr.trim()
}

const noNamespaces = namespacesUnavailable()
if (noNamespaces !== null) {
  console.warn(
    `SKIPPING the tests of isolated commands: this machine cannot make mount and PID namespaces (${noNamespaces}). On Ubuntu 24.04: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0.`
  )
}

/**
 * A PATH whose `unshare` fails as the kernel makes it fail where unprivileged user namespaces
 * are forbidden (Ubuntu 24.04's AppArmor policy), for tests of what happens without isolation.
 */
export function pathWithoutNamespaces(sandbox: Sandbox): string {
  const bin = sandbox.directory('no-namespaces-bin')
  // Both launchers: util-linux's, and perl, which makes namespaces itself.
  for (const program of ['unshare', 'perl']) {
    fs.writeFileSync(
      path.join(bin, program),
      `#!/bin/sh\necho "${program}: write failed /proc/self/uid_map: Operation not permitted" >&2\nexit 1\n`,
      { mode: 0o755 }
    )
  }
  return `${bin}:${process.env.PATH ?? ''}`
}

/** `describe` for suites that need isolated commands (see src/engine/execute/isolation.ts). */
export const describeWithNamespaces = noNamespaces === null ? describe : describe.skip

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

function execute(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }
): CommandResult {
  const result = spawnSync(file, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    encoding: 'utf8',
    timeout: 120_000,
    // A program that ignores SIGTERM (the CLI stops gracefully on it) must not hang the suite.
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw result.error
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function succeed(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }
): string {
  const result = execute(file, args, options)
  if (result.code !== 0) {
    throw new Error(
      `\`${file} ${args.join(' ')}\` in ${options.cwd} exited ${result.code}:\n${result.stderr}${result.stdout}`
    )
  }
  return result.stdout
}

/**
 * A temp directory holding a test file's datasets, with its own git configuration: the identity
 * comes from the environment and the user's global and system git config are not read.
 */
export class Sandbox {
  private counter = 0

  private constructor(
    readonly root: string,
    readonly env: NodeJS.ProcessEnv
  ) {}

  static create(): Sandbox {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-action-test-')))
    const gitconfig = path.join(root, 'gitconfig')
    fs.writeFileSync(
      gitconfig,
      [
        '[user]',
        `\tname = ${GIT_IDENTITY.GIT_AUTHOR_NAME}`,
        `\temail = ${GIT_IDENTITY.GIT_AUTHOR_EMAIL}`,
        '[init]',
        '\tdefaultBranch = main',
        ''
      ].join('\n')
    )
    return new Sandbox(root, {
      ...process.env,
      ...GIT_IDENTITY,
      GIT_CONFIG_GLOBAL: gitconfig,
      GIT_CONFIG_NOSYSTEM: '1'
    })
  }

  /** A new, empty directory in the sandbox. */
  directory(name: string): string {
    const dir = path.join(this.root, `${name}-${++this.counter}`)
    fs.mkdirSync(dir)
    return dir
  }

  /** Run a program in the sandbox's environment; throws unless it exits 0. */
  run(file: string, args: readonly string[], cwd: string, input?: string): string {
    return succeed(file, args, { cwd, env: this.env, input })
  }

  async dispose(): Promise<void> {
    await removeTree(this.root)
  }
}

export interface RunOptions {
  message?: string
  inputs?: readonly string[]
  outputs?: readonly string[]
  expand?: 'inputs' | 'outputs' | 'both'
  sidecar?: boolean
  explicit?: boolean
  /** Directory (relative to the dataset root) to run `datalad run` in. */
  cwd?: string
  /** The command exits non-zero: datalad makes no commit and leaves .git/COMMIT_EDITMSG. */
  failing?: boolean
}

/** JSON of a run record exactly as datalad writes it: keys sorted, one space of indent. */
export function recordJson(record: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.keys(record)
      .sort()
      .map(key => [key, record[key]])
  )
  return JSON.stringify(sorted, null, 1)
}

/** A commit message in datalad's run template, around any record text (valid or not). */
/** A run record as datalad writes one: datalad's values for the fields `fields` leaves out. */
export function runRecord(dsid: string, fields: Record<string, unknown>): string {
  const given = Object.entries(fields).filter(([, value]) => value !== undefined)
  return recordJson({
    chain: [],
    exit: 0,
    extra_inputs: [],
    inputs: [],
    outputs: [],
    pwd: '.',
    dsid,
    ...Object.fromEntries(given)
  })
}

export function runMessage(subject: string, recordText: string): string {
  return `[DATALAD RUNCMD] ${subject}\n\n=== Do not change lines below ===\n${recordText}\n^^^ Do not change lines above ^^^\n`
}

/** A DataLad dataset in a sandbox, changed only through datalad, git and git-annex. */
export class Dataset {
  private constructor(
    readonly path: string,
    readonly sandbox: Sandbox
  ) {}

  static create(sandbox: Sandbox, name: string, options: { text2git?: boolean } = {}): Dataset {
    const dir = path.join(sandbox.directory(name), 'ds')
    const config = options.text2git ? ['-c', 'text2git'] : []
    sandbox.run('datalad', ['create', ...config, dir], sandbox.root)
    return new Dataset(dir, sandbox)
  }

  /**
   * `datalad clone` (git-annex initialised) or a plain `git clone` (not initialised), given the
   * source as a relative path the way people type it: datalad records it relative.
   */
  static clone(sandbox: Sandbox, source: Dataset, name: string, how: 'datalad' | 'git'): Dataset {
    const parent = sandbox.directory(name)
    const relative = path.relative(parent, source.path)
    if (how === 'datalad') sandbox.run('datalad', ['clone', relative, 'ds'], parent)
    else sandbox.run('git', ['clone', '--quiet', relative, 'ds'], parent)
    return new Dataset(path.join(parent, 'ds'), sandbox)
  }

  git(...args: string[]): string {
    return this.sandbox.run('git', args, this.path)
  }

  gitWithInput(input: string, ...args: string[]): string {
    return this.sandbox.run('git', args, this.path, input)
  }

  datalad(args: readonly string[], cwd = '.'): CommandResult {
    return execute('datalad', args, { cwd: path.join(this.path, cwd), env: this.sandbox.env })
  }

  write(rel: string, content: string): void {
    const file = path.join(this.path, rel)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.path, rel), 'utf8')
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim()
  }

  /** `datalad save -m MESSAGE`; returns the new HEAD. */
  save(message: string): string {
    const result = this.datalad(['save', '-m', message])
    if (result.code !== 0) throw new Error(`datalad save failed:\n${result.stderr}`)
    return this.head()
  }

  /** `datalad run`; returns the new HEAD (or, for a failing command, the unchanged one). */
  run(cmd: string | readonly string[], options: RunOptions = {}): string {
    const args = [
      'run',
      ...(options.message ? ['-m', options.message] : []),
      ...(options.inputs ?? []).flatMap(i => ['-i', i]),
      ...(options.outputs ?? []).flatMap(o => ['-o', o]),
      ...(options.expand ? ['--expand', options.expand] : []),
      ...(options.sidecar ? ['--sidecar', 'yes'] : []),
      ...(options.explicit ? ['--explicit'] : []),
      ...(typeof cmd === 'string' ? [cmd] : ['--', ...cmd])
    ]
    const result = this.datalad(args, options.cwd)
    if ((result.code === 0) === Boolean(options.failing)) {
      throw new Error(
        `datalad ${args.join(' ')} exited ${result.code}${options.failing ? ', expected a failure' : ''}:\n${result.stderr}${result.stdout}`
      )
    }
    return this.head()
  }

  /**
   * Commit what a failing `datalad run` left, as datalad suggests (`datalad save -F
   * .git/COMMIT_EDITMSG`), after `edit` had its way with the message; returns the new HEAD.
   */
  saveFailedRun(edit: (message: string) => string): string {
    const file = path.join(this.path, '.git', 'COMMIT_EDITMSG')
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')))
    const result = this.datalad(['save', '-F', file])
    if (result.code !== 0) throw new Error(`datalad save -F failed:\n${result.stderr}`)
    return this.head()
  }

  /** Rewrite the message of HEAD (content unchanged); returns the new HEAD. */
  amendMessage(edit: (message: string) => string): string {
    this.gitWithInput(
      edit(this.git('log', '-1', '--format=%B')),
      'commit',
      '--amend',
      '--quiet',
      '--allow-empty',
      '-F',
      '-'
    )
    return this.head()
  }

  /** A hand-made commit (of whatever is staged, possibly nothing) with the given message. */
  commit(message: string): string {
    this.gitWithInput(message, 'commit', '--quiet', '--allow-empty', '-F', '-')
    return this.head()
  }

  /**
   * A run commit made by hand: `files` are written and committed with a record in datalad's
   * format (defaults filled in, this dataset's id); the command is not run. Returns the commit.
   */
  handMadeRunCommit(
    subject: string,
    record: Record<string, unknown>,
    files: Record<string, string> = {}
  ): string {
    for (const [file, content] of Object.entries(files)) this.write(file, content)
    if (Object.keys(files).length > 0) this.git('add', '--', ...Object.keys(files))
    return this.commit(runMessage(subject, runRecord(this.id, record)))
  }

  /**
   * A commit of HEAD's tree with the given message and parents that no branch points to, so the
   * history, the index and the working tree stay as they are; returns its id.
   */
  danglingCommit(message: string, parents: readonly string[]): string {
    const args = ['commit-tree', 'HEAD^{tree}', ...parents.flatMap(p => ['-p', p]), '-F', '-']
    return this.gitWithInput(message, ...args).trim()
  }

  /** Delete the dataset (annexed content included), as if its disk were gone. */
  async remove(): Promise<void> {
    await removeTree(this.path)
  }

  get id(): string {
    return this.git('config', '-f', '.datalad/config', 'datalad.dataset.id').trim()
  }

  /**
   * Leave the checkout the way a user at work might: a stash entry, a staged new file, an
   * untracked file. Call it last: datalad refuses to run on a dirty dataset.
   */
  addUserState(): void {
    this.write('stashed.txt', 'work in progress\n')
    this.git('add', 'stashed.txt')
    this.git('stash', 'push', '--quiet', '-m', 'user work in progress')
    this.write('staged.txt', 'staged, not committed\n')
    this.git('add', 'staged.txt')
    this.write('untracked.txt', 'untracked notes\n')
  }
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

function fingerprintTree(dir: string, prefix: string, state: Map<string, string>, skip: string[]) {
  for (const name of fs.readdirSync(dir).sort()) {
    const rel = `${prefix}${name}`
    if (skip.includes(rel)) continue
    const abs = path.join(dir, name)
    const stat = fs.lstatSync(abs)
    const mode = (stat.mode & 0o7777).toString(8)
    if (stat.isSymbolicLink()) state.set(rel, `symlink ${fs.readlinkSync(abs)}`)
    else if (stat.isDirectory()) {
      state.set(rel, `directory ${mode}`)
      fingerprintTree(abs, `${rel}/`, state, skip)
    } else state.set(rel, `file ${mode} ${sha256(fs.readFileSync(abs))}`)
  }
}

/**
 * Everything of a checkout that verification must leave alone: every file of the working tree
 * (untracked and ignored ones too), the index, HEAD, refs, the stash and the repository config.
 * git-annex's own bookkeeping is left out: the git-annex branch and journal (fetching content
 * updates them) and refs/annex/ (git-annex records there the last index it scanned, and a
 * linked worktree shares that ref with the main checkout).
 */
export function checkoutState(root: string): Map<string, string> {
  const state = new Map<string, string>()
  fingerprintTree(root, '', state, ['.git'])
  const gitDir = path.join(root, '.git')
  for (const file of ['HEAD', 'index', 'config', 'packed-refs', 'logs/refs/stash']) {
    const abs = path.join(gitDir, file)
    if (fs.existsSync(abs)) state.set(`.git/${file}`, sha256(fs.readFileSync(abs)))
  }
  fingerprintTree(path.join(gitDir, 'refs'), '.git/refs/', state, [
    '.git/refs/heads/git-annex',
    '.git/refs/annex'
  ])
  return state
}

/**
 * Everything of a repository, its git directory included: the content and mode of every file,
 * the target of every symlink, every directory — so refs of every kind (heads, tags, notes,
 * replace, stash), config, hooks, info/, the object store, the index and the working tree.
 * `skip` names paths relative to `root` that are left out (git-annex's own bookkeeping, say).
 */
export function repositoryFingerprint(
  root: string,
  skip: readonly string[] = []
): Map<string, string> {
  const state = new Map<string, string>()
  fingerprintTree(root, '', state, [...skip])
  return state
}

/** The entries that differ between two fingerprints, as readable lines. */
export function stateChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = []
  for (const [key, value] of before) {
    if (!after.has(key)) changes.push(`removed ${key}`)
    else if (after.get(key) !== value) changes.push(`changed ${key}`)
  }
  for (const key of after.keys()) if (!before.has(key)) changes.push(`added ${key}`)
  return changes
}

export interface CliRun extends CommandResult {
  /** The parsed --json report, when one was asked for. */
  report: JsonReport | null
  /** What changed in the user's checkout (should be nothing). */
  changes: string[]
  /** `git worktree list` afterwards (should be the checkout alone). */
  worktrees: string[]
  /** What the run left in its temp parent (RUNNER_TEMP and TMPDIR; should be nothing). */
  leftovers: string[]
}

export interface CliOptions {
  /** Write and parse the JSON report. */
  json?: boolean
  /** Extra environment for the CLI process. */
  env?: Record<string, string>
  /** Working directory of the CLI (default: the dataset). */
  cwd?: string
  /** Run the CLI as this user (uid = gid, e.g. NOBODY); see describeAsUnprivileged. */
  asUser?: number
}

function assertBundle(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} does not exist: run \`npm run build\` first`)
}

/** Run `node dist/cli.js ARGS` and return what it printed; nothing is checked. */
export function runCli(
  sandbox: Sandbox,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; asUser?: number }
): CommandResult {
  assertBundle()
  const [file = '', ...rest] = [...asUserPrefix(options.asUser), process.execPath, CLI, ...args]
  return execute(file, rest, { cwd: options.cwd, env: { ...sandbox.env, ...options.env } })
}

/**
 * Run `node dist/cli.js verify ARGS` on a dataset, with a fresh temp parent, and record what the
 * run left behind: changes to the checkout, worktrees and temp files.
 */
export function verifyCli(ds: Dataset, args: readonly string[], options: CliOptions = {}): CliRun {
  const { sandbox } = ds
  const temp = sandbox.directory('cli-temp')
  const jsonFile = path.join(sandbox.directory('report'), 'report.json')
  if (options.asUser !== undefined) handOver(sandbox, options.asUser, temp, path.dirname(jsonFile))
  const before = checkoutState(ds.path)
  const result = runCli(
    sandbox,
    ['verify', ...(options.json ? ['--json', jsonFile] : []), ...args],
    {
      cwd: options.cwd ?? ds.path,
      env: { RUNNER_TEMP: temp, TMPDIR: temp, ...options.env },
      asUser: options.asUser
    }
  )
  const after = checkoutState(ds.path)
  const worktrees = ds
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter(line => line.startsWith('worktree '))
    .map(line => line.slice('worktree '.length))
  const report =
    options.json && fs.existsSync(jsonFile)
      ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as JsonReport)
      : null
  return {
    ...result,
    report,
    changes: stateChanges(before, after),
    worktrees,
    leftovers: fs.readdirSync(temp)
  }
}

/** The run left the user's checkout byte-for-byte as it was, and nothing behind. */
export function expectUntouched(ds: Dataset, run: CliRun): void {
  expect(run.changes).toEqual([])
  expect(run.worktrees).toEqual([ds.path])
  expect(run.leftovers).toEqual([])
}

/** The verdict of the run commit with this subject (the run message, as given to `-m`). */
export function commitNamed(report: JsonReport | null, subject: string): CommitVerdict {
  const found = report?.commits.find(c => c.subject === subject)
  if (!found) {
    const seen = report?.commits.map(c => c.subject).join('\n  ') ?? '(no report)'
    throw new Error(`no verdict for "${subject}"; the report has:\n  ${seen}`)
  }
  return found
}

/** `path: status` of every compared output, for compact assertions. */
export function outputStatuses(verdict: CommitVerdict): Record<string, string> {
  return Object.fromEntries(verdict.outputs.map(o => [o.path, o.status]))
}

/** uid and gid of `nobody`: an unprivileged user, as a CI runner's user is. */
export const NOBODY = 65534

/** Why the CLI cannot be run as another user here, or null. */
function cannotSwitchUsers(): string | null {
  if (process.getuid?.() !== 0) return 'switching users needs root'
  const setpriv = spawnSync('setpriv', ['--version'])
  return setpriv.status === 0 ? null : 'setpriv (util-linux) is not installed'
}

const noUserSwitch = cannotSwitchUsers()
if (noUserSwitch !== null) {
  console.warn(`SKIPPING the tests that run the CLI as an unprivileged user: ${noUserSwitch}`)
}

/** `describe` for suites that run the CLI as an unprivileged user (`asUser: NOBODY`). */
export const describeAsUnprivileged = noUserSwitch === null ? describe : describe.skip

/** The argv prefix that runs a program as `uid` (gid alike, no supplementary groups). */
function asUserPrefix(uid: number | undefined): string[] {
  if (uid === undefined) return []
  return ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--']
}

/**
 * Give `uid` the directories (recursively) and a way into the sandbox, so that a CLI run as
 * that user can use them.
 */
export function handOver(sandbox: Sandbox, uid: number, ...dirs: string[]): void {
  fs.chmodSync(sandbox.root, 0o755)
  for (const dir of dirs) {
    const result = spawnSync('chown', ['-R', `${uid}:${uid}`, '--', dir], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`chown ${uid} ${dir} failed: ${result.stderr}`)
  }
}
