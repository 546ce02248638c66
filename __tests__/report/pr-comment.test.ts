import { describe, expect, it } from '@jest/globals'
import {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  commentMarker,
  renderCheckRunSummary,
  renderPullRequestComment
} from '../../src/report/pr-comment.js'
import { EVERYTHING, FAILED, LINKS, many, MANY_OUTPUTS, REPRODUCED, resultOf } from './fixtures.js'
import { fencedBlocks, structureProblems } from './markdown-structure.js'

describe('commentMarker', () => {
  it('is a hidden, versioned HTML comment per key', () => {
    expect(commentMarker('')).toBe('<!-- rerun-action:v1 key= -->')
    expect(commentMarker('ubuntu')).toBe('<!-- rerun-action:v1 key=ubuntu -->')
  })

  it('cannot be closed early by a key', () => {
    expect(commentMarker('x --> <b>')).toBe('<!-- rerun-action:v1 key=x%20--%3E%20%3Cb%3E -->')
  })
})

describe('renderPullRequestComment', () => {
  it('lists the commits that were not reproduced and links to the run', () => {
    const body = renderPullRequestComment(EVERYTHING, {
      ...LINKS,
      commentKey: 'ubuntu',
      rangeExplanation: 'the commits of pull request #7'
    })
    expect(body.startsWith('<!-- rerun-action:v1 key=ubuntu -->\n')).toBe(true)
    expect(body).toMatchSnapshot()
    expect(structureProblems(body)).toEqual([])
  })

  it('says plainly when everything reproduced', () => {
    const body = renderPullRequestComment(resultOf([REPRODUCED, REPRODUCED]), {
      ...LINKS,
      commentKey: ''
    })
    expect(body).toContain('### rerun-action: ✅ All 2 run commits reproduced')
    expect(body).not.toContain('What differs')
    expect(body).toContain('<details><summary>2 reproduced commits</summary>')
  })

  it('stays under GitHub’s comment limit, saying what it left out, with the link', () => {
    const body = renderPullRequestComment(resultOf(many(FAILED, 2000)), {
      ...LINKS,
      commentKey: ''
    })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(
      /<tr><td colspan="5">… and \d+ more not reproduced: the <a href="[^"]+">job summary<\/a> lists them<\/td><\/tr>\n<\/table>/
    )
    expect(body).toContain("Shortened to fit GitHub's size limit")
    expect(body).toContain(LINKS.runUrl)
    expect(structureProblems(body)).toEqual([])
  })

  it('suggests one .rerun.yml rule per pattern, as a yaml block', () => {
    const body = renderPullRequestComment(resultOf([MANY_OUTPUTS]), { ...LINKS, commentKey: '' })
    const [yaml = ''] = fencedBlocks(body, 'yaml')
    expect(yaml).toMatchSnapshot()
    expect(yaml.match(/- path:/g)).toHaveLength(2)
    expect(body).not.toMatch(/<pre>rules:/)
  })

  it('names each likely cause once per commit, not once per output', () => {
    const body = renderPullRequestComment(resultOf([MANY_OUTPUTS]), { ...LINKS, commentKey: '' })
    expect(body.match(/likely cause: timestamps/g)).toHaveLength(1)
    expect(body).toContain('355 modified (likely cause: timestamps): <code>results/subject-000/')
    expect(body).toContain(' and 352 more<br>5 modified (likely cause: float-drift)')
  })
})

describe('renderCheckRunSummary', () => {
  it('is the comment without its marker, within the check run’s limit', () => {
    const options = { ...LINKS, commentKey: 'ubuntu' }
    const summary = renderCheckRunSummary(EVERYTHING, options)
    expect(renderPullRequestComment(EVERYTHING, options)).toBe(
      `${commentMarker('ubuntu')}\n${summary}`
    )
    const long = renderCheckRunSummary(resultOf(many(FAILED, 2000)), options)
    expect(long.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    expect(long.length).toBeGreaterThan(CHECK_RUN_SUMMARY_LIMIT - 1000)
  })
})
