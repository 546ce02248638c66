/**
 * Failures a researcher can act on: the command's output for a mismatch too, one readable line
 * per output's reason (the JSON report keeps it whole), and no cause that repeats the status.
 */
import { describe, expect, it } from '@jest/globals'
import type { CommitVerdict } from '../../src/engine/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { renderCommitLog } from '../../src/report/commit-log.js'
import { buildJsonReport } from '../../src/report/json-report.js'
import { renderJobSummary } from '../../src/report/markdown-summary.js'
import { briefReason, REASON_CHARS } from '../../src/report/output-notes.js'
import { renderPullRequestComment } from '../../src/report/pr-comment.js'
import { commitDetails, renderTextReport } from '../../src/report/text-report.js'
import { FAILED, MISMATCH, REPRODUCED, resultOf } from './fixtures.js'

const PLAIN = { defuseWorkflowCommands: false }

/** A `python analyse.py | tee log.txt` whose script died: tee's exit code 0 hid the failure. */
const TEE_HID_FAILURE: CommitVerdict = {
  sha: '8'.repeat(40),
  subject: 'Analyse and log',
  status: 'mismatch',
  reason: '1 output differs: results.csv (missing)',
  command: 'python analyse.py | tee log.txt',
  exit: { recorded: 0, actual: 0 },
  durationMs: 900,
  outputs: [
    {
      path: 'results.csv',
      status: 'missing',
      declared: true,
      reason: 'in the run commit, but the rerun did not produce it',
      cause: 'missing'
    },
    { path: 'log.txt', status: 'modified', declared: true, reason: 'content differs' }
  ],
  log: {
    tail: 'Traceback (most recent call last):\n  File "analyse.py", line 1, in <module>\n    import pandas\nModuleNotFoundError: No module named \'pandas\'\n',
    totalBytes: 120,
    truncatedBytes: 0
  }
}

const LONG_REASON = `${'annex key differs; '.repeat(20)}\nsecond line of the reason\nthird`

const LONG_REASONED: CommitVerdict = {
  ...MISMATCH,
  sha: '9'.repeat(40),
  outputs: [
    { path: 'big.bin', status: 'modified', declared: true, reason: LONG_REASON },
    { path: 'two-lines.txt', status: 'modified', declared: true, reason: 'short\nand more' }
  ]
}

describe('the command output of a mismatch', () => {
  it('is shown in the text report, where a `| tee` hid the exit code', () => {
    const text = commitDetails(TEE_HID_FAILURE, PLAIN).join('\n')
    expect(text).toContain('    command output:\n')
    expect(text).toContain("      | ModuleNotFoundError: No module named 'pandas'")
  })

  it('is shown in the job summary', () => {
    const summary = renderJobSummary(resultOf([TEE_HID_FAILURE]))
    expect(summary).toContain('<details><summary>Command output (complete)</summary>')
    expect(summary).toContain('ModuleNotFoundError: No module named &#39;pandas&#39;')
  })

  it('is left out when the command printed nothing, and for reproduced commits', () => {
    const silent = { ...TEE_HID_FAILURE, log: { tail: '\n', totalBytes: 1, truncatedBytes: 0 } }
    expect(commitDetails(silent, PLAIN).join('\n')).not.toContain('command output')
    expect(renderJobSummary(resultOf([silent]))).not.toContain('Command output')
    const quiet = { ...REPRODUCED, log: { tail: 'all good\n', totalBytes: 9, truncatedBytes: 0 } }
    expect(renderTextReport(resultOf([quiet]), PLAIN)).not.toContain('all good')
  })
})

describe('per-output reasons', () => {
  it('are cut to one line of at most REASON_CHARS characters, marked with …', () => {
    expect(briefReason('content differs')).toBe('content differs')
    expect(briefReason('short\nand more')).toBe('short …')
    const brief = briefReason(LONG_REASON)
    expect(brief.endsWith(' …')).toBe(true)
    expect([...brief.slice(0, -2)].length).toBeLessThanOrEqual(REASON_CHARS)
    expect(brief).not.toContain('\n')
    // Whole code points: an emoji is never split in two.
    expect(briefReason('😀'.repeat(200))).toBe(`${'😀'.repeat(REASON_CHARS)} …`)
  })

  it('take one line in the text report, the job summary and the log group', () => {
    const text = commitDetails(LONG_REASONED, PLAIN)
    const line = text.find(l => l.includes('big.bin')) ?? ''
    expect(line).toContain(briefReason(LONG_REASON))
    expect(text.join('\n')).not.toContain('second line of the reason')
    expect(text.find(l => l.includes('two-lines.txt'))).toMatch(/two-lines\.txt {2}short …$/)
    expect(text.join('\n')).not.toContain('\\n')

    const summary = renderJobSummary(resultOf([LONG_REASONED]))
    expect(summary).not.toContain('second line of the reason')
    expect(summary).toContain('<td>short …</td>')

    expect(renderCommitLog(LONG_REASONED, PLAIN)).not.toContain('second line of the reason')
  })

  it('stay whole in the JSON report', () => {
    const report = buildJsonReport(resultOf([LONG_REASONED]))
    expect(report.commits[0]?.outputs[0]?.reason).toBe(LONG_REASON)
  })
})

describe('a likely cause that only repeats the status', () => {
  const result = resultOf([TEE_HID_FAILURE, MISMATCH, FAILED])

  it('is not named, anywhere', () => {
    const channels = [
      renderTextReport(result, PLAIN),
      renderJobSummary(result),
      renderPullRequestComment(result, { commentKey: '' }),
      buildAnnotations(result, '')
        .map(a => a.message)
        .join('\n')
    ]
    for (const text of channels) {
      expect(text).not.toMatch(/likely cause: missing/)
      expect(text).toContain('results.csv')
    }
  })

  it('is still named when it says something the status does not', () => {
    expect(renderTextReport(result, PLAIN)).toContain('likely cause: timestamps')
    expect(renderJobSummary(result)).toContain('likely cause: timestamps')
  })
})
