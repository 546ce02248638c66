/**
 * The bundled action against a GitHub that rate-limits it: a secondary rate limit on the comment
 * is waited out (the fake asks for a one-second wait) and the comment still lands; an exhausted
 * hourly limit is a warning that says so, and the step's result stands.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Sandbox } from '../helpers/dataset.js'
import { BOT, FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, pullRequestPayload, runAction } from './harness.js'

let sandbox: Sandbox
let api: FakeGitHubApi
let ds: PlainDataset
let base: string
let head: string

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  ds = PlainDataset.create(sandbox, 'limited')
  base = ds.git('rev-parse', 'HEAD')
  head = ds.runCommit(
    'Copy the input',
    { cmd: 'cat {inputs} > {outputs}', inputs: ['in.txt'], outputs: ['out.txt'] },
    { 'out.txt': 'alpha\nbeta\n' }
  )
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

beforeEach(() => {
  api.reset()
})

function pullRequest(number: number) {
  return runAction(sandbox, {
    workspace: ds.path,
    api,
    eventName: 'pull_request',
    payload: pullRequestPayload(number, base, head)
  })
}

describe('rate limits', () => {
  it('waits out a secondary rate limit, and the comment lands', async () => {
    api.fail('POST', /\/issues\/3\/comments$/, { kind: 'secondary-rate-limit', retryAfter: 1 }, 1)
    const run = await pullRequest(3)
    expect(run.code).toBe(0)
    const posts = api.requestsTo('POST', /\/issues\/3\/comments$/)
    expect(posts.map(r => r.response?.status)).toEqual([403, 201])
    expect(api.comments.filter(c => c.issue === 3 && c.user.login === BOT.login)).toHaveLength(1)
    expect(run.stdout).toContain("GitHub's secondary rate limit for POST")
    expect(run.stdout).toContain('Pull request comment on #3: created.')
    expect(run.stdout).not.toContain('::warning::')
  })

  it('warns about an exhausted hourly limit instead of waiting for it', async () => {
    api.fail('GET', /\/issues\/4\/comments$/, {
      kind: 'rate-limit-exhausted',
      resetInSeconds: 1800
    })
    const run = await pullRequest(4)
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('success')
    expect(api.requestsTo('GET', /\/issues\/4\/comments$/)).toHaveLength(1)
    expect(run.stdout).toMatch(
      /::warning::Could not comment on pull request #4: listing the comments of #4: HTTP 403: the token's GitHub API rate limit is used up until \S+\. The verification result is not affected\./
    )
  })
})
