/**
 * End to end with real datalad and git-annex: the action runs on a plain `git clone` (what
 * actions/checkout gives) whose annexed input content lives only in a directory special remote.
 * It must fetch the git-annex branch, initialise the annex, fetch just the inputs the replayed
 * commits need, report the bytes fetched, and call a commit whose input no remote can provide
 * unverifiable, naming the file and the remote git-annex expected it in.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Dataset, describeWithDatalad, Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { REPOSITORY_PAYLOAD, runAction, type ActionRun } from './harness.js'

describeWithDatalad('annexed inputs on a runner', () => {
  let sandbox: Sandbox
  let api: FakeGitHubApi
  /** The workspace: a plain git clone of the dataset. */
  let clone: string
  let shout: string
  let measure: string
  let run: ActionRun

  beforeAll(async () => {
    sandbox = Sandbox.create()
    api = await FakeGitHubApi.start()
    const ds = Dataset.create(sandbox, 'annexed')
    ds.write('data/input.dat', 'hello annex\n')
    ds.write('data/lost.dat', 'precious\n')
    ds.save('Add data')
    const store = sandbox.directory('store')
    const vault = sandbox.directory('vault')
    for (const [name, directory] of [
      ['store', store],
      ['vault', vault]
    ] as const) {
      ds.git(
        'annex',
        'initremote',
        name,
        'type=directory',
        `directory=${directory}`,
        'encryption=none',
        'autoenable=true'
      )
    }
    ds.git('annex', 'copy', '--quiet', '--to', 'store', 'data/input.dat')
    ds.git('annex', 'copy', '--quiet', '--to', 'vault', 'data/lost.dat')
    shout = ds.run('tr a-z A-Z < data/input.dat > upper.txt', {
      message: 'Shout the input',
      inputs: ['data/input.dat'],
      outputs: ['upper.txt']
    })
    measure = ds.run('wc -c < data/lost.dat > size.txt', {
      message: 'Measure the lost file',
      inputs: ['data/lost.dat'],
      outputs: ['size.txt']
    })
    // From now on the content of input.dat is only in the store; lost.dat's is nowhere.
    ds.git('annex', 'drop', '--quiet', '--force', 'data/input.dat', 'data/lost.dat')
    fs.rmSync(vault, { recursive: true })

    clone = path.join(sandbox.directory('workspace'), 'data')
    sandbox.run('git', ['clone', '--quiet', ds.path, clone], sandbox.root)
    const inClone = (...args: string[]): string => sandbox.run('git', args, clone).trim()
    // actions/checkout with its default depth does not fetch the git-annex branch.
    inClone('update-ref', '-d', 'refs/remotes/origin/git-annex')
    // A directory remote's path is per clone: git-annex keeps it out of the git-annex branch and
    // autoenable answers "Specify directory=". A workflow would run `git annex enableremote`;
    // writing what it records keeps the clone uninitialised, so the action's own setup is tested.
    inClone('config', 'remote.store.annex-directory', store)
    inClone('config', 'remote.store.annex-uuid', ds.git('config', 'remote.store.annex-uuid').trim())

    run = await runAction(sandbox, {
      workspace: clone,
      api,
      eventName: 'schedule',
      payload: { repository: REPOSITORY_PAYLOAD },
      inputs: { 'install-annex': 'auto', 'fail-on': 'never' }
    })
  })

  afterAll(async () => {
    await api?.stop()
    await sandbox?.dispose()
  })

  it('prepares the clone: git-annex branch, identity, git annex init', () => {
    expect(run.stdout).toContain('Fetching the git-annex branch from origin')
    expect(run.stdout).toContain('No git identity is configured')
    expect(run.stdout).toContain('Initialising git-annex in the clone')
    expect(sandbox.run('git', ['config', 'annex.uuid'], clone).trim()).not.toBe('')
  })

  it('fetches the needed input from the directory special remote and reproduces', () => {
    const verdict = run.report?.commits.find(c => c.sha === shout)
    expect(verdict?.status).toBe('reproduced')
    expect(run.stdout).toMatch(/Fetched annexed content: data\/input\.dat \(12 B\) from store/)
    expect(run.summary).toContain('Annexed content fetched: 1 file, 12 B.')
  })

  it('calls a commit unverifiable when no remote has its input, naming file and remote', () => {
    const verdict = run.report?.commits.find(c => c.sha === measure)
    expect(verdict?.status).toBe('unverifiable')
    expect(verdict?.reason).toContain('data/lost.dat')
    expect(verdict?.reason).toContain('vault')
    expect(run.outputs).toMatchObject({
      total: '2',
      reproduced: '1',
      unverifiable: '1',
      result: 'failure'
    })
    expect(run.stdout).toMatch(
      /::warning title=[0-9a-f]{8} Measure the lost file::unverifiable: .*data\/lost\.dat/
    )
    expect(run.code).toBe(0)
  })
})
