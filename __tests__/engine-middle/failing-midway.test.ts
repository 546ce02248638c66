/**
 * A verification that fails midway, in process: when one worker fails (here the reporter it
 * calls throws), the others finish the commit in hand and start no other, and verify() settles
 * only once none is running, so that its cleanup (the workspace, the launch server, git's
 * readers) never pulls anything from under a replay still under way.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { verify } from '../../src/engine/verify.js'
import { Dataset, describeWithDatalad, Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => {
  await sandbox.dispose()
})

describeWithDatalad('a verification whose reporter fails midway', () => {
  it('settles once every worker has stopped, and starts no commit after the failure', async () => {
    const ds = Dataset.create(sandbox, 'failing-midway', { text2git: true })
    for (let i = 0; i < 6; i++) ds.run(`echo ${i} > out${i}.txt`, { outputs: [`out${i}.txt`] })
    const temp = sandbox.directory('temp')
    let running = 0
    let failed = false
    let startedAfterFailure = 0
    const run = verify({
      repo: ds.path,
      range: { since: '' },
      jobs: 2,
      timeoutSeconds: 60,
      tempParent: temp,
      isolation: 'auto',
      onStarted: () => {
        running++
        if (failed) startedAfterFailure++
      },
      onFinished: () => {
        running--
        if (failed) return
        failed = true
        throw new Error('the reporter failed')
      }
    })
    await expect(run).rejects.toThrow('the reporter failed')
    expect(running).toBe(0)
    expect(startedAfterFailure).toBe(0)
    // Nothing of the verification is left in its temp directory.
    expect(fs.readdirSync(temp)).toEqual([])
  })
})
