/**
 * What an isolated command sees of the file system (isolation.ts, secret-files.ts): its own
 * worker directory, writable; the user's repository, readable and never writable; of the temp
 * directory (RUNNER_TEMP) nothing else, so not the credentials another checkout left there; no
 * git credentials anywhere (config entries, stores, credential-cache sockets); the home
 * directory's git config read-only. And it cannot undo any of it.
 *
 * Each case builds real directories, runs one isolated command that tries everything and writes
 * down what worked, and then checks from outside that nothing outside its own directory changed.
 * It runs as root and as `nobody` (a CI runner's case), whose files these are, so a refusal
 * comes from the isolation and not from file permissions (a control run outside shows that the
 * user may do all of it there). The repository lies beside the temp directory, in it, or holds
 * it, so that every nesting of read-only, writable and confined paths is tried.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { setupPrograms, type SetupProgram } from '../../src/engine/execute/isolation-setup.js'
import { checkoutState, describeWithNamespaces, Sandbox, stateChanges } from '../helpers/dataset.js'
import {
  asNobody,
  describeAsNobody,
  giveToNobody,
  runDriver,
  transpileDriver,
  type User
} from './isolation-harness.js'
import type { DriverJob } from './isolation-driver.js'

const TOKEN = 'ghs_rerunActionIsolationTestToken'

/** What the command tries, and whether isolated it may (all of it works outside, see CONTROL). */
const CHECKS: readonly (readonly [string, string, boolean])[] = [
  ['writes its own directory', 'echo x > "$W/own" && test -s "$W/own"', true],
  ['writes the private temp directory', 'echo x > "$T/scratch" && test -s "$T/scratch"', true],
  ['reads the repository', 'test "$(cat "$REPO/tracked.txt")" = tracked', true],
  ['reads the repository with git', 'git -C "$REPO" rev-parse --verify HEAD', true],
  ['moves a ref', 'git -C "$REPO" update-ref refs/heads/planted HEAD', false],
  ['writes .git/config', 'echo "[core]" >> "$REPO/.git/config"', false],
  ['writes a git config file it includes', 'echo "[core]" >> "$REPO/.git/config.local"', false],
  ['sets repository config with git', 'git -C "$REPO" config core.fsmonitor /bin/false', false],
  ['plants a hook', 'echo "#!/bin/sh" > "$REPO/.git/hooks/post-checkout"', false],
  ['changes a work tree file', 'echo changed >> "$REPO/tracked.txt"', false],
  ['deletes a work tree file', 'rm "$REPO/tracked.txt"', false],
  ['adds a work tree file', 'echo planted > "$REPO/planted.txt"', false],
  ["sees another checkout's credentials", 'test -e "$T/git-credentials-other.config"', false],
  ["sees its own checkout's credentials file", 'test -e "$T/git-credentials-own.config"', false],
  ["sees the runner's file commands", 'test -e "$T/_runner_file_commands"', false],
  ["sees another execution's worker directory", 'test -e "$T/rerun-action-1/worker-2/file"', false],
  // A read-only path of rerun-action's own in the temp directory (its subdatasets, say).
  ['reads a read-only directory in the temp directory', 'test -s "$S/file"', true],
  ['writes a read-only directory in the temp directory', 'echo changed >> "$S/file"', false],
  // Its working directory was entered again inside: `..` leads where absolute paths do.
  [
    'sees the temp directory from its working directory',
    'test -e ../../../git-credentials-other.config',
    false
  ],
  [
    "reaches another execution's worker directory from its working directory",
    'echo changed >> ../../worker-2/file',
    false
  ],
  [
    'writes the repository from its working directory',
    'echo changed >> "$REPO_FROM_CWD/tracked.txt"',
    false
  ],
  ['finds the token', 'grep -rqs "$TOKEN" "$HOME" "$T" "$REPO/.git"', false],
  ['finds the token in git config', 'git -C "$REPO" config --list | grep -q "$TOKEN"', false],
  [
    'finds credential config',
    'test -n "$(git -C "$REPO" config --get-regexp "^credential\\.")"',
    false
  ],
  ['reads the default credential store', 'test -s "$HOME/.git-credentials"', false],
  ['reads the credential store a helper names', 'test -s "$HOME/stores/named"', false],
  ['reaches the socket a cache helper names', 'test -S "$HOME/sockets/cache"', false],
  [
    'lists credential-cache sockets',
    'test -n "$(ls -A "$HOME/.git-credential-cache")$(ls -A "$HOME/.cache/git/credential")"',
    false
  ],
  ['writes the global git config', 'echo "[core]" >> "$HOME/.gitconfig"', false],
  ['sets global config with git', 'git config --global core.pager /bin/false', false],
  ['writes the XDG git config', 'echo "[core]" >> "$HOME/.config/git/config"', false],
  ['writes an included git config', 'echo "[core]" >> "$HOME/.gitconfig.local"', false],
  ['unmounts the temp directory cover', 'umount "$T" || umount -l "$T"', false],
  ['unmounts the read-only repository', 'umount "$REPO" || umount -l "$REPO"', false],
  ['unmounts the .git/config cover', 'umount "$REPO/.git/config"', false],
  ['unmounts the .gitconfig cover', 'umount "$HOME/.gitconfig"', false],
  ['remounts the repository writable', 'mount -o remount,bind,rw "$REPO"', false],
  // In namespaces of its own the mounts it inherits are locked: still no way through.
  ['makes namespaces of its own', 'unshare -Urm true', true],
  [
    'uncovers the temp directory in namespaces of its own',
    'unshare -Urm sh -c \'umount -l "$T"; test -e "$T/git-credentials-other.config"\'',
    false
  ],
  [
    'writes the repository in namespaces of its own',
    'unshare -Urm sh -c \'mount -o remount,bind,rw "$REPO"; echo changed >> "$REPO/tracked.txt"\'',
    false
  ]
]

