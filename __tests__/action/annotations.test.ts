/**
 * Annotations of the bundled action when there are more findings than GitHub shows: the most
 * important as workflow commands plus a notice, or all of them on a check run in batches of 50.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, pullRequestPayload, runAction } from './harness.js'

const WIDE = 60

let sandbox: Sandbox
let api: FakeGitHubApi
let ds: PlainDataset
let base: string
let head: string

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  ds = PlainDataset.create(sandbox, 'wide')
  base = ds.git('rev-parse', 'HEAD')
  const committed: Record<string, string> = {}
  for (let i = 1; i <= WIDE; i++) committed[`tables/t${i}.txt`] = 'committed\n'
  ds.runCommit(
    'Regenerate the tables',
    {
      cmd: `mkdir -p tables && for i in $(seq 1 ${WIDE}); do echo rerun > tables/t$i.txt; done`,
      outputs: ['tables']
    },
    committed
  )
  head = ds.runCommit('Fail on purpose', { cmd: 'exit 3' }, {})
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

const errorAnnotations = (stdout: string): string[] =>
  stdout.split('\n').filter(line => line.startsWith('::error title='))

describe('many findings', () => {
  it('prints at most max-annotations, most important first, and a notice for the rest', async () => {
    const run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(1, base, head),
      inputs: { 'max-annotations': '5', comment: 'never' }
    })
    expect(run.code).toBe(1)
    const printed = errorAnnotations(run.stdout)
    expect(printed).toHaveLength(5)
    // Each commit's first finding comes before any commit's second.
    expect(printed[0]).toContain('file=tables/t1.txt,line=1')
    expect(printed[1]).toContain('Fail on purpose::failed: command exited with 3')
    expect(printed[2]).toContain('file=tables/t10.txt')
    expect(run.stdout).toContain(
      `::notice::${WIDE + 1 - 5} more findings are not shown as annotations`
    )
    // The summary names every output in its table of problems or in its details, up to 20 per
    // cause, and says where the rest are.
    const named = Array.from({ length: WIDE }, (_, i) => `tables/t${i + 1}.txt`).filter(p =>
      run.summary.includes(`<code>${p}</code>`)
    )
    expect(named).toHaveLength(20)
    expect(run.summary).toContain(
      `… and ${WIDE - 20} more with this cause: the JSON report lists them`
    )
  })

  it('never prints more than the 10 the runner shows per level', async () => {
    const run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(1, base, head),
      inputs: { 'max-annotations': '50', comment: 'never' }
    })
    expect(errorAnnotations(run.stdout)).toHaveLength(10)
  })

  it('sends every annotation to a check run on the pull request head, 50 per request', async () => {
    api.reset()
    const run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(2, base, head),
      sha: base,
      inputs: { annotations: 'check-run', 'comment-key': 'linux', comment: 'never' }
    })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run.stdout)).toHaveLength(0)
    const [check] = api.checkRuns.slice(-1)
    expect(check).toMatchObject({
      name: 'rerun-action (linux)',
      head_sha: head,
      conclusion: 'failure'
    })
    expect(check?.annotations).toHaveLength(WIDE + 1)
    expect(api.requestsTo('POST', /\/check-runs$/)[0]?.body).toMatchObject({
      output: {
        annotations: expect.arrayContaining([expect.objectContaining({ path: 'tables/t1.txt' })])
      }
    })
    expect(api.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(1)
    expect(check?.output.title).toBe('❌ 2 of 2 run commits not reproduced')
  })

  it('falls back to workflow-command annotations when the check run cannot be created', async () => {
    api.reset()
    api.fail('POST', /\/check-runs$/, 403)
    const run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(3, base, head),
      inputs: { annotations: 'check-run', comment: 'never', 'fail-on': 'never' }
    })
    expect(run.stdout).toMatch(/::warning::Could not create the check run .*HTTP 403/)
    expect(errorAnnotations(run.stdout)).toHaveLength(10)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('failure')
  })
})
