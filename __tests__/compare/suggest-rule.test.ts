/** Suggested `.rerun.yml` rules: valid configuration that accepts exactly the difference seen. */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import {
  rulesYaml,
  suggestRules,
  type Difference
} from '../../src/engine/compare/content/suggest-rule.js'
import type { CauseHint, Deviation } from '../../src/engine/model.js'
import { parseComparisonRules } from '../../src/engine/config/rules-file.js'
import { lines, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()

/** The `.rerun.yml` suggested for one output's difference, or null. */
function suggestRule(path: string, cause: CauseHint | undefined, deviation?: Deviation) {
  const suggestions = suggestRules([{ path, cause, deviation }])
  return suggestions.length > 0 ? rulesYaml(suggestions) : null
}
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

describe('a rule for one output', () => {
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

/** The rules suggested for these differences, parsed as .rerun.yml. */
function parsed(differences: Difference[]) {
  const suggestions = suggestRules(differences)
  const yaml = suggestions.length > 0 ? rulesYaml(suggestions) : 'rules: []'
  return { suggestions, rules: parseComparisonRules(yaml, 'suggestion') }
}

const drift = (path: string, relative = 3e-9): Difference => ({
  path,
  cause: 'float-drift',
  deviation: { absolute: relative, relative }
})
const stamped = (path: string): Difference => ({ path, cause: 'timestamps' })
const changed = (path: string): Difference => ({ path })

describe('rules for many outputs', () => {
  it('suggest one glob for outputs of one directory and extension that differ alike', () => {
    const csvs = [1, 2, 3, 4, 5].map(i => drift(`results/run-${i}.csv`, i * 1e-9))
    const { suggestions, rules } = parsed(csvs)
    expect(suggestions.map(s => s.glob)).toEqual(['results/*.csv'])
    expect(suggestions[0]?.paths).toHaveLength(5)
    // The tolerance covers the largest deviation of them all.
    expect(rules.ruleFor('results/run-5.csv').tolerance?.relative).toBe(1e-8)
    expect(rulesYaml(suggestions)).toMatchSnapshot()
  })

  it('reach across directories with ** when nothing else differs there', () => {
    const stamps = ['logs/a/run.log', 'logs/b/run.log', 'logs/b/c/run.log'].map(stamped)
    const { suggestions, rules } = parsed(stamps)
    expect(suggestions.map(s => s.glob)).toEqual(['logs/**/*.log'])
    for (const { path } of stamps) expect(rules.ruleFor(path).ignoreLines).toHaveLength(1)
  })

  it('never cover an output that differs in a way no rule should accept', () => {
    const { suggestions, rules } = parsed([
      drift('results/a.csv'),
      drift('results/b.csv'),
      changed('results/c.csv'),
      drift('other/d.csv'),
      drift('other/e.csv')
    ])
    expect(suggestions.map(s => s.glob)).toEqual(['results/a.csv', 'results/b.csv', 'other/*.csv'])
    expect(rules.ruleFor('results/c.csv').tolerance).toBeUndefined()
  })

  it('never cover an output that differs for another cause, nor suggest for an output that also differs otherwise', () => {
    const { suggestions, rules } = parsed([
      drift('out/a.txt'),
      stamped('out/b.txt'),
      drift('out/c.txt'),
      // Drift in one commit, an unexplained change in another: no rule hides it.
      drift('out/d.txt'),
      changed('out/d.txt')
    ])
    expect(suggestions.map(s => s.glob)).toEqual(['out/a.txt', 'out/c.txt', 'out/b.txt'])
    expect(rules.ruleFor('out/b.txt').tolerance).toBeUndefined()
    expect(rules.ruleFor('out/d.txt')).toEqual({ ignore: false, ignoreLines: [] })
  })

  it('escape glob characters in the directory and extension of a shared glob', () => {
    const { suggestions, rules } = parsed([drift('r[1]/a.c*v'), drift('r[1]/b.c*v')])
    expect(suggestions.map(s => s.glob)).toEqual(['r\\[1\\]/*.c\\*v'])
    expect(rules.ruleFor('r[1]/z.c*v').tolerance).toBeDefined()
    expect(rules.ruleFor('r1/z.c*v').tolerance).toBeUndefined()
  })

  it('accept every difference they were suggested for, whatever the paths', () => {
    // Paths as outputs have them: relative, normalised (no `.` or `..` component).
    const segment = fc.stringMatching(/^[a-z[\]*?.]{1,4}$/).filter(s => s !== '.' && s !== '..')
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map(parts => parts.join('/'))
    const difference = fc.oneof(path.map(drift), path.map(stamped), path.map(changed))
    fc.assert(
      fc.property(fc.array(difference, { maxLength: 12 }), differences => {
        const { suggestions, rules } = parsed(differences)
        const unexplained = new Set(differences.filter(d => d.cause === undefined).map(d => d.path))
        const holds = (d: Difference): boolean => {
          const rule = rules.ruleFor(d.path)
          // No rule relaxes the comparison of an output that differs in another way.
          if (unexplained.has(d.path)) return !rule.tolerance && rule.ignoreLines.length === 0
          if (d.cause === 'float-drift') return (rule.tolerance?.relative ?? 0) >= 3e-9
          return rule.ignoreLines.length === 1
        }
        expect(differences.filter(d => !holds(d))).toEqual([])
        expect(suggestions.flatMap(s => s.paths).some(p => unexplained.has(p))).toBe(false)
      })
    )
  })
})
