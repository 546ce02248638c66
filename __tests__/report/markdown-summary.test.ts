import { describe, expect, it } from '@jest/globals'
import { byteLength } from '../../src/report/html.js'
import { headline, renderJobSummary } from '../../src/report/markdown-summary.js'
import {
  EVERYTHING,
  FAILED,
  LINKS,
  many,
  MISMATCH,
  REPRODUCED,
  resultOf,
  SKIPPED
} from './fixtures.js'

describe('headline', () => {
  it.each([
    [[], 'No run commits to verify'],
    [[SKIPPED], 'No run commits to verify'],
    [[REPRODUCED], '✅ The run commit reproduced'],
    [[REPRODUCED, REPRODUCED, SKIPPED], '✅ All 2 run commits reproduced'],
    [[REPRODUCED, MISMATCH, FAILED], '❌ 2 of 3 run commits not reproduced']
  ])('%j → %s', (commits, expected) => {
    expect(headline(resultOf(commits))).toBe(expected)
  })
})

describe('renderJobSummary', () => {
  const summary = renderJobSummary(EVERYTHING, {
    ...LINKS,
    rangeExplanation: 'the commits of pull request #7',
    annexFetched: { files: 2, bytes: 3 * 1024 * 1024 }
  })

  it('renders every status, difference and failure detail', () => {
    expect(summary).toMatchSnapshot()
  })

  it('escapes everything that comes from the repository', () => {
    expect(summary).not.toContain('<script>')
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(summary).toContain('Summarise &lt;results&gt; &amp; &quot;stats&quot;')
    expect(summary).toContain('generated &lt;2026-11-25&gt;')
  })

  it('lists only outputs that are not plain matches', () => {
    expect(summary).toContain('<code>scratch.log</code>')
    expect(summary).not.toContain('<code>results/table.csv</code>')
  })

  it('shows the tail of a failed command in a collapsible section', () => {
    expect(summary).toContain('<details><summary>Command output (last 4 lines)</summary>')
  })

  it('says whether the replayed commands ran isolated, when the result knows', () => {
    expect(renderJobSummary({ ...EVERYTHING, isolated: true })).toContain(
      'Replayed commands ran isolated'
    )
    expect(renderJobSummary({ ...EVERYTHING, isolated: false })).toContain(
      '⚠️ Replayed commands ran without isolation'
    )
    expect(summary).not.toContain('isolation')
  })

  it('names the run that verified a cached verdict, linked when it is a URL', () => {
    const local = {
      ...REPRODUCED,
      cached: { verifiedAt: '2026-11-21T08:00:00.000Z', run: 'local' }
    }
    const text = renderJobSummary(resultOf([local]), LINKS)
    expect(text).toContain('<td>✅ reproduced (cached: local, 2026-11-21)</td>')
    expect(text).toContain(
      '1 reproduced from the verdict cache, not re-executed (verified earlier in this environment: local).'
    )
    expect(summary).toContain(
      '✅ reproduced (cached: <a href="https://github.invalid/runs/1">run 1</a>, 2026-11-20)'
    )
  })

  it('stays under the limit, listing only problems, with a note on what was left out', () => {
    const huge = resultOf([...many(REPRODUCED, 3000), ...many(FAILED, 3000)])
    const maxBytes = 200_000
    const capped = renderJobSummary(huge, { ...LINKS, maxBytes })
    expect(byteLength(capped)).toBeLessThanOrEqual(maxBytes)
    expect(capped).toContain('3000 reproduced or skipped commits are not listed in the table.')
    expect(capped).toMatch(/more rows of the table were left out/)
    expect(capped).toMatch(/Details of \d+ commits were left out to stay under GitHub's 1 MiB/)
    expect(capped).toContain(
      "The JSON report (the action's <code>report</code> output) has every detail."
    )
    expect(capped.trimEnd().endsWith('</p>')).toBe(true)
  })

  it('keeps a full summary of a 1000-commit history under the 1 MiB step limit', () => {
    const long = resultOf([...many(REPRODUCED, 900), ...many(MISMATCH, 100)])
    const full = renderJobSummary(long, LINKS)
    expect(byteLength(full)).toBeLessThanOrEqual(1024 * 1024)
    expect(full).not.toContain('left out')
  })
})
