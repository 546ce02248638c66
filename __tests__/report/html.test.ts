import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { renderCommitLog } from '../../src/report/commit-log.js'
import {
  byteLength,
  charLength,
  commitLink,
  fitPage,
  formatBytes,
  type PageLimit,
  type PagePart
} from '../../src/report/html.js'
import { FAILED, REPRODUCED, UNVERIFIABLE } from './fixtures.js'

/** The action's log, read by the runner for workflow commands. */
const LOG = { defuseWorkflowCommands: true }

describe('commitLink', () => {
  it('links a short SHA when a URL is known', () => {
    expect(commitLink('a'.repeat(40), sha => `https://x/${sha}`)).toBe(
      `<a href="https://x/${'a'.repeat(40)}"><code>aaaaaaaa</code></a>`
    )
    expect(commitLink('a'.repeat(40))).toBe('<code>aaaaaaaa</code>')
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 3, '5.0 GiB']
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})

describe('fitPage', () => {
  const page = (limit: number): PageLimit => ({ limit, measure: charLength, shortenedNote: '!' })
  const list: PagePart = {
    head: '[',
    items: ['aa', 'bb', 'cc', 'dd'],
    tail: ']',
    rank: 1,
    more: left => `+${left}`,
    gone: left => `(${left})`
  }
  const fixed: PagePart = { items: ['HEAD;'] }

  it('keeps everything that fits', () => {
    expect(fitPage([fixed, list], page(15))).toBe('HEAD;[aabbccdd]')
  })

  it('leaves out whole items from the end, saying how many, and notes that it shortened', () => {
    const text = fitPage([fixed, list], page(14))
    expect(text).toBe('HEAD;[aabb+2]!')
    expect(text.length).toBeLessThanOrEqual(14)
  })

  it('replaces a part whose items all went, and keeps parts without a rank whole', () => {
    expect(fitPage([fixed, list], page(11))).toBe('HEAD;(4)!')
    // Nothing more can give way: the fixed part stays, whatever the limit.
    expect(fitPage([fixed, list], page(2))).toBe('HEAD;(4)!')
  })

  it('shortens the part of the lowest rank first, a later one before an earlier one of its rank', () => {
    const second = { ...list, items: ['xx', 'yy'], rank: 0 }
    const third = { ...list, items: ['pp', 'qq'], rank: 0 }
    expect(fitPage([list, second, third], page(20))).toBe('[aabbccdd][xxyy](2)!')
    expect(fitPage([list, second, third], page(19))).toBe('[aabbccdd](2)(2)!')
  })

  it('fits any parts into any limit that their fixed text and notes leave room for', () => {
    const part = fc.record({
      items: fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 }),
      rank: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })
    })
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), fc.nat(80), (parts, limit) => {
        const pageParts: PagePart[] = parts.map(({ items, rank }) =>
          rank === undefined ? { items } : { ...list, items, rank }
        )
        // Head and tail are written only around items.
        const whole = pageParts.map(p =>
          p.items.length > 0 ? `${p.head ?? ''}${p.items.join('')}${p.tail ?? ''}` : ''
        )
        // What cannot give way: parts without a rank, the others' notes when all went, the note.
        const floor = pageParts
          .map((p, i) => (p.rank === undefined ? whole[i] : p.items.length > 0 ? '(9)' : ''))
          .join('')
        const text = fitPage(pageParts, page(limit))
        const full = whole.join('')
        expect(text === full || full.length > limit).toBe(true)
        expect(text.length <= limit || floor.length + 1 > limit).toBe(true)
      })
    )
  })

  it('measures in the unit it is given', () => {
    const wide = { ...list, items: ['é', 'é'] }
    expect(fitPage([wide], { ...page(4), measure: byteLength })).toBe('(2)!')
    expect(fitPage([wide], page(4))).toBe('[éé]')
  })
})

describe('renderCommitLog', () => {
  it('shows command, exit code, findings and the captured output', () => {
    expect(renderCommitLog(FAILED, LOG)).toMatchSnapshot()
  })

  it('leaves out the exit code of a command that never ran', () => {
    expect(renderCommitLog(UNVERIFIABLE, LOG)).not.toContain('exit code')
    expect(renderCommitLog(REPRODUCED, LOG)).toContain('captured output (0 bytes):')
  })
})
