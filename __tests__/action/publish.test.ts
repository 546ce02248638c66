/**
 * Publishing in process (src/action/publish.ts) against the fake API, which refuses bodies over
 * GitHub's limits as GitHub does: the sticky comment is left alone while the verdicts stay the
 * same, and the comment and the check run fit GitHub's limits whatever their content.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import type { VerificationResult } from '../../src/engine/model.js'
import type { ActionSettings } from '../../src/action/inputs.js'
import {
  publishAnnotations,
  publishComment,
  verdictFingerprint,
  type PublishContext
} from '../../src/action/publish.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  renderPullRequestComment
} from '../../src/report/pr-comment.js'
import { BOT, FakeGitHubApi } from '../helpers/fake-github-api.js'
import {
  CACHED,
  LINKS,
  longPath,
  many,
  MISMATCH,
  REPRODUCED,
  resultOf,
  stampedOutput
} from '../report/fixtures.js'
import { instantOctokit } from './api-client.js'

let api: FakeGitHubApi
let logged: string

beforeAll(async () => {
  api = await FakeGitHubApi.start()
})

afterAll(async () => {
  await api?.stop()
})

beforeEach(() => {
  api.reset()
  logged = ''
  // @actions/core writes its log lines and workflow commands to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged += String(chunk)
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
})

const SETTINGS: ActionSettings = {
  mode: { kind: 'verify', shard: undefined, cache: 'auto', cacheKeyFiles: [] },
  workspace: '/home/runner/work/data/data',
  datasetPath: '/home/runner/work/data/data',
  range: { kind: 'event' },
  jobs: 2,
  timeoutSeconds: 300,
  configFile: undefined,
  repeat: 1,
  isolation: 'auto',
  failOn: 'mismatch',
  comment: 'auto',
  commentKey: '',
  annotations: 'check-run',
  maxAnnotations: 10,
  githubToken: 'fake-token',
  allowUntrusted: false,
  installAnnex: 'never',
  substitutions: {}
}

function context(pullRequest: number, runUrl = LINKS.runUrl): PublishContext {
  return {
    settings: SETTINGS,
    event: {
      name: 'pull_request',
      sha: 'e'.repeat(40),
      repository: 'octo/data',
      defaultBranch: 'main',
      pullRequest: {
        number: pullRequest,
        baseSha: 'b'.repeat(40),
        headSha: 'd'.repeat(40),
        headRepository: 'octo/data'
      }
    },
    repo: { owner: 'octo', repo: 'data' },
    octokit: instantOctokit(api),
    pathPrefix: '',
    summary: { ...LINKS, runUrl }
  }
}

/** `count` commits not reproduced, each with an output of its own under a long path. */
function problemCommits(count: number, subject = MISMATCH.subject): VerificationResult {
  return resultOf(
    many({ ...MISMATCH, subject }, count).map((verdict, i) => ({
      ...verdict,
      outputs: [stampedOutput(longPath(i))]
    }))
  )
}

const ours = (issue: number) =>
  api.comments.filter(c => c.issue === issue && c.user.login === BOT.login)
const patches = () => api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)

describe('the verdict fingerprint', () => {
  const result = resultOf([REPRODUCED, MISMATCH, CACHED])

  it('ignores durations, run links and where a verdict was cached', () => {
    const rerun: VerificationResult = {
      ...result,
      durationMs: result.durationMs + 4321,
      startedAt: '2026-12-01T08:00:00.000Z',
      commits: result.commits.map(c => ({
        ...c,
        durationMs: c.durationMs * 3,
        cached: c.cached && { verifiedAt: '2026-12-01T08:00:00.000Z', run: 'local' }
      }))
    }
    expect(verdictFingerprint(rerun)).toBe(verdictFingerprint(result))
  })

  it.each([
    ['a status', { ...MISMATCH, status: 'reproduced' as const }],
    ['what differs', { ...MISMATCH, outputs: MISMATCH.outputs.slice(1) }],
    [
      'an output’s status',
      { ...MISMATCH, outputs: [{ ...stampedOutput('a.txt'), status: 'missing' as const }] }
    ]
  ])('changes with %s', (_what, changed) => {
    expect(verdictFingerprint(resultOf([REPRODUCED, changed, CACHED]))).not.toBe(
      verdictFingerprint(result)
    )
  })

  it('is a hidden HTML comment', () => {
    expect(verdictFingerprint(result)).toMatch(
      /^<!-- rerun-action:verdicts sha256=[0-9a-f]{64} -->$/
    )
  })
})

