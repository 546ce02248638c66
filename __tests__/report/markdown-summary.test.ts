import { describe, expect, it } from '@jest/globals'
import { byteLength } from '../../src/report/html.js'
import { headline, renderJobSummary } from '../../src/report/markdown-summary.js'
import {
  driftingOutput,
  EVERYTHING,
  FAILED,
  LINKS,
  many,
  MISMATCH,
  mismatchOf,
  REPRODUCED,
  resultOf,
  SKIPPED
} from './fixtures.js'
import { structureProblems } from './markdown-structure.js'

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
    expect(structureProblems(summary)).toEqual([])
  })

  it('escapes everything that comes from the repository', () => {
    expect(summary).not.toContain('<script>')
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(summary).toContain('Summarise &lt;results&gt; &amp; &quot;stats&quot;')
    // A diff is literal inside its fence: as it is, only controls escaped.
    expect(summary).toContain(
      '```diff\n@@ -3 +3 @@\n-generated <2024-01-01>\n+generated <2026-11-25>\n```'
    )
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

  it('names a verdict verified in this clone or elsewhere as the cache says', () => {
    const here = {
      ...REPRODUCED,
      cached: { verifiedAt: '2026-11-21T08:00:00.000Z', run: 'this clone' }
    }
    expect(renderJobSummary(resultOf([here]))).toContain(
      '✅ reproduced (cached: this clone, 2026-11-21)'
    )
  })

  it('names the committed annexed content it did not download by its path, not its key', () => {
    const annexed = mismatchOf('a'.repeat(40), 'Big file', [
      {
        path: 'data/big.dat',
        status: 'modified',
        declared: true,
        diff: {
          kind: 'annex-unavailable',
          committedKey: 'MD5E-s4096--0123456789abcdef0123456789abcdef.dat',
          committedSize: 4096,
          regenerated: { size: 4100 }
        }
      }
    ])
    const text = renderJobSummary(resultOf([annexed]))
    expect(text).toContain(
      'The committed content of <code>data/big.dat</code> (4096 bytes) is annexed and was not downloaded; regenerated 4100 bytes.'
    )
    expect(text).not.toContain('MD5E-')
  })

  it('rounds numeric deviations to significant digits', () => {
    const drifted = mismatchOf('a'.repeat(40), 'Drift', [
      {
        ...driftingOutput('r.csv', 0.040000000000000036),
        deviation: { absolute: 0.1 + 0.2, relative: 0.040000000000000036 }
      }
    ])
    const text = renderJobSummary(resultOf([drifted]))
    expect(text).toContain('largest deviation 0.3 (relative 0.04)')
    expect(text).not.toContain('0.30000000000000004')
  })

  it('keeps a full summary of a 1000-commit history under the 1 MiB step limit', () => {
    const long = resultOf([...many(REPRODUCED, 900), ...many(MISMATCH, 100)])
    const full = renderJobSummary(long, LINKS)
    expect(byteLength(full)).toBeLessThanOrEqual(1024 * 1024)
    expect(full).not.toContain('left out')
    expect(structureProblems(full)).toEqual([])
  })
})
