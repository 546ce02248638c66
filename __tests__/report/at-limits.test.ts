/**
 * Every body fits GitHub's limit, whatever its content: the pull request comment (65,536
 * characters), the check run's summary (65,535) and the job summary (1 MiB), everything included
 * (suggested rules, closing tags, fences, notes). Tested at the limit, one past it, and with
 * pathological content; the markdown stays well formed and says what was left out.
 */
import { describe, expect, it } from '@jest/globals'
import type { CommitVerdict, VerificationResult } from '../../src/engine/model.js'
import { byteLength, charLength } from '../../src/report/html.js'
import { renderJobSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown-summary.js'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  renderCheckRunSummary,
  renderPullRequestComment
} from '../../src/report/pr-comment.js'
import {
  FAILED,
  LINKS,
  longPath,
  many,
  MANY_OUTPUTS,
  MISMATCH,
  mismatchOf,
  REPRODUCED,
  resultOf,
  stampedOutput
} from './fixtures.js'
import { fencedBlocks, structureProblems } from './markdown-structure.js'

/** A renderer with the facts line padded by `pad` (it is never shortened: a fixed part). */
type Padded = (pad: string, limit?: number) => string

interface Channel {
  name: string
  limit: number
  measure: (text: string) => number
  render: (result: VerificationResult) => Padded
}

const CHANNELS: Channel[] = [
  {
    name: 'pull request comment',
    limit: COMMENT_LIMIT,
    measure: charLength,
    render: result => (pad, maxLength) =>
      renderPullRequestComment(result, {
        ...LINKS,
        commentKey: '',
        rangeExplanation: pad,
        maxLength
      })
  },
  {
    name: 'check run summary',
    limit: CHECK_RUN_SUMMARY_LIMIT,
    measure: charLength,
    render: result => (pad, maxLength) =>
      renderCheckRunSummary(result, { ...LINKS, commentKey: '', rangeExplanation: pad, maxLength })
  },
  {
    name: 'job summary',
    limit: SUMMARY_LIMIT_BYTES,
    measure: byteLength,
    render: result => (pad, maxBytes) =>
      renderJobSummary(result, { ...LINKS, rangeExplanation: pad, maxBytes })
  }
]

/** Well formed, within the limit, and saying it was shortened exactly when it was. */
function expectFits(body: string, channel: Channel, limit: number, shortened: boolean): void {
  expect(channel.measure(body)).toBeLessThanOrEqual(limit)
  expect(structureProblems(body)).toEqual([])
  expect(body.includes('Shortened to fit')).toBe(shortened)
}

describe.each(CHANNELS)('the $name', channel => {
  // Enough reproduced commits that the body could be longer than the limit, a problem to show.
  const result = resultOf([MISMATCH, ...many(REPRODUCED, 20)])
  const render = channel.render(result)
  /** The padding that makes the whole body measure exactly `length`. */
  const padFor = (length: number): string =>
    'x'.repeat(1 + length - channel.measure(render('x', Infinity)))

  it('is sent whole when it lands exactly at the limit', () => {
    const pad = padFor(channel.limit)
    const body = render(pad)
    expect(channel.measure(body)).toBe(channel.limit)
    expect(body).toBe(render(pad, Infinity))
    expectFits(body, channel, channel.limit, false)
  })

  it('is shortened, with notes on what was left out, one character past the limit', () => {
    const body = render(padFor(channel.limit + 1))
    expectFits(body, channel, channel.limit, true)
    expect(body).toMatch(/… and \d+ more: |reproduced commits?, not listed here/)
  })

  it('fits a smaller limit the caller gives, at it and one past it', () => {
    const limit = channel.limit - 117
    expect(channel.measure(render(padFor(limit), limit))).toBe(limit)
    expectFits(render(padFor(limit + 1), limit), channel, limit, true)
  })
})

/** `count` mismatches of 355 outputs each, with ordinary 80-character paths. */
function manyWideMismatches(count: number): CommitVerdict[] {
  return Array.from({ length: count }, (_, c) =>
    mismatchOf(
      `${c}`.padEnd(40, 'e'),
      `Fit step ${c}`,
      Array.from({ length: 355 }, (_, i) => stampedOutput(`step-${c}/${longPath(i, `t${c}`)}`))
    )
  )
}

