/** Suggested `.rerun.yml` rules: valid configuration that accepts exactly the difference seen. */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { suggestRule } from '../../src/engine/compare/content/suggest-rule.js'
import { parseComparisonRules } from '../../src/engine/config/comparison-rules.js'
import { lines, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

/** Analyse, suggest, apply the suggestion: the same files must then be within the rule. */
async function suggestAndApply(outputPath: string, committed: string, regenerated: string) {
  const pair = files.pair(committed, regenerated)
  const analysis = await analyseDifference(...pair, outputPath)
  const snippet = suggestRule(outputPath, analysis.cause, analysis.deviation)
  if (snippet === null) throw new Error('expected a suggestion')
  const rule = parseComparisonRules(snippet, 'suggestion').ruleFor(outputPath)
  return { analysis, snippet, rule, again: await analyseDifference(...pair, outputPath, rule) }
}

describe('suggestRule', () => {
  it('suggests a relative tolerance a bit above the drift seen', async () => {
    const committed = lines(10, i => `v ${(i + 1) / 3}`)
    const regenerated = lines(10, i => `v ${((i + 1) / 3) * (1 + 3e-9)}`)
    const { analysis, snippet, rule, again } = await suggestAndApply(
      'results/fit.txt',
      committed,
      regenerated
    )
    expect(analysis.cause).toBe('float-drift')
    expect(snippet).toBe('rules:\n  - path: "results/fit.txt"\n    tolerance: { relative: 1e-8 }\n')
    expect(rule.tolerance).toEqual({ absolute: 0, relative: 1e-8 })
    expect(again.equivalent).toBe(true)
  })

  it('suggests ignore-lines for timestamps, which then accepts the difference', async () => {
    const { snippet, again } = await suggestAndApply(
      'logs/report.txt',
      'Report\nGenerated at 2024-01-05 10:00:00\nresult 42\n',
      'Report\nGenerated at 2025-11-25 21:13:08\nresult 42\n'
    )
    expect(snippet).toMatchSnapshot()
    expect(again).toEqual({ equivalent: true })
  })

  it('escapes glob characters, so the rule selects only that output', () => {
    const snippet = suggestRule('out/[a]*?.txt', 'float-drift', { absolute: 1e-9, relative: 1e-9 })
    const rules = parseComparisonRules(snippet ?? '', 'suggestion')
    expect(rules.ruleFor('out/[a]*?.txt').tolerance).toBeDefined()
    expect(rules.ruleFor('out/ab!.txt').tolerance).toBeUndefined()
  })

  it('suggests nothing for causes a rule should not hide', () => {
    for (const cause of [
      'reordered',
      'whitespace',
      'line-endings',
      'missing',
      'empty',
      undefined
    ] as const) {
      expect(suggestRule('x.txt', cause, { absolute: 1, relative: 1e-9 })).toBeNull()
    }
  })

  it('for non-determinism, suggests a tolerance only from a numeric deviation', () => {
    expect(suggestRule('x.txt', 'non-deterministic')).toBeNull()
    expect(suggestRule('x.txt', 'non-deterministic', { absolute: 2, relative: 1 })).toBeNull()
    expect(suggestRule('x.txt', 'non-deterministic', { absolute: 1e-3, relative: 2e-4 })).toContain(
      'tolerance: { relative: 0.001 }'
    )
  })

  it('float-drift without a deviation falls back to the drift threshold', () => {
    expect(suggestRule('x.txt', 'float-drift')).toContain('tolerance: { relative: 0.000001 }')
  })

  it('the suggested tolerance covers the deviation with at most 20× headroom', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-15, max: 1e-6, noNaN: true }), relative => {
        const snippet = suggestRule('x.txt', 'float-drift', { absolute: 0, relative })
        const suggested =
          parseComparisonRules(snippet ?? '', 's').ruleFor('x.txt').tolerance?.relative ?? 0
        expect(suggested).toBeGreaterThanOrEqual(relative)
        expect(suggested).toBeLessThanOrEqual(relative * 20)
      })
    )
  })
})
