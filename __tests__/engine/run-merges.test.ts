/**
 * Run-merges (datalad ≥ 1.6): a run whose command made commits itself is recorded as a merge whose
 * first parent is the HEAD before the command, whose second parent is the HEAD after it, whose tree
 * is the state after it, and whose message is the run record. datalad 0.18 cannot make one, so it
 * is made here exactly as save.py's `_create_merge_commit` does: `git commit-tree <tree of HEAD>
 * -p <HEAD before> -p <HEAD after>`. Records on other merges stay skipped, saying why.
 */
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  runCli,
  runMessage,
  runRecord,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

/** The command of the run: it commits one file itself and leaves another for datalad to save. */
const COMMITTING_COMMAND =
  "printf 'notes\\n' > notes.txt && git add notes.txt && " +
  "git -c user.name=run -c user.email=run@example.invalid commit -q -m 'notes from the command' && " +
  'sort {inputs} > {outputs}'

describeWithDatalad('run-merge commits', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let run: CliRun
  let cloneRun: CliRun
  let runMerge: string

  /** A run-merge as datalad ≥ 1.6 makes it, for a command run by hand here; returns it. */
  function recordRunMerge(
    subject: string,
    record: Record<string, unknown>,
    command: string
  ): string {
    const before = ds.head()
    sandbox.run('sh', ['-c', command], ds.path)
    // What the command left uncommitted, saved as datalad does before wrapping the merge.
    ds.save('Remaining changes after command execution')
    const merge = ds.danglingCommit(runMessage(subject, runRecord(ds.id, record)), [
      before,
      ds.head()
    ])
    ds.git('update-ref', 'refs/heads/main', merge)
    return merge
  }

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'run-merges', { text2git: true })
    ds.write('in.txt', 'b\nc\na\n')
    ds.save('add input')
    runMerge = recordRunMerge(
      'sort, committing notes',
      { cmd: COMMITTING_COMMAND, inputs: ['in.txt'], outputs: ['sorted.txt'] },
      COMMITTING_COMMAND.replace('{inputs}', 'in.txt').replace('{outputs}', 'sorted.txt')
    )
    // The same kind of run-merge, but its record's command no longer writes what was committed.
    recordRunMerge(
      'count, committed by hand',
      { cmd: 'wc -l < {inputs} > {outputs}', inputs: ['in.txt'], outputs: ['count.txt'] },
      "printf '4\\n' > count.txt && git add count.txt && " +
        "git -c user.name=run -c user.email=run@example.invalid commit -q -m 'count'"
    )

    // Records on merges datalad did not make as run-merges.
    const record = runRecord(ds.id, { cmd: 'echo merged > merged.txt', outputs: ['merged.txt'] })
    ds.git('checkout', '--quiet', '-b', 'side')
    ds.write('side.txt', 'side\n')
    const side = ds.save('work on a side branch')
    ds.git('checkout', '--quiet', 'main')
    ds.write('main.txt', 'main\n')
    const main = ds.save('work on main')
    ds.git('merge', '--no-ff', '--quiet', '-m', runMessage('merge of two lines', record), 'side')
    // The second parent's tree, but parents that diverged: no command made this.
    const diverged = ds
      .gitWithInput(
        runMessage('second parent tree, diverged', record),
        ...['commit-tree', `${side}^{tree}`, '-p', main, '-p', side, '-F', '-']
      )
      .trim()
    const octopus = ds.danglingCommit(runMessage('octopus', record), [main, side, runMerge])
    ds.git('merge', '--quiet', '--no-ff', '-m', 'collect the hand-made merges', diverged, octopus)
    ds.addUserState()
    run = verifyCli(ds, ['--since', ''], { json: true })
    // As a CI checkout has it: a plain git clone, git-annex never initialised.
    const clone = Dataset.clone(sandbox, ds, 'clone', 'git')
    cloneRun = verifyCli(clone, ['--since', ''], { json: true })
    expectUntouched(clone, cloneRun)
  })

  it('judges every commit alike in a plain git clone', () => {
    const verdicts = (r: CliRun) => r.report?.commits.map(c => [c.subject, c.status, c.reason])
    expect(verdicts(cloneRun)).toEqual(verdicts(run))
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('replays a run-merge on its first parent and compares with its tree', () => {
    const verdict = commitNamed(run.report, 'sort, committing notes')
    expect(verdict).toMatchObject({ sha: runMerge, status: 'reproduced' })
    expect(verdict.command).toContain('sort in.txt > sorted.txt')
    // notes.txt is not declared: it is compared because the merge added it to its first parent.
    expect(outputStatuses(verdict)).toEqual({ 'notes.txt': 'match', 'sorted.txt': 'match' })
    expect(ds.git('rev-list', '--parents', '-n', '1', runMerge).trim().split(' ')).toHaveLength(3)
    expectUntouched(ds, run)
  })

  it('reports a run-merge that does not reproduce like any run commit', () => {
    const verdict = commitNamed(run.report, 'count, committed by hand')
    expect(verdict.status).toBe('mismatch')
    expect(outputStatuses(verdict)).toEqual({ 'count.txt': 'modified' })
  })

  it('skips records on other merges, saying why', () => {
    const skipped = (subject: string): string => {
      const verdict = commitNamed(run.report, subject)
      expect(verdict.status).toBe('skipped')
      expect(verdict.outputs).toEqual([])
      return verdict.reason ?? ''
    }
    expect(skipped('merge of two lines')).toBe(
      "run record on a merge commit whose tree is not its second parent's: not a datalad run-merge (a merge of two lines of work), so it is not re-executed"
    )
    expect(skipped('second parent tree, diverged')).toMatch(
      /^run record on a merge commit whose first parent [0-9a-f]{12} is not an ancestor of its second [0-9a-f]{12}: not a datalad run-merge/
    )
    expect(skipped('octopus')).toBe(
      'run record on a merge commit with 3 parents: datalad records a run as a merge of two (a run-merge), so it is not re-executed'
    )
    expect(run.code).toBe(1)
  })

  it('lists a run-merge in the plan with its command', () => {
    const listed = runCli(sandbox, ['verify', '--plan', runMerge], { cwd: ds.path })
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain('sort in.txt > sorted.txt')
    expect(listed.stdout).toContain('1 run commit(s), 1 to re-execute.')
  })
})
