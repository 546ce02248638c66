/**
 * Reports of long histories read problems first: with 200 commits of which 5 were not reproduced,
 * the job summary and the pull request comment start with the verdict and a table of the
 * problems, give details for those only, and collapse the reproduced ones.
 */
import { describe, expect, it } from '@jest/globals'
import { renderJobSummary } from '../../src/report/markdown-summary.js'
import { renderPullRequestComment } from '../../src/report/pr-comment.js'
import { LINKS, twoHundredCommits } from './fixtures.js'
import { structureProblems } from './markdown-structure.js'

const FIRST_PROBLEM = '<code>40ffffff</code>'
const REPRODUCED_ROW = '<tr><td>✅ reproduced</td>'

describe('the job summary of 200 commits', () => {
  const summary = renderJobSummary(twoHundredCommits(), LINKS)

  it('starts with the verdict, then the problems, before any reproduced commit', () => {
    expect(
      summary.startsWith('<h2>rerun-action: ❌ 5 of 200 run commits not reproduced</h2>')
    ).toBe(true)
    const problemTable = summary.indexOf('<th>What differs</th>')
    const firstProblem = summary.indexOf(FIRST_PROBLEM)
    const firstReproduced = summary.indexOf(REPRODUCED_ROW)
    expect(problemTable).toBeGreaterThan(0)
    expect(firstProblem).toBeGreaterThan(problemTable)
    expect(firstReproduced).toBeGreaterThan(firstProblem)
    // The last problem too, with its details, comes before the first reproduced commit.
    expect(summary.lastIndexOf('<code>199fffff</code>')).toBeLessThan(firstReproduced)
  })

  it('gives details for the problems only and collapses the reproduced commits in one section', () => {
    expect(summary.match(/<h3>/g)).toHaveLength(5)
    const collapsed = summary.indexOf('<details><summary>195 reproduced commits</summary>')
    expect(collapsed).toBeGreaterThan(0)
    expect(summary.indexOf(REPRODUCED_ROW)).toBeGreaterThan(collapsed)
    expect(summary.match(new RegExp(REPRODUCED_ROW, 'g'))).toHaveLength(195)
    expect(structureProblems(summary)).toEqual([])
  })

  it('reads as it did when it was reviewed', () => {
    expect(summary).toMatchSnapshot()
  })
})

describe('the pull request comment of 200 commits', () => {
  const comment = renderPullRequestComment(twoHundredCommits(true), { ...LINKS, commentKey: '' })

  it('has the same order: verdict, problems, suggested rules, the reproduced commits collapsed', () => {
    const positions = [
      '### rerun-action: ❌ 5 of 200 run commits not reproduced',
      FIRST_PROBLEM,
      '<code>199fffff</code>',
      '```yaml',
      '<details><summary>195 reproduced commits</summary>',
      REPRODUCED_ROW,
      'job summary of this run'
    ].map(text => comment.indexOf(text))
    expect(positions.every(p => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(structureProblems(comment)).toEqual([])
  })
})
