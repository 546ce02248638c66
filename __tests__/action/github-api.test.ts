/**
 * The action's GitHub I/O (src/action/github-api.ts) in process against the fake API, which
 * answers as GitHub does: a sticky comment found on a later page, rate limits waited out within
 * bounds (through the pacing seam, so no real time passes), and failures described as what
 * happened.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiFailure, createOctokit, upsertComment } from '../../src/action/github-api.js'
import { BOT, FakeGitHubApi } from '../helpers/fake-github-api.js'
import { instantOctokit } from './api-client.js'

const REPO = { owner: 'octo', repo: 'data' }
const MARKER = '<!-- rerun-action:v1 key= -->'

let api: FakeGitHubApi
let waits: string[]

beforeAll(async () => {
  api = await FakeGitHubApi.start()
})

afterAll(async () => {
  await api?.stop()
})

beforeEach(() => {
  api.reset()
  waits = []
})

function comment(issue: number, body = 'report', fingerprint = 'fingerprint-1') {
  const octokit = instantOctokit(api, message => waits.push(message))
  return upsertComment(octokit, REPO, issue, {
    marker: MARKER,
    fingerprint,
    body: `${MARKER}\n<!-- ${fingerprint} -->\n${body}`,
    author: BOT.login,
    createIfMissing: true
  })
}

async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  const outcome = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(outcome instanceof ApiFailure))
    throw new Error(`expected an ApiFailure, not ${String(outcome)}`)
  return outcome
}

const posts = (issue: number) => api.requestsTo('POST', new RegExp(`/issues/${issue}/comments$`))

describe('the sticky comment', () => {
  it('is found among 150 earlier comments, on a later page, and updated in place', async () => {
    const reader = { login: 'reader', type: 'User' } as const
    for (let i = 0; i < 140; i++) api.addComment(30, `comment ${i}`, reader)
    // Someone quoting the marker is not the sticky comment; the bot's own one is.
    api.addComment(30, `${MARKER} quoted`, reader)
    const sticky = api.addComment(30, `${MARKER}\nold report`, BOT)
    for (let i = 0; i < 8; i++) api.addComment(30, `later ${i}`, reader)

    expect(await comment(30, 'new report')).toBe('updated')
    expect(sticky.body).toContain('new report')
    expect(posts(30)).toEqual([])
    expect(api.comments.filter(c => c.issue === 30 && c.user.login === BOT.login)).toHaveLength(1)
    // Both pages were read: the second through the Link header GitHub sends.
    const pages = api.requestsTo('GET', /\/issues\/30\/comments$/)
    expect(pages.map(r => r.query.get('page'))).toEqual([null, '2'])
  })

  it('is left alone when it already holds the same fingerprint, whatever else differs', async () => {
    expect(await comment(31, 'took 3 s', 'fingerprint-a')).toBe('created')
    expect(await comment(31, 'took 5 s', 'fingerprint-a')).toBe('unchanged')
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toEqual([])
    expect(await comment(31, 'took 5 s', 'fingerprint-b')).toBe('updated')
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
  })
})

describe('rate limits', () => {
  it('waits out a secondary rate limit and the comment lands', async () => {
    api.fail('POST', /\/issues\/40\/comments$/, { kind: 'secondary-rate-limit', retryAfter: 1 }, 1)
    expect(await comment(40)).toBe('created')
    expect(posts(40).map(r => r.response?.status)).toEqual([403, 201])
    expect(api.comments.filter(c => c.issue === 40)).toHaveLength(1)
    expect(waits).toEqual([
      expect.stringMatching(
        /^GitHub's secondary rate limit for POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: retrying in 1 s\.$/
      )
    ])
  })

  it('waits a minute when GitHub names no wait, as its documentation asks', async () => {
    api.fail(
      'POST',
      /\/issues\/41\/comments$/,
      { kind: 'secondary-rate-limit', retryAfter: null },
      1
    )
    expect(await comment(41)).toBe('created')
    expect(waits).toEqual([expect.stringContaining('retrying in 60 s')])
  })

  it('does not hold the job for a longer wait, and says why', async () => {
    api.fail('POST', /\/issues\/42\/comments$/, { kind: 'secondary-rate-limit', retryAfter: 600 })
    const e = await failure(comment(42))
    expect(e.message).toBe(
      "commenting on #42: HTTP 403: GitHub's secondary rate limit asks for a wait of 600 s, longer than the 60 s worth holding the job for"
    )
    expect(e.rateLimited).toBe(true)
    expect(posts(42)).toHaveLength(1)
    expect(waits).toEqual([])
  })

  it('retries a bounded number of times', async () => {
    api.fail('POST', /\/issues\/43\/comments$/, { kind: 'secondary-rate-limit', retryAfter: 2 })
    const e = await failure(comment(43))
    expect(e.message).toMatch(/a wait of 2 s, and it still held after 2 retries$/)
    expect(posts(43)).toHaveLength(3)
    expect(waits).toHaveLength(2)
  })

  it('reports an exhausted hourly limit instead of waiting for its reset', async () => {
    api.fail('GET', /\/issues\/44\/comments$/, {
      kind: 'rate-limit-exhausted',
      resetInSeconds: 1800
    })
    const e = await failure(comment(44))
    expect(e.message).toMatch(
      /^listing the comments of #44: HTTP 403: the token's GitHub API rate limit is used up until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/
    )
    expect(e.rateLimited).toBe(true)
    expect(api.requestsTo('GET', /\/issues\/44\/comments$/)).toHaveLength(1)
  })

  it('waits for an hourly limit that resets within seconds', async () => {
    api.fail(
      'GET',
      /\/issues\/45\/comments$/,
      { kind: 'rate-limit-exhausted', resetInSeconds: 5 },
      1
    )
    expect(await comment(45)).toBe('created')
    expect(waits).toEqual([expect.stringContaining("GitHub's rate limit for GET")])
  })
})

describe('failures', () => {
  it('retries server errors twice, then says what GitHub answered', async () => {
    api.fail('GET', /\/issues\/50\/comments$/, 502)
    const e = await failure(comment(50))
    expect(e.message).toBe('listing the comments of #50: HTTP 502: Server Error')
    expect(e.status).toBe(502)
    expect(api.requestsTo('GET', /\/issues\/50\/comments$/)).toHaveLength(3)
  })

  it('does not retry a refusal, and keeps it apart from a rate limit', async () => {
    api.fail('POST', /\/issues\/51\/comments$/, 403)
    const e = await failure(comment(51))
    expect(e.message).toMatch(
      /^commenting on #51: HTTP 403: Resource not accessible by integration/
    )
    expect(e.rateLimited).toBe(false)
    expect(posts(51)).toHaveLength(1)
  })

  it('says a connection was dropped, not "HTTP 500"', async () => {
    api.fail('GET', /\/issues\/52\/comments$/, { kind: 'disconnect' })
    const e = await failure(comment(52))
    expect(e.message).toBe(
      `listing the comments of #52: the connection to ${api.url} was closed before an answer`
    )
    expect(e.status).toBeNull()
  })

  it('says a connection was refused, not "HTTP 500: connect ECONNREFUSED"', async () => {
    // A port that was just free: nothing listens there any more.
    const closed = http.createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>(resolve => closed.close(() => resolve()))
    const octokit = createOctokit('fake-token', {
      baseUrl: `http://127.0.0.1:${port}`,
      onWait: () => undefined,
      pacing: { msPerSecond: 0 }
    })
    const e = await failure(
      upsertComment(octokit, REPO, 53, {
        marker: MARKER,
        fingerprint: 'f',
        body: 'b',
        author: BOT.login,
        createIfMissing: true
      })
    )
    expect(e.message).toBe(
      `listing the comments of #53: could not connect to http://127.0.0.1:${port}: connection refused`
    )
    expect(e.status).toBeNull()
  })
})
