/**
 * The fake GitHub API answers as GitHub does: every answer to every endpoint the action uses,
 * and every request the action sends, validated against GitHub's OpenAPI description; paging with
 * per_page, page and Link headers; 201 on create; rate-limit headers; GitHub's limits on bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ApiFailure,
  openPullRequestsOf,
  publishCheckRun,
  tokenLogin,
  upsertComment
} from '../../src/action/github-api.js'
import type { CheckRunAnnotation } from '../../src/report/annotations.js'
import { BOT, FakeGitHubApi } from '../helpers/fake-github-api.js'
import { instantOctokit } from './api-client.js'
import { GitHubOpenApi } from './github-openapi.js'

const REPO = { owner: 'octo', repo: 'data' }
const SHA = 'c'.repeat(40)

let api: FakeGitHubApi
let openApi: GitHubOpenApi

beforeAll(async () => {
  api = await FakeGitHubApi.start()
  openApi = GitHubOpenApi.load()
})

afterAll(async () => {
  await api?.stop()
})

function annotation(i: number): CheckRunAnnotation {
  return {
    path: `tables/t${i}.txt`,
    start_line: 1,
    end_line: 1,
    annotation_level: 'failure',
    title: 'abc1234 Regenerate the tables',
    message: `tables/t${i}.txt: modified`
  }
}

async function rejected(promise: Promise<unknown>): Promise<ApiFailure> {
  const failure = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(failure instanceof ApiFailure))
    throw new Error(`expected an ApiFailure, got ${String(failure)}`)
  return failure
}

describe("the fake's answers against GitHub's OpenAPI description", () => {
  it('hold for every endpoint the action uses, and so do the action’s requests', async () => {
    api.reset()
    const octokit = instantOctokit(api)
    api.pullsOfCommit.set(SHA, [
      { number: 21, state: 'open' },
      { number: 20, state: 'closed' }
    ])
    for (let i = 0; i < 120; i++)
      api.addComment(5, `comment ${i}`, { login: 'reader', type: 'User' })

    expect(await tokenLogin(octokit)).toBe(BOT.login)
    expect(await openPullRequestsOf(octokit, REPO, SHA)).toEqual([21])
    const sticky = { marker: '<!-- m -->', author: BOT.login, createIfMissing: true }
    expect(
      await upsertComment(octokit, REPO, 5, { ...sticky, fingerprint: 'f1', body: '<!-- m --> f1' })
    ).toBe('created')
    expect(
      await upsertComment(octokit, REPO, 5, { ...sticky, fingerprint: 'f2', body: '<!-- m --> f2' })
    ).toBe('updated')
    await publishCheckRun(octokit, REPO, {
      name: 'rerun-action',
      headSha: SHA,
      conclusion: 'failure',
      title: '❌ 1 of 1 run commit not reproduced',
      summary: 'summary',
      annotations: Array.from({ length: 120 }, (_, i) => annotation(i))
    })
    // Error answers: a refused write, a route GitHub does not have, an oversized body.
    api.fail('POST', /\/issues\/6\/comments$/, 403, 1)
    await rejected(upsertComment(octokit, REPO, 6, { ...sticky, fingerprint: 'f', body: 'b' }))
    await rejected(
      upsertComment(octokit, REPO, 6, { ...sticky, fingerprint: 'f', body: 'x'.repeat(65537) })
    )

    const rest = api.requests.filter(r => r.path !== '/graphql')
    const operations = new Set(rest.map(r => `${r.method} ${openApi.template(r.path)}`))
    expect([...operations].sort()).toEqual([
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'POST /repos/{owner}/{repo}/check-runs',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
    ])
    // The comments were read over two pages, the second through the Link header.
    expect(rest.some(r => r.path.startsWith('/repositories/'))).toBe(true)
    const statuses = new Set(rest.map(r => r.response?.status))
    expect([...statuses].sort()).toEqual([200, 201, 403, 422])
    const problems = rest.flatMap(r => {
      const { status, body } = r.response ?? { status: 0, body: null }
      return [
        ...openApi.queryProblems(r.method, r.path, r.query),
        // The oversized body is the one request that is wrong on purpose.
        ...(status === 422 ? [] : openApi.requestBodyProblems(r.method, r.path, r.body)),
        ...openApi.responseProblems(r.method, r.path, status, body)
      ].map(problem => `${r.method} ${r.path}?${r.query.toString()} → ${status}: ${problem}`)
    })
    expect(problems).toEqual([])
  })

  it('would catch an answer that leaves out what GitHub returns', () => {
    const comment = api.requests.find(r => r.method === 'PATCH')?.response?.body
    expect(comment).toMatchObject({ id: expect.any(Number) })
    const withoutUser = { ...(comment as Record<string, unknown>) }
    delete withoutUser.user
    expect(
      openApi.responseProblems('PATCH', '/repos/o/r/issues/comments/1', 200, withoutUser)
    ).toEqual(["/ must have required property 'user'"])
    expect(
      openApi.requestBodyProblems('POST', '/repos/o/r/check-runs', {
        name: 'n',
        head_sha: SHA,
        output: { title: 't', summary: 'x'.repeat(65536) }
      })
    ).toEqual(['/output/summary must NOT have more than 65535 characters'])
  })
})

describe('paging', () => {
  const list = (query: string): Promise<Response> =>
    fetch(`${api.url}/repos/octo/data/issues/9/comments${query}`)

  beforeAll(() => {
    for (let i = 1; i <= 250; i++)
      api.addComment(9, `comment ${i}`, { login: 'reader', type: 'User' })
    api.addComment(10, 'alone', { login: 'reader', type: 'User' })
  })

  const bodies = async (response: Response): Promise<string[]> =>
    ((await response.json()) as { body: string }[]).map(c => c.body)

  it('gives 30 by default and at most 100, with Link headers to the other pages', async () => {
    const first = await list('')
    expect(await bodies(first)).toHaveLength(30)
    const links = first.headers.get('link') ?? ''
    expect(links).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/repositories\/\d+\/issues\/9\/comments\?page=2>; rel="next", <[^>]*\?page=9>; rel="last"$/
    )
    const most = await list('?per_page=500')
    expect(await bodies(most)).toHaveLength(100)
  })

  it('names the previous, next, last and first pages from a middle page', async () => {
    const middle = await list('?per_page=100&page=2')
    expect(await bodies(middle)).toEqual(
      Array.from({ length: 100 }, (_, i) => `comment ${101 + i}`)
    )
    const rels = [
      ...(middle.headers.get('link') ?? '').matchAll(/<[^>]*[?&]page=(\d+)>; rel="(\w+)"/g)
    ].map(m => `${m[2]}=${m[1]}`)
    expect(rels).toEqual(['prev=1', 'next=3', 'last=3', 'first=1'])
  })

  it('reaches every item by following rel="next"', async () => {
    const seen: string[] = []
    let next: string | undefined = `${api.url}/repos/octo/data/issues/9/comments?per_page=100`
    while (next) {
      const response = await fetch(next)
      seen.push(...(await bodies(response)))
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
    }
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`))
  })

  it('sends no Link header for a single page', async () => {
    const single = await list('').then(() => fetch(`${api.url}/repos/octo/data/issues/10/comments`))
    expect(await bodies(single)).toEqual(['alone'])
    expect(single.headers.get('link')).toBeNull()
  })
})

describe('answers', () => {
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${api.url}${path}`, { method: 'POST', body: JSON.stringify(body) })

  it('creates with 201 and a Location, and carries rate-limit headers', async () => {
    const created = await post('/repos/octo/data/issues/11/comments', { body: 'hi' })
    expect(created.status).toBe(201)
    const comment = (await created.json()) as { url: string; user: { login: string } }
    expect(created.headers.get('location')).toBe(comment.url)
    expect(comment.user.login).toBe(BOT.login)
    for (const name of ['limit', 'remaining', 'reset', 'used'])
      expect(created.headers.get(`x-ratelimit-${name}`)).toMatch(/^\d+$/)
    expect(created.headers.get('x-ratelimit-resource')).toBe('core')
  })

  it.each([
    [
      'a comment body',
      '/repos/octo/data/issues/12/comments',
      65536,
      (n: number) => ({ body: 'é'.repeat(n) })
    ],
    [
      "a check run's summary",
      '/repos/octo/data/check-runs',
      65535,
      (n: number) => ({ name: 'n', head_sha: SHA, output: { title: 't', summary: 'é'.repeat(n) } })
    ]
  ])(
    'takes %s of exactly GitHub’s limit, and refuses one character more',
    async (_what, path, limit, body) => {
      expect((await post(path, body(limit))).status).toBe(201)
      const refused = await post(path, body(limit + 1))
      expect(refused.status).toBe(422)
      expect(openApi.responseProblems('POST', path, 422, await refused.json())).toEqual([])
    }
  )

  it('refuses more than 50 annotations in one request', async () => {
    const many = Array.from({ length: 51 }, (_, i) => annotation(i))
    const refused = await post('/repos/octo/data/check-runs', {
      name: 'n',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotations: many }
    })
    expect(refused.status).toBe(422)
  })

  it('answers a secondary rate limit as GitHub documents it', async () => {
    api.fail('POST', /\/issues\/13\/comments$/, { kind: 'secondary-rate-limit', retryAfter: 7 }, 1)
    const limited = await post('/repos/octo/data/issues/13/comments', { body: 'hi' })
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('7')
    const { message } = (await limited.json()) as { message: string }
    expect(message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes/)
    expect((await post('/repos/octo/data/issues/13/comments', { body: 'hi' })).status).toBe(201)
  })
})
