/**
 * A worker's checkout kept from one execution to the next (checkout-restore.ts), in process: after
 * whatever a command did to it, the next checkout must hold exactly what git's own checkout of the
 * commit holds, nothing outside it may be written through what the command planted, and what the
 * command did not touch is not written again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  planRestore,
  type KnownEntry,
  type WantedEntry
} from '../../src/engine/execute/checkout-restore.js'
import type { WalkedEntry } from '../../src/engine/execute/checkout-snapshot.js'
import { Workspace, type Checkout } from '../../src/engine/execute/workspace.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { encodeIndex } from '../../src/engine/git/index-file.js'
import { Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => {
  await sandbox.dispose()
})

describe('planning a restore (pure)', () => {
  const file = (signature: string): WalkedEntry => ({ kind: 'file', permissions: 0o644, signature })
  const directory = (permissions = 0o755): WalkedEntry => ({
    kind: 'directory',
    permissions,
    signature: 'd'
  })
  const blob = (object: string): WantedEntry => ({
    kind: 'file',
    executable: false,
    content: { object }
  })
  const known = (content: string, signature: string): KnownEntry => ({
    content,
    signature,
    stat: [0, 0, 0, 0, 0, 0, 0, 0, 0]
  })

  it('keeps what still has the signature it was written with, and writes the rest', () => {
    const walked = new Map<string, WalkedEntry>([
      ['same.txt', file('f:1')],
      ['touched.txt', file('f:2-changed')],
      ['next-blob.txt', file('f:3')],
      ['extra', directory()],
      ['extra/deep.txt', file('f:4')],
      ['was-dir', directory()],
      ['was-dir/x', file('f:5')],
      ['locked', directory(0o555)]
    ])
    const recorded = new Map([
      ['same.txt', known('file aaa', 'f:1')],
      ['touched.txt', known('file bbb', 'f:2')],
      ['next-blob.txt', known('file ccc', 'f:3')],
      ['was-dir/x', known('file ddd', 'f:5')]
    ])
    const wanted = new Map<string, WantedEntry>([
      ['same.txt', blob('aaa')],
      ['touched.txt', blob('bbb')],
      ['next-blob.txt', blob('eee')],
      ['was-dir', blob('fff')],
      ['locked', { kind: 'directory' }],
      ['new', { kind: 'directory' }],
      ['new/file.txt', blob('ggg')]
    ])
    const plan = planRestore(walked, recorded, wanted, 0o755)
    expect(plan).toEqual({
      chmod: ['locked'],
      remove: ['extra', 'touched.txt', 'was-dir'],
      make: ['new'],
      write: ['touched.txt', 'was-dir', 'new/file.txt'],
      // Untouched, another blob: written over in place.
      rewrite: new Map([['next-blob.txt', known('file ccc', 'f:3')]]),
      kept: new Map([['same.txt', known('file aaa', 'f:1')]])
    })
  })

  it('rewrites a file whose mode changes, and never keeps what it has no record of', () => {
    const walked = new Map([
      ['script', file('f:1')],
      ['unknown.txt', file('f:2')]
    ])
    const recorded = new Map([['script', known('file aaa', 'f:1')]])
    const wanted = new Map<string, WantedEntry>([
      ['script', { kind: 'file', executable: true, content: { object: 'aaa' } }],
      ['unknown.txt', blob('bbb')]
    ])
    const plan = planRestore(walked, recorded, wanted, 0o755)
    expect(plan.remove).toEqual(['script', 'unknown.txt'])
    expect(plan.write).toEqual(['script', 'unknown.txt'])
  })
})

// ---------------------------------------------------------------------------------------------

/** Everything a checkout holds, as comparable text: kind, permissions, content or link target. */
function describeTree(root: string): Record<string, string> {
  const found: Record<string, string> = {}
  const visit = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`
      // git writes the index; its stat data differ by design.
      if (child === '.git/index') continue
      const abs = path.join(root, child)
      const stat = fs.lstatSync(abs)
      const permissions = (stat.mode & 0o7777).toString(8)
      if (stat.isDirectory()) {
        found[child] = `directory ${permissions}`
        visit(child)
      } else if (stat.isSymbolicLink()) found[child] = `link to ${fs.readlinkSync(abs)}`
      else found[child] = `file ${permissions} ${fs.readFileSync(abs).toString('base64')}`
    }
  }
  visit('')
  return found
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: sandbox.env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

/**
 * The index rerun-action wrote holds the commit's tree, and stat data git trusts: plumbing that
 * does not refresh (diff-files) sees no change, and neither does `git status`.
 */
function expectCleanIndex(dir: string, commit: string): void {
  const staged = git(dir, 'ls-files', '--stage')
    .trim()
    .split('\n')
    .map(line => line.replace(/ 0\t/, '\t'))
  const tree = git(dir, 'ls-tree', '-r', commit)
    .trim()
    .split('\n')
    .map(line => line.replace(/ (blob|commit) /, ' '))
  expect(staged).toEqual(tree)
  expect(git(dir, 'diff-files', '--name-status')).toBe('')
  expect(git(dir, 'status', '--porcelain', '--ignore-submodules=none')).toBe('')
  expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(commit)
}

interface History {
  repo: string
  first: string
  second: string
  /** A file beside the repository that a planted link leads to. */
  outside: string
}

/** Two commits between which files change content, mode, kind and place. */
function history(objectFormat = 'sha1'): History {
  const repo = sandbox.directory('repo')
  const outside = path.join(sandbox.directory('outside'), 'secret.txt')
  fs.writeFileSync(outside, 'outside\n')
  git(repo, 'init', '--quiet', `--object-format=${objectFormat}`)
  const gitlink = objectFormat === 'sha256' ? '1'.repeat(64) : '1'.repeat(40)
  const write = (rel: string, content: string, mode = 0o644): void => {
    fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true })
    fs.writeFileSync(path.join(repo, rel), content, { mode })
  }
  write('untouched.txt', 'never changes\n')
  write('data.txt', 'parent-data\n')
  write('a.txt', 'same-size-a\n')
  write('b.txt', 'same-size-b\n')
  write('code/run.sh', '#!/bin/sh\necho run\n', 0o755)
  write('dir/inner.txt', 'inner\n')
  write('dir/nested/deeper.txt', 'deeper\n')
  write('becomes-dir', 'a file first\n')
  write('ünïcödé name.txt', 'odd name\n')
  write('.gitattributes', '* annex.backend=MD5E\n**/.git* annex.largefiles=nothing\n')
  fs.symlinkSync('data.txt', path.join(repo, 'link'))
  git(repo, 'add', '-A')
  git(repo, 'update-index', '--add', '--cacheinfo', `160000,${gitlink},sub`)
  git(repo, 'commit', '--quiet', '-m', 'first')
  const first = git(repo, 'rev-parse', 'HEAD').trim()
  write('data.txt', 'next-data, longer\n')
  fs.chmodSync(path.join(repo, 'code/run.sh'), 0o644)
  fs.rmSync(path.join(repo, 'becomes-dir'))
  write('becomes-dir/now.txt', 'now a directory\n')
  fs.rmSync(path.join(repo, 'dir/nested'), { recursive: true })
  write('added/new.txt', 'new\n')
  fs.rmSync(path.join(repo, 'link'))
  fs.symlinkSync('dir/inner.txt', path.join(repo, 'link'))
  git(repo, 'add', '-A')
  // The gitlink has no directory here, so `add -A` dropped it: it stays in both commits.
  git(repo, 'update-index', '--add', '--cacheinfo', `160000,${gitlink},sub`)
  git(repo, 'commit', '--quiet', '-m', 'second')
  const second = git(repo, 'rev-parse', 'HEAD').trim()
  return { repo, first, second, outside }
}

/** What git's own checkout of `commit` holds, written by checkoutInto into a new directory. */
async function gitsCheckout(gitCli: GitCli, commit: string): Promise<Record<string, string>> {
  const dir = sandbox.directory('git-checkout')
  await gitCli.checkoutInto(dir, commit, null)
  return describeTree(dir)
}

/** What a command could do to its checkout before the next execution restores it. */
const TAMPERINGS: Record<string, (dir: string, h: History) => void> = {
  'nothing at all': () => undefined,
  'a file rewritten in place, its size and times set back': dir => {
    const file = path.join(dir, 'a.txt')
    const { atime, mtime } = fs.statSync(file)
    fs.writeFileSync(file, 'SAME-SIZE-A\n')
    fs.utimesSync(file, atime, mtime)
  },
  'two files of one size swapped': dir => {
    fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'swap'))
    fs.renameSync(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'))
    fs.renameSync(path.join(dir, 'swap'), path.join(dir, 'b.txt'))
  },
  'a file replaced by a link to a file outside': (dir, h) => {
    fs.rmSync(path.join(dir, 'data.txt'))
    fs.symlinkSync(h.outside, path.join(dir, 'data.txt'))
    fs.rmSync(path.join(dir, 'a.txt'))
    fs.symlinkSync(h.outside, path.join(dir, 'a.txt'))
  },
  'a file replaced by a hard link to a file outside': (dir, h) => {
    fs.rmSync(path.join(dir, 'data.txt'))
    fs.linkSync(h.outside, path.join(dir, 'data.txt'))
    fs.rmSync(path.join(dir, 'a.txt'))
    fs.linkSync(h.outside, path.join(dir, 'a.txt'))
  },
  'a directory replaced by a link to a directory outside': (dir, h) => {
    fs.rmSync(path.join(dir, 'dir'), { recursive: true })
    fs.symlinkSync(path.dirname(h.outside), path.join(dir, 'dir'))
    fs.rmSync(path.join(dir, 'code'), { recursive: true })
    fs.symlinkSync(h.repo, path.join(dir, 'code'))
  },
  'permissions changed: read-only directories, an unreadable file, an executable bit': dir => {
    fs.writeFileSync(path.join(dir, 'dir', 'stray.txt'), 'stray\n')
    fs.chmodSync(path.join(dir, 'dir'), 0o555)
    fs.chmodSync(path.join(dir, 'untouched.txt'), 0o000)
    fs.chmodSync(path.join(dir, 'b.txt'), 0o755)
    fs.chmodSync(dir, 0o700)
  },
  'files, directories and FIFOs left behind, also in a gitlink': dir => {
    fs.writeFileSync(path.join(dir, 'stray.txt'), 'stray\n')
    fs.mkdirSync(path.join(dir, 'stray/deeper'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'stray/deeper/file'), 'x')
    fs.writeFileSync(path.join(dir, 'sub', 'in-gitlink.txt'), 'x')
    spawnSync('mkfifo', [path.join(dir, 'pipe'), path.join(dir, 'dir', 'pipe')])
  },
  'the repository rewritten: config, hooks, attributes, HEAD, index and objects': dir => {
    const gitDir = path.join(dir, '.git')
    fs.appendFileSync(path.join(gitDir, 'config'), '[core]\n\tfsmonitor = /bin/false\n')
    fs.mkdirSync(path.join(gitDir, 'hooks'))
    fs.writeFileSync(path.join(gitDir, 'hooks', 'post-index-change'), '#!/bin/sh\n', {
      mode: 0o755
    })
    fs.mkdirSync(path.join(gitDir, 'info'))
    fs.writeFileSync(path.join(gitDir, 'info', 'attributes'), '* eol=crlf\n')
    fs.writeFileSync(path.join(gitDir, 'HEAD'), 'ref: refs/heads/forged\n')
    fs.writeFileSync(path.join(gitDir, 'index'), 'not an index')
    fs.writeFileSync(path.join(gitDir, 'objects', 'info', 'alternates'), '/nonexistent\n')
  },
  'the repository replaced by a link to the user repository': (dir, h) => {
    fs.rmSync(path.join(dir, '.git'), { recursive: true })
    fs.symlinkSync(path.join(h.repo, '.git'), path.join(dir, '.git'))
  },
  'an unreadable directory left behind': dir => {
    fs.mkdirSync(path.join(dir, 'closed'))
    fs.writeFileSync(path.join(dir, 'closed', 'inside'), 'x')
    fs.chmodSync(path.join(dir, 'closed'), 0o000)
  },
  'attributes planted in the work tree': dir => {
    fs.writeFileSync(path.join(dir, '.gitattributes'), '* eol=crlf ident\n')
    fs.writeFileSync(path.join(dir, 'dir', '.gitattributes'), '* text eol=crlf\n')
  }
}

/** Tamperings after which the checkout cannot be restored: a fresh one is written instead. */
const REPLACING: Record<string, (dir: string, h: History) => void> = {
  'the checkout directory moved away and replaced by a copy': dir => {
    fs.renameSync(dir, `${dir}.gone`)
    fs.cpSync(`${dir}.gone`, dir, { recursive: true, verbatimSymlinks: true })
  },
  'the checkout directory replaced by a link to the user repository': (dir, h) => {
    fs.renameSync(dir, `${dir}.gone`)
    fs.symlinkSync(h.repo, dir)
  },
  'a directory nested deeper than a walk goes': dir => {
    let deep = path.join(dir, 'deep')
    for (let i = 0; i < 300; i++) deep = path.join(deep, 'd')
    fs.mkdirSync(deep, { recursive: true })
  }
}

describe('restoring a kept checkout', () => {
  let h: History
  let gitCli: GitCli
  let expected: { first: Record<string, string>; second: Record<string, string> }
  let repoBefore: string

  beforeAll(async () => {
    h = history()
    gitCli = await GitCli.open(h.repo)
    expected = {
      first: await gitsCheckout(gitCli, h.first),
      second: await gitsCheckout(gitCli, h.second)
    }
    repoBefore = JSON.stringify(describeTree(h.repo))
  })

  afterAll(() => gitCli?.close())

  /**
   * Check out `from`, tamper, keep it, then check out `to`: the second checkout, and whether its
   * untouched.txt is the very file of the first. With `hold`, the first one's file is linked
   * from outside, so that its inode number cannot be handed to a new file.
   */
  async function keptThenRestored(
    tamper: (dir: string, h: History) => void,
    from: string,
    to: string,
    hold = false
  ): Promise<{ after: Checkout; sameFile: boolean }> {
    const workspace = await Workspace.create(sandbox.directory('workspace'))
    const before = await workspace.checkout(gitCli, from, null)
    const untouched = path.join(before.dir, 'untouched.txt')
    const { ino } = fs.statSync(untouched)
    if (hold) fs.linkSync(untouched, path.join(sandbox.directory('hold'), 'untouched.txt'))
    tamper(before.dir, h)
    fs.writeFileSync(path.join(before.scratch, 'left-in-scratch'), 'x')
    fs.writeFileSync(path.join(before.worker, 'left-in-worker'), 'x')
    await workspace.release(before, true)
    const after = await workspace.checkout(gitCli, to, null)
    return { after, sameFile: fs.lstatSync(path.join(after.dir, 'untouched.txt')).ino === ino }
  }

  describe.each(Object.keys(TAMPERINGS))('after %s', name => {
    it.each([
      ['the next commit', 'first', 'second'],
      ['the same commit again', 'first', 'first'],
      ['an earlier commit', 'second', 'first']
    ] as const)('holds exactly what git checks out for %s', async (_, from, to) => {
      const { after } = await keptThenRestored(
        TAMPERINGS[name] ?? (() => undefined),
        h[from],
        h[to]
      )
      expect(describeTree(after.dir)).toEqual(expected[to])
      expect(fs.readdirSync(after.worker).sort()).toEqual(['dataset', 'tmp'])
      expect(fs.readdirSync(after.scratch)).toEqual([])
      expectCleanIndex(after.dir, h[to])
      expect(fs.readFileSync(h.outside, 'utf8')).toBe('outside\n')
      expect(JSON.stringify(describeTree(h.repo))).toBe(repoBefore)
    })
  })

  it('writes again only what differs: a file nobody touched keeps its inode', async () => {
    const { after, sameFile } = await keptThenRestored(() => undefined, h.first, h.second)
    expect(sameFile).toBe(true)
    expectCleanIndex(after.dir, h.second)
  })

  it('writes over in place what nobody touched and the next commit changes, never through a link', async () => {
    const workspace = await Workspace.create(sandbox.directory('workspace'))
    const before = await workspace.checkout(gitCli, h.first, null)
    // Held open, a file keeps its inode number: a new file cannot be given it.
    const open = new Map(
      ['data.txt', '.git/index', '.git/HEAD'].map(rel => [
        rel,
        fs.openSync(path.join(before.dir, rel), 'r')
      ])
    )
    try {
      // A hard link to HEAD, which the next commit changes, kept where the command may write.
      const linked = path.join(before.scratch, 'head-link')
      fs.linkSync(path.join(before.dir, '.git/HEAD'), linked)
      const headBefore = fs.readFileSync(linked, 'utf8')
      const linkedElsewhere = path.join(sandbox.directory('elsewhere'), 'head-link')
      fs.renameSync(linked, linkedElsewhere)
      await workspace.release(before, true)
      const after = await workspace.checkout(gitCli, h.second, null)
      const same = (rel: string): boolean => {
        const fd = open.get(rel) as number
        const held = fs.fstatSync(fd)
        return held.nlink === 1 && held.ino === fs.lstatSync(path.join(after.dir, rel)).ino
      }
      expect(same('data.txt')).toBe(true)
      expect(same('.git/index')).toBe(true)
      // Linked from elsewhere: replaced, and the link still holds what it held.
      expect(same('.git/HEAD')).toBe(false)
      expect(fs.readFileSync(linkedElsewhere, 'utf8')).toBe(headBefore)
      expect(describeTree(after.dir)).toEqual(expected.second)
      expectCleanIndex(after.dir, h.second)
    } finally {
      for (const fd of open.values()) fs.closeSync(fd)
    }
  })

  describe.each(Object.keys(REPLACING))('after %s', name => {
    it('writes a fresh checkout instead, and touches nothing outside the worker', async () => {
      const { after, sameFile } = await keptThenRestored(
        REPLACING[name] ?? (() => undefined),
        h.first,
        h.second,
        true
      )
      expect(describeTree(after.dir)).toEqual(expected.second)
      expect(sameFile).toBe(false)
      expect(fs.readFileSync(h.outside, 'utf8')).toBe('outside\n')
      expect(JSON.stringify(describeTree(h.repo))).toBe(repoBefore)
    })
  })

  it('writes an index git reads in a SHA-256 repository, also with long names', async () => {
    const sha256 = history('sha256')
    const long = `${'long-name/'.repeat(30)}${'n'.repeat(250)}.txt`
    fs.mkdirSync(path.join(sha256.repo, path.dirname(long)), { recursive: true })
    fs.writeFileSync(path.join(sha256.repo, long), 'far down\n')
    git(sha256.repo, 'add', '-A')
    git(sha256.repo, 'commit', '--quiet', '-m', 'a long name')
    const head = git(sha256.repo, 'rev-parse', 'HEAD').trim()
    const sha256Git = await GitCli.open(sha256.repo)
    try {
      const workspace = await Workspace.create(sandbox.directory('workspace'))
      for (const commit of [sha256.first, head, sha256.second]) {
        const checkout = await workspace.checkout(sha256Git, commit, null)
        expect(describeTree(checkout.dir)).toEqual(await gitsCheckout(sha256Git, commit))
        expectCleanIndex(checkout.dir, commit)
        await workspace.release(checkout, true)
      }
    } finally {
      sha256Git.close()
    }
  })

  it('leaves to git a tree whose attributes convert line ends, and keeps nothing of it', async () => {
    const repo = sandbox.directory('crlf')
    git(repo, 'init', '--quiet')
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.txt text eol=crlf\n')
    fs.writeFileSync(path.join(repo, 'lines.txt'), 'one\ntwo\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '--quiet', '-m', 'crlf')
    const commit = git(repo, 'rev-parse', 'HEAD').trim()
    const crlfGit = await GitCli.open(repo)
    try {
      const workspace = await Workspace.create(sandbox.directory('workspace'))
      for (let round = 0; round < 2; round++) {
        const checkout = await workspace.checkout(crlfGit, commit, null)
        expect(fs.readFileSync(path.join(checkout.dir, 'lines.txt'), 'utf8')).toBe('one\r\ntwo\r\n')
        fs.writeFileSync(path.join(checkout.dir, 'lines.txt'), 'tampered\n')
        await workspace.release(checkout, true)
      }
    } finally {
      crlfGit.close()
    }
  })
})

describe('the index rerun-action writes', () => {
  it('is read by git as written: byte order, names of 0xFFF bytes and more, every mode', () => {
    const repo = sandbox.directory('index')
    git(repo, 'init', '--quiet')
    const blob = git(repo, 'hash-object', '-w', '--stdin').trim()
    const names = [
      'z.txt',
      'a/b.txt',
      'a.txt',
      'a-b.txt',
      '\u{1F600}.txt',
      '\uFFFD.txt',
      'é.txt',
      `${'x'.repeat(4094)}`,
      `${'y'.repeat(4095)}`,
      `${'w'.repeat(5000)}`
    ]
    const modes = [0o100644, 0o100755, 0o120000, 0o160000]
    const entries = names.map((name, i) => ({
      path: name,
      mode: modes[i % modes.length] ?? 0o100644,
      object: blob,
      stat: i % 2 ? ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const) : null
    }))
    fs.writeFileSync(path.join(repo, '.git', 'index'), encodeIndex(entries, false))
    const listed = git(repo, 'ls-files', '--stage', '-z').split('\0').filter(Boolean)
    const expectedOrder = [...entries].sort((a, b) =>
      Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))
    )
    expect(listed).toEqual(
      expectedOrder.map(e => `${e.mode.toString(8).padStart(6, '0')} ${blob} 0\t${e.path}`)
    )
    const debug = git(repo, 'ls-files', '--debug', '--', 'a-b.txt')
    expect(debug).toMatch(
      /ctime: 1:2\n\s+mtime: 3:4\n\s+dev: 5\tino: 6\n\s+uid: 7\tgid: 8\n\s+size: 9/
    )
  })
})
