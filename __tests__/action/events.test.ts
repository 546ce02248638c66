/**
 * The bundled action per triggering event: which commits it verifies, what it prints, the
 * outputs, the job summary, the exit status, and what it asks of the (fake) GitHub API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pathWithoutNamespaces, Sandbox } from '../helpers/dataset.js'
import { BOT, FakeGitHubApi } from '../helpers/fake-github-api.js'
import {
  PlainDataset,
  pullRequestPayload,
  pushPayload,
  REPOSITORY_PAYLOAD,
  runAction,
  ZEROS,
  type ActionRun
} from './harness.js'

let sandbox: Sandbox
let api: FakeGitHubApi
/** The clone the workflow checked out (from `origin`), detached at the feature branch's tip. */
let work: string
let origin: string
const sha: Record<'A' | 'B' | 'C' | 'M' | 'X', string> = { A: '', B: '', C: '', M: '', X: '' }

const short = (commit: string): string => commit.slice(0, 8)

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  const ds = PlainDataset.create(sandbox, 'source')
  sha.A = ds.runCommit(
    'Copy the input',
    { cmd: 'cat {inputs} > {outputs}', inputs: ['in.txt'], outputs: ['out.txt'] },
    { 'out.txt': 'alpha\nbeta\n' }
  )
  ds.git('checkout', '--quiet', '-b', 'old-feature')
  ds.write('draft.txt', 'abandoned\n')
  sha.X = ds.commit('Abandoned draft')
  ds.git('checkout', '--quiet', '-b', 'feature', sha.A)
  // Committed "old world", the command writes "world": a mismatch on line 2.
  sha.B = ds.runCommit(
    'Write the greeting',
    { cmd: "printf 'hello\\nworld\\n' > greeting.txt", outputs: ['greeting.txt'] },
    { 'greeting.txt': 'hello\nold world\n' }
  )
  sha.C = ds.runCommit(
    'Count the input lines',
    { cmd: 'wc -l < in.txt > count.txt', inputs: ['in.txt'], outputs: ['count.txt'] },
    { 'count.txt': '2\n' }
  )
  ds.git('checkout', '--quiet', 'main')
  ds.write('notes.txt', 'main moves on\n')
  sha.M = ds.commit('Notes on main')
  origin = `${sandbox.directory('origin')}/data.git`
  sandbox.run('git', ['clone', '--quiet', '--bare', ds.path, origin], sandbox.root)
  work = `${sandbox.directory('work')}/data`
  sandbox.run('git', ['clone', '--quiet', origin, work], sandbox.root)
  sandbox.run('git', ['checkout', '--quiet', '--detach', sha.C], work)
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

function expectOutputs(run: ActionRun, expected: Record<string, string>): void {
  for (const [name, value] of Object.entries(expected)) expect(run.outputs[name]).toBe(value)
}

