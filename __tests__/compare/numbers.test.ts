/** Numbers inside text, compared numdiff-style with an absolute-or-relative tolerance. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  differingNumbers,
  equalWithinTolerance,
  textAroundNumbers,
  withinTolerance
} from '../../src/engine/compare/content/numbers.js'

function values(committed: string, regenerated: string): string[][] | null {
  const pairs = differingNumbers(committed, regenerated)
  return pairs && pairs.map(pair => [pair.committed.text, pair.regenerated.text])
}

describe('differingNumbers', () => {
  it('pairs the numbers that differ when nothing else does', () => {
    expect(values('x=1.5 y=-2e-3 z=7', 'x=1.50001 y=-2.1e-3 z=7')).toEqual([
      ['1.5', '1.50001'],
      ['-2e-3', '-2.1e-3']
    ])
    expect(values('mean 3.', 'mean 3.5')).toEqual([['3.', '3.5']])
    expect(values('(.5)', '(.25)')).toEqual([['.5', '.25']])
    expect(values('v 1.0', 'v 1.00')).toEqual([])
  })

  it('is null when the text around the numbers differs', () => {
    expect(values('a 1', 'b 1')).toBeNull()
    expect(values('a 1', 'a 1 2')).toBeNull()
  })

  it('leaves numbers glued to words, versions and hex as text', () => {
    expect(values('run1', 'run2')).toBeNull()
    expect(values('v1.2.3', 'v1.2.4')).toBeNull()
    expect(values('0x1F', '0x2F')).toBeNull()
    expect(values('1e', '2e')).toBeNull()
    expect(values('1.2.3', '1.2.4')).toBeNull()
  })

  it('reads a sign only where it cannot be a hyphen', () => {
    expect(values('2024-01-05', '2024-01-06')).toEqual([['05', '06']])
    expect(values('x -1', 'x +1')).toEqual([['-1', '+1']])
    expect(values('5-3', '5-4')).toEqual([['3', '4']])
  })

  it('treats runs of blanks as one, so alignment may move', () => {
    expect(values('a    9.5|', 'a   10.5|')).toEqual([['9.5', '10.5']])
    expect(values('a\t1', 'a 2')).toEqual([['1', '2']])
    expect(values('a 1', 'a1')).toBeNull()
  })
})

describe('the tolerance rule: |a − b| ≤ absolute or |a − b| ≤ relative · max(|a|, |b|)', () => {
  it.each([
    [1, 1.0005, { absolute: 1e-3, relative: 0 }, true],
    [1, 1.002, { absolute: 1e-3, relative: 0 }, false],
    [1000, 1000.5, { absolute: 0, relative: 1e-3 }, true],
    [1000, 1002, { absolute: 0, relative: 1e-3 }, false],
    [0, 1e-12, { absolute: 1e-9, relative: 0 }, true],
    [0, 1e-12, { absolute: 0, relative: 0.5 }, false],
    [5, 5, { absolute: 0, relative: 0 }, true],
    [1e308, Infinity, { absolute: 1e308, relative: 1 }, false]
  ])('%d vs %d within %j: %s', (a, b, tolerance, expected) => {
    expect(withinTolerance(a, b, tolerance)).toBe(expected)
  })

  it('applies to every pair of numbers in a line', () => {
    const tolerance = { absolute: 0, relative: 1e-6 }
    expect(equalWithinTolerance('t=1.0 s 2.0', 't=1.0000001 s 2.0000001', tolerance)).toBe(true)
    expect(equalWithinTolerance('t=1.0 s 2.0', 't=1.0000001 s 2.1', tolerance)).toBe(false)
    expect(equalWithinTolerance('t=1.0 s 2.0', 't=1.0000001 m 2.0', tolerance)).toBe(false)
  })
})

describe('properties', () => {
  const tolerance = fc.record({
    absolute: fc.double({ min: 0, max: 10, noNaN: true }),
    relative: fc.double({ min: 0, max: 1, noNaN: true })
  })
  const number = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.integer().map(String),
    fc.constantFrom('1e999', '-0', '.5', '3.', '+7', '1e-7')
  )
  const word = fc.constantFrom('x', 'mean', '=', ',', '(', ')', '-', 'e', '.', 'v1.2', ':')
  const blank = fc.constantFrom(' ', '  ', '\t', '')
  const line = fc
    .array(fc.tuple(fc.oneof(number, word), blank), { maxLength: 8 })
    .map(parts => parts.map(([token, space]) => token + space).join(''))
  const anyLine = fc.oneof(line, fc.string(), fc.string({ unit: 'binary' }))

  it('never throws, and equality within a tolerance is reflexive and symmetric', () => {
    fc.assert(
      fc.property(anyLine, anyLine, tolerance, (a, b, t) => {
        expect(equalWithinTolerance(a, a, t)).toBe(true)
        expect(equalWithinTolerance(a, b, t)).toBe(equalWithinTolerance(b, a, t))
        const forward = differingNumbers(a, b)
        const backward = differingNumbers(b, a)
        expect(forward === null).toBe(backward === null)
        expect(forward?.length).toBe(backward?.length)
      }),
      { numRuns: 2000 }
    )
  })

  it('withinTolerance is symmetric', () => {
    const value = fc.double({ noNaN: true })
    fc.assert(
      fc.property(value, value, tolerance, (a, b, t) => {
        expect(withinTolerance(a, b, t)).toBe(withinTolerance(b, a, t))
      })
    )
  })

  it('finds exactly the number that was changed, wherever it is in the line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.constantFrom(' ', '\t', '  ', ', '),
        (numbers, pick, separator) => {
          const index = pick % numbers.length
          const changed = numbers.map((n, i) => (i === index ? n + 0.5 : n))
          const committed = numbers.map(n => `v ${n}`).join(separator)
          const regenerated = changed.map(n => `v ${n}`).join(separator)
          expect(values(committed, regenerated)).toEqual([
            [String(numbers[index]), String(changed[index])]
          ])
        }
      )
    )
  })

  it('common text added around two lines changes nothing', () => {
    fc.assert(
      fc.property(line, line, line, line, (a, b, before, after) => {
        const around = (middle: string) => `${before}|${middle}|${after}`
        expect(values(around(a), around(b))).toEqual(values(a, b))
      }),
      { numRuns: 2000 }
    )
  })

  it('lines equal within a tolerance have the same text around their numbers', () => {
    fc.assert(
      fc.property(line, line, tolerance, (a, b, t) => {
        const sameText = textAroundNumbers(a) === textAroundNumbers(b)
        expect(!equalWithinTolerance(a, b, t) || sameText).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
