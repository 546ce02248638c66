/**
 * Long histories (issue 6): a sharded verification merged back equals an unsharded one, the
 * verdict cache is hit, missed when the environment fingerprint changes and bypassed on request,
 * and --plan lists without running. On real datalad datasets.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { CommitVerdict } from '../../src/engine/model.js'
import type { JsonReport } from '../../src/report/json-report.js'
import {
  Dataset,
  describeWithDatalad,
  expectUntouched,
  runCli,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

/** What must agree between two verifications of the same commits. */
function verdictsOf(report: JsonReport | null): unknown[] {
  return (report?.commits ?? []).map((c: CommitVerdict) => ({
    sha: c.sha,
    status: c.status,
    reason: c.reason,
    position: c.position,
    outputs: c.outputs.map(o => [o.path, o.status])
  }))
}

describeWithDatalad('sharding, merging, the verdict cache and --plan', () => {
  let sandbox: Sandbox
  let ds: Dataset

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'history')
    ds.write('lock.txt', 'numpy==2.1\n')
    ds.write('data.txt', 'b\na\nc\n')
    ds.save('inputs and a lock file')
    for (const n of [1, 2, 3, 4, 5]) {
      ds.run(`sort {inputs} > {outputs} && echo ${n} >> {outputs}`, {
        message: `sorted ${n}`,
        inputs: ['data.txt'],
        outputs: [`sorted${n}.txt`]
      })
    }
    ds.run('date +%N > {outputs}', { message: 'clock', outputs: ['clock.txt'] })
    ds.run('wc -l {inputs} > {outputs}', {
      message: 'count',
      inputs: ['data.txt'],
      outputs: ['count.txt']
    })
  })

  afterAll(async () => sandbox.dispose())

  it('merges three shards into the report of an unsharded run', () => {
    const whole = verifyCli(ds, ['--no-cache'], { json: true })
    expect(whole.code).toBe(1)
    expect(whole.report?.commits).toHaveLength(7)

    const reports = [1, 2, 3].map(i => {
      const shard = verifyCli(ds, ['--no-cache', '--shard', `${i}/3`], { json: true })
      expectUntouched(ds, shard)
      expect(shard.report?.shard).toEqual({ index: i, count: 3 })
      const file = path.join(sandbox.directory('shard'), `shard-${i}.json`)
      fs.writeFileSync(file, JSON.stringify(shard.report))
      return { file, commits: shard.report?.commits.length ?? 0 }
    })
    // Every shard has work, and together they cover each commit exactly once.
    expect(reports.map(r => r.commits).every(n => n > 0)).toBe(true)
    expect(reports.reduce((total, r) => total + r.commits, 0)).toBe(7)

    const mergedFile = path.join(sandbox.directory('merged'), 'merged.json')
    const merge = runCli(sandbox, ['merge', '--json', mergedFile, ...reports.map(r => r.file)], {
      cwd: ds.path
    })
    expect(merge.code).toBe(whole.code)
    const merged = JSON.parse(fs.readFileSync(mergedFile, 'utf8')) as JsonReport
    expect(verdictsOf(merged)).toEqual(verdictsOf(whole.report))
    expect(merged.summary).toEqual(whole.report?.summary)

    const incomplete = runCli(sandbox, ['merge', reports[0]?.file ?? '', reports[2]?.file ?? ''], {
      cwd: ds.path
    })
    expect(incomplete.code).toBe(2)
    expect(incomplete.stderr).toContain('shard 2/3 missing')
  })

  it('reports reproduced commits from the cache, and re-executes when the fingerprint changes or when told', () => {
    const keyFile = ['--cache-key-file', 'lock.txt']
    const first = verifyCli(ds, keyFile, { json: true })
    expect(first.report?.commits.filter(c => c.cached)).toEqual([])
    expectUntouched(ds, first)

    const second = verifyCli(ds, keyFile, { json: true })
    const cached = second.report?.commits.filter(c => c.cached) ?? []
    // Every reproduced commit is a hit; the non-deterministic one is never cached.
    expect(cached.map(c => c.subject).sort()).toEqual([
      'count',
      'sorted 1',
      'sorted 2',
      'sorted 3',
      'sorted 4',
      'sorted 5'
    ])
    expect(cached.every(c => c.status === 'reproduced' && c.cached?.run === 'this clone')).toBe(
      true
    )
    expect(second.report?.commits.find(c => c.subject === 'clock')?.cached).toBeUndefined()
    expect(verdictsOf(second.report)).toEqual(verdictsOf(first.report))
    expect(second.stdout).toContain('(cached: verified')

    const forced = verifyCli(ds, [...keyFile, '--no-cache'], { json: true })
    expect(forced.report?.commits.filter(c => c.cached)).toEqual([])

    // A new lock file is a new environment: nothing cached for it yet. (Unlink first: the
    // annexed file is a symlink into the annex, and writing through it would change the object.)
    fs.rmSync(path.join(ds.path, 'lock.txt'))
    ds.write('lock.txt', 'numpy==2.2\n')
    ds.save('upgrade numpy')
    const changed = verifyCli(ds, keyFile, { json: true })
    expect(changed.report?.commits.filter(c => c.cached)).toEqual([])
    expect(verdictsOf(changed.report)).toEqual(verdictsOf(first.report))
  })

  it('lists the plan with substituted commands and runs nothing', () => {
    const plan = verifyCli(ds, ['--plan'], { json: true })
    expect(plan.code).toBe(0)
    expect(plan.stdout).toContain('$ sort data.txt > sorted1.txt && echo 1 >> sorted1.txt')
    expect(plan.stdout).toContain('7 run commit(s), 7 to re-execute.')
    expect(plan.report).toMatchObject({ schema: 'rerun-action/plan@1' })
    expectUntouched(ds, plan)
  })
})
