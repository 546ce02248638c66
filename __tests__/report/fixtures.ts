/** Verdicts covering every status and kind of difference, for the renderer tests. */
import type { CommitVerdict, OutputVerdict, VerificationResult } from '../../src/engine/model.js'

const sha = (digit: string): string => digit.repeat(40)

export const REPRODUCED: CommitVerdict = {
  sha: sha('1'),
  subject: 'Copy the input',
  status: 'reproduced',
  command: "cat 'in.txt' > 'out.txt'",
  exit: { recorded: 0, actual: 0 },
  durationMs: 120,
  outputs: [{ path: 'out.txt', status: 'match', declared: true }],
  log: { tail: '', totalBytes: 0, truncatedBytes: 0 }
}

export const MISMATCH: CommitVerdict = {
  sha: sha('2'),
  subject: 'Summarise <results> & "stats"',
  status: 'mismatch',
  reason:
    '3 outputs differ: results/summary.txt (modified), results/stats.json (modified), plot.png (modified)',
  command: 'python summarise.py',
  exit: { recorded: 0, actual: 0 },
  durationMs: 2300,
  outputs: [
    {
      path: 'results/summary.txt',
      status: 'modified',
      declared: true,
      reason: 'content differs',
      cause: 'timestamps',
      diff: {
        kind: 'text',
        unified: '@@ -3 +3 @@\n-generated <2024-01-01>\n+generated <2026-11-25>',
        firstDifferentLine: 3,
        truncatedLines: 0
      }
    },
    {
      path: 'results/stats.json',
      status: 'modified',
      declared: true,
      reason: 'content differs',
      cause: 'float-drift',
      deviation: { absolute: 0.0001, relative: 0.00002 },
      diff: {
        kind: 'json',
        changes: [{ path: '$.mean', change: 'changed', old: 4.2, new: 4.2001 }],
        truncated: 0,
        firstDifferentLine: 2
      }
    },
    {
      path: 'plot.png',
      status: 'modified',
      declared: true,
      reason: 'content differs',
      diff: {
        kind: 'binary',
        committed: { size: 2048 },
        regenerated: { size: 2050 },
        firstDifferentByte: 17
      }
    },
    { path: 'results/table.csv', status: 'match', declared: true },
    {
      path: 'scratch.log',
      status: 'unexpected',
      declared: false,
      reason: 'produced by the rerun, but not in the run commit'
    }
  ],
  log: { tail: 'summarising\n', totalBytes: 12, truncatedBytes: 0 }
}

export const FAILED: CommitVerdict = {
  sha: sha('3'),
  subject: 'Fit the model',
  status: 'failed',
  reason: 'command exited with 1, the record says 0',
  command: 'Rscript fit.R',
  exit: { recorded: 0, actual: 1 },
  durationMs: 65_000,
  outputs: [
    {
      path: 'model.rds',
      status: 'missing',
      declared: true,
      reason: 'in the run commit, but the rerun did not produce it'
    }
  ],
  log: {
    tail: 'loading data\n::error::planted by the command\n<script>alert(1)</script>\nError: package missing\n',
    totalBytes: 90_000,
    truncatedBytes: 89_900
  }
}

export const UNVERIFIABLE: CommitVerdict = {
  sha: sha('4'),
  subject: 'Measure the lost file',
  status: 'unverifiable',
  reason:
    'annexed input content could not be fetched (data/lost.dat: not available; git-annex expected it in: vault)',
  exit: { recorded: 0, actual: null },
  durationMs: 400,
  outputs: []
}

export const ERROR: CommitVerdict = {
  sha: sha('5'),
  subject: 'Broken record',
  status: 'error',
  reason: 'run record is not valid JSON: Unexpected token } in JSON at position 12',
  durationMs: 0,
  outputs: []
}

export const SKIPPED: CommitVerdict = {
  sha: sha('6'),
  subject: 'Merge branch analysis',
  status: 'skipped',
  reason: 'run record on a merge commit (2 parents): it is not re-executed',
  durationMs: 0,
  outputs: []
}

export const CACHED: CommitVerdict = {
  sha: sha('7'),
  subject: 'Download the raw data',
  status: 'reproduced',
  cached: { verifiedAt: '2026-11-20T10:00:00.000Z', run: 'https://github.invalid/runs/1' },
  durationMs: 0,
  outputs: []
}

export function resultOf(commits: CommitVerdict[]): VerificationResult {
  return {
    repository: '/home/runner/work/data/data',
    range: { since: sha('0'), until: sha('7'), commits: null },
    commits,
    startedAt: '2026-11-25T12:00:00.000Z',
    durationMs: 67_820
  }
}

