import { describe, expect, it } from '@jest/globals'
import type { CommitVerdict, VerificationResult } from '../../src/engine/model.js'
import { buildJsonReport, type JsonReport } from '../../src/report/json-report.js'
import { mergeReports } from '../../src/report/merge-reports.js'
import { CACHED, EVERYTHING, MISMATCH, PIPELINE, resultOf, twoHundredCommits } from './fixtures.js'
import { REPORT_SCHEMA, strictReportValidator } from '../helpers/report-schema.js'

/** A mismatch with the kinds of difference the other fixtures lack: a table and absent content. */
const TABLE_AND_ANNEX: CommitVerdict = {
  ...MISMATCH,
  sha: '9'.repeat(40),
  outputs: [
    {
      path: 'results/table.csv',
      status: 'modified',
      declared: true,
      detail: {
        committed: { kind: 'git', size: 120, id: 'a'.repeat(40), mode: '100644' },
        regenerated: { kind: 'git', size: 121, digest: 'sha256:' + 'b'.repeat(64) }
      },
      diff: {
        kind: 'table',
        cells: [{ row: 3, column: 'mean', old: '4.2', new: '4.3' }],
        addedRows: 1,
        removedRows: 0,
        truncated: 0,
        firstDifferentLine: 4
      }
    },
    {
      path: 'data/big.bin',
      status: 'unverifiable',
      declared: true,
      reason: 'committed content not available',
      diff: {
        kind: 'annex-unavailable',
        committedKey: 'MD5E-s10--0123456789abcdef0123456789abcdef.bin',
        committedSize: 10,
        regenerated: { size: 11, digest: 'fedcba9876543210fedcba9876543210' }
      }
    }
  ]
}

function shardOf(result: VerificationResult, index: number, positions: number[]): JsonReport {
  return buildJsonReport({
    ...result,
    shard: { index, count: 2 },
    isolated: true,
    commits: positions.flatMap(p => {
      const commit = result.commits[p]
      return commit ? [{ ...commit, position: p }] : []
    })
  })
}

describe('schema/report.schema.json', () => {
  const validate = strictReportValidator()

  it('compiles in ajv’s strict mode', () => {
    expect(() => strictReportValidator()).not.toThrow()
  })

  it.each([
    ['every status and kind of difference', resultOf([...EVERYTHING.commits, TABLE_AND_ANNEX])],
    ['a branching pipeline with dependencies', PIPELINE],
    ['200 commits with a mismatch of 355 outputs', twoHundredCommits(true)],
    [
      'a cancelled shard',
      { ...PIPELINE, shard: { index: 1, count: 2 }, incomplete: true, isolated: false }
    ],
    [
      'a commit reading from more commits than it lists',
      resultOf([{ ...CACHED, dependencies: ['a'.repeat(40)], dependenciesTruncated: true }])
    ]
  ])('describes the report of %s', (_, result) => {
    expect(validate(buildJsonReport(result))).toEqual([])
  })

  it('describes every field a commit of these reports has', () => {
    const commitFields = Object.keys(
      (REPORT_SCHEMA.$defs as Record<string, { properties: object }>).commit.properties
    )
    const reports = [resultOf([...EVERYTHING.commits, TABLE_AND_ANNEX]), PIPELINE]
    for (const report of reports)
      for (const commit of buildJsonReport(report).commits)
        for (const field of Object.keys(commit)) expect(commitFields).toContain(field)
  })

  it('refuses what the model would never write', () => {
    const report = buildJsonReport(resultOf([TABLE_AND_ANNEX]))
    const cells = (report.commits[0]?.outputs[0]?.diff as { cells: object[] }).cells
    cells[0] = { row: 0, column: 'mean', old: 4.2, new: '4.3' }
    expect(validate(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/cells\/0\/row must be >= 1/),
        expect.stringMatching(/cells\/0\/old must be string/)
      ])
    )
    const twice = buildJsonReport(
      resultOf([{ ...MISMATCH, dependencies: ['a'.repeat(40), 'a'.repeat(40)] }])
    )
    expect(validate(twice).join('\n')).toMatch(/dependencies must NOT have duplicate items/)
    expect(validate({ ...twice, startedAt: 'yesterday' }).join('\n')).toMatch(/date-time/)
  })

  it('keeps each commit’s dependencies through a merge of shard reports', () => {
    const merged = mergeReports([
      { source: 'shard-2.json', report: shardOf(PIPELINE, 2, [1, 3]) },
      { source: 'shard-1.json', report: shardOf(PIPELINE, 1, [0, 2, 4]) }
    ])
    expect(validate(merged)).toEqual([])
    expect(merged.commits.map(c => [c.sha[0], c.dependencies?.map(d => d[0])])).toEqual([
      ['a', []],
      ['b', ['a']],
      ['c', ['b']],
      ['d', ['b']],
      ['e', ['c', 'd']]
    ])
  })
})
