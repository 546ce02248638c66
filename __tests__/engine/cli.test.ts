/**
 * The bundled CLI: which commits a range selects, parallel runs, exit codes, the text report and
 * the shape of the JSON report.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { CommitVerdict } from '../../src/engine/model.js'
import {
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  runCli,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

describeWithDatalad('rerun-action verify', () => {
  let sandbox: Sandbox
  let ds: Dataset
  const sha: Record<'input' | 'first' | 'second' | 'plain' | 'third' | 'fourth', string> = {
    input: '',
    first: '',
    second: '',
    plain: '',
    third: '',
    fourth: ''
  }

  /** Verify, check that nothing was left behind, and return the subjects of the report. */
  function subjects(args: string[]): { run: CliRun; subjects: string[] } {
    const run = verifyCli(ds, args, { json: true })
    expectUntouched(ds, run)
    return { run, subjects: run.report?.commits.map(c => c.subject) ?? [] }
  }

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'cli', { text2git: true })
    ds.write('in.txt', 'b\na\n')
    sha.input = ds.save('add input')
    sha.first = ds.run('sort {inputs} > {outputs}', {
      message: 'first',
      inputs: ['in.txt'],
      outputs: ['sorted.txt']
    })
    sha.second = ds.run('date +%N > {outputs}', { message: 'second', outputs: ['nondet.txt'] })
    ds.write('notes.txt', 'not a run\n')
    sha.plain = ds.save('plain commit')
    sha.third = ds.run('wc -l < {inputs} > {outputs}', {
      message: 'third',
      inputs: ['in.txt'],
      outputs: ['count.txt']
    })
    sha.fourth = ds.run('sort -r {inputs} > {outputs}', {
      message: 'fourth',
      inputs: ['in.txt'],
      outputs: ['reversed.txt']
    })
    ds.addUserState()
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('verifies the whole history by default and with --since ""', () => {
    const all = ['first', 'second', 'third', 'fourth']
    const byDefault = subjects([])
    expect(byDefault.subjects).toEqual(all)
    expect(byDefault.run.code).toBe(1)
    const sinceEmpty = subjects(['--since', ''])
    expect(sinceEmpty.subjects).toEqual(all)
    expect(sinceEmpty.run.report?.range).toEqual({ since: null, until: sha.fourth, commits: null })
  })

  it('selects REV..HEAD with --since and moves the end with --until', () => {
    const since = subjects(['--since', sha.second])
    expect(since.subjects).toEqual(['third', 'fourth'])
    expect(since.run.code).toBe(0)
    expect(since.run.report?.range).toEqual({
      since: sha.second,
      until: sha.fourth,
      commits: null
    })
    expect(subjects(['--until', sha.second]).subjects).toEqual(['first', 'second'])
    expect(subjects(['--since', sha.first, '--until', 'HEAD~1']).subjects).toEqual([
      'second',
      'third'
    ])
  })

  it('verifies exactly the commits given, oldest first', () => {
    const given = subjects([sha.fourth, sha.first.slice(0, 10)])
    expect(given.subjects).toEqual(['first', 'fourth'])
    expect(given.run.code).toBe(0)
    expect(given.run.report?.range.commits).toEqual([sha.fourth, sha.first])
  })

  it('gives the same verdicts in the same order with --jobs 2 as with --jobs 1', () => {
    const essentials = (commits: CommitVerdict[] = []) =>
      commits.map(({ sha, subject, status, reason, exit, outputs }) => ({
        sha,
        subject,
        status,
        reason,
        exit,
        outputs: outputs.map(o => [o.path, o.status, o.declared])
      }))
    const progress = (run: CliRun) => run.stdout.split('\n').filter(l => /^\[\d\/4\]/.test(l))
    // --no-cache: every commit is really re-executed, not reported from an earlier run.
    const serial = subjects(['--no-cache', '--jobs', '1'])
    const parallel = subjects(['--no-cache', '--jobs', '2'])
    expect(parallel.run.stdout).toContain('2 job(s)')
    expect(essentials(parallel.run.report?.commits)).toEqual(essentials(serial.run.report?.commits))
    // The nondeterministic commit mismatches either way; the printed order is the same.
    expect(progress(parallel.run).map(l => l.replace(/\s+\S+ m?s\s+/, ' '))).toEqual(
      progress(serial.run).map(l => l.replace(/\s+\S+ m?s\s+/, ' '))
    )
  })

  it('writes a JSON report in the documented shape', () => {
    const { run } = subjects(['--since', ''])
    const report = run.report
    expect(report?.schema).toBe('rerun-action/report@1')
    expect(report?.repository).toBe(ds.path)
    expect(report?.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
    expect(typeof report?.durationMs).toBe('number')
    expect(report?.summary).toMatchObject({
      reproduced: 3,
      mismatch: 1,
      failed: 0,
      unverifiable: 0,
      error: 0,
      skipped: 0,
      total: 4
    })
    expect(report?.commits).toHaveLength(4)
    for (const commit of report?.commits ?? []) {
      expect(commit.sha).toMatch(/^[0-9a-f]{40}$/)
      expect(typeof commit.subject).toBe('string')
      expect(['reproduced', 'mismatch']).toContain(commit.status)
      expect(commit.exit).toEqual({ recorded: 0, actual: 0 })
      expect(typeof commit.durationMs).toBe('number')
      expect(commit.outputs.length).toBeGreaterThan(0)
      for (const output of commit.outputs) {
        expect(['match', 'modified', 'missing', 'unexpected', 'unverifiable']).toContain(
          output.status
        )
        expect(path.isAbsolute(output.path)).toBe(false)
      }
    }
    expect(report?.commits[1]).toMatchObject({
      sha: sha.second,
      subject: 'second',
      status: 'mismatch',
      reason: '1 output differs: nondet.txt (modified)',
      outputs: [{ path: 'nondet.txt', status: 'modified', declared: true }]
    })
    expect(report?.commits[0]?.reason).toBeUndefined()
  })

  it('prints live progress, details of what did not reproduce and a summary', () => {
    const { run } = subjects(['--no-cache', '--jobs', '1'])
    const lines = run.stdout.split('\n')
    expect(lines[0]).toMatch(
      new RegExp(`^Verifying 4 run commits in the history of ${sha.fourth.slice(0, 8)} .*1 job`)
    )
    expect(lines.slice(1, 5).map(l => l.replace(/\s+\S+ m?s\s+/, ' '))).toEqual([
      `[1/4] ✓ reproduced ${sha.first.slice(0, 8)}  first`,
      `[2/4] ✗ mismatch ${sha.second.slice(0, 8)}  second`,
      `[3/4] ✓ reproduced ${sha.third.slice(0, 8)}  third`,
      `[4/4] ✓ reproduced ${sha.fourth.slice(0, 8)}  fourth`
    ])
    expect(run.stdout).toContain(`✗ mismatch: ${sha.second.slice(0, 8)} second`)
    expect(run.stdout).toMatch(/^ +modified +nondet\.txt +.+$/m)
    expect(run.stdout).toMatch(/^4 run commits: 3 reproduced, 1 mismatch \(.+\)$/m)
  })

  it('exits 0 when everything reproduced or there is nothing to verify', () => {
    const reproduced = subjects([sha.first])
    expect(reproduced.run.code).toBe(0)
    const nothing = subjects(['--since', 'HEAD'])
    expect(nothing.run.code).toBe(0)
    expect(nothing.subjects).toEqual([])
    expect(nothing.run.stdout).toContain('nothing to verify')
    const fromElsewhere = verifyCli(ds, ['--repo', ds.path, sha.first], { cwd: sandbox.root })
    expect(fromElsewhere.code).toBe(0)
    expectUntouched(ds, fromElsewhere)
  })

  it('exits 2 with a message for usage and configuration errors', () => {
    const notRepo = sandbox.directory('not-a-repository')
    const outside = runCli(sandbox, ['verify'], {
      cwd: notRepo,
      env: { GIT_CEILING_DIRECTORIES: sandbox.root }
    })
    expect(outside.code).toBe(2)
    expect(outside.stderr).toContain(`${notRepo} is not a git repository`)

    for (const args of [
      ['--since', 'no-such-revision'],
      ['--until', 'no-such-revision'],
      ['0123abcd']
    ]) {
      const run = verifyCli(ds, args)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('unknown revision')
      expectUntouched(ds, run)
    }
    const notRun = verifyCli(ds, [sha.plain])
    expect(notRun.code).toBe(2)
    expect(notRun.stderr).toContain('is not a DataLad run commit')
    // A PATH with git but without git-annex, for a dataset that uses git-annex.
    const bin = sandbox.directory('bin-without-annex')
    const git = spawnSync('/bin/sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()
    fs.symlinkSync(git, path.join(bin, 'git'))
    const noAnnex = verifyCli(ds, [sha.first], { env: { PATH: bin } })
    expect(noAnnex.code).toBe(2)
    expect(noAnnex.stderr).toContain('this dataset uses git-annex, but git-annex is not installed')
    expectUntouched(ds, noAnnex)

    const badJobs = verifyCli(ds, ['--jobs', '0'])
    expect(badJobs.code).toBe(2)
    expect(badJobs.stderr).toContain('--jobs takes a whole number greater than 0')

    // --plan runs nothing, but still reads the rules the real run would use.
    const rules = path.join(sandbox.directory('rules'), 'bad.yml')
    fs.writeFileSync(rules, 'rules:\n  - path: "*.csv"\n    tolerance: loose\n')
    const badPlan = verifyCli(ds, ['--plan', '--config', rules])
    expect(badPlan.code).toBe(2)
    expect(badPlan.stderr).toContain('bad.yml')
  })
})
