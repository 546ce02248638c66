/**
 * The engine's middle, in process: what a command changed comes from rerun-action's own
 * snapshot, regenerated outputs are read only inside the checkout, and committed state only from
 * the object store. Each case is something a command could do to make a changed output pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { compareOutputs } from '../../src/engine/compare/compare-outputs.js'
import { ignoredPaths } from '../../src/engine/compare/ignored-paths.js'
import { EMPTY_RULES } from '../../src/engine/config/comparison-rules.js'
import { changedSince, settle, takeSnapshot } from '../../src/engine/execute/checkout-snapshot.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => {
  await sandbox.dispose()
})

describe('the checkout snapshot', () => {
  it('sees every change a command can make, even one that restores size and mtime', async () => {
    const root = sandbox.directory('snapshot')
    const probe = sandbox.directory('probe')
    fs.mkdirSync(path.join(root, 'dir'))
    for (const name of ['same-size.txt', 'removed.txt', 'becomes-dir', 'dir/inner.txt'])
      fs.writeFileSync(path.join(root, name), 'committed\n')
    fs.symlinkSync('same-size.txt', path.join(root, 'link'))
    fs.mkdirSync(path.join(root, '.git'))
    const before = await takeSnapshot(root)
    await settle(before, probe)

    const file = path.join(root, 'same-size.txt')
    const { mtime } = fs.statSync(file)
    fs.writeFileSync(file, 'COMMITTED\n')
    fs.utimesSync(file, mtime, mtime)
    fs.rmSync(path.join(root, 'removed.txt'))
    fs.rmSync(path.join(root, 'becomes-dir'))
    fs.mkdirSync(path.join(root, 'becomes-dir'))
    fs.writeFileSync(path.join(root, 'becomes-dir', 'x'), 'x')
    fs.rmSync(path.join(root, 'link'))
    fs.symlinkSync('dir/inner.txt', path.join(root, 'link'))
    fs.writeFileSync(path.join(root, 'new.txt'), 'new\n')
    fs.writeFileSync(path.join(root, '.git', 'ignored-bookkeeping'), 'x')

    expect((await changedSince(root, before)).paths).toEqual([
      'becomes-dir',
      'becomes-dir/x',
      'link',
      'new.txt',
      'removed.txt',
      'same-size.txt'
    ])
  })

  it('refuses a tree deeper than it walks, as an error of its own kind', async () => {
    const root = sandbox.directory('deep')
    let dir = root
    for (let i = 0; i < 300; i++) dir = path.join(dir, 'd')
    fs.mkdirSync(dir, { recursive: true })
    await expect(takeSnapshot(root)).rejects.toThrow(/nested deeper than 256 levels/)
  })
})

describe('comparing what a command left', () => {
  let repo: string
  let git: GitCli
  let runCommit: string
  const outside = () => path.join(sandbox.root, 'outside')

  beforeAll(async () => {
    repo = sandbox.directory('repo')
    sandbox.run('git', ['init', '--quiet'], repo)
    fs.mkdirSync(path.join(repo, 'out'))
    fs.writeFileSync(path.join(repo, 'out', 'result.txt'), 'committed\n')
    fs.writeFileSync(path.join(repo, 'table.txt'), 'committed\n')
    fs.writeFileSync(path.join(repo, '.gitignore'), '*.log\n')
    sandbox.run('git', ['add', '.'], repo)
    sandbox.run('git', ['commit', '--quiet', '-m', 'run'], repo)
    runCommit = sandbox.run('git', ['rev-parse', 'HEAD'], repo).trim()
    git = await GitCli.open(repo)
    fs.mkdirSync(outside())
    fs.writeFileSync(path.join(outside(), 'result.txt'), 'committed\n')
  })

  afterAll(() => git.close())

  async function compare(checkout: string, declared: string[], rerunChanges: string[]) {
    return compareOutputs({
      git,
      annex: null,
      annexObjects: null,
      worktree: checkout,
      runCommit,
      rerunChanges,
      declared,
      changes: [],
      excluded: new Set(),
      rules: EMPTY_RULES,
      scratch: sandbox.directory('scratch')
    })
  }

  it('does not read an output through a directory symlinked to committed bytes elsewhere', async () => {
    const checkout = sandbox.directory('symlinked-parent')
    fs.symlinkSync(outside(), path.join(checkout, 'out'))
    const verdicts = await compare(checkout, ['out/result.txt'], ['out'])
    expect(verdicts.find(v => v.path === 'out/result.txt')?.status).toBe('missing')
  })

  it('calls an annex link named after a key, with no content in the annex, unverifiable', async () => {
    const checkout = sandbox.directory('forged-link')
    fs.mkdirSync(path.join(checkout, 'out'))
    const key = 'MD5E-s10--0123456789abcdef0123456789abcdef.txt'
    fs.symlinkSync(
      `../.git/annex/objects/Xx/Yy/${key}/${key}`,
      path.join(checkout, 'out', 'result.txt')
    )
    const verdicts = await compare(checkout, ['out/result.txt'], ['out/result.txt'])
    expect(verdicts.find(v => v.path === 'out/result.txt')?.status).not.toBe('match')
  })

  it('calls a committed file that came back as a directory modified', async () => {
    const checkout = sandbox.directory('as-directory')
    fs.mkdirSync(path.join(checkout, 'table.txt'))
    fs.writeFileSync(path.join(checkout, 'table.txt', 'part'), 'x')
    const verdicts = await compare(checkout, ['table.txt'], ['table.txt', 'table.txt/part'])
    expect(verdicts.find(v => v.path === 'table.txt')?.status).toBe('modified')
  })

  it('reads .gitignore rules from the run commit, not from the checkout', async () => {
    const checkout = sandbox.directory('own-gitignore')
    fs.writeFileSync(path.join(checkout, '.gitignore'), '*\n')
    fs.writeFileSync(path.join(checkout, 'debug.log'), 'x')
    fs.writeFileSync(path.join(checkout, 'extra.txt'), 'x')
    const verdicts = await compare(checkout, [], ['debug.log', 'extra.txt', '.gitignore'])
    const unexpected = verdicts.filter(v => v.status === 'unexpected').map(v => v.path)
    expect(unexpected).toEqual(['.gitignore', 'extra.txt'])
  })
})

describe('ignored paths', () => {
  it('follows git: deeper files override, nothing below an ignored directory comes back', async () => {
    const repo = sandbox.directory('ignores')
    sandbox.run('git', ['init', '--quiet'], repo)
    fs.mkdirSync(path.join(repo, 'sub'))
    fs.writeFileSync(path.join(repo, '.gitignore'), '*.log\nbuild/\n')
    fs.writeFileSync(path.join(repo, 'sub', '.gitignore'), '!keep.log\n')
    sandbox.run('git', ['add', '.'], repo)
    sandbox.run('git', ['commit', '--quiet', '-m', 'rules'], repo)
    const git = await GitCli.open(repo)
    try {
      const commit = sandbox.run('git', ['rev-parse', 'HEAD'], repo).trim()
      const paths = [
        'a.log',
        'sub/keep.log',
        'sub/other.log',
        'build/x.txt',
        'build/keep.log',
        'x.txt'
      ]
      const ignored = await ignoredPaths(git, commit, paths)
      // git's own answer for the same files, as a cross-check
      const gitSays = sandbox
        .run('git', ['check-ignore', '--no-index', '--stdin'], repo, paths.join('\n') + '\n')
        .split('\n')
        .filter(Boolean)
      expect([...ignored].sort()).toEqual(gitSays.sort())
      expect([...ignored].sort()).toEqual([
        'a.log',
        'build/keep.log',
        'build/x.txt',
        'sub/other.log'
      ])
    } finally {
      git.close()
    }
  })
})