describe('the sticky comment', () => {
  it('is not edited by a rerun with the same verdicts, and is by one with other verdicts', async () => {
    const first = resultOf([REPRODUCED, MISMATCH])
    await publishComment(context(60), first)
    expect(ours(60)).toHaveLength(1)
    const posted = ours(60)[0]?.body ?? ''
    expect(posted.startsWith(`${verdictFingerprint(first)}\n<!-- rerun-action:v1 key= -->\n`)).toBe(
      true
    )

    // A later workflow run: other durations and another run link, so another body.
    const later = { ...first, durationMs: first.durationMs + 999 }
    await publishComment(context(60, 'https://github.invalid/octo/data/actions/runs/4243'), later)
    expect(patches()).toEqual([])
    expect(logged).toContain('Pull request comment on #60: unchanged.')
    expect(ours(60)[0]?.body).toBe(posted)

    const fixed = resultOf([REPRODUCED, { ...MISMATCH, status: 'reproduced', outputs: [] }])
    await publishComment(context(60), fixed)
    expect(patches()).toHaveLength(1)
    expect(logged).toContain('Pull request comment on #60: updated.')
    expect(ours(60)[0]?.body).toContain(verdictFingerprint(fixed))
  })

  it('fits GitHub’s limit with its fingerprint, also when the report alone fills the limit', async () => {
    const fingerprintLine = verdictFingerprint(resultOf([])).length + 1
    // A report that GitHub's limit shortens by whole rows, and whose rows leave less room than
    // the fingerprint takes: without its room reserved, the body would be refused. The subject's
    // length moves where the last row ends.
    const result = Array.from({ length: 40 }, (_, i) =>
      problemCommits(250, `Summarise ${'x'.repeat(i)}`)
    ).find(
      candidate =>
        renderPullRequestComment(candidate, { ...LINKS, commentKey: '' }).length >
        COMMENT_LIMIT - fingerprintLine
    )
    expect(result).toBeDefined()
    if (!result) return
    await publishComment(context(61), result)
    expect(logged).toContain('Pull request comment on #61: created.')
    const body = ours(61)[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain(verdictFingerprint(result))
  })
  it('warns about a rate limit without blaming the token’s permissions', async () => {
    api.fail('GET', /\/issues\/63\/comments$/, {
      kind: 'rate-limit-exhausted',
      resetInSeconds: 1800
    })
    await publishComment(context(63), resultOf([MISMATCH]))
    expect(logged).toMatch(
      /^::warning::Could not comment on pull request #63: listing the comments of #63: HTTP 403: the token's GitHub API rate limit is used up until \S+\. The verification result is not affected\.$/m
    )
    api.reset()
    api.fail('POST', /\/issues\/63\/comments$/, 403)
    await publishComment(context(63), resultOf([MISMATCH]))
    expect(logged).toContain('The token may lack the permission')
  })
})

describe('the check run', () => {
  it('has a summary and a title within GitHub’s limits, with hundreds of long paths', async () => {
    const result = problemCommits(260)
    await publishAnnotations(context(62), result)
    expect(logged).not.toContain('::warning::')
    const [run] = api.checkRuns.slice(-1)
    expect(run?.annotations).toHaveLength(260)
    expect(run?.output.summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    // At the limit: the report was long enough to be shortened to fit.
    expect(run?.output.summary.length).toBeGreaterThan(CHECK_RUN_SUMMARY_LIMIT - 1000)
    expect(run?.output.summary).toContain('Shortened to fit')
    expect(run?.output.title).toBe('❌ 260 of 260 run commits not reproduced')
    // The summary goes with the create and with each batch of 50 annotations: each accepted.
    const sent = api.requests.filter(r => r.path.includes('/check-runs'))
    expect(sent.map(r => r.response?.status)).toEqual([201, 200, 200, 200, 200, 200])
  })
})
