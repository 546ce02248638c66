/** Text outputs: the unified diff, its line numbers and caps, ignore-lines and tolerances. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { applyPatch, createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import fc from 'fast-check'
import type { OutputDiff } from '../../src/engine/model.js'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { MAX_DIFF_BYTES, MAX_DIFF_LINES } from '../../src/engine/compare/content/limits.js'
import { lines, rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

type TextDiff = Extract<OutputDiff, { kind: 'text' }>

async function textDiff(
  committed: string,
  regenerated: string,
  path = 'out.txt',
  ...rest: [ReturnType<typeof rule>?]
) {
  const analysis = await analyseDifference(...files.pair(committed, regenerated), path, ...rest)
  expect(analysis.equivalent).toBe(false)
  expect(analysis.diff?.kind).toBe('text')
  return { ...analysis, diff: analysis.diff as TextDiff }
}

/** The -/+ lines of a unified diff, without the file headers. */
function changes(unified: string): string[] {
  return unified.split('\n').filter(line => /^[-+](?!--|\+\+)/.test(line))
}

describe('unified diff', () => {
  it('is a unified diff of committed → regenerated made by the diff library', async () => {
    const { diff } = await textDiff(
      'alpha\nbeta\ngamma\ndelta\n',
      'alpha\nBETA\ngamma\ndelta\nepsilon\n'
    )
    expect(diff.unified).toMatchSnapshot()
    expect(diff.firstDifferentLine).toBe(2)
    expect(diff.truncatedLines).toBe(0)
  })

  it('numbers hunks by file line deep inside a large file', async () => {
    const committed = lines(20_000, i => `line ${i + 1}`)
    const regenerated = committed.replace('line 12345\n', 'line 12345 changed\n')
    const { diff } = await textDiff(committed, regenerated)
    expect(diff.firstDifferentLine).toBe(12345)
    expect(diff.unified).toMatchSnapshot()
  })

  it('keeps separate hunks for separate changes and resumes after an insertion', async () => {
    const committed = lines(300, i => `row ${i}`)
    const regenerated = committed
      .replace('row 20\n', 'row 20\nnew a\nnew b\nnew c\n')
      .replace('row 250\n', 'row 250 edited\n')
    const { diff } = await textDiff(committed, regenerated)
    expect(diff.firstDifferentLine).toBe(22)
    expect(diff.unified.match(/^@@ .* @@$/gm)).toEqual(['@@ -19,6 +19,9 @@', '@@ -248,7 +251,7 @@'])
    expect(changes(diff.unified)).toEqual([
      '+new a',
      '+new b',
      '+new c',
      '-row 250',
      '+row 250 edited'
    ])
  })

  it('holds an insertion longer than the first diff window', async () => {
    const committed = lines(3000, i => `row ${i}`)
    const inserted = lines(700, i => `inserted ${i}`)
    const regenerated = committed
      .replace('row 1000\n', `row 1000\n${inserted}`)
      .replace('row 2900\n', 'ROW 2900\n')
    const { diff } = await textDiff(committed, regenerated)
    const hunks = diff.unified.match(/^@@ .* @@$/gm) ?? []
    expect(hunks[0]).toBe('@@ -999,6 +999,706 @@')
    expect(changes(diff.unified).every(line => line.startsWith('+inserted'))).toBe(true)
    // Shown: the first 200 lines; cut: the rest of that hunk and the later one, exactly.
    const total = 2 + (1 + 706) + (1 + 3 + 2 + 3)
    expect(diff.unified.split('\n').length - 1).toBe(MAX_DIFF_LINES)
    expect(diff.truncatedLines).toBe(total - MAX_DIFF_LINES)
  })

  it('shows lines added at the end and a missing final newline', async () => {
    const { diff } = await textDiff('a\nb\n', 'a\nb\nc\nd')
    expect(diff.unified).toMatchSnapshot()
    expect(diff.firstDifferentLine).toBe(3)
  })

  it('points at the last line when the regenerated file is shorter', async () => {
    const { diff } = await textDiff(
      lines(10, i => `l${i}`),
      lines(7, i => `l${i}`)
    )
    expect(diff.firstDifferentLine).toBe(7)
    expect(changes(diff.unified)).toEqual(['-l7', '-l8', '-l9'])
  })

  it('caps the diff at MAX_DIFF_LINES and says how many lines were cut', async () => {
    const committed = lines(2000, i => `value ${i}`)
    const regenerated = lines(2000, i => (i % 10 === 0 ? `value ${i} changed` : `value ${i}`))
    const { diff } = await textDiff(committed, regenerated)
    const shown = diff.unified.split('\n').length - 1
    expect(shown).toBe(MAX_DIFF_LINES)
    // File headers; the first change has no context before it; then 199 hunks of a header,
    // 3 lines of context, the 2 changed lines and 3 lines of context (changes are 10 apart).
    expect(shown + diff.truncatedLines).toBe(2 + 6 + 199 * 9)
  })

  it('caps the diff at MAX_DIFF_BYTES, and cuts very long lines', async () => {
    const long = (c: string) => lines(100, i => `${i} ${c.repeat(5000)}`)
    const { diff } = await textDiff(long('a'), long('b'))
    expect(Buffer.byteLength(diff.unified)).toBeLessThanOrEqual(MAX_DIFF_BYTES)
    expect(diff.unified).toContain('[… 4003 more characters]')
    expect(diff.truncatedLines).toBeGreaterThan(150)
  })
})

