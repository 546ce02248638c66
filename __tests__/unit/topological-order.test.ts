import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { topologicalPositions } from '../../src/engine/history/plan.js'

function order(parents: Record<string, string[]>, logOrder: string[]): string[] {
  const positions = topologicalPositions(new Map(Object.entries(parents)), logOrder)
  return [...positions.entries()].sort((a, b) => a[1] - b[1]).map(([sha]) => sha)
}

describe('topologicalPositions', () => {
  it('reverses a linear history', () => {
    expect(order({ c: ['b'], b: ['a'], a: [] }, ['c', 'b', 'a'])).toEqual(['a', 'b', 'c'])
  })

  it('puts parents first even when dates say otherwise (clock skew)', () => {
    // git log in date order printed the parent b before its child c.
    expect(order({ b: ['a'], c: ['b'], a: [] }, ['b', 'c', 'a'])).toEqual(['a', 'b', 'c'])
  })

  it('orders a merge after both of its parents, and ignores parents outside the range', () => {
    const result = order({ m: ['x', 'y'], x: ['base'], y: ['base'] }, ['m', 'y', 'x'])
    expect(result.indexOf('m')).toBe(2)
    expect(result).toHaveLength(3)
  })

  it('yields every commit after all its parents in random histories', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        raw => {
          // Commit i may only have parents with smaller numbers: a DAG by construction.
          const parents = new Map(
            raw.map((ps, i) => [`c${i}`, ps.filter(p => p < i).map(p => `c${p}`)])
          )
          const logOrder = [...parents.keys()].reverse()
          const positions = topologicalPositions(parents, logOrder)
          expect(positions.size).toBe(parents.size)
          for (const [sha, ps] of parents) {
            for (const p of ps)
              expect(positions.get(p) ?? Infinity).toBeLessThan(positions.get(sha) ?? -1)
          }
        }
      ),
      { numRuns: 2000 }
    )
  })
})
