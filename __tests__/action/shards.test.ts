/**
 * A three-shard matrix, simulated with the bundled action: three shard jobs verify their parts of
 * one pull request's run commits, then a merge job without a checkout combines their reports. Its
 * outputs, annotations, job summary and sticky comment must carry the verdicts of an unsharded run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, pullRequestPayload, runAction, type ActionRun } from './harness.js'

const SHARDS = 3

let sandbox: Sandbox
let api: FakeGitHubApi
let ds: PlainDataset
let base: string
let head: string
let unsharded: ActionRun
let unshardedComment: string
const shardRuns: ActionRun[] = []

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  ds = PlainDataset.create(sandbox, 'sharded')
  base = ds.git('rev-parse', 'HEAD')
  for (const n of [1, 2, 3, 4, 5]) {
    ds.runCommit(
      `Copy the input to out${n}.txt`,
      { cmd: 'cat {inputs} > {outputs}', inputs: ['in.txt'], outputs: [`out${n}.txt`] },
      { [`out${n}.txt`]: 'alpha\nbeta\n' }
    )
  }
  ds.runCommit(
    'Write the greeting',
    { cmd: "printf 'hello\\nworld\\n' > greeting.txt", outputs: ['greeting.txt'] },
    { 'greeting.txt': 'hello\nold world\n' }
  )
  ds.runCommit('Fit the model', { cmd: 'echo diverged >&2; exit 3', outputs: [] }, {})
  head = ds.runCommit('Use a placeholder datalad does not know', { cmd: 'echo {nope}' }, {})
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

function pullRequest(inputs: Record<string, string>, workspace = ds.path): Promise<ActionRun> {
  return runAction(sandbox, {
    workspace,
    api,
    eventName: 'pull_request',
    payload: pullRequestPayload(7, base, head),
    sha: head,
    inputs
  })
}

/** What a merge job finds after actions/download-artifact (merge-multiple) in a fresh workspace. */
function mergeWorkspace(shards: readonly number[]): string {
  const workspace = sandbox.directory('merge-job')
  fs.mkdirSync(path.join(workspace, 'reports'))
  shards.forEach((shard, i) => {
    const report = shardRuns[shard - 1]?.outputs.report ?? ''
    fs.copyFileSync(report, path.join(workspace, 'reports', `${i}-${path.basename(report)}`))
  })
  return workspace
}

/** The verdicts of a run, which sharding must not change. */
function verdicts(run: ActionRun): unknown[] {
  return (run.report?.commits ?? []).map(c => ({
    sha: c.sha,
    status: c.status,
    reason: c.reason,
    outputs: c.outputs.map(o => [o.path, o.status])
  }))
}

/** Outputs other than the report's path, which is new in every run. */
function counts(run: ActionRun): Record<string, string> {
  return Object.fromEntries(Object.entries(run.outputs).filter(([name]) => name !== 'report'))
}

function annotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter(line => /^::(error|warning|notice)\b/.test(line))
}

/** Rendered results without the run's own timings: the facts line and the time column. */
function withoutTimings(markdown: string): string {
  return markdown
    .replace(/<p>\d+ run commits?:[\s\S]*?<\/p>/, '')
    .replace(/(<tr><td>[^<]*<\/td>)<td>[^<]*<\/td>/g, '$1')
}

describe('a three-shard matrix', () => {
  beforeAll(async () => {
    unsharded = await pullRequest({})
    unshardedComment = api.comments[0]?.body ?? ''
    api.reset()
    for (let shard = 1; shard <= SHARDS; shard++)
      // cache: false, so that each shard re-executes what the unsharded run has just cached.
      shardRuns.push(await pullRequest({ shard: `${shard}/${SHARDS}`, cache: 'false' }))
  })

  it('is an unsharded run to compare with: eight commits and a comment', () => {
    expect(unsharded.outputs).toMatchObject({
      total: '8',
      reproduced: '5',
      mismatched: '1',
      failed: '1',
      errors: '1',
      result: 'failure'
    })
    expect(unshardedComment).toContain('3 of 8 run commits not reproduced')
  })

  it('verifies every commit in exactly one shard job, without comment or annotations', () => {
    const verified = shardRuns.flatMap(run => run.verified)
    expect([...verified].sort()).toEqual([...unsharded.verified].sort())
    for (const [i, run] of shardRuns.entries()) {
      expect(run.verified.length).toBeGreaterThan(0)
      expect(run.report?.shard).toEqual({ index: i + 1, count: SHARDS })
      expect(path.basename(run.outputs.report ?? '')).toBe(
        `report-shard-${i + 1}-of-${SHARDS}.json`
      )
      expect(run.stdout).toContain('Verdict cache: off (cache: false)')
      expect(run.stdout).toContain(`, shard ${i + 1} of ${SHARDS}.`)
      expect(annotations(run).filter(line => line.includes('title='))).toEqual([])
      expect(run.summary).toContain(`, shard ${i + 1} of ${SHARDS}.`)
    }
    expect(api.requestsTo('POST', /comments$/)).toEqual([])
    expect(api.requestsTo('PATCH', /comments/)).toEqual([])
  })

  it('merges into the verdicts, outputs, annotations, summary and comment of the unsharded run', async () => {
    const merged = await pullRequest(
      { mode: 'merge', reports: 'reports/*.json' },
      mergeWorkspace([3, 1, 2])
    )
    expect(merged.stdout).toMatch(/Merging 3 report\(s\): reports\/0-report-shard-3-of-3\.json/)
    expect(verdicts(merged)).toEqual(verdicts(unsharded))
    expect(merged.report?.shard).toBeUndefined()
    expect(counts(merged)).toEqual(counts(unsharded))
    expect(path.basename(merged.outputs.report ?? '')).toBe('report.json')
    expect(merged.code).toBe(unsharded.code)
    expect(annotations(merged)).toEqual(
      annotations(unsharded).filter(line => !line.includes('Verdict cache'))
    )
    expect(withoutTimings(merged.summary)).toEqual(withoutTimings(unsharded.summary))
    // The sticky comment of the unsharded run already reports the same verdicts (its hidden
    // fingerprint of them is the same), so it is left as it is: still one comment.
    expect(api.comments).toHaveLength(1)
    expect(api.requestsTo('PATCH', /comments/)).toHaveLength(0)
    expect(merged.stdout).toContain('Pull request comment on #7: unchanged.')
    expect(api.comments[0]?.body).toEqual(unshardedComment)
  })

  it.each([
    [[1, 3], "::error::shard 2/3 missing: every shard's report is needed for a complete result"],
    [[1, 2, 2, 3], /::error::shard 2\/3 appears twice: .*reports\/1-report-shard-2-of-3\.json and/]
  ])('fails clearly when the shard reports are %j', async (shards, message) => {
    api.reset()
    const run = await pullRequest(
      { mode: 'merge', reports: 'reports/*.json' },
      mergeWorkspace(shards)
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.outputs).toMatchObject({ total: '0', result: 'failure', report: '' })
    expect(api.requests).toEqual([])
  })

  it('fails clearly when no report matches', async () => {
    const run = await pullRequest(
      { mode: 'merge', reports: 'downloaded/**/*.json' },
      mergeWorkspace([])
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::no shard report matches the reports input')
  })
})