/** Outside, as the same user, all of it is possible: the isolation is what refuses it. */
const CONTROL = [
  'test -w "$REPO/tracked.txt"',
  'cd "$W/dataset" && test -w "$REPO_FROM_CWD/tracked.txt"',
  'test -e ../../../git-credentials-other.config',
  'test -w "$REPO/.git/config"',
  'test -w "$REPO/.git/config.local"',
  'test -w "$S/file"',
  'test -w "$REPO/.git/hooks"',
  'test -w "$REPO/.git/refs/heads"',
  'test -w "$HOME/.gitconfig"',
  'test -w "$HOME/.config/git/config"',
  'test -w "$HOME/.gitconfig.local"',
  'test -w ../../worker-2/file',
  'test -s "$T/git-credentials-other.config"',
  'test -s "$HOME/stores/named"',
  'test -S "$HOME/sockets/cache"',
  'test -n "$(ls -A "$HOME/.git-credential-cache")$(ls -A "$HOME/.cache/git/credential")"',
  'git -C "$REPO" config --list | grep -q "$TOKEN"',
  'test -n "$(git -C "$REPO" config --get-regexp "^credential\\.")"'
].join(' && ')

const SCRIPT = [
  'ls -A "$T" > "$W/temp-listing"',
  'ls -A "$T/rerun-action-1" > "$W/workspace-listing"',
  '{',
  ...CHECKS.map(
    ([name, test]) =>
      `if { ${test}; } >/dev/null 2>&1; then echo "${name}=yes"; else echo "${name}=no"; fi`
  ),
  '} > "$W/report"'
].join('\n')

type Layout = 'beside' | 'repository in temp' | 'temp in repository'

interface Scenario {
  base: string
  repo: string
  temp: string
  home: string
  worker: string
  env: Record<string, string>
  job: DriverJob
}

let sandbox: Sandbox
let driver: string
const sockets: net.Server[] = []

beforeAll(() => {
  sandbox = Sandbox.create()
  fs.chmodSync(sandbox.root, 0o755)
  driver = transpileDriver()
})

afterAll(async () => {
  for (const socket of sockets) socket.close()
  await sandbox.dispose()
  fs.rmSync(path.dirname(path.dirname(path.dirname(driver))), { recursive: true, force: true })
})

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
}

async function listen(socket: string): Promise<void> {
  fs.mkdirSync(path.dirname(socket), { recursive: true })
  const server = net.createServer()
  sockets.push(server)
  await new Promise<void>(resolve => server.listen(socket, resolve))
}

