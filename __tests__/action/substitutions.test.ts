/**
 * The action's `substitutions` input gives a custom placeholder its value, over a
 * `DATALAD_RUN_SUBSTITUTIONS_<NAME>` in the step's env and the committed `.datalad/config`.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, REPOSITORY_PAYLOAD, runAction } from './harness.js'

let sandbox: Sandbox
let api: FakeGitHubApi
let ds: PlainDataset

beforeAll(async () => {
  sandbox = Sandbox.create()
  api = await FakeGitHubApi.start()
  ds = PlainDataset.create(sandbox, 'substitutions')
  ds.write(
    '.datalad/config',
    `[datalad "dataset"]\n\tid = ${ds.id}\n[datalad "run.substitutions"]\n\tgreeter = /home/author/bin/greet\n`
  )
  ds.commit("The author's greeter")
  ds.runCommit(
    'Greet',
    { cmd: '{greeter} hello > {outputs}', outputs: ['greeting.txt'] },
    { 'greeting.txt': 'hello\n' }
  )
})

afterAll(async () => {
  await api?.stop()
  await sandbox?.dispose()
})

function verifyWith(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction(sandbox, {
    workspace: ds.path,
    api,
    eventName: 'workflow_dispatch',
    payload: { repository: REPOSITORY_PAYLOAD },
    inputs: { 'fail-on': 'never', ...inputs },
    env
  })
}

it('fails with the committed value, which names a program of the author’s machine', async () => {
  const run = await verifyWith({})
  expect(run.report?.commits[0]).toMatchObject({
    subject: 'Greet',
    status: 'failed',
    command: '/home/author/bin/greet hello > greeting.txt'
  })
})

it('reproduces with the input, which wins over the environment', async () => {
  const run = await verifyWith(
    { substitutions: 'greeter=echo\n' },
    { DATALAD_RUN_SUBSTITUTIONS_GREETER: 'printf wrong' }
  )
  expect(run.report?.commits[0]).toMatchObject({
    status: 'reproduced',
    command: 'echo hello > greeting.txt'
  })
})

it('takes DATALAD_RUN_SUBSTITUTIONS_<NAME> from the step’s env', async () => {
  const run = await verifyWith({}, { DATALAD_RUN_SUBSTITUTIONS_GREETER: 'echo' })
  expect(run.report?.commits[0]?.status).toBe('reproduced')
})

it('refuses a malformed input, saying what it takes', async () => {
  const run = await verifyWith({ substitutions: 'greeter' })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain('input substitutions takes NAME=VALUE')
  expect(run.outputs.result).toBe('failure')
})
