/**
 * Dependencies between run commits on a real dataset made with `datalad run`: the JSON report's
 * `dependencies`, the same through sharded runs and their merge, and the CLI's `--graph` text,
 * with and without --plan. `main()` runs in this process, so the sources are checked before the
 * bundle is rebuilt.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { Dataset, describeWithDatalad, Sandbox } from '../helpers/dataset.js'
import { strictReportValidator } from '../helpers/report-schema.js'

interface MainRun {
  code: number
  out: string
  err: string
}

async function cli(args: string[]): Promise<MainRun> {
  let out = ''
  let err = ''
  const code = await main(args, { out: t => void (out += t), err: t => void (err += t) })
  return { code, out, err }
}

describeWithDatalad('the pipeline of a dataset’s run commits', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let reports: string
  const sha: Record<'raw' | 'clean' | 'stats' | 'plot' | 'paper', string> = {
    raw: '',
    clean: '',
    stats: '',
    plot: '',
    paper: ''
  }

  function readReport(name: string): JsonReport {
    return JSON.parse(fs.readFileSync(path.join(reports, name), 'utf8')) as JsonReport
  }

  /** Each commit's dependencies by subject, named by subject. */
  function dependenciesOf(report: JsonReport): Record<string, string[]> {
    const subjectOf = new Map(Object.entries(sha).map(([name, s]) => [s, name]))
    return Object.fromEntries(
      report.commits.map(c => [c.subject, (c.dependencies ?? []).map(d => subjectOf.get(d) ?? d)])
    )
  }

  const EXPECTED = {
    raw: [],
    clean: ['raw'],
    stats: ['clean'],
    plot: ['clean'],
    paper: ['stats', 'plot']
  }

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'pipeline', { text2git: true })
    reports = sandbox.directory('reports')
    sha.raw = ds.run('printf "3\\n1\\n2\\n" > {outputs}', { message: 'raw', outputs: ['raw.txt'] })
    sha.clean = ds.run('mkdir -p clean && sort {inputs} > clean/sorted.txt', {
      message: 'clean',
      inputs: ['raw.txt'],
      outputs: ['clean/']
    })
    // Not reproducible: what it feeds, the paper, is downstream of a problem.
    sha.stats = ds.run('(wc -l < clean/sorted.txt; date +%N) > {outputs}', {
      message: 'stats',
      inputs: ['clean/*.txt'],
      outputs: ['stats.txt']
    })
    sha.plot = ds.run('tr 123 abc < clean/sorted.txt > {outputs}', {
      message: 'plot',
      inputs: ['clean'],
      outputs: ['plot.txt']
    })
    sha.paper = ds.run('cat {inputs} > {outputs}', {
      message: 'paper',
      inputs: ['stats.txt', 'plot.txt'],
      outputs: ['paper.txt']
    })
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('names each commit’s dependencies in the JSON report and prints the graph', async () => {
    const run = await cli(
      ['verify', '--repo', ds.path, '--no-cache', '--graph', '--json'].concat(
        path.join(reports, 'all.json')
      )
    )
    expect(run.code).toBe(1)
    expect(dependenciesOf(readReport('all.json'))).toEqual(EXPECTED)
    expect(strictReportValidator()(readReport('all.json'))).toEqual([])
    const graph = run.out.slice(run.out.indexOf('Pipeline of 5 run commits and 5 dependencies'))
    expect(graph).toContain(
      `mismatch     ${sha.stats.slice(0, 8)}  stats\n      reads from ${sha.clean.slice(0, 8)}\n      read by    ${sha.paper.slice(0, 8)}\n`
    )
    expect(graph).toContain(
      `${sha.paper.slice(0, 8)}  paper  ← downstream of a commit not reproduced\n      reads from ${sha.stats.slice(0, 8)}, ${sha.plot.slice(0, 8)}\n`
    )
  })

  it('keeps them through sharded runs and their merge', async () => {
    for (const shard of ['1/2', '2/2']) {
      const json = path.join(reports, `shard-${shard[0] ?? ''}.json`)
      await cli(['verify', '--repo', ds.path, '--no-cache', '--shard', shard, '--json', json])
    }
    const merged = await cli([
      'merge',
      '--graph',
      '--json',
      path.join(reports, 'merged.json'),
      path.join(reports, 'shard-1.json'),
      path.join(reports, 'shard-2.json')
    ])
    expect(merged.err).toBe('')
    expect(dependenciesOf(readReport('merged.json'))).toEqual(EXPECTED)
    expect(strictReportValidator()(readReport('merged.json'))).toEqual([])
    expect(merged.out).toContain('Pipeline of 5 run commits and 5 dependencies')
  })

  it('draws the plan’s graph with --plan --graph, running nothing', async () => {
    const run = await cli(['verify', '--repo', ds.path, '--plan', '--graph'])
    expect(run.code).toBe(0)
    expect(run.out).toContain('Pipeline of 5 run commits and 5 dependencies')
    expect(run.out).toContain(
      `planned      ${sha.paper.slice(0, 8)}  paper\n      reads from ${sha.stats.slice(0, 8)}, ${sha.plot.slice(0, 8)}\n`
    )
    expect(run.out).not.toContain('downstream')
    // Without --graph the plan reads no file changes and prints no graph.
    expect((await cli(['verify', '--repo', ds.path, '--plan'])).out).not.toContain('Pipeline')
  })
})
