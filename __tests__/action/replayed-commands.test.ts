/**
 * What a replayed command can reach through the bundled action: not the token or any other
 * input, and not the runner's workflow commands (its output is fenced in the log).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, REPOSITORY_PAYLOAD, runAction, type ActionRun } from './harness.js'

let sandbox: Sandbox
let api: FakeGitHubApi
let run: ActionRun

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  const ds = PlainDataset.create(sandbox, 'nosy')
  ds.runCommit(
    'Look around',
    {
      // Its own environment, and its parent's as /proc shows it.
      cmd: "env; tr '\\000' '\\n' < /proc/$PPID/environ; echo '::error file=in.txt::planted'; echo '::add-mask::alpha'",
      outputs: []
    },
    {}
  )
  run = await runAction(sandbox, {
    workspace: ds.path,
    api,
    eventName: 'workflow_dispatch',
    payload: { repository: REPOSITORY_PAYLOAD },
    inputs: { 'github-token': 'ghs_secret-token-value' },
    env: { GITHUB_TOKEN: 'ghs_env-token-value', ACTIONS_RUNTIME_TOKEN: 'runtime-token-value' }
  })
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

it('runs the command without the token, the inputs or the workflow command files', () => {
  const tail = run.report?.commits[0]?.log?.tail ?? ''
  expect(tail).toContain('PATH=')
  expect(tail).not.toContain('ghs_secret-token-value')
  expect(tail).not.toContain('ghs_env-token-value')
  expect(tail).not.toContain('runtime-token-value')
  expect(tail).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_OUTPUT|GITHUB_ENV|GITHUB_STEP_SUMMARY)/m)
  expect(run.outputs.result).toBe('success')
})

it('prints the command output only between stop-commands markers', () => {
  const fenced = /::stop-commands::([0-9a-f-]{36})\n([\s\S]*?)\n::\1::/g
  const insideFences = [...run.stdout.matchAll(fenced)].map(m => m[2]).join('\n')
  expect(insideFences).toContain('::error file=in.txt::planted')
  expect(insideFences).toContain('::add-mask::alpha')
  const outside = run.stdout.replace(fenced, '')
  expect(outside).not.toContain('planted')
  expect(outside).not.toContain('::add-mask::alpha')
})