/** A user's repository, home and runner temp directory, as a CI checkout leaves them. */
async function scenario(layout: Layout, user: User): Promise<Scenario> {
  const base = sandbox.directory(`${layout.replace(/ /g, '-')}-${user}`)
  const repo =
    layout === 'repository in temp' ? path.join(base, 'temp', 'repo') : path.join(base, 'repo')
  const temp = layout === 'temp in repository' ? path.join(repo, '.tmp') : path.join(base, 'temp')
  const home = path.join(base, 'home')
  const worker = path.join(temp, 'rerun-action-1', 'worker-1')
  const shared = path.join(temp, 'rerun-action-1', 'shared')
  fs.mkdirSync(repo, { recursive: true })
  sandbox.run('git', ['init', '--quiet'], repo)
  write(path.join(repo, 'tracked.txt'), 'tracked\n')
  sandbox.run('git', ['add', 'tracked.txt'], repo)
  sandbox.run('git', ['commit', '--quiet', '-m', 'tracked'], repo)
  const git = (...args: string[]) => sandbox.run('git', ['config', ...args], repo)
  // What actions/checkout persists, and what a user might add.
  git('http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`)
  git(`includeIf.gitdir:${repo}/.git.path`, path.join(temp, 'git-credentials-own.config'))
  git('remote.origin.url', `https://x-access-token:${TOKEN}@github.com/o/r.git`)
  git('credential.https://github.com.username', 'x-access-token')
  // Holds no credentials: read-only as it is, in the read-only repository.
  git('include.path', path.join(repo, '.git', 'config.local'))
  write(path.join(repo, '.git', 'config.local'), '[user]\n\tname = someone\n')
  const header = `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`
  write(path.join(temp, 'git-credentials-own.config'), header)
  write(path.join(temp, 'git-credentials-other.config'), header)
  write(path.join(temp, '_runner_file_commands', 'set_env_1'), '')
  fs.mkdirSync(path.join(worker, 'dataset'), { recursive: true })
  write(path.join(temp, 'rerun-action-1', 'worker-2', 'file'), 'another execution\n')
  write(path.join(shared, 'file'), 'shared\n')
  fs.mkdirSync(path.join(worker, 'tmp'))

  write(
    path.join(home, '.gitconfig'),
    [
      '[credential]',
      '\thelper = store --file ~/stores/named',
      `\thelper = cache --timeout 300 --socket ${home}/sockets/cache`,
      '[user]',
      '\tname = someone',
      '[include]',
      '\tpath = ~/.gitconfig.local',
      ''
    ].join('\n')
  )
  write(
    path.join(home, '.config', 'git', 'config'),
    '[credential "https://example.com"]\n\thelper = store\n'
  )
  write(path.join(home, '.gitconfig.local'), '[user]\n\temail = someone@example.com\n')
  write(path.join(home, 'stores', 'named'), `https://u:${TOKEN}@example.com\n`)
  write(path.join(home, '.git-credentials'), `https://u:${TOKEN}@github.com\n`)
  write(path.join(home, '.git-credential-cache', 'socket'), '')
  write(path.join(home, '.cache', 'git', 'credential', 'socket'), '')
  await listen(path.join(home, 'sockets', 'cache'))
  if (user === 'nobody') giveToNobody(base)

  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    REPO: repo,
    T: temp,
    W: worker,
    S: shared,
    REPO_FROM_CWD: path.relative(path.join(worker, 'dataset'), repo),
    TOKEN
  }
  const job: DriverJob = {
    isolation: 'required',
    sources: {
      gitDirs: [path.join(repo, '.git')],
      env: { HOME: home },
      hidden: { files: [], directories: [path.join(temp, '_runner_file_commands')] }
    },
    dir: path.join(temp, 'rerun-action-1', 'isolation'),
    scope: {
      writable: worker,
      readOnly: [repo, path.join(repo, '.git'), shared, path.join(base, 'no-such-workspace')],
      confined: [temp]
    },
    command: SCRIPT,
    cwd: path.join(worker, 'dataset'),
    env,
    confine: worker
  }
  return { base, repo, temp, home, worker, env, job }
}

/** Everything outside the worker directory that the command must leave as it was. */
function outsideState(s: Scenario): Map<string, string> {
  const state = new Map([...checkoutState(s.repo)].filter(([key]) => !key.startsWith('.tmp')))
  state.set(
    'hooks',
    fs
      .readdirSync(path.join(s.repo, '.git', 'hooks'))
      .sort()
      .join(' ')
  )
  state.set('refs', sandbox.run('git', ['-c', 'safe.directory=*', 'for-each-ref'], s.repo))
  for (const file of [
    path.join(s.home, '.gitconfig'),
    path.join(s.home, '.config', 'git', 'config'),
    path.join(s.home, '.gitconfig.local'),
    path.join(s.temp, 'rerun-action-1', 'worker-2', 'file'),
    path.join(s.temp, 'rerun-action-1', 'shared', 'file'),
    path.join(s.repo, '.git', 'config.local'),
    path.join(s.home, 'stores', 'named'),
    path.join(s.home, '.git-credentials'),
    path.join(s.temp, 'git-credentials-own.config'),
    path.join(s.temp, 'git-credentials-other.config')
  ]) {
    state.set(file, fs.readFileSync(file, 'utf8'))
  }
  state.set('temp', fs.readdirSync(s.temp).sort().join(' '))
  return state
}

function asUser(user: User, script: string, env: Record<string, string>): number | null {
  const argv = ['/bin/sh', '-c', script]
  const [file = '', ...args] = user === 'nobody' ? asNobody(argv) : argv
  return spawnSync(file, args, { cwd: '/', env, stdio: 'ignore' }).status
}