describe('push', () => {
  it('verifies the pushed range before..after and passes when it reproduces', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.B, sha.C)
    })
    expect(run.verified).toEqual([sha.C])
    expect(run.report?.range.since).toBe(sha.B)
    expect(run.stdout).toContain(
      `the run commits in ${short(sha.B)}..${short(sha.C)} (the pushed commits)`
    )
    expectOutputs(run, {
      total: '1',
      reproduced: '1',
      mismatched: '0',
      failed: '0',
      unverifiable: '0',
      result: 'success'
    })
    expect(run.code).toBe(0)
    expect(run.summary).toContain('✅ The run commit reproduced')
  })

  it('fails on a mismatch, annotating the file with the commit in the title', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.A, sha.C)
    })
    expect(run.verified).toEqual([sha.B, sha.C])
    expectOutputs(run, { total: '2', reproduced: '1', mismatched: '1', result: 'failure' })
    expect(run.code).toBe(1)
    // The annotation sits at the first differing line (line 2 here: "old world" was committed,
    // the command writes "world").
    const diff = run.report?.commits[0]?.outputs.find(o => o.path === 'greeting.txt')?.diff
    expect(diff).toMatchObject({ kind: 'text', firstDifferentLine: 2 })
    expect(run.stdout).toContain(
      `::error title=${short(sha.B)} Write the greeting,file=greeting.txt,line=2,endLine=2::greeting.txt: modified`
    )
    expect(run.stdout).toContain('::error::1 of 2 run commits not reproduced')
    // One log group per commit, with the captured output fenced off from the runner.
    expect(run.stdout).toMatch(/::group::\[1\/2\] ✗ mismatch .* Write the greeting/)
    expect(run.stdout).toMatch(/::stop-commands::([0-9a-f-]{36})\n[\s\S]*?\n::\1::/)
    expect(run.summary).toContain('<h2>rerun-action: ❌ 1 of 2 run commits not reproduced</h2>')
    expect(run.summary).toContain(`href="https://github.invalid/octo/data/commit/${sha.B}"`)
    expect(run.summary).toContain('<code>greeting.txt</code>')
  })

  it('verifies only the commits not on the default branch when the push creates a branch', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', ZEROS, sha.C),
      inputs: { 'fail-on': 'never' }
    })
    expect(run.report?.range.since).toBe(sha.A)
    expect(run.verified).toEqual([sha.B, sha.C])
    expect(run.stdout).toContain('the push created the branch: the commits not on main')
    // fail-on: never passes the step, but the result still says what happened.
    expect(run.code).toBe(0)
    expectOutputs(run, { result: 'failure', mismatched: '1' })
  })

  it('starts at the merge base with the previous tip after a force push', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: { ...pushPayload('refs/heads/feature', sha.X, sha.C), forced: true },
      inputs: { 'fail-on': 'never' }
    })
    expect(run.report?.range.since).toBe(sha.A)
    expect(run.verified).toEqual([sha.B, sha.C])
    expect(run.stdout).toContain(
      `force push: from the merge base with the previous tip ${short(sha.X)}`
    )
  })

  it('falls back to the branch point when a force push left the previous tip unreachable', async () => {
    const gone = 'f'.repeat(40)
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: { ...pushPayload('refs/heads/feature', gone, sha.C), forced: true },
      inputs: { 'fail-on': 'never' }
    })
    expect(run.report?.range.since).toBe(sha.A)
    expect(run.stdout).toContain(`the previous tip ${short(gone)} is gone (force push)`)
  })

  it('comments on the open pull requests of the pushed commit', async () => {
    api.reset()
    api.pullsOfCommit.set(sha.C, [
      { number: 21, state: 'open' },
      { number: 20, state: 'closed' }
    ])
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.B, sha.C)
    })
    expect(run.code).toBe(0)
    expect(api.requestsTo('GET', new RegExp(`/commits/${sha.C}/pulls$`))).toHaveLength(1)
    expect(api.comments.filter(c => c.issue === 21)).toHaveLength(1)
    expect(api.comments.filter(c => c.issue === 20)).toHaveLength(0)
    expect(api.requests.every(r => r.authorization === 'token fake-token')).toBe(true)
  })
})

