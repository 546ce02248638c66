/**
 * Inputs and outputs that overlap: an input of "everything" must not keep stale outputs alive,
 * an input inside a directory output must survive the clean-up, and a file that is both input
 * and output is changed in place.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

describeWithDatalad('overlapping inputs and outputs', () => {
  let sandbox: Sandbox
  let ds: Dataset

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'overlap', { text2git: true })
    ds.write('result.txt', 'stale\n')
    ds.write('results/params.txt', 'alpha=1\n')
    ds.write('counter.txt', '1\n')
    ds.save('starting state')
    // The command no longer writes result.txt: with `-i .` it must still be caught. The run
    // commit modified it, so it keeps the parent's (stale) content, which cannot match.
    ds.handMadeRunCommit(
      'everything is input',
      { cmd: 'true', inputs: ['.'], outputs: ['result.txt'] },
      { 'result.txt': 'fresh\n' }
    )
    ds.handMadeRunCommit(
      'input inside the output directory',
      {
        cmd: 'cp {inputs} results/copy.txt',
        inputs: ['results/params.txt'],
        outputs: ['results/']
      },
      { 'results/copy.txt': 'alpha=1\n' }
    )
    ds.handMadeRunCommit(
      'in place',
      { cmd: 'echo 2 >> {outputs}', inputs: ['counter.txt'], outputs: ['counter.txt'] },
      { 'counter.txt': '1\n2\n' }
    )
  })

  afterAll(async () => sandbox.dispose())

  it('deletes stale outputs under an input of everything, keeps needed inputs, edits in place', () => {
    const run = verifyCli(ds, ['--no-cache', '--since', ''], { json: true })
    expectUntouched(ds, run)
    expect(commitNamed(run.report, 'everything is input')).toMatchObject({
      status: 'mismatch',
      outputs: [{ path: 'result.txt', status: 'modified' }]
    })
    expect(commitNamed(run.report, 'input inside the output directory').status).toBe('reproduced')
    expect(commitNamed(run.report, 'in place').status).toBe('reproduced')
  })
})