describe.each(CHANNELS)('the $name, with pathological content,', channel => {
  const fits = (result: VerificationResult): string => {
    const body = channel.render(result)('', undefined)
    expect(channel.measure(body)).toBeLessThanOrEqual(channel.limit)
    expect(structureProblems(body)).toEqual([])
    return body
  }

  it('fits 355 outputs with 80-character paths, with the suggested rule', () => {
    const body = fits(resultOf([MANY_OUTPUTS, ...many(REPRODUCED, 195)]))
    const [yaml = ''] = fencedBlocks(body, 'yaml')
    expect(yaml).toContain('  - path: "results/**/*.txt"')
  })

  it('fits hundreds of such commits, each with rules of its own', () => {
    const body = fits(resultOf(manyWideMismatches(300)))
    expect(body).toMatch(/… and \d+ more not reproduced|The details of \d+ commits not reproduced/)
    // Ten rules are shown, and the rest are counted.
    const [yaml = ''] = fencedBlocks(body, 'yaml')
    expect(yaml.match(/- path:/g)).toHaveLength(10)
    expect(yaml).toContain('# … and 290 more rules')
  })

  it('fits a single path of 100,000 characters, shown abbreviated', () => {
    const long = `deep/${'sub-directory/'.repeat(7000)}out.txt`
    const body = fits(resultOf([mismatchOf('d'.repeat(40), 'Deep', [stampedOutput(long)]), FAILED]))
    expect(body).toContain('…')
    expect(body).toContain('Fit the model')
  })

  it('fits thousands of commits', () => {
    expect(fits(resultOf([...many(REPRODUCED, 3000), ...many(FAILED, 3000)]))).toContain(
      'Fit the model'
    )
  })
})

describe('the job summary, shortened', () => {
  const huge = resultOf([...many(REPRODUCED, 3000), ...many(FAILED, 3000)])
  const maxBytes = 200_000
  const capped = renderJobSummary(huge, { ...LINKS, maxBytes })

  it('names the commits whose details it left out, and says how many of each part', () => {
    expect(byteLength(capped)).toBeLessThanOrEqual(maxBytes)
    expect(capped).toMatch(
      /<p><em>The details of \d+ commits not reproduced \(<code>[0-9a-f]{8}<\/code>(, <code>[0-9a-f]{8}<\/code>){9} and \d+ more\) were left out to fit GitHub's job-summary limit \(195\.3 KiB\): the JSON report has them\.<\/em><\/p>/
    )
    expect(capped).toContain(
      '<p><em>3000 reproduced commits, not listed here: the JSON report lists them.</em></p>'
    )
    expect(capped).toContain(
      "The JSON report (the action's <code>report</code> output) has every detail."
    )
    expect(structureProblems(capped)).toEqual([])
  })

  it('keeps the table of problems longest', () => {
    // All 3000 rows would not fit: the table is cut, with a count of the rest, after the details.
    expect(capped).toMatch(
      /<tr><td colspan="5">… and \d+ more not reproduced: the JSON report lists them<\/td><\/tr>/
    )
    expect(capped.indexOf('<h3>')).toBe(-1)
  })
})

describe('the pipeline graph in the job summary', () => {
  const graph = '```mermaid\nflowchart LR\n  a --> b\n```'
  const result = resultOf([MISMATCH, FAILED, ...many(REPRODUCED, 50)])

  it('comes after the table of problems and before their details', () => {
    const summary = renderJobSummary(result, { ...LINKS, pipelineGraph: graph })
    const at = summary.indexOf(graph)
    expect(at).toBeGreaterThan(summary.indexOf('</table>'))
    expect(at).toBeLessThan(summary.indexOf('<h3>'))
    expect(structureProblems(summary)).toEqual([])
    expect(fencedBlocks(summary, 'mermaid')).toEqual(['flowchart LR\n  a --> b'])
  })

  it('counts in the budget and is left out, with a note, when it does not fit', () => {
    const big = `\`\`\`mermaid\nflowchart LR\n${'  a --> b\n'.repeat(5000)}\`\`\``
    const full = renderJobSummary(result, LINKS)
    const maxBytes = byteLength(full) + 1000
    const summary = renderJobSummary(result, { ...LINKS, pipelineGraph: big, maxBytes })
    expect(byteLength(summary)).toBeLessThanOrEqual(maxBytes)
    expect(summary).not.toContain('flowchart')
    expect(summary).toContain('<p><em>The pipeline graph was left out to fit')
    // What fitted without it is all still there.
    expect(summary.match(/<h3>/g)).toHaveLength(2)
  })
})

describe('diffs and rules in fenced blocks', () => {
  it('cannot be closed by backticks in the repository’s text', () => {
    const unified = '@@ -1,3 +1,3 @@\n-```\n+````\n ``````x\n-</details>\n+@octocat'
    const verdict = mismatchOf('c'.repeat(40), 'Backticks', [
      {
        path: 'notes/`quoted`.md',
        status: 'modified',
        declared: true,
        cause: 'timestamps',
        diff: { kind: 'text', unified, firstDifferentLine: 1, truncatedLines: 0 }
      }
    ])
    const summary = renderJobSummary(resultOf([verdict]))
    expect(structureProblems(summary)).toEqual([])
    expect(fencedBlocks(summary, 'diff')).toEqual([unified])
    expect(summary).toContain('```````diff\n')
    const [yaml = ''] = fencedBlocks(summary, 'yaml')
    expect(yaml).toContain('- path: "notes/`quoted`.md"')
  })
})