describe('rules', () => {
  it('ignore-lines drops matching lines from both sides', async () => {
    const committed = 'Generated at 10:00\nresult 1\n'
    const regenerated = 'Generated at 11:30\nresult 1\n'
    const analysis = await analyseDifference(
      ...files.pair(committed, regenerated),
      'r.txt',
      rule({ ignoreLines: [/^Generated at /] })
    )
    expect(analysis).toEqual({ equivalent: true })
  })

  it('ignore-lines leaves the rest compared, and out of the diff', async () => {
    const { diff } = await textDiff(
      'Generated at 10:00\nresult 1\nDone 1\n',
      'Generated at 11:30\nresult 2\nDone 1\n',
      'r.txt',
      rule({ ignoreLines: [/^Generated at /] })
    )
    expect(changes(diff.unified)).toEqual(['-result 1', '+result 2'])
    expect(diff.firstDifferentLine).toBe(2)
  })

  it('a tolerance makes drifting numbers equivalent and reports the largest deviation', async () => {
    const analysis = await analyseDifference(
      ...files.pair('x 1.0 y 100\nz 3\n', 'x 1.0000001 y 100.00002\nz 3\n'),
      't.txt',
      rule({ tolerance: { relative: 1e-6 } })
    )
    expect(analysis.equivalent).toBe(true)
    expect(analysis.diff).toBeUndefined()
    expect(analysis.deviation?.absolute).toBeCloseTo(2e-5, 12)
    expect(analysis.deviation?.relative).toBeCloseTo(2e-7, 12)
  })

  it('a tolerance ignores column alignment that moves with a number', async () => {
    const analysis = await analyseDifference(
      ...files.pair('a    9.99\nb   10.00\n', 'a   10.00\nb   10.01\n'),
      't.txt',
      rule({ tolerance: { absolute: 0.02 } })
    )
    expect(analysis.equivalent).toBe(true)
  })

  it('under a tolerance the diff shows only the differences beyond it', async () => {
    const committed = lines(50, i => `p${i} ${(i / 7).toFixed(6)}`)
    const regenerated = lines(50, i => `p${i} ${(i === 30 ? 99 : (i / 7) * (1 + 1e-7)).toFixed(6)}`)
    const { diff, deviation } = await textDiff(
      committed,
      regenerated,
      't.txt',
      rule({ tolerance: { relative: 1e-5 } })
    )
    expect(changes(diff.unified)).toEqual(['-p30 4.285714', '+p30 99.000000'])
    expect(diff.firstDifferentLine).toBe(31)
    expect(deviation?.absolute).toBeCloseTo(99 - 30 / 7, 5)
  })

  it('without a rule, equal numbers written differently still differ', async () => {
    const { diff } = await textDiff('v 1.0\n', 'v 1.00\n')
    expect(changes(diff.unified)).toEqual(['-v 1.0', '+v 1.00'])
  })
})

