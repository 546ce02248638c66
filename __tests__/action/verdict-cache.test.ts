/**
 * The verdict cache in the bundled action, against a fake Actions cache service: a miss saves, a
 * fresh runner restores and reports cached verdicts with the run that verified them, a changed
 * fingerprint misses, `cache: false` and schedules re-execute, and a missing or failing service
 * costs a notice or a warning, never the result. The tests build on each other, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Sandbox } from '../helpers/dataset.js'
import { FakeCacheService } from '../helpers/fake-cache-service.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import {
  PlainDataset,
  pushPayload,
  REPOSITORY_PAYLOAD,
  runAction,
  type ActionRun
} from './harness.js'

let sandbox: Sandbox
let api: FakeGitHubApi
let service: FakeCacheService
let ds: PlainDataset
let initial: string
let tip: string

const RUN_100 = 'https://github.com/octo/data/actions/runs/100'

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  service = await FakeCacheService.start()
  ds = PlainDataset.create(sandbox, 'cached')
  initial = ds.git('rev-parse', 'HEAD')
  ds.runCommit(
    'Copy the input',
    { cmd: 'cat {inputs} > {outputs}', inputs: ['in.txt'], outputs: ['out.txt'] },
    { 'out.txt': 'alpha\nbeta\n' }
  )
  tip = ds.runCommit(
    'Count the input lines',
    { cmd: 'wc -l < in.txt > count.txt', inputs: ['in.txt'], outputs: ['count.txt'] },
    { 'count.txt': '2\n' }
  )
})

afterAll(async () => {
  await service?.stop()
  await api?.stop()
  await sandbox?.dispose()
})

/** A new runner has no verdicts of its own: only what it restores from the cache. */
function freshRunner(): void {
  fs.rmSync(path.join(ds.path, '.git', 'rerun-action'), { recursive: true, force: true })
}

function push(
  runId: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = service.env
): Promise<ActionRun> {
  return runAction(sandbox, {
    workspace: ds.path,
    api,
    eventName: 'push',
    payload: pushPayload('refs/heads/main', initial, tip),
    inputs,
    env: { ...env, GITHUB_RUN_ID: runId }
  })
}

const cachedRuns = (run: ActionRun): (string | undefined)[] =>
  run.report?.commits.map(c => c.cached?.run) ?? []

describe('the verdict cache', () => {
  it('misses on the first push, re-executes, and saves the new verdicts', async () => {
    freshRunner()
    const run = await push('100')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Verdict cache: on (cache: auto).')
    expect(cachedRuns(run)).toEqual([undefined, undefined])
    const [restore] = service.callsOf('GetCacheEntryDownloadURL')
    expect(restore?.body.restore_keys).toEqual([
      expect.stringMatching(
        new RegExp(`^rerun-action-verdicts-v1-${process.platform}-${process.arch}-[0-9a-f]{16}-$`)
      )
    ])
    expect(service.savedKeys()).toEqual([expect.stringMatching(/-100-1-[0-9a-f-]{36}$/)])
    expect(run.stdout).toContain('Verdict cache: saved 2 new verdict(s)')
  })

  it('restores on a fresh runner and reports cached verdicts with the run that verified them', async () => {
    freshRunner()
    const run = await push('101')
    expect(run.stdout).toContain(`Verdict cache: restored ${service.savedKeys()[0]}.`)
    expect(cachedRuns(run)).toEqual([RUN_100, RUN_100])
    expect(run.outputs).toMatchObject({ total: '2', reproduced: '2', result: 'success' })
    expect(run.summary).toContain(`✅ reproduced (cached: <a href="${RUN_100}">run 100</a>, `)
    expect(run.summary).toContain(
      `2 reproduced from the verdict cache, not re-executed (verified earlier in this environment: <a href="${RUN_100}">run 100</a>).`
    )
    expect(run.stdout).toContain('Verdict cache: no new reproduced verdicts, so nothing to save.')
    expect(service.savedKeys()).toHaveLength(1)
  })

  it('misses when the fingerprint changes (another cache-key-files)', async () => {
    freshRunner()
    const run = await push('102', { 'cache-key-files': 'in.txt' })
    expect(cachedRuns(run)).toEqual([undefined, undefined])
    const prefixes = service
      .callsOf('GetCacheEntryDownloadURL')
      .map(c => (c.body.restore_keys as string[])[0])
    expect(new Set(prefixes).size).toBe(2)
    expect(service.savedKeys()).toHaveLength(2)
  })

  it('re-executes everything with cache: false, without asking the service', async () => {
    const calls = service.calls.length
    const run = await push('103', { 'cache-key-files': 'in.txt', cache: 'false' })
    expect(run.stdout).toContain('Verdict cache: off (cache: false).')
    expect(cachedRuns(run)).toEqual([undefined, undefined])
    expect(service.calls).toHaveLength(calls)
  })

  it('is off for a scheduled run unless cache: true', async () => {
    freshRunner()
    const calls = service.calls.length
    const schedule = (inputs: Record<string, string>): Promise<ActionRun> =>
      runAction(sandbox, {
        workspace: ds.path,
        api,
        eventName: 'schedule',
        payload: { schedule: '17 3 * * *', repository: REPOSITORY_PAYLOAD },
        inputs,
        env: { ...service.env, GITHUB_RUN_ID: '104' }
      })
    const nightly = await schedule({})
    expect(nightly.stdout).toContain(
      'Verdict cache: off (a scheduled run re-executes every run commit to catch drift in the environment; set cache: true to use the cache).'
    )
    expect(cachedRuns(nightly)).toEqual([undefined, undefined])
    expect(service.calls).toHaveLength(calls)
    const forced = await schedule({ cache: 'true' })
    expect(forced.stdout).toContain('Verdict cache: on (cache: true).')
    expect(cachedRuns(forced)).toEqual([RUN_100, RUN_100])
  })

  it('uses the verdicts already in the repository when there is no cache service, with a notice', async () => {
    const calls = service.calls.length
    const run = await push('105', {}, {})
    expect(run.stdout).toContain(
      '::notice::Verdict cache: the Actions cache service is not available (e.g. outside GitHub)'
    )
    expect(cachedRuns(run)).toEqual([RUN_100, RUN_100])
    expect(service.calls).toHaveLength(calls)
  })

  it('costs a warning, never the result, when the cache service cannot be reached', async () => {
    freshRunner()
    const run = await push(
      '106',
      {},
      { ...service.env, ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }
    )
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '2', reproduced: '2', result: 'success' })
    expect(run.stdout).toMatch(/::warning::Failed to restore: /)
    expect(run.stdout).not.toContain('internal error')
  })
})