function scopeCases(user: User): void {
  describe.each(
    setupPrograms().flatMap(program =>
      (['beside', 'repository in temp', 'temp in repository'] as const).map(
        layout => [layout, program] as const
      )
    )
  )(
    'the repository %s the temp directory, set up by %s',
    (layout: Layout, program: SetupProgram) => {
      let s: Scenario
      let control: number | null
      let before: Map<string, string>
      let outcome: Awaited<ReturnType<typeof runDriver>>

      beforeAll(async () => {
        s = await scenario(layout, user)
        control = asUser(user, CONTROL, s.env)
        before = outsideState(s)
        // Only this program: falling back to the other would pass without testing this one.
        const job = { ...s.job, setup: program }
        outcome = await runDriver(driver, job, user, { PATH: s.env.PATH, HOME: s.home })
      })

      it('may do all of it outside isolation, as the same user', () => {
        expect(control).toBe(0)
      })

      it('runs the command isolated', () => {
        expect(outcome).toMatchObject({ isolated: true, result: { exitCode: 0 } })
      })

      it('lets it write its own directory and read the repository, and nothing else', () => {
        const report = Object.fromEntries(
          fs
            .readFileSync(path.join(s.worker, 'report'), 'utf8')
            .trim()
            .split('\n')
            .map(line => [line.slice(0, line.lastIndexOf('=')), line.endsWith('=yes')])
        )
        expect(report).toEqual(Object.fromEntries(CHECKS.map(([name, , may]) => [name, may])))
      })

      it('shows it only its own entries of the temp directory', () => {
        const listing = (name: string) =>
          fs.readFileSync(path.join(s.worker, name), 'utf8').split('\n').filter(Boolean)
        const expected =
          layout === 'repository in temp' ? ['repo', 'rerun-action-1'] : ['rerun-action-1']
        expect(listing('temp-listing')).toEqual(expected)
        expect(listing('workspace-listing')).toEqual(['shared', 'worker-1'])
      })

      it('changes nothing outside its own directory', () => {
        expect(stateChanges(before, outsideState(s))).toEqual([])
        expect(fs.existsSync(path.join(s.worker, 'own'))).toBe(true)
        expect(fs.existsSync(path.join(s.temp, 'scratch'))).toBe(false)
      })

      it('says what it hid', () => {
        const notices = 'notices' in outcome ? outcome.notices.join('\n') : ''
        expect(notices).toContain(`${s.repo}/.git/config`)
        expect(notices).toContain(path.join(s.home, 'stores', 'named'))
        expect(notices).toContain(path.join(s.home, '.git-credential-cache'))
      })
    }
  )
}

describeWithNamespaces('an isolated command, as root', () => {
  scopeCases('root')

  // A file system mounted inside the repository (here in a mount namespace of the test's own,
  // made before the driver starts) is read-only too: a remount reaches one mount only.
  it('cannot write a file system mounted inside the repository either', async () => {
    const s = await scenario('beside', 'root')
    const mounted = path.join(s.repo, 'mounted')
    fs.mkdirSync(mounted)
    const wrapper = [
      ...['unshare', '--mount', 'sh', '-c'],
      `mount -t tmpfs -o nosuid,nodev mounted "$0" && echo kept > "$0/file" && exec "$@"`,
      mounted
    ]
    const outcome = await runDriver(
      driver,
      {
        ...s.job,
        command:
          'cat mounted/file && ! (echo changed > mounted/file) 2>/dev/null && ! touch mounted/new 2>/dev/null',
        cwd: s.repo
      },
      'root',
      { PATH: s.env.PATH, HOME: s.home },
      wrapper
    )
    expect(outcome).toMatchObject({ isolated: true, result: { exitCode: 0, tail: 'kept\n' } })
  })

  // Made on the host between two commands: the second launch reads the mount table again and
  // makes this one read-only too, where a view made for the first would leave it writable.
  it('cannot write a file system mounted inside the repository after an earlier command', async () => {
    const s = await scenario('beside', 'root')
    const mounted = path.join(s.repo, 'mounted')
    fs.mkdirSync(mounted)
    const outcome = await runDriver(
      driver,
      {
        ...s.job,
        earlier: ['true'],
        between: `mount -t tmpfs -o nosuid,nodev mounted '${mounted}' && echo kept > '${mounted}/file'`,
        command:
          'cat mounted/file && ! (echo changed > mounted/file) 2>/dev/null && ! touch mounted/new 2>/dev/null',
        cwd: s.repo
      },
      'root',
      { PATH: s.env.PATH, HOME: s.home },
      ['unshare', '--mount']
    )
    expect(outcome).toMatchObject({ isolated: true, result: { exitCode: 0, tail: 'kept\n' } })
  })
})
describeAsNobody('an isolated command, as an unprivileged user', () => scopeCases('nobody'))
