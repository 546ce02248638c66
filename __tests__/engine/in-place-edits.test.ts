/**
 * Commands that change files in place (`sed -i`, appends, `chmod +x`), as ReproNim/containers'
 * run commits do: files the run commit modified keep the parent's content, so such commits
 * reproduce as they do under `datalad rerun`; a command that no longer touches a file still
 * cannot pass, and one that reads a declared output rerun-action removed says so. Verified in the
 * datalad-made dataset and in a plain `git clone` of it, as a CI checkout is.
 */
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  outputStatuses,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

describeWithDatalad('in-place edits', () => {
  let sandbox: Sandbox
  let ds: Dataset
  const runs: Record<string, CliRun> = {}

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'in-place', { text2git: true })
    ds.write('notes.txt', 'teh first line\nteh second line\n')
    ds.write('log.txt', 'started\n')
    ds.write('tool.sh', 'echo tool\n')
    ds.write('counter.txt', '1\n')
    ds.save('inputs')
    ds.run("sed -i 's/teh/the/g' notes.txt", { message: 'fix spelling in place' })
    ds.run('echo appended >> log.txt', { message: 'append to a log' })
    ds.run('chmod +x tool.sh', { message: 'make executable' })
    // Declared and modified, but the replayed command below no longer writes it.
    ds.run('echo 2 > counter.txt', { message: 'count', outputs: ['counter.txt'] })
    ds.amendMessage(message => message.replace('echo 2 > counter.txt', 'true'))
    // A declared output the commit leaves unchanged, which the command reads: removed first.
    ds.write('state.txt', 'state\n')
    ds.save('state')
    ds.handMadeRunCommit(
      'reads its own output',
      {
        cmd: 'cat state.txt > copy.txt',
        outputs: ['state.txt', 'copy.txt']
      },
      { 'copy.txt': 'state\n' }
    )
    runs.dataset = verifyCli(ds, ['--since', '', '--no-cache'], { json: true })
    const clone = Dataset.clone(sandbox, ds, 'clone', 'git')
    runs.clone = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
  }, 300_000)

  afterAll(async () => {
    await sandbox.dispose()
  })

  for (const where of ['dataset', 'clone']) {
    describe(`in the ${where}`, () => {
      it('reproduces sed -i, an append and chmod +x on the files the run commit modified', () => {
        const run = runs[where]
        for (const subject of ['fix spelling in place', 'append to a log', 'make executable']) {
          expect([subject, commitNamed(run?.report ?? null, subject).status]).toEqual([
            subject,
            'reproduced'
          ])
        }
        expect(outputStatuses(commitNamed(run?.report ?? null, 'append to a log'))).toEqual({
          'log.txt': 'match'
        })
      })

      it('does not let the parent’s copy of a modified output pass when the command no longer writes it', () => {
        const verdict = commitNamed(runs[where]?.report ?? null, 'count')
        expect(verdict.status).toBe('mismatch')
        expect(outputStatuses(verdict)).toEqual({ 'counter.txt': 'modified' })
      })

      it('says so when the command fails reading a declared output it found removed', () => {
        const verdict = commitNamed(runs[where]?.report ?? null, 'reads its own output')
        expect(verdict.status).toBe('failed')
        expect(verdict.reason).toMatch(
          /rerun-action removed state\.txt before the command ran .*names it/
        )
      })
    })
  }
})
