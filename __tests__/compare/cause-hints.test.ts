/** Cause hints: named only when every difference fits one explanation. */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import {
  chooseCause,
  FLOAT_DRIFT_RELATIVE,
  maskTimestamps,
  TIMESTAMP_LINE
} from '../../src/engine/compare/content/causes.js'
import { lines, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

const analyse = (committed: string, regenerated: string, outputPath = 'out.txt') =>
  analyseDifference(...files.pair(committed, regenerated), outputPath)

describe('text', () => {
  it.each([
    [
      'an ISO timestamp',
      'Generated 2024-01-05T12:00:00Z\nv 1\n',
      'Generated 2024-03-07T08:15:42.5Z\nv 1\n'
    ],
    ['a date and a time', 'on 2024/01/05 at 9:30\n', 'on 2025/11/25 at 21:05:59\n'],
    ['an epoch', 'built 1700000000\n', 'built 1732550400\n'],
    ['a month and a weekday', 'Mon, 05 Jan 2024\n', 'Tue, 06 Feb 2024\n']
  ])('timestamps: %s', async (_name, committed, regenerated) => {
    const analysis = await analyse(committed, regenerated)
    expect(analysis.cause).toBe('timestamps')
    expect(analysis.deviation).toBeUndefined()
  })

  it('float-drift: every difference a tiny change of a floating-point number', async () => {
    const committed = lines(100, i => `x${i} ${(i / 3).toFixed(12)} n=${i}`)
    const regenerated = lines(100, i => `x${i} ${((i / 3) * (1 + 1e-10)).toFixed(12)} n=${i}`)
    const analysis = await analyse(committed, regenerated)
    expect(analysis.cause).toBe('float-drift')
    expect(analysis.deviation?.relative).toBeLessThanOrEqual(FLOAT_DRIFT_RELATIVE)
  })

  it('not float-drift: a count that changed by one, or a large change', async () => {
    const count = await analyse('count 1000000\n', 'count 1000001\n')
    expect(count.cause).toBeUndefined()
    expect(count.deviation).toEqual({ absolute: 1, relative: 1 / 1000001 })
    const large = await analyse('mean 0.5\n', 'mean 0.6\n')
    expect(large.cause).toBeUndefined()
    expect(large.deviation?.absolute).toBeCloseTo(0.1, 12)
  })

  it('reordered: the same lines in another order', async () => {
    const analysis = await analyse('a\nb\nc\nd\n', 'c\na\nd\nb\n')
    expect(analysis.cause).toBe('reordered')
  })

  it.each([
    ['spaces', 'a  b\nc\n', 'a b\nc\n'],
    ['tabs and trailing blanks', 'a\tb\nc\n', 'a b \nc\n'],
    ['a blank line', 'a\nb\n', 'a\n\nb\n'],
    ['a missing final newline', 'a\nb\n', 'a\nb'],
    ['a line split in two', 'a b c\n', 'a b\nc\n']
  ])('whitespace: %s', async (_name, committed, regenerated) => {
    expect((await analyse(committed, regenerated)).cause).toBe('whitespace')
  })

  it('whitespace, on both sides of a long identical stretch', async () => {
    const middle = lines(50_000, i => `row ${i}`)
    const analysis = await analyse(`head  1\n${middle}tail\n`, `head 1\n${middle}tail \n`)
    expect(analysis.cause).toBe('whitespace')
  })

  it('line-endings: CRLF against LF', async () => {
    expect((await analyse('a\r\nb\r\n', 'a\nb\n')).cause).toBe('line-endings')
  })

  it('empty: the regenerated file is empty', async () => {
    const analysis = await analyse('results\n', '')
    expect(analysis.cause).toBe('empty')
    expect(analysis.diff).toMatchObject({ kind: 'text', firstDifferentLine: 1 })
  })

  it('no hint when the differences have different explanations', async () => {
    const analysis = await analyse('at 12:00\nvalue a\n', 'at 13:00\nvalue b\n')
    expect(analysis.cause).toBeUndefined()
    expect((await analyse('a\nb\n', 'a\nb\nc\n')).cause).toBeUndefined()
  })
})

describe('structured outputs', () => {
  it('JSON: float drift and timestamps among values', async () => {
    const drift = await analyse(
      '{"a": 0.1, "b": [1.5]}',
      '{"a": 0.10000000001, "b": [1.5000000001]}',
      'm.json'
    )
    expect(drift).toMatchObject({ cause: 'float-drift', diff: { kind: 'json' } })
    const time = await analyse(
      '{"at": "2024-01-05T10:00:00Z", "n": 1}',
      '{"at": "2024-01-06T11:00:00Z", "n": 1}',
      'm.json'
    )
    expect(time).toMatchObject({ cause: 'timestamps', diff: { kind: 'json' } })
    const added = await analyse('{"at": "2024-01-05"}', '{"at": "2024-01-06", "x": 1}', 'm.json')
    expect(added.cause).toBeUndefined()
  })

  it('CSV: reordered rows and drifting cells', async () => {
    const header = 'id,value\n'
    const rows = lines(20, i => `${i},${(i * 1.1).toFixed(10)}`)
    const shuffled = rows.split('\n').filter(Boolean).reverse().join('\n') + '\n'
    expect((await analyse(header + rows, header + shuffled, 't.csv')).cause).toBe('reordered')
    const drifted = lines(20, i => `${i},${(i * 1.1 * (1 + 1e-9)).toFixed(10)}`)
    expect(await analyse(header + rows, header + drifted, 't.csv')).toMatchObject({
      cause: 'float-drift',
      diff: { kind: 'table' }
    })
  })
})

describe('chooseCause', () => {
  const none = {
    lineEndings: false,
    whitespace: false,
    timestamps: false,
    floatDrift: false,
    reordered: false
  }
  it('prefers the most specific explanation', () => {
    expect(chooseCause({ ...none, lineEndings: true, whitespace: true })).toBe('line-endings')
    expect(chooseCause({ ...none, whitespace: true, reordered: true })).toBe('whitespace')
    expect(chooseCause({ ...none, reordered: true, timestamps: true })).toBe('reordered')
    expect(chooseCause({ ...none, timestamps: true, floatDrift: true })).toBe('timestamps')
    expect(chooseCause({ ...none, floatDrift: true })).toBe('float-drift')
    expect(chooseCause(none)).toBeUndefined()
  })
})

describe('TIMESTAMP_LINE, the ignore-lines regex suggested for timestamps', () => {
  it('matches every line in which a date or time was recognised', () => {
    const fragment = fc.constantFrom(
      '2024-01-05',
      'T',
      '12:30',
      ':45',
      '.123',
      'Z',
      '+01:00',
      ' ',
      '/',
      '05',
      '2024',
      '1700000000',
      'Jan',
      'January',
      'Mon',
      ',',
      'x',
      '-',
      '20240105T123000Z',
      '7'
    )
    const line = fc.array(fragment, { maxLength: 8 }).map(parts => parts.join(''))
    fc.assert(
      fc.property(line, text => {
        const recognised = maskTimestamps(text) !== text
        expect(!recognised || new RegExp(TIMESTAMP_LINE).test(text)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })
})
