/**
 * The note on a cached verdict says when and where it was verified: by a CI run (its URL), in
 * this clone, or in another clone (host and path), as the verdict cache records it; entries of
 * older versions, which recorded only "local", stay readable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  THIS_CLONE,
  VerdictCache,
  VerdictStore,
  type CachedVerdict
} from '../../src/engine/cache/verdict-cache.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import type { PlannedCommit } from '../../src/engine/model.js'
import { progressLine } from '../../src/report/text-report.js'
import { REPRODUCED } from './fixtures.js'

const PLAIN = { defuseWorkflowCommands: false }
const AT = '2026-11-21T08:00:12.345Z'

const noteFor = (run: string): string =>
  progressLine({ ...REPRODUCED, cached: { verifiedAt: AT, run } }, 0, 1, PLAIN)

describe('the cache note of the text report', () => {
  it.each([
    ['this clone', '(cached: verified 2026-11-21 08:00 UTC in this clone)'],
    ['laptop:/home/ada/data', '(cached: verified 2026-11-21 08:00 UTC in laptop:/home/ada/data)'],
    [
      'https://github.com/o/r/actions/runs/42',
      '(cached: verified 2026-11-21 08:00 UTC by https://github.com/o/r/actions/runs/42)'
    ],
    ['local', '(cached: verified 2026-11-21 08:00 UTC locally (where was not recorded))']
  ])('%s', (run, note) => expect(noteFor(run).endsWith(note)).toBe(true))
})

describe('where the verdict cache says a verdict was verified', () => {
  let dir: string
  let store: VerdictStore
  const commit: PlannedCommit = {
    sha: 'a'.repeat(40),
    parents: ['b'.repeat(40)],
    subject: 'Copy the input',
    committedAt: 0,
    record: {
      cmd: 'cp in out',
      exit: 0,
      inputs: [],
      extraInputs: [],
      outputs: ['out'],
      pwd: '.',
      chain: []
    },
    changes: [],
    substitutions: {}
  }

  const open = async (clone: string, run?: string): Promise<VerdictCache> =>
    VerdictCache.open(await GitCli.open(clone), 'HEAD', { store, run }, 'rules')

  const clone = (name: string): string => {
    const root = path.join(dir, name)
    execFileSync('git', ['init', '--quiet', root])
    return fs.realpathSync(root)
  }

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-cache-note-'))
    store = new VerdictStore(path.join(dir, 'store'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('is this clone in the clone that verified it, and its host and path elsewhere', async () => {
    const first = clone('first')
    await (await open(first)).record(commit, REPRODUCED)
    expect((await (await open(first)).lookup(commit))?.run).toBe(THIS_CLONE)
    // The same store restored into another clone (say, a copy of the .git directory).
    const second = clone('second')
    expect((await (await open(second)).lookup(commit))?.run).toBe(`${os.hostname()}:${first}`)
  })

  it('is the run URL for a verdict verified in CI', async () => {
    const url = 'https://github.invalid/o/r/actions/runs/7'
    const ci = clone('ci')
    await (await open(ci, url)).record(commit, REPRODUCED)
    expect((await (await open(clone('later'))).lookup(commit))?.run).toBe(url)
  })

  it('is "local" for an entry an older version wrote, without host or path', async () => {
    const old = clone('old')
    await (await open(old)).record(commit, REPRODUCED)
    const [file = ''] = fs.readdirSync(store.dir).map(name => path.join(store.dir, name))
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as CachedVerdict
    const { host, repository, ...older } = entry
    expect({ run: entry.run, host, repository }).toEqual({
      run: 'local',
      host: os.hostname(),
      repository: old
    })
    fs.writeFileSync(file, JSON.stringify(older))
    expect((await (await open(old)).lookup(commit))?.run).toBe('local')
  })
})
