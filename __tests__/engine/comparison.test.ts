/**
 * Diffs people can act on (issue 4), end to end on datalad datasets: each kind of diff in the
 * report, .rerun.yml rules (tolerance, ignore, ignore-lines), cause hints, --repeat, and
 * SOURCE_DATE_EPOCH.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  runMessage,
  runRecord,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

describeWithDatalad('format-aware comparison, rules, cause hints and repeats', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let clone: Dataset
  let rules: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'compare', { text2git: true })
    ds.run(`printf 'Generated at %s\\nvalue 1\\n' "$(date -Iseconds)" > {outputs}`, {
      message: 'stamped report',
      outputs: ['report.txt']
    })
    ds.run(`python3 -c "import random; print(round(1 + random.random() * 1e-9, 15))" > {outputs}`, {
      message: 'float drift',
      outputs: ['mean.txt']
    })
    ds.run(
      `printf 'sample,value\\nA,1\\nB,%s\\n' "$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')" > {outputs}`,
      {
        message: 'table',
        outputs: ['table.csv']
      }
    )
    ds.run(
      `printf '{{"n": %s, "k": "x"}}\\n' "$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')" > {outputs}`,
      {
        message: 'json',
        outputs: ['result.json']
      }
    )
    ds.run('mkdir -p logs && date +%N > logs/run.log && echo fixed > {outputs}', {
      message: 'with a log',
      outputs: ['fixed.txt', 'logs/run.log']
    })
    ds.run('head -c 4096 /dev/urandom > {outputs}', { message: 'binary', outputs: ['noise.bin'] })
    ds.run('echo stable > {outputs}', { message: 'stable', outputs: ['stable.txt'] })
    // Tamper with the committed output: deterministic, but changed since it was recorded.
    ds.write('stable.txt', 'edited by hand\n')
    ds.git('commit', '--quiet', '--amend', '--no-edit', '--all')
    // A hand-made run commit with a fixed committer time: the command prints SOURCE_DATE_EPOCH.
    ds.write('epoch.txt', '1700000000\n')
    ds.git('add', 'epoch.txt')
    const record = runRecord(ds.id, {
      cmd: 'echo $SOURCE_DATE_EPOCH > {outputs}',
      outputs: ['epoch.txt']
    })
    const commit = spawnSync('git', ['commit', '--quiet', '-F', '-'], {
      cwd: ds.path,
      input: runMessage('epoch', record),
      env: { ...sandbox.env, GIT_COMMITTER_DATE: '@1700000000 +0000' }
    })
    if (commit.status !== 0) throw new Error(`git commit failed: ${commit.stderr.toString()}`)
    clone = Dataset.clone(sandbox, ds, 'compare-clone', 'datalad')

    rules = path.join(sandbox.directory('rules'), 'rules.yml')
    fs.writeFileSync(
      rules,
      [
        'rules:',
        '  - path: "report.txt"',
        "    ignore-lines: ['^Generated at ']",
        '  - path: "mean.txt"',
        '    tolerance: { relative: 1e-6 }',
        '  - path: "logs/**"',
        '    ignore: true',
        ''
      ].join('\n')
    )
  })

  afterAll(async () => sandbox.dispose())

  it('shows each difference in the form a person reads for that kind of file', () => {
    const run = verifyCli(ds, ['--no-cache'], { json: true })
    expectUntouched(ds, run)
    const output = (subject: string, file: string) =>
      commitNamed(run.report, subject).outputs.find(o => o.path === file)

    const report = output('stamped report', 'report.txt')
    expect(report).toMatchObject({
      status: 'modified',
      cause: 'timestamps',
      diff: { kind: 'text', firstDifferentLine: 1 }
    })
    expect(report?.diff?.kind === 'text' && report.diff.unified).toMatch(/^-Generated at /m)

    expect(output('float drift', 'mean.txt')).toMatchObject({
      status: 'modified',
      cause: 'float-drift'
    })
    expect(output('table', 'table.csv')?.diff).toMatchObject({
      kind: 'table',
      cells: [{ row: 2, column: 'value' }]
    })
    expect(output('json', 'result.json')?.diff).toMatchObject({
      kind: 'json',
      changes: [{ path: '$.n', change: 'changed' }]
    })
    expect(output('binary', 'noise.bin')?.diff).toMatchObject({
      kind: 'binary',
      committed: { size: 4096 },
      regenerated: { size: 4096 }
    })
    expect(commitNamed(run.report, 'with a log').status).toBe('mismatch')
    expect(commitNamed(run.report, 'epoch').status).toBe('reproduced')
    expect(run.stdout).toContain('likely cause: timestamps')
  })

  it('accepts differences its .rerun.yml rules allow, and reports ignored outputs', () => {
    const run = verifyCli(ds, ['--no-cache', '--config', rules], { json: true })
    expect(commitNamed(run.report, 'stamped report')).toMatchObject({
      status: 'reproduced',
      outputs: [{ path: 'report.txt', status: 'within-tolerance' }]
    })
    const mean = commitNamed(run.report, 'float drift')
    expect(mean.status).toBe('reproduced')
    expect(mean.outputs[0]).toMatchObject({
      status: 'within-tolerance',
      deviation: { relative: expect.any(Number) }
    })
    expect(commitNamed(run.report, 'with a log').outputs.map(o => [o.path, o.status])).toEqual([
      ['fixed.txt', 'match'],
      ['logs/run.log', 'ignored']
    ])
    expect(commitNamed(run.report, 'with a log').status).toBe('reproduced')
  })

  it('refuses an invalid rules file with the line and what is allowed', () => {
    const bad = path.join(sandbox.directory('bad-rules'), 'bad.yml')
    fs.writeFileSync(bad, 'rules:\n  - path: "x"\n    tolerance: { absolute: -1 }\n')
    const run = verifyCli(ds, ['--config', bad])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bad\.yml:3: .*absolute/)
  })

  it('separates "not deterministic" from "changed since it was recorded" with --repeat', () => {
    const run = verifyCli(ds, ['--no-cache', '--repeat', '2', 'HEAD~1', 'HEAD~5'], { json: true })
    const table = commitNamed(run.report, 'table')
    expect(table.status).toBe('mismatch')
    expect(table.reason).toMatch(/^not deterministic: table\.csv differs between 2 executions/)
    expect(table.outputs[0]).toMatchObject({ cause: 'non-deterministic' })
    const stable = commitNamed(run.report, 'stable')
    expect(stable.status).toBe('mismatch')
    expect(stable.reason).toMatch(/^changed since it was recorded \(the same in all 2 executions\)/)
  })

  it('compares annexed outputs by key when the committed content was never downloaded', () => {
    const run = verifyCli(clone, ['--no-cache', 'HEAD~2'], { json: true })
    const noise = commitNamed(run.report, 'binary').outputs[0]
    expect(noise).toMatchObject({
      path: 'noise.bin',
      status: 'modified',
      diff: { kind: 'annex-unavailable', regenerated: { size: 4096 } }
    })
    expect(fs.existsSync(path.join(clone.path, 'noise.bin'))).toBe(false)
  })
})

describeWithDatalad('large annexed outputs whose committed content is in the local annex', () => {
  let sandbox: Sandbox
  let ds: Dataset
  // Above the size from which the committed content is compared in place rather than hashed.
  const size = 17 << 20

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'large')
    ds.run(`head -c ${size} /dev/zero > {outputs}`, { message: 'zeros', outputs: ['zeros.bin'] })
    ds.run(`head -c ${size} /dev/urandom > {outputs}`, { message: 'noise', outputs: ['noise.bin'] })
    // Line 1000 becomes a random number of fixed width: same size, so the bytes are compared.
    ds.run(
      `seq 1 3000000 | sed "s/^1000$/$(printf %010d $(od -An -N4 -tu4 /dev/urandom))/" > {outputs}`,
      {
        message: 'numbers',
        outputs: ['numbers.txt']
      }
    )
  })
  afterAll(async () => sandbox.dispose())

  it('compares them byte for byte and explains a difference without a digest pass', () => {
    const run = verifyCli(ds, ['--no-cache', '--since', ''], { json: true })
    expect(commitNamed(run.report, 'zeros').outputs).toEqual([
      expect.objectContaining({ path: 'zeros.bin', status: 'match' })
    ])
    expect(commitNamed(run.report, 'noise').outputs).toEqual([
      expect.objectContaining({
        path: 'noise.bin',
        status: 'modified',
        reason: 'content differs from the committed content',
        diff: expect.objectContaining({ kind: 'binary', firstDifferentByte: expect.any(Number) })
      })
    ])
    const numbers = commitNamed(run.report, 'numbers').outputs[0]
    expect(fs.statSync(path.join(ds.path, 'numbers.txt')).size).toBeGreaterThan(size)
    expect(numbers).toMatchObject({
      status: 'modified',
      reason: 'content differs from the committed content',
      diff: { kind: 'text', firstDifferentLine: 1000 }
    })
  })
})
