/**
 * The one git port: every git process rerun-action starts ignores what a replayed command could
 * plant (global config, hooks, fsmonitor, attributes, replace refs, grafts) and sees no token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { hardenedEnvironment } from '../../src/engine/git/git-environment.js'
import { runGit } from '../../src/engine/git/git-port.js'
import { PROJECT_ROOT, Sandbox } from '../helpers/dataset.js'

/** Source files that may start git: the port itself. */
const PORT = path.join('src', 'engine', 'git', 'git-port.ts')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

describe('the git port', () => {
  it('is the only place that starts git or makes a simple-git instance', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
      const rel = path.relative(PROJECT_ROOT, file)
      if (rel === PORT) continue
      const text = fs.readFileSync(file, 'utf8')
      if (/simpleGit\s*\(/.test(text)) offenders.push(`${rel}: simpleGit(`)
      if (/(?:runProcess|streamProcess|spawn|spawnSync|execFile)\(\s*['"`]git['"`]/.test(text))
        offenders.push(`${rel}: starts git`)
      if (/from 'simple-git'/.test(text)) offenders.push(`${rel}: imports simple-git`)
    }
    expect(offenders).toEqual([])
  })

  it('passes no token, no workflow file and no git override to git', () => {
    const env = hardenedEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/u',
      GITHUB_TOKEN: 'ghs_secret',
      INPUT_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
      GITHUB_ENV: '/runner/env',
      GITHUB_OUTPUT: '/runner/output',
      GIT_DIR: '/elsewhere',
      GIT_CONFIG_PARAMETERS: "'core.fsmonitor'='/tmp/x'",
      GIT_CONFIG_COUNT: '1',
      GIT_SSH_COMMAND: '/tmp/x',
      LD_PRELOAD: '/tmp/x.so'
    })
    expect(Object.keys(env).sort()).toEqual(
      expect.not.arrayContaining([
        'GITHUB_TOKEN',
        'INPUT_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'GITHUB_ENV',
        'GITHUB_OUTPUT',
        'GIT_DIR',
        'GIT_CONFIG_PARAMETERS',
        'GIT_CONFIG_COUNT',
        'GIT_SSH_COMMAND',
        'LD_PRELOAD'
      ])
    )
    expect(env).toMatchObject({
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_TERMINAL_PROMPT: '0'
    })
  })
})

describe('git through the port in a repository a command has tampered with', () => {
  let sandbox: Sandbox
  let repo: string
  let marker: string
  let original: string
  let home: string
  const savedHome = process.env.HOME
  const savedXdg = process.env.XDG_CONFIG_HOME

  beforeAll(() => {
    sandbox = Sandbox.create()
    repo = sandbox.directory('repo')
    marker = path.join(sandbox.root, 'planted-program-ran')
    const planted = path.join(sandbox.root, 'planted.sh')
    fs.writeFileSync(planted, `#!/bin/sh\nenv >> '${marker}'\nexit 0\n`, { mode: 0o755 })
    sandbox.run('git', ['init', '--quiet'], repo)
    fs.writeFileSync(path.join(repo, 'data.txt'), 'original\n')
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.txt filter=evil diff=evil\n')
    sandbox.run('git', ['add', '.'], repo)
    sandbox.run('git', ['commit', '--quiet', '-m', 'original'], repo)
    original = sandbox.run('git', ['rev-parse', 'HEAD'], repo).trim()
    // A forged commit replacing the original, as `git replace` would leave it.
    fs.writeFileSync(path.join(repo, 'data.txt'), 'forged\n')
    sandbox.run('git', ['add', '.'], repo)
    sandbox.run('git', ['commit', '--quiet', '-m', 'forged'], repo)
    const forged = sandbox.run('git', ['rev-parse', 'HEAD'], repo).trim()
    sandbox.run('git', ['reset', '--quiet', '--hard', original], repo)
    sandbox.run('git', ['replace', original, forged], repo)
    // Programs planted everywhere a command running as this user could plant them.
    home = sandbox.directory('home')
    const config = [
      '[core]',
      `\tfsmonitor = ${planted}`,
      `\thooksPath = ${path.dirname(planted)}/hooks`,
      '[filter "evil"]',
      `\tsmudge = ${planted}`,
      `\tclean = ${planted}`,
      '[diff "evil"]',
      `\ttextconv = ${planted}`,
      '[log]',
      '\tshowSignature = true',
      '[gpg]',
      `\tprogram = ${planted}`,
      ''
    ].join('\n')
    fs.writeFileSync(path.join(home, '.gitconfig'), config)
    fs.mkdirSync(path.join(home, '.config', 'git'), { recursive: true })
    fs.writeFileSync(path.join(home, '.config', 'git', 'config'), config)
    fs.writeFileSync(path.join(home, '.config', 'git', 'attributes'), '* filter=evil diff=evil\n')
    fs.appendFileSync(path.join(repo, '.git', 'config'), `[core]\n\tfsmonitor = ${planted}\n`)
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction']) {
      fs.copyFileSync(planted, path.join(repo, '.git', 'hooks', hook))
      fs.chmodSync(path.join(repo, '.git', 'hooks', hook), 0o755)
    }
    process.env.HOME = home
    process.env.XDG_CONFIG_HOME = path.join(home, '.config')
  })

  afterAll(async () => {
    process.env.HOME = savedHome
    if (savedXdg === undefined) delete process.env.XDG_CONFIG_HOME
    else process.env.XDG_CONFIG_HOME = savedXdg
    await sandbox.dispose()
  })

  it('reads the original commit, runs nothing planted, and checks out without hooks or filters', async () => {
    const git = await GitCli.open(repo)
    try {
      expect(await git.resolveCommit('HEAD')).toBe(original)
      const [entry] = await git.listTree(original, ['data.txt'])
      const blobs = await git.readObjects([`${original}:data.txt`])
      expect(blobs.get(`${original}:data.txt`)?.toString()).toBe('original\n')
      expect(entry?.size).toBe('original\n'.length)
      const logged: string[] = []
      await git.logCommits([original], commit => logged.push(commit.message.trim()))
      expect(logged).toEqual(['original'])
      const checkout = path.join(sandbox.directory('checkout'), 'ds')
      fs.mkdirSync(checkout)
      await git.checkoutInto(checkout, original, null)
      expect(fs.readFileSync(path.join(checkout, 'data.txt'), 'utf8')).toBe('original\n')
      const status = await runGit(['status', '--porcelain'], { cwd: repo })
      expect(status.code).toBe(0)
    } finally {
      git.close()
    }
    expect(fs.existsSync(marker)).toBe(false)
  })
})
