/**
 * The object store in process: the small objects it keeps between executions (commits,
 * `.gitattributes`, `.datalad/config`, the blobs a restore writes) are handed out as copies, and
 * what it drops beyond its bound is read again from git, unchanged.
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
})