describe('pull_request', () => {
  it("verifies the PR's own commits and keeps one sticky comment, left alone while the verdicts stay", async () => {
    api.reset()
    const foreign = api.addComment(7, '<!-- rerun-action:v1 key= --> pasted by someone else', {
      login: 'mallory',
      type: 'User'
    })
    const event = {
      workspace: work,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(7, sha.M, sha.C)
    }
    const first = await runAction(sandbox, event)
    expect(first.report?.range.since).toBe(sha.A)
    expect(first.verified).toEqual([sha.B, sha.C])
    expect(first.code).toBe(1)
    // A later workflow run with the same verdicts: its durations and run link differ, but the
    // comment is not rewritten for those.
    const second = await runAction(sandbox, { ...event, env: { GITHUB_RUN_ID: '4243' } })
    expect(second.verified).toEqual([sha.B, sha.C])

    const ours = api.comments.filter(c => c.issue === 7 && c.user.login === BOT.login)
    expect(ours).toHaveLength(1)
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1)
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0)
    expect(ours[0]?.body).toContain('1 of 2 run commits not reproduced')
    expect(ours[0]?.body).toContain('https://github.invalid/octo/data/actions/runs/4242')
    expect(foreign.body).toBe('<!-- rerun-action:v1 key= --> pasted by someone else')
    expect(second.stdout).toContain('Pull request comment on #7: unchanged.')
  })

  it('says so in the comment once everything reproduces again', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(7, sha.M, sha.C),
      inputs: { commits: sha.C }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Pull request comment on #7: updated.')
    const ours = api.comments.filter(c => c.issue === 7 && c.user.login === BOT.login)
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toContain('The run commit reproduced')
  })

  it('does not try to comment on a pull request from a fork, and still reports', async () => {
    api.reset()
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(8, sha.M, sha.C, 'someone/data')
    })
    expect(run.verified).toEqual([sha.B, sha.C])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('pull request #8 comes from a fork')
    expect(api.requestsTo('POST', /comments$/)).toHaveLength(0)
    expect(run.summary).toContain('1 of 2 run commits not reproduced')
    expect(run.stdout).toContain('::error title=')
  })

  it('turns a 403 from the API into a warning; the result and exit status stand', async () => {
    api.reset()
    api.fail('POST', /\/issues\/9\/comments$/, 403)
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(9, sha.M, sha.C, 'someone/data'),
      inputs: { comment: 'always', 'fail-on': 'never' }
    })
    expect(run.stdout).toMatch(/::warning::Could not comment on pull request #9: .*HTTP 403/)
    expect(run.code).toBe(0)
    expectOutputs(run, { result: 'failure', total: '2', mismatched: '1' })
    expect(api.comments.filter(c => c.issue === 9)).toHaveLength(0)
  })

  it('retries a server error, and the comment lands', async () => {
    api.reset()
    api.fail('GET', /\/issues\/10\/comments$/, 500, 1)
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(10, sha.M, sha.C),
      inputs: { commits: sha.C }
    })
    expect(api.requestsTo('GET', /\/issues\/10\/comments$/)).toHaveLength(2)
    expect(run.stdout).toContain('Pull request comment on #10: created.')
    expect(run.code).toBe(0)
    expectOutputs(run, { result: 'success', reproduced: '1' })
  })
})

describe('other events', () => {
  it.each(['schedule', 'workflow_dispatch'])('%s verifies the whole history', async name => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: name,
      payload: { repository: REPOSITORY_PAYLOAD },
      inputs: { 'fail-on': 'never' }
    })
    expect(run.report?.range.since).toBeNull()
    expect(run.verified).toEqual([sha.A, sha.B, sha.C])
    expect(run.stdout).toContain(`a ${name} run verifies the whole history`)
  })

  it('lets since override the range of the event', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'workflow_dispatch',
      payload: { repository: REPOSITORY_PAYLOAD },
      inputs: { since: sha.B }
    })
    expect(run.verified).toEqual([sha.C])
    expect(run.code).toBe(0)
  })

  it('refuses pull_request_target unless allow-untrusted is set', async () => {
    api.reset()
    const payload = pullRequestPayload(11, sha.M, sha.C, 'someone/data')
    const refused = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request_target',
      payload
    })
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      '::error::refusing to replay commands under pull_request_target'
    )
    expect(refused.report).toBeNull()
    expectOutputs(refused, { result: 'failure', total: '0', report: '' })
    expect(api.requests).toHaveLength(0)

    const allowed = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'pull_request_target',
      payload,
      inputs: { 'allow-untrusted': 'true', 'fail-on': 'never' }
    })
    expect(allowed.verified).toEqual([sha.B, sha.C])
    // The base repository's token can write, so even a fork's pull request gets its comment.
    expect(api.comments.filter(c => c.issue === 11)).toHaveLength(1)
  })

  it('refuses workflow_run triggered by a fork pull request', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'workflow_run',
      payload: {
        workflow_run: { event: 'pull_request', head_repository: { full_name: 'someone/data' } },
        repository: REPOSITORY_PAYLOAD
      }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('refusing to replay commands under workflow_run')
  })

  it('rejects an invalid input with a message naming it', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'schedule',
      payload: { repository: REPOSITORY_PAYLOAD },
      inputs: { 'fail-on': 'sometimes' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::input fail-on must be one of mismatch, never')
    expectOutputs(run, { result: 'failure' })
  })
})