export const EVERYTHING = resultOf([
  REPRODUCED,
  MISMATCH,
  FAILED,
  UNVERIFIABLE,
  ERROR,
  SKIPPED,
  CACHED
])

/** `count` copies of a verdict with distinct SHAs, for size limits. */
export function many(verdict: CommitVerdict, count: number): CommitVerdict[] {
  return Array.from({ length: count }, (_, i) => ({
    ...verdict,
    sha: (0x10000000 + i).toString(16).padEnd(40, '0'),
    subject: `${verdict.subject} #${i}`
  }))
}

export const LINKS = {
  commitUrl: (commit: string): string => `https://github.invalid/octo/data/commit/${commit}`,
  runUrl: 'https://github.invalid/octo/data/actions/runs/4242'
}

/** A path of about 80 characters, as real analyses have them. */
export function longPath(i: number, extension = 'csv'): string {
  const n = String(i).padStart(3, '0')
  return `results/subject-${n}/regression-coefficients-with-bootstrap-intervals-${n}.${extension}`
}

/** An output whose only difference is the date it was generated on. */
export function stampedOutput(path: string): OutputVerdict {
  return {
    path,
    status: 'modified',
    declared: true,
    reason: 'content differs',
    cause: 'timestamps',
    diff: {
      kind: 'text',
      unified: '@@ -1 +1 @@\n-# generated 2024-01-05 10:00\n+# generated 2026-11-25 21:13\n',
      firstDifferentLine: 1,
      truncatedLines: 0
    }
  }
}

/** An output whose numbers drifted by `relative`. */
export function driftingOutput(path: string, relative: number): OutputVerdict {
  return {
    path,
    status: 'modified',
    declared: true,
    reason: 'content differs',
    cause: 'float-drift',
    deviation: { absolute: relative * 4.2, relative },
    diff: {
      kind: 'table',
      cells: [{ row: 1, column: 'mean', old: '4.2', new: String(4.2 * (1 + relative)) }],
      addedRows: 0,
      removedRows: 0,
      truncated: 0,
      firstDifferentLine: 2
    }
  }
}

/** A mismatch of these outputs. */
export function mismatchOf(sha: string, subject: string, outputs: OutputVerdict[]): CommitVerdict {
  return {
    ...MISMATCH,
    sha,
    subject,
    reason: `${outputs.length} outputs differ: ${outputs
      .slice(0, 3)
      .map(o => `${o.path} (${o.status})`)
      .join(', ')} and ${outputs.length - 3} more`,
    outputs
  }
}

/** 355 outputs that differ by their timestamps and five CSV files whose numbers drifted. */
export const MANY_OUTPUTS = mismatchOf('e'.repeat(40), 'Fit every subject', [
  ...Array.from({ length: 355 }, (_, i) => stampedOutput(longPath(i, 'txt'))),
  ...Array.from({ length: 5 }, (_, i) =>
    driftingOutput(`results/summary/run-${i}.csv`, (i + 1) * 1e-9)
  )
])

/**
 * 200 commits, 195 reproduced: problems here and there in the history, as at the end of a long
 * analysis. `big` puts the 355-output mismatch among them.
 */
export function twoHundredCommits(big = false): VerificationResult {
  const commits = many(REPRODUCED, 200)
  const problems: [number, CommitVerdict][] = [
    [40, MISMATCH],
    [90, FAILED],
    [120, big ? MANY_OUTPUTS : UNVERIFIABLE],
    [150, ERROR],
    [199, { ...MISMATCH, subject: 'The latest summary' }]
  ]
  for (const [position, verdict] of problems)
    commits[position] = { ...verdict, sha: `${position}`.padEnd(40, 'f') }
  return resultOf(commits)
}

/** A branching pipeline, raw → clean → {stats, plot} → paper, whose statistics do not reproduce. */
export const PIPELINE: VerificationResult = resultOf([
  { ...REPRODUCED, sha: sha('a'), subject: 'Download the raw data', dependencies: [] },
  { ...REPRODUCED, sha: sha('b'), subject: 'Clean the data', dependencies: [sha('a')] },
  { ...MISMATCH, sha: sha('c'), subject: 'Compute statistics', dependencies: [sha('b')] },
  { ...REPRODUCED, sha: sha('d'), subject: 'Plot the clean data', dependencies: [sha('b')] },
  {
    ...REPRODUCED,
    sha: sha('e'),
    subject: 'Write the paper',
    dependencies: [sha('c'), sha('d')]
  }
])
