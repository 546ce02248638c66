/**
 * Run records as datalad writes them (inline and sidecar, string and list `cmd`), hand-made and
 * malformed ones, and records that must be skipped (ordinary merge, root, other dataset).
 */
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  recordJson,
  runMessage,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

const FOREIGN_DSID = '11111111-2222-4333-8444-555555555555'
const MISSING_SIDECAR = '0123456789abcdef0123456789abcdef'

describeWithDatalad('run records written by datalad and by hand', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let run: CliRun
  let sidecarPath: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'records')
    ds.write('in.txt', 'one\ntwo\nthree\n')
    ds.save('add input')
    ds.run('cat {inputs} > {outputs}', {
      message: 'inline record',
      inputs: ['in.txt'],
      outputs: ['out.txt']
    })
    ds.run('cp {inputs} {outputs}', {
      message: 'sidecar record',
      inputs: ['in.txt'],
      outputs: ['side.txt'],
      sidecar: true
    })
    sidecarPath = ds.git('diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD').split('\n')[0]
    ds.run(['sh', '-c', 'echo "a b" > list.txt'], {
      message: 'list command',
      outputs: ['list.txt']
    })
    const record = {
      chain: [],
      dsid: ds.id,
      exit: 0,
      extra_inputs: [],
      inputs: [],
      outputs: [],
      pwd: '.'
    }
    // An old-style record: `cmd` as a list, no `exit` (means 0), and a key datalad never wrote.
    ds.commit(
      runMessage(
        'json list command',
        recordJson({ cmd: ['echo', 'a b'], dsid: ds.id, pwd: '.', reproman_jobid: 'job-7' })
      )
    )
    ds.commit(runMessage('bad json', '{\n "cmd": "echo oops",\n'))
    ds.commit(runMessage('no command', recordJson({ ...record, outputs: ['x.txt'] })))
    ds.commit(runMessage('missing sidecar', JSON.stringify(MISSING_SIDECAR)))
    ds.run('echo foreign > foreign.txt', { message: 'other dataset', outputs: ['foreign.txt'] })
    ds.amendMessage(m => m.replace(ds.id, FOREIGN_DSID))
    ds.git('checkout', '--quiet', '-b', 'side')
    ds.write('side-branch.txt', 'side\n')
    ds.save('work on a side branch')
    ds.git('checkout', '--quiet', 'main')
    // Both lines of work moved on: an ordinary merge, not a datalad run-merge (run-merges.test.ts).
    ds.write('main-branch.txt', 'main\n')
    ds.save('work on main')
    ds.git(
      'merge',
      '--no-ff',
      '--quiet',
      '-m',
      runMessage('merge record', recordJson({ ...record, cmd: 'echo merged > merged.txt' })),
      'side'
    )
    ds.run('sort -r {inputs} > {outputs}', {
      message: 'after the broken ones',
      inputs: ['in.txt'],
      outputs: ['sorted.txt']
    })
    ds.addUserState()
    run = verifyCli(ds, ['--since', ''], { json: true })
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('lists every run commit oldest first, and no other commit', () => {
    expect(run.report?.commits.map(c => c.subject)).toEqual([
      'inline record',
      'sidecar record',
      'list command',
      'json list command',
      'bad json',
      'no command',
      'missing sidecar',
      'other dataset',
      'merge record',
      'after the broken ones'
    ])
    expect(run.code).toBe(1)
    expectUntouched(ds, run)
  })

  it('reproduces an inline record with an annexed output', () => {
    const verdict = commitNamed(run.report, 'inline record')
    expect(verdict.status).toBe('reproduced')
    expect(verdict.exit).toEqual({ recorded: 0, actual: 0 })
    expect(outputStatuses(verdict)).toEqual({ 'out.txt': 'match' })
    expect(verdict.outputs[0]?.detail?.committed?.kind).toBe('annex')
  })

  it('reads an annexed sidecar record from the commit and never compares the sidecar', () => {
    expect(sidecarPath).toMatch(/^\.datalad\/runinfo\/[0-9a-f]{32}$/)
    expect(ds.git('ls-tree', 'HEAD', sidecarPath)).toMatch(/^120000 /)
    const verdict = commitNamed(run.report, 'sidecar record')
    expect(verdict.status).toBe('reproduced')
    expect(verdict.command).toBe('cp in.txt side.txt')
    expect(outputStatuses(verdict)).toEqual({ 'side.txt': 'match' })
  })

  it('replays a command datalad recorded from a list (`datalad run -- sh -c ...`)', () => {
    const verdict = commitNamed(run.report, 'list command')
    expect(verdict.status).toBe('reproduced')
    expect(verdict.command).toBe(`sh -c 'echo "a b" > list.txt'`)
    expect(outputStatuses(verdict)).toEqual({ 'list.txt': 'match' })
  })

  it('quotes and joins a JSON list `cmd` as datalad does, and a missing exit means 0', () => {
    const verdict = commitNamed(run.report, 'json list command')
    expect(verdict.status).toBe('reproduced')
    expect(verdict.command).toBe(`echo 'a b'`)
    expect(verdict.exit).toEqual({ recorded: 0, actual: 0 })
    expect(verdict.log?.tail).toBe('a b\n')
    expect(verdict.outputs).toEqual([])
  })

  it('reports malformed records as errors with the precise reason', () => {
    const badJson = commitNamed(run.report, 'bad json')
    expect(badJson.status).toBe('error')
    expect(badJson.reason).toMatch(/^run record is not valid JSON \(.+\)$/)
    expect(commitNamed(run.report, 'no command')).toMatchObject({
      status: 'error',
      reason: 'run record has no command ("cmd" is missing)'
    })
    expect(commitNamed(run.report, 'missing sidecar')).toMatchObject({
      status: 'error',
      reason: `run record sidecar .datalad/runinfo/${MISSING_SIDECAR} is not in the commit's tree`
    })
  })

  it('still verifies the run commits after the malformed ones', () => {
    const verdict = commitNamed(run.report, 'after the broken ones')
    expect(verdict.status).toBe('reproduced')
    expect(outputStatuses(verdict)).toEqual({ 'sorted.txt': 'match' })
  })

  it('skips a record from another dataset and a record on a merge commit', () => {
    expect(commitNamed(run.report, 'other dataset')).toMatchObject({
      status: 'skipped',
      reason: `run record comes from another dataset (dsid ${FOREIGN_DSID}, this dataset is ${ds.id})`,
      outputs: []
    })
    expect(commitNamed(run.report, 'merge record')).toMatchObject({
      status: 'skipped',
      reason:
        "run record on a merge commit whose tree is not its second parent's: not a datalad run-merge (a merge of two lines of work), so it is not re-executed",
      outputs: []
    })
  })

  it('skips a record on a root commit', () => {
    const root = ds.danglingCommit(
      runMessage('root record', recordJson({ cmd: 'echo root > root.txt', exit: 0 })),
      []
    )
    const rootRun = verifyCli(ds, [root], { json: true })
    expect(rootRun.code).toBe(0)
    expect(rootRun.report?.commits).toHaveLength(1)
    expect(commitNamed(rootRun.report, 'root record')).toMatchObject({
      sha: root,
      status: 'skipped',
      reason: 'run record on the root commit: there is no parent to re-execute it on'
    })
    expectUntouched(ds, rootRun)
  })
})
