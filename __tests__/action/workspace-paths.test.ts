/**
 * Annotation paths are relative to GITHUB_WORKSPACE however the workspace and the dataset are
 * spelled: a runner whose `_work` is a symbolic link, macOS's /tmp for /private/tmp. In process
 * (workspacePath, with real links) and through the bundled action.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { workspacePath } from '../../src/action/main.js'
import { Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, pullRequestPayload, runAction } from './harness.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => {
  await sandbox?.dispose()
})

describe('workspacePath', () => {
  let real: string
  let link: string

  beforeAll(() => {
    const root = sandbox.directory('paths')
    real = path.join(root, 'private', 'tmp')
    fs.mkdirSync(path.join(real, 'work', 'data', 'nested'), { recursive: true })
    // Like macOS: /tmp is a link to /private/tmp.
    link = path.join(root, 'tmp')
    fs.symlinkSync(real, link)
  })

  it.each([
    ['the workspace through a link', 'link/work/data', 'real/work/data/nested', 'nested'],
    ['the dataset through a link', 'real/work/data', 'link/work/data/nested', 'nested'],
    ['both through the link', 'link/work/data', 'link/work/data/nested', 'nested'],
    ['the same directory, spelled two ways', 'link/work/data', 'real/work/data', ''],
    ['a dataset path that does not exist (yet)', 'link/work/data', 'real/work/data/a/b', 'a/b']
  ])('%s', (_case, workspace, dataset, expected) => {
    const spelled = (p: string): string =>
      p.replace(/^link/, link).replace(/^real/, real).split('/').join(path.sep)
    expect(workspacePath(spelled(workspace), spelled(dataset))).toBe(expected)
  })
})

describe('the bundled action in a workspace reached through a symbolic link', () => {
  let api: FakeGitHubApi
  let ds: PlainDataset
  let workspace: string
  let base: string
  let head: string

  beforeAll(async () => {
    api = await FakeGitHubApi.start()
    ds = PlainDataset.create(sandbox, 'linked')
    base = ds.git('rev-parse', 'HEAD')
    head = ds.runCommit(
      'Write the greeting',
      { cmd: "printf 'hello\\nworld\\n' > greeting.txt", outputs: ['greeting.txt'] },
      { 'greeting.txt': 'hello\nold world\n' }
    )
    // The runner's view: its work directory is a link to where the checkout really is.
    workspace = path.join(sandbox.directory('runner-work'), 'data')
    fs.symlinkSync(ds.path, workspace)
  })

  afterAll(async () => {
    await api?.stop()
  })

  it('annotates the file by its path in the repository', async () => {
    const run = await runAction(sandbox, {
      workspace,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(1, base, head),
      inputs: { comment: 'never' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error title=[^,]*,file=greeting\.txt,line=2,/m)
  })

  it('gives check-run annotations the same paths', async () => {
    api.reset()
    await runAction(sandbox, {
      workspace,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(2, base, head),
      inputs: { comment: 'never', annotations: 'check-run' }
    })
    const [check] = api.checkRuns.slice(-1)
    expect(check?.annotations).toEqual([expect.objectContaining({ path: 'greeting.txt' })])
  })
})
