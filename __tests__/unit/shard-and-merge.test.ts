import { describe, expect, it } from '@jest/globals'
import { assignShards, parseShard } from '../../src/engine/history/shard.js'
import type { CommitVerdict, PlannedCommit } from '../../src/engine/model.js'
import { buildJsonReport, type JsonReport } from '../../src/report/json-report.js'
import { mergeReports } from '../../src/report/merge-reports.js'
import { UsageError } from '../../src/engine/errors.js'

function planned(sha: string): PlannedCommit {
  return { sha, parents: ['p'], subject: sha, committedAt: 0, changes: [], substitutions: {} }
}

describe('parseShard', () => {
  it('reads i/n', () => expect(parseShard('2/3')).toEqual({ index: 2, count: 3 }))
  it.each(['0/3', '4/3', '1/0', 'a/b', '1', '-1/2'])('refuses %s', text => {
    expect(() => parseShard(text)).toThrow(UsageError)
  })
})

describe('assignShards', () => {
  const commits = Array.from({ length: 30 }, (_, i) => planned(`sha${String(i).padStart(2, '0')}`))
  const cost = (c: PlannedCommit): number => (Number(c.sha.slice(3)) % 7) + 1

  it('puts every commit in exactly one shard, the same way every time', () => {
    const a = assignShards(commits, 3, cost)
    expect(a).toHaveLength(30)
    expect(new Set(a)).toEqual(new Set([1, 2, 3]))
    expect(assignShards([...commits], 3, cost)).toEqual(a)
  })

  it('balances the estimated cost', () => {
    const a = assignShards(commits, 3, cost)
    const loads = [1, 2, 3].map(s =>
      commits.filter((_, i) => a[i] === s).reduce((t, c) => t + cost(c), 0)
    )
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(7)
  })

  it('costs nothing for commits that will not run', () => {
    const skipped = { ...planned('skip'), verdict: { status: 'skipped' as const, reason: 'merge' } }
    expect(assignShards([skipped, planned('a')], 2, () => 100)).toEqual([2, 1])
  })
})

function verdict(
  sha: string,
  position: number,
  status: CommitVerdict['status'] = 'reproduced'
): CommitVerdict {
  return { sha, subject: sha, status, position, durationMs: 5, outputs: [] }
}

function report(commits: CommitVerdict[], shard?: { index: number; count: number }): JsonReport {
  return buildJsonReport({
    repository: '/ds',
    range: { since: null, until: 'u', commits: null },
    shard,
    commits,
    startedAt: '2026-11-25T00:00:00.000Z',
    durationMs: 10
  })
}

describe('mergeReports', () => {
  it('merges shards back into plan order with recomputed counts', () => {
    const merged = mergeReports([
      { source: 'b.json', report: report([verdict('c2', 2, 'mismatch')], { index: 2, count: 2 }) },
      {
        source: 'a.json',
        report: report([verdict('c0', 0), verdict('c1', 1)], { index: 1, count: 2 })
      }
    ])
    expect(merged.commits.map(c => c.sha)).toEqual(['c0', 'c1', 'c2'])
    expect(merged.summary).toMatchObject({ total: 3, reproduced: 2, mismatch: 1 })
    expect(merged.shard).toBeUndefined()
  })

  it('says the merged report is incomplete when a shard was cancelled', () => {
    const cancelled = { ...report([verdict('c1', 1)], { index: 2, count: 2 }), incomplete: true }
    const merged = mergeReports([
      { source: 'a.json', report: report([verdict('c0', 0)], { index: 1, count: 2 }) },
      { source: 'b.json', report: cancelled }
    ])
    expect(merged.incomplete).toBe(true)
  })

  it.each([
    [
      'a missing shard',
      [
        report([verdict('c0', 0)], { index: 1, count: 3 }),
        report([verdict('c1', 1)], { index: 3, count: 3 })
      ],
      /shard 2\/3 missing/
    ],
    [
      'the same shard twice',
      [
        report([verdict('c0', 0)], { index: 1, count: 2 }),
        report([verdict('c1', 1)], { index: 1, count: 2 })
      ],
      /appears twice/
    ],
    [
      'different splits',
      [
        report([verdict('c0', 0)], { index: 1, count: 2 }),
        report([verdict('c1', 1)], { index: 2, count: 3 })
      ],
      /split into 2 shards/
    ],
    ['a commit in two reports', [report([verdict('c0', 0)]), report([verdict('c0', 0)])], /in both/]
  ])('refuses %s', (_name, reports, message) => {
    expect(() =>
      mergeReports(reports.map((r, i) => ({ source: `r${i}.json`, report: r })))
    ).toThrow(message)
  })

  it('refuses reports of different ranges', () => {
    const other = {
      ...report([verdict('c1', 1)]),
      range: { since: null, until: 'v', commits: null }
    }
    expect(() =>
      mergeReports([
        { source: 'a', report: report([verdict('c0', 0)]) },
        { source: 'b', report: other }
      ])
    ).toThrow(/not shards of one run/)
  })
})
