/** JSON outputs: changed paths with old and new values, tolerances, and falling back to text. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import {
  MAX_STRUCTURED_BYTES,
  MAX_STRUCTURED_CHANGES
} from '../../src/engine/compare/content/limits.js'
import { rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

async function analyse(
  committed: string,
  regenerated: string,
  ...rest: [ReturnType<typeof rule>?]
) {
  return analyseDifference(...files.pair(committed, regenerated), 'results/metrics.json', ...rest)
}

describe('JSON outputs', () => {
  it('lists changed, added and removed paths with old and new values', async () => {
    const analysis = await analyse(
      json({ model: { accuracy: 0.91, layers: [64, 32, 16] }, 'run id': 'a', seed: 1 }),
      json({ model: { accuracy: 0.87, layers: [64, 32] }, 'run id': 'b', epochs: 10 })
    )
    expect(analysis.equivalent).toBe(false)
    expect(analysis.diff).toEqual({
      kind: 'json',
      changes: [
        { path: '$.model.accuracy', change: 'changed', old: 0.91, new: 0.87 },
        { path: '$.model.layers[2]', change: 'removed', old: 16 },
        { path: '$["run id"]', change: 'changed', old: 'a', new: 'b' },
        { path: '$.seed', change: 'removed', old: 1 },
        { path: '$.epochs', change: 'added', new: 10 }
      ],
      truncated: 0,
      firstDifferentLine: 3
    })
  })

  it('reports a change of type as a change of the whole value', async () => {
    const analysis = await analyse(json({ a: [1, 2] }), json({ a: { b: 1 } }))
    expect(analysis.diff).toMatchObject({
      changes: [{ path: '$.a', change: 'changed', old: [1, 2], new: { b: 1 } }]
    })
  })

  it('abbreviates long values', async () => {
    const long = 'x'.repeat(500)
    const many = Array.from({ length: 100 }, (_, i) => i)
    const analysis = await analyse(
      json({ s: long, list: null }),
      json({ s: `${long}!`, list: many })
    )
    expect(analysis.diff).toMatchObject({
      changes: [
        { path: '$.s', old: `${'x'.repeat(200)}…`, new: `${'x'.repeat(200)}…` },
        { path: '$.list', change: 'changed', old: null, new: '[… 100 items]' }
      ]
    })
  })

  it('caps the list of changes and counts the rest', async () => {
    const count = MAX_STRUCTURED_CHANGES + 50
    const before = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]))
    const after = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, -i - 1]))
    const analysis = await analyse(json(before), json(after))
    expect(analysis.diff).toMatchObject({ kind: 'json', truncated: 50 })
    if (analysis.diff?.kind !== 'json') throw new Error('expected a JSON diff')
    expect(analysis.diff.changes).toHaveLength(MAX_STRUCTURED_CHANGES)
  })

  it('compares numbers within the tolerance and reports the largest deviation', async () => {
    const tolerance = rule({ tolerance: { relative: 1e-6 } })
    const close = await analyse(
      json({ a: 1.5, b: [10, 20] }),
      json({ a: 1.5000001, b: [10, 20.00001] }),
      tolerance
    )
    expect(close.equivalent).toBe(true)
    expect(close.deviation?.relative).toBeCloseTo(5e-7, 12)

    const far = await analyse(json({ a: 1.5, b: 2 }), json({ a: 1.5000001, b: 3 }), tolerance)
    expect(far.equivalent).toBe(false)
    expect(far.diff).toMatchObject({ changes: [{ path: '$.b', old: 2, new: 3 }] })
  })

  it('under a tolerance, compares values: formatting and key order do not count', async () => {
    const analysis = await analyse(
      '{"a": 1.0, "b": 2}',
      '{\n  "b": 2,\n  "a": 1\n}\n',
      rule({ tolerance: { absolute: 0 } })
    )
    expect(analysis).toEqual({ equivalent: true })
  })

  it('without a rule, a difference of formatting only is shown as a text diff', async () => {
    const analysis = await analyse('{"a": 1, "b": 2}\n', '{"a":1,"b":2}\n')
    expect(analysis.diff?.kind).toBe('text')
    expect(analysis.cause).toBe('whitespace')
  })

  it('without a rule, a difference of key order is shown as text and called reordered', async () => {
    const analysis = await analyse(json({ a: 1, b: 2 }), json({ b: 2, a: 1 }))
    expect(analysis.diff?.kind).toBe('text')
    expect(analysis.cause).toBe('reordered')
  })

  it('falls back to text for invalid JSON, ignore-lines, size and depth', async () => {
    const invalid = await analyse('{"a": 1}\n{"a": 2}\n', '{"a": 1}\n{"a": 3}\n')
    expect(invalid.diff).toMatchObject({ kind: 'text', firstDifferentLine: 2 })

    const ignoring = await analyse(
      json({ at: 'x', v: 1 }),
      json({ at: 'y', v: 2 }),
      rule({ ignoreLines: [/"at"/] })
    )
    expect(ignoring.diff).toMatchObject({ kind: 'text', firstDifferentLine: 3 })

    const big = json({ padding: 'p'.repeat(MAX_STRUCTURED_BYTES), v: 1 })
    const large = await analyse(big, big.replace('"v": 1', '"v": 2'))
    expect(large.diff?.kind).toBe('text')

    const deep = (leaf: number) => `${'['.repeat(20_000)}${leaf}${']'.repeat(20_000)}`
    const nested = await analyse(deep(1), deep(2))
    expect(nested.diff?.kind).toBe('text')
  })
})
