/** Input validation and the event guards, without running the bundle. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubContext } from '../../src/action/event.js'
import { isFork, readEvent } from '../../src/action/event.js'
import { readSettings } from '../../src/action/inputs.js'
import { refuseUntrustedEvent } from '../../src/action/security.js'
import { UsageError } from '../../src/engine/errors.js'
import { DEFAULT_INPUTS, OWNER_REPO, pullRequestPayload } from './harness.js'

const saved = { ...process.env }

/** No token: reading one would print `::add-mask::` into the test output. */
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, 'github-token': '', ...inputs }))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

beforeEach(() => {
  process.env.GITHUB_WORKSPACE = '/work/space'
  setInputs({})
})

afterEach(() => {
  process.env = { ...saved }
})

describe('readSettings', () => {
  it('reads every input into one settings object', () => {
    setInputs({
      path: 'data',
      'timeout-minutes': '1.5',
      'comment-key': 'linux',
      config: 'ci/rules.yml',
      repeat: '3',
      isolation: 'required'
    })
    expect(readSettings()).toEqual({
      mode: { kind: 'verify', shard: undefined, cache: 'auto', cacheKeyFiles: [] },
      workspace: '/work/space',
      datasetPath: '/work/space/data',
      range: { kind: 'event', until: undefined },
      jobs: 2,
      timeoutSeconds: 90,
      configFile: '/work/space/ci/rules.yml',
      repeat: 3,
      isolation: 'required',
      failOn: 'mismatch',
      comment: 'auto',
      commentKey: 'linux',
      annotations: 'auto',
      maxAnnotations: 10,
      githubToken: '',
      allowUntrusted: false,
      installAnnex: 'never',
      substitutions: {}
    })
  })

  it('reads substitutions, one NAME=VALUE a line', () => {
    setInputs({ substitutions: '  python=python3 -X utf8  \n\nplot-tool=\nsed=sed -E=x\n' })
    expect(readSettings().substitutions).toEqual({
      python: 'python3 -X utf8',
      'plot-tool': '',
      sed: 'sed -E=x'
    })
  })

  it('tells an empty since (whole history) from the default', () => {
    setInputs({ since: '' })
    expect(readSettings().range).toEqual({ kind: 'since', since: '', until: undefined })
    setInputs({ since: 'v1.0', until: 'main' })
    expect(readSettings().range).toEqual({ kind: 'since', since: 'v1.0', until: 'main' })
  })

  it('splits commits on spaces, commas and newlines', () => {
    setInputs({ commits: 'abc, def\n123' })
    expect(readSettings().range).toEqual({ kind: 'commits', commits: ['abc', 'def', '123'] })
  })

  it('reads a shard and the cache inputs', () => {
    setInputs({ shard: '2/3', cache: 'FALSE', 'cache-key-files': 'env/lock file.txt, uv.lock\n' })
    expect(readSettings().mode).toEqual({
      kind: 'verify',
      shard: { index: 2, count: 3 },
      cache: 'false',
      cacheKeyFiles: ['env/lock file.txt', 'uv.lock']
    })
  })

  it('reads merge mode with report paths separated by newlines or commas', () => {
    setInputs({ mode: 'merge', reports: 'reports/*.json\nmore/a.json,more/b.json' })
    expect(readSettings().mode).toEqual({
      kind: 'merge',
      reportPatterns: ['reports/*.json', 'more/a.json', 'more/b.json']
    })
  })

  it.each([
    [{ mode: 'combine' }, 'input mode must be one of verify, merge, not "combine"'],
    [{ mode: 'merge' }, 'mode: merge needs the reports input'],
    [{ mode: 'merge', reports: 'r/*.json', shard: '1/2' }, 'do not give shard'],
    [{ reports: 'r/*.json' }, 'the reports input is only read with mode: merge'],
    [{ shard: '4/3' }, 'shard must look like i/n'],
    [{ cache: 'sometimes' }, 'input cache must be one of auto, true, false'],
    [{ commits: 'abc', since: '' }, 'give either commits or since/until, not both'],
    [{ jobs: '0' }, 'input jobs must be a whole number from 1 to 256, not "0"'],
    [{ repeat: '0' }, 'input repeat must be a whole number from 1 to 100, not "0"'],
    [{ 'max-annotations': '51' }, 'input max-annotations must be a whole number from 0 to 50'],
    [{ 'timeout-minutes': 'soon' }, 'input timeout-minutes must be a number of minutes'],
    [{ annotations: 'all' }, 'input annotations must be one of auto, check-run, not "all"'],
    [{ isolation: 'sandbox' }, 'input isolation must be one of auto, required, off, not "sandbox"'],
    [{ 'allow-untrusted': 'yes' }, 'input allow-untrusted must be true or false, not "yes"'],
    [{ substitutions: 'python' }, 'input substitutions takes NAME=VALUE'],
    [{ substitutions: 'my.tool=x' }, 'input substitutions takes NAME=VALUE'],
    [{ substitutions: 'inputs=x' }, '{inputs} is a placeholder datalad fills itself'],
    [{ substitutions: 'python=a\npython=b' }, 'input substitutions: python is given more than once']
  ])('rejects %j', (inputs, message) => {
    setInputs(inputs)
    expect(() => readSettings()).toThrow(UsageError)
    expect(() => readSettings()).toThrow(message)
  })
})

function contextOf(eventName: string, payload: Record<string, unknown>): GitHubContext {
  return {
    eventName,
    payload,
    sha: 'c'.repeat(40),
    ref: 'refs/heads/main',
    repo: { owner: 'octo', repo: 'data' }
  } as GitHubContext
}

describe('readEvent and the guards', () => {
  const pr = pullRequestPayload(7, 'a'.repeat(40), 'b'.repeat(40), 'someone/data')

  it('reads a pull request and recognises a fork', () => {
    const event = readEvent(contextOf('pull_request', pr))
    expect(event.pullRequest).toEqual({
      number: 7,
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
      headRepository: 'someone/data'
    })
    expect(isFork(event)).toBe(true)
    expect(isFork(readEvent(contextOf('pull_request', pullRequestPayload(7, 'a', 'b'))))).toBe(
      false
    )
  })

  it('refuses pull_request_target and fork workflow_run unless allowed', () => {
    const target = readEvent(contextOf('pull_request_target', pr))
    expect(() => refuseUntrustedEvent(target, false)).toThrow(/pull_request_target/)
    expect(() => refuseUntrustedEvent(target, true)).not.toThrow()
    const fromFork = readEvent(
      contextOf('workflow_run', {
        workflow_run: { event: 'pull_request', head_repository: { full_name: 'someone/data' } }
      })
    )
    expect(() => refuseUntrustedEvent(fromFork, false)).toThrow(/workflow_run .*someone\/data/)
    const fromBranch = readEvent(
      contextOf('workflow_run', {
        workflow_run: { event: 'pull_request', head_repository: { full_name: OWNER_REPO } }
      })
    )
    expect(() => refuseUntrustedEvent(fromBranch, false)).not.toThrow()
  })
})
