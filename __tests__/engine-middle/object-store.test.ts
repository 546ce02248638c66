/**
 * The object store in process: the small objects it keeps between executions (commits,
 * `.gitattributes`, `.datalad/config`, the blobs a restore writes) are handed out as copies, and
 * what it drops beyond its bound is read again from git, unchanged. Names (revisions and
 * `<rev>:<path>`) are resolved by the same long-running reader, objects that arrived after it
 * started included.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox
let repo: string
/** Object id → content of blobs written into `repo`. */
const blobs = new Map<string, string>()

beforeAll(() => {
  sandbox = Sandbox.create()
  repo = sandbox.directory('objects')
  sandbox.run('git', ['init', '--quiet'], repo)
  // 12 KiB each, 2.4 MiB in all: more than the store keeps.
  const contents = sandbox.directory('contents')
  const files = Array.from({ length: 200 }, (_, i) => {
    const file = path.join(contents, `blob-${i}`)
    fs.writeFileSync(file, `${i}\n`.padEnd(12 * 1024, String.fromCharCode(97 + (i % 26))))
    return file
  })
  const ids = sandbox
    .run('git', ['hash-object', '-w', ...files], repo)
    .trim()
    .split('\n')
  ids.forEach((id, i) => blobs.set(id, fs.readFileSync(files[i] ?? '', 'utf8')))
})

afterAll(async () => {
  await sandbox.dispose()
})

describe('the object store', () => {
  it('hands each reader a copy of its own: changing one changes no later read', async () => {
    const git = await GitCli.open(repo)
    try {
      const [id = '', content = ''] = [...blobs][0] ?? []
      // The first read is git's answer, the later ones come from what the store keeps.
      for (let read = 0; read < 3; read++) {
        const blob = (await git.readBlobs([id])).get(id)
        expect(blob?.toString('utf8')).toBe(content)
        blob?.fill(0)
      }
      expect((await git.blobSizes([id])).get(id)).toBe(Buffer.byteLength(content))
      const missing = 'f'.repeat(40)
      expect((await git.readBlobs([missing])).get(missing)).toBeNull()
      expect((await git.blobSizes([missing])).get(missing)).toBeNull()
    } finally {
      git.close()
    }
  })

  it('reads every object right, twice over, past the bound of what it keeps', async () => {
    const git = await GitCli.open(repo)
    try {
      for (let round = 0; round < 2; round++) {
        for (const [id, content] of blobs) {
          expect((await git.blobSizes([id])).get(id)).toBe(Buffer.byteLength(content))
          expect((await git.readBlobs([id])).get(id)?.toString('utf8')).toBe(content)
        }
      }
    } finally {
      git.close()
    }
  })

  it('resolves revisions and <rev>:<path> names as git does, and sees objects that came later', async () => {
    const work = sandbox.directory('names')
    const git = (...args: string[]): string => sandbox.run('git', args, work).trim()
    git('init', '--quiet')
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.org',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'one'
    )
    const cli = await GitCli.open(work)
    try {
      const first = git('rev-parse', 'HEAD')
      expect(await cli.resolveCommit('HEAD')).toBe(first)
      expect(await cli.resolveCommit('no-such-branch')).toBeNull()
      expect(await cli.resolveCommit('HEAD\nHEAD')).toBeNull()
      // A tree is not a commit, whatever `rev-parse` without ^{commit} would say.
      expect(await cli.resolveCommit(git('rev-parse', 'HEAD^{tree}'))).toBeNull()
      // Made after the reader started: it finds the new commit and its files.
      fs.writeFileSync(path.join(work, 'a file with spaces'), 'content\n')
      git('add', '.')
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '-m', 'two')
      const second = git('rev-parse', 'HEAD')
      expect(await cli.resolveCommit('HEAD')).toBe(second)
      expect(await cli.resolveCommit('HEAD~1')).toBe(first)
      const specs = [
        `${second}:a file with spaces`,
        `${first}:a file with spaces`,
        `${second}:x\ny`
      ]
      expect(await cli.resolveObjects(specs)).toEqual(
        new Map([
          [specs[0], git('rev-parse', `${second}:a file with spaces`)],
          [specs[1], null],
          [specs[2], null]
        ])
      )
    } finally {
      cli.close()
    }
  })

  it('reads nothing once closed: a reader started then would keep rerun-action running', async () => {
    // A plan still under way when a run ends on an error (a bad rules file) closes the store
    // before its last reads: those must fail, not start a `git cat-file` nothing would end.
    const git = await GitCli.open(repo)
    const [id = '', content = ''] = [...blobs][1] ?? []
    const asked = git.readBlobs([id])
    git.close()
    // What was asked before the close is answered.
    expect((await asked).get(id)?.toString('utf8')).toBe(content)
    const [other = ''] = [...blobs.keys()].slice(2)
    await expect(git.readBlobs([other])).rejects.toThrow(/closed/)
    await expect(git.blobSizes([other])).rejects.toThrow(/closed/)
    await expect(git.resolveCommit('HEAD')).rejects.toThrow(/closed/)
    git.startReaders()
    await expect(git.readBlobs([other])).rejects.toThrow(/closed/)
  })
})