describe('what is not text', () => {
  it('a NUL byte in the first 8 KiB makes it binary', async () => {
    const analysis = await analyseDifference(...files.pair('a\0b\n', 'a\0c\n'), 'x.txt')
    expect(analysis.diff?.kind).toBe('binary')
  })

  it('invalid UTF-8 after the first 8 KiB falls back to binary', async () => {
    const text = lines(2000, i => `line ${i}`)
    const broken = Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a])])
    const analysis = await analyseDifference(...files.pair(`${text}ok\n`, broken), 'x.txt')
    expect(analysis.diff).toMatchObject({ kind: 'binary', firstDifferentByte: text.length })
  })

  it('a line longer than 1 MiB falls back to binary', async () => {
    const analysis = await analyseDifference(
      ...files.pair('x'.repeat(3 << 20), `${'x'.repeat(3 << 20)}y`),
      'x.txt'
    )
    expect(analysis.diff).toMatchObject({ kind: 'binary', firstDifferentByte: null })
  })
})

describe('properties of the streamed, windowed diff', () => {
  /** A file of numbered lines (some repeated), edited in a few places. */
  const edited = (maxLength: number) =>
    fc
      .record({
        length: fc.integer({ min: 0, max: maxLength }),
        edits: fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.integer({ min: 0, max: 8 }),
            insert: fc.array(fc.constantFrom('new', 'x', '', 'line 7'), { maxLength: 8 })
          }),
          { maxLength: 5 }
        ),
        finalNewline: fc.boolean()
      })
      .map(({ length, edits, finalNewline }) => {
        const committed = Array.from({ length }, (_, i) => (i % 50 === 0 ? 'x' : `line ${i}`))
        const regenerated = [...committed]
        for (const edit of edits) {
          regenerated.splice(edit.at % (regenerated.length + 1), edit.remove, ...edit.insert)
        }
        const text = (lines: string[]) => lines.map(line => `${line}\n`).join('')
        const last = text(regenerated)
        return {
          committed: text(committed),
          regenerated: finalNewline || last === '' ? last : last.slice(0, -1)
        }
      })
      .filter(({ committed, regenerated }) => committed !== regenerated)

  it('applying the diff to the committed file gives the regenerated file', async () => {
    await fc.assert(
      fc.asyncProperty(edited(3000), async ({ committed, regenerated }) => {
        const { diff } = await textDiff(committed, regenerated)
        expect(diff.truncatedLines).toBe(0)
        expect(applyPatch(committed, diff.unified)).toBe(regenerated)
      }),
      { numRuns: 150 }
    )
  })

  it('on a small file it is the diff of the whole files', async () => {
    // Small enough for the first diff window to hold both files whole.
    const small = edited(20).filter(({ regenerated }) => regenerated.split('\n').length <= 50)
    await fc.assert(
      fc.asyncProperty(small, async ({ committed, regenerated }) => {
        const { diff } = await textDiff(committed, regenerated)
        const whole = createTwoFilesPatch(
          'a/out.txt',
          'b/out.txt',
          committed,
          regenerated,
          'committed',
          'regenerated',
          {
            context: 3,
            headerOptions: FILE_HEADERS_ONLY
          }
        )
        expect(diff.unified).toBe(whole)
      }),
      { numRuns: 150 }
    )
  })
})