describe('checkout', () => {
  /** A clone of the feature branch with only its tip, as actions/checkout makes by default. */
  const shallowClone = (): string => {
    const shallow = `${sandbox.directory('shallow')}/data`
    sandbox.run(
      'git',
      ['clone', '--quiet', '--depth=1', '--branch=feature', `file://${origin}`, shallow],
      sandbox.root
    )
    return shallow
  }

  it('deepens a shallow clone, saying so, and verifies the pushed range', async () => {
    const shallow = shallowClone()
    const run = await runAction(sandbox, {
      workspace: shallow,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.A, sha.C),
      inputs: { 'fail-on': 'never' }
    })
    expect(run.stdout).toContain('The checkout is shallow: fetching the full history from origin')
    expect(run.verified).toEqual([sha.B, sha.C])
    expect(sandbox.run('git', ['rev-parse', '--is-shallow-repository'], shallow).trim()).toBe(
      'false'
    )
  })

  it('deepens a shallow clone after a force push whose old tip the server no longer has', async () => {
    const shallow = shallowClone()
    const run = await runAction(sandbox, {
      workspace: shallow,
      api,
      eventName: 'push',
      payload: { ...pushPayload('refs/heads/feature', 'e'.repeat(40), sha.C), forced: true },
      inputs: { 'fail-on': 'never' }
    })
    expect(run.report?.range.since).toBe(sha.A)
    expect(run.verified).toEqual([sha.B, sha.C])
  })

  it('tells the user to set fetch-depth: 0 when the history cannot be fetched', async () => {
    const shallow = shallowClone()
    sandbox.run(
      'git',
      ['remote', 'set-url', 'origin', `file://${sandbox.root}/nowhere.git`],
      shallow
    )
    const run = await runAction(sandbox, {
      workspace: shallow,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.A, sha.C)
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::the checkout is shallow and the missing history could not be fetched.*fetch-depth: 0/
    )
  })

  it('warns about credentials persisted in git config when commands ran without isolation', async () => {
    sandbox.run(
      'git',
      ['config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0'],
      work
    )
    try {
      const run = await runAction(sandbox, {
        workspace: work,
        api,
        eventName: 'push',
        payload: pushPayload('refs/heads/feature', sha.B, sha.C),
        inputs: { isolation: 'off' }
      })
      expect(run.report?.isolated).toBe(false)
      expect(run.stdout).toContain(
        '::warning::the checkout left credentials in git config (http.https://github.com/.extraheader)'
      )
      expect(run.stdout).not.toContain('c2VjcmV0')
    } finally {
      sandbox.run('git', ['config', '--unset', 'http.https://github.com/.extraheader'], work)
    }
  })

  it('warns, and says why, when commands could not be isolated', async () => {
    const run = await runAction(sandbox, {
      workspace: work,
      api,
      eventName: 'push',
      payload: pushPayload('refs/heads/feature', sha.B, sha.C),
      env: { PATH: pathWithoutNamespaces(sandbox) }
    })
    expect(run.outputs.result).toBe('success')
    expect(run.report?.isolated).toBe(false)
    expect(run.stdout).toContain('::warning::replayed commands ran without isolation')
    expect(run.stdout).toContain('Operation not permitted')
    expect(run.summary).toContain('⚠️ Replayed commands ran without isolation')
  })
})
