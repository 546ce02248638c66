import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_LIMIT,
  commentMarker,
  renderPullRequestComment
} from '../../src/report/pr-comment.js'
import { EVERYTHING, FAILED, LINKS, many, REPRODUCED, resultOf } from './fixtures.js'

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
  })

  it('says plainly when everything reproduced', () => {
    const body = renderPullRequestComment(resultOf([REPRODUCED, REPRODUCED]), {
      ...LINKS,
      commentKey: ''
    })
    expect(body).toContain('### rerun-action: ✅ All 2 run commits reproduced')
    expect(body).not.toContain('<table>')
  })

  it('stays under GitHub’s comment limit with a note and the link', () => {
    const body = renderPullRequestComment(resultOf(many(FAILED, 2000)), {
      ...LINKS,
      commentKey: ''
    })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(
      /<em>\d+ more commits are not listed: this comment is limited to 65536 characters\.<\/em>/
    )
    expect(body).toContain('</table>')
    expect(body).toContain(LINKS.runUrl)
  })
})
