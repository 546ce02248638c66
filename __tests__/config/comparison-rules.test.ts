/** `.rerun.yml`: rule semantics, glob matching, and a precise error for every kind of mistake. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import {
  compileLinePattern,
  ComparisonRules,
  ConfigError,
  EMPTY_RULES,
  escapeGlob,
  globToRegExp,
  MAX_IGNORE_LINES_PROGRAM,
  MAX_PATTERN_LENGTH
} from '../../src/engine/config/comparison-rules.js'
import { parseComparisonRules } from '../../src/engine/config/rules-file.js'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { UsageError } from '../../src/engine/errors.js'

const EXAMPLE = `
rules:
  - path: "results/**/*.csv"
    tolerance: { absolute: 1e-9, relative: 1e-6 }   # numbers in CSV/TSV/JSON/plain text
  - path: "logs/**"
    ignore: true
  - path: "reports/*.txt"
    ignore-lines: ['^Generated at ']
`

describe('parseComparisonRules', () => {
  it('reads the documented example', () => {
    const rules = parseComparisonRules(EXAMPLE, '.rerun.yml')
    expect(rules.isEmpty).toBe(false)
    expect(rules.ruleFor('results/a/b/x.csv')).toEqual({
      ignore: false,
      tolerance: { absolute: 1e-9, relative: 1e-6 },
      ignoreLines: []
    })
    expect(rules.ruleFor('logs/run/1.log')).toEqual({ ignore: true, ignoreLines: [] })
    const report = rules.ruleFor('reports/summary.txt')
    expect(report.ignore).toBe(false)
    expect(report.ignoreLines.map(String)).toEqual(['/^Generated at /'])
    expect(rules.ruleFor('other/file.txt')).toEqual({ ignore: false, ignoreLines: [] })
  })

  it('merges matching rules key by key, later rules winning', () => {
    const rules = parseComparisonRules(
      `rules:
  - path: "**"
    tolerance: { relative: 1e-6 }
    ignore-lines: ['^#']
  - path: "logs/**"
    ignore: true
  - path: "logs/summary.txt"
    ignore: false
    tolerance: { absolute: 0.5 }
`,
      '.rerun.yml'
    )
    const summary = rules.ruleFor('logs/summary.txt')
    expect(summary).toMatchObject({ ignore: false, tolerance: { absolute: 0.5, relative: 0 } })
    expect(summary.ignoreLines.map(String)).toEqual(['/^#/'])
    expect(rules.ruleFor('logs/debug.txt')).toMatchObject({
      ignore: true,
      tolerance: { absolute: 0, relative: 1e-6 }
    })
  })

  it('treats an empty file or one with only comments as no rules', () => {
    expect(parseComparisonRules('', '.rerun.yml').isEmpty).toBe(true)
    expect(parseComparisonRules('# nothing yet\n', '.rerun.yml').isEmpty).toBe(true)
    expect(parseComparisonRules('rules: []\n', '.rerun.yml').isEmpty).toBe(true)
    expect(EMPTY_RULES.isEmpty).toBe(true)
    expect(EMPTY_RULES.ruleFor('x')).toEqual({ ignore: false, ignoreLines: [] })
  })

  it('accepts a leading ./ and YAML anchors', () => {
    const rules = parseComparisonRules(
      `rules:
  - path: ./out/*.json
    tolerance: &loose { relative: 1e-3 }
  - path: other.json
    tolerance: *loose
`,
      '.rerun.yml'
    )
    expect(rules.ruleFor('out/a.json').tolerance).toEqual({ absolute: 0, relative: 1e-3 })
    expect(rules.ruleFor('other.json').tolerance).toEqual({ absolute: 0, relative: 1e-3 })
  })
})

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['results/**/*.csv', 'results/a.csv', true],
    ['results/**/*.csv', 'results/x/y/a.csv', true],
    ['results/**/*.csv', 'results/a.tsv', false],
    ['results/**/*.csv', 'other/results/a.csv', false],
    ['logs/**', 'logs/a', true],
    ['logs/**', 'logs/a/b/c.txt', true],
    ['logs/**', 'logs', false],
    ['logs/', 'logs/a/b', true],
    ['**/*.log', 'a.log', true],
    ['**/*.log', 'deep/er/a.log', true],
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['*.txt', '.hidden.txt', true],
    ['data/?.dat', 'data/1.dat', true],
    ['data/?.dat', 'data/12.dat', false],
    ['data/[0-9].dat', 'data/7.dat', true],
    ['data/[!0-9].dat', 'data/7.dat', false],
    ['data/[!0-9].dat', 'data/x.dat', true],
    ['data/[^x].dat', 'data/y.dat', true],
    ['a[]]b', 'a]b', true],
    ['a/*/b', 'a/x/y/b', false],
    ['a/**/b', 'a/b', true],
    [String.raw`lit\*.txt`, '*.txt'.replace('*', 'lit*'), true],
    [String.raw`lit\*.txt`, 'litx.txt', false],
    ['a.b', 'axb', false],
    ['x+(y)', 'x+(y)', true]
  ]
  it.each(cases)('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected)
  })

  it('never lets a character class match the separator', () => {
    expect(globToRegExp('a[!x]b').test('a/b')).toBe(false)
  })

  it('escapeGlob makes a glob that matches exactly that path', () => {
    fc.assert(
      fc.property(
        fc.string().filter(path => !path.endsWith('/')),
        fc.string(),
        (path, other) => {
          const pattern = globToRegExp(escapeGlob(path))
          expect(pattern.test(path)).toBe(true)
          expect(pattern.test(other)).toBe(other === path)
        }
      )
    )
  })
})

describe('configuration errors', () => {
  const errors: [string, string, string][] = [
    [
      'YAML syntax',
      'rules:\n  - path: "results/*.csv\n    ignore: true\n',
      '.rerun.yml:4: invalid YAML: Missing closing "quote'
    ],
    [
      'duplicate key',
      'rules:\n  - path: a\n    path: b\n',
      '.rerun.yml:3: invalid YAML: Map keys must be unique'
    ],
    [
      'several documents',
      'rules: []\n---\nrules: []\n',
      '.rerun.yml:2: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()'
    ],
    [
      'top level is a list',
      '- path: a\n',
      '.rerun.yml:1: top level: must be a mapping with a "rules:" list, got a list'
    ],
    [
      'top level is a string',
      'hello\n',
      '.rerun.yml:1: top level: must be a mapping with a "rules:" list, got the string "hello"'
    ],
    [
      'unknown top-level key',
      '# config\nversion: 1\n',
      '.rerun.yml:2: version: unknown key; allowed: rules'
    ],
    ['no rules', '{}\n', '.rerun.yml:1: rules: missing; the file holds a top-level "rules:" list'],
    ['rules empty', 'rules:\n', '.rerun.yml:1: rules: must be a list of rules, got nothing'],
    [
      'rules not a list',
      'rules: everything\n',
      '.rerun.yml:1: rules: must be a list of rules, got the string "everything"'
    ],
    [
      'rule not a mapping',
      'rules:\n  - "logs/**"\n',
      '.rerun.yml:2: rules[0]: must be a mapping with path and ignore, tolerance or ignore-lines, got the string "logs/**"'
    ],
    [
      'missing path',
      'rules:\n  - ignore: true\n',
      '.rerun.yml:2: rules[0].path: missing; every rule selects outputs with path: "<glob>"'
    ],
    [
      'path not a string',
      'rules:\n  - path: 5\n    ignore: true\n',
      '.rerun.yml:2: rules[0].path: must be a non-empty glob string such as "results/**/*.csv", got 5'
    ],
    [
      'absolute path',
      'rules:\n  - path: /logs/**\n    ignore: true\n',
      '.rerun.yml:2: rules[0].path: must be relative to the dataset root (no leading "/")'
    ],
    [
      'invalid glob',
      'rules:\n  - path: "data/[ab.csv"\n    ignore: true\n',
      '.rerun.yml:2: rules[0].path: invalid glob: unclosed "[" in "[ab.csv"'
    ],
    [
      'misspelt key',
      'rules:\n  - path: a\n    ignore_lines: [x]\n',
      '.rerun.yml:3: rules[0].ignore_lines: unknown key (did you mean "ignore-lines"?); allowed: path, ignore, tolerance, ignore-lines'
    ],
    [
      'unknown key',
      'rules:\n  - path: a\n    tolerence: {relative: 1}\n',
      '.rerun.yml:3: rules[0].tolerence: unknown key; allowed: path, ignore, tolerance, ignore-lines'
    ],
    [
      'ignore not a boolean',
      'rules:\n  - path: a\n    ignore: yes\n',
      '.rerun.yml:3: rules[0].ignore: must be true or false, got the string "yes"'
    ],
    [
      'ignore in a later rule',
      'rules:\n  - path: a\n    ignore: true\n  - path: b\n    ignore: 1\n',
      '.rerun.yml:5: rules[1].ignore: must be true or false, got 1'
    ],
    [
      'tolerance a number',
      'rules:\n  - path: a\n    tolerance: 0.1\n',
      '.rerun.yml:3: rules[0].tolerance: must be a mapping with keys absolute, relative, got 0.1'
    ],
    [
      'tolerance without a value',
      'rules:\n  - path: a\n    tolerance:\n',
      '.rerun.yml:3: rules[0].tolerance: must be a mapping with keys absolute, relative, got nothing'
    ],
    [
      'tolerance empty',
      'rules:\n  - path: a\n    tolerance: {}\n',
      '.rerun.yml:3: rules[0].tolerance: give absolute, relative or both, e.g. { absolute: 1e-9, relative: 1e-6 }'
    ],
    [
      'negative tolerance',
      'rules:\n  - path: a\n    tolerance:\n      absolute: 1e-9\n      relative: -1\n',
      '.rerun.yml:5: rules[0].tolerance.relative: must be a finite number ≥ 0 (e.g. 1e-6), got -1'
    ],
    [
      'quoted tolerance',
      'rules:\n  - path: a\n    tolerance: { relative: "1e-6" }\n',
      '.rerun.yml:3: rules[0].tolerance.relative: must be a finite number ≥ 0 (e.g. 1e-6), got the string "1e-6"'
    ],
    [
      'infinite tolerance',
      'rules:\n  - path: a\n    tolerance: { absolute: .inf }\n',
      '.rerun.yml:3: rules[0].tolerance.absolute: must be a finite number ≥ 0 (e.g. 1e-6), got Infinity'
    ],
    [
      'unknown tolerance key',
      'rules:\n  - path: a\n    tolerance: { abs: 1 }\n',
      '.rerun.yml:3: rules[0].tolerance.abs: unknown key; allowed: absolute, relative'
    ],
    [
      'ignore-lines a string',
      "rules:\n  - path: a\n    ignore-lines: '^Generated'\n",
      ".rerun.yml:3: rules[0].ignore-lines: must be a list of regular expressions, e.g. ['^Generated at ']"
    ],
    [
      'invalid regular expression',
      "rules:\n  - path: a\n    ignore-lines:\n      - '^ok'\n      - '(unclosed'\n",
      '.rerun.yml:5: rules[0].ignore-lines[1]: invalid regular expression (/(unclosed/: missing closing ): `(unclosed`)'
    ],
    [
      'ignore-lines item not a string',
      'rules:\n  - path: a\n    ignore-lines: [3]\n',
      ".rerun.yml:3: rules[0].ignore-lines[0]: must be a non-empty regular expression string, e.g. ['^Generated at ']"
    ],
    [
      'rule without effect',
      'rules:\n  - path: a\n',
      '.rerun.yml:2: rules[0]: has no effect; give ignore, tolerance or ignore-lines'
    ]
  ]

  it.each(errors)('%s', (_name, text, message) => {
    let thrown: unknown
    try {
      parseComparisonRules(text, '.rerun.yml')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigError)
    expect(thrown).toBeInstanceOf(UsageError)
    expect((thrown as Error).message).toBe(message)
  })

  it('names the file it was given', () => {
    expect(() => parseComparisonRules('rules: 1\n', 'ci/rerun.yml')).toThrow(
      /^ci\/rerun\.yml:1: rules: /
    )
  })
})

describe('schema/rerun-config.schema.json', () => {
  interface Schema {
    $defs: Record<'rule' | 'tolerance', { properties: Record<string, unknown> }>
  }
  const schema = JSON.parse(fs.readFileSync('schema/rerun-config.schema.json', 'utf8')) as Schema
  const examples: Record<string, string> = {
    path: '"a/**"',
    ignore: 'true',
    tolerance: '{ relative: 1e-6 }',
    'ignore-lines': "['^#']"
  }

  it('lists exactly the keys the loader accepts in a rule', () => {
    const keys = Object.keys(schema.$defs.rule.properties)
    expect(keys.sort()).toEqual(Object.keys(examples).sort())
    for (const key of keys.filter(key => key !== 'path')) {
      const text = `rules:\n  - path: a\n    ${key}: ${examples[key]}\n`
      expect(parseComparisonRules(text, 's').isEmpty).toBe(false)
    }
  })

  it('lists exactly the keys the loader accepts in a tolerance', () => {
    const keys = Object.keys(schema.$defs.tolerance.properties)
    expect(keys.sort()).toEqual(['absolute', 'relative'])
    for (const key of keys) {
      const rules = parseComparisonRules(`rules:\n  - path: a\n    tolerance: { ${key}: 1 }\n`, 's')
      expect(rules.ruleFor('a').tolerance?.[key as 'absolute' | 'relative']).toBe(1)
    }
  })
})

describe('properties', () => {
  /** Either rules or a ConfigError with a source:line: prefix, never another exception. */
  const parsesOrExplains = (text: string): void => {
    try {
      expect(parseComparisonRules(text, 'f.yml')).toBeInstanceOf(ComparisonRules)
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toMatch(/^f\.yml:\d+: /)
    }
  }

  it('any text parses or fails with a ConfigError', () => {
    expect(() =>
      fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesOrExplains), { numRuns: 500 })
    ).not.toThrow()
  })

  it('any YAML document parses or fails with a ConfigError', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.string(),
      fc.constantFrom('**', 'a/[b', '(', '^x$', -1, 1e-6)
    )
    const rule = fc.dictionary(
      fc.constantFrom('path', 'ignore', 'tolerance', 'ignore-lines', 'other'),
      fc.oneof(
        value,
        fc.array(value, { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('absolute', 'relative', 'x'), value)
      )
    )
    const document = fc.oneof(
      fc.record({ rules: fc.array(rule, { maxLength: 4 }) }),
      fc.anything().filter(value => value !== undefined)
    )
    expect(() =>
      fc.assert(
        fc.property(document, doc => parsesOrExplains(stringify(doc))),
        { numRuns: 500 }
      )
    ).not.toThrow()
  })
})

/**
 * `.rerun.yml` comes from the repository, so a pull request chooses its patterns. They run on
 * RE2: the inputs below would take a backtracking engine (JavaScript's RegExp) longer than the
 * age of the universe; here each finishes within jest's default timeout, with the right answer.
 */
describe('patterns run in linear time', () => {
  const A = 'a'.repeat(100_000)
  const X = 'x'.repeat(100_000)
  const rules = parseComparisonRules(
    `rules:\n  - path: "logs/*.txt"\n    ignore-lines: ['^(a+)+$', '(x+x+)+y']\n`,
    '.rerun.yml'
  )
  const [nested, pairs] = rules.ruleFor('logs/run.txt').ignoreLines

  it('matches nested quantifiers against 100 000-character lines', () => {
    expect(nested?.test(`${A}b`)).toBe(false)
    expect(nested?.test(A)).toBe(true)
    expect(nested?.test(`b${A}`)).toBe(false)
    expect(pairs?.test(X)).toBe(false)
    expect(pairs?.test(`${X}y`)).toBe(true)
    expect(pairs?.test(`${X}z${X}`)).toBe(false)
  })

  it('compares whole outputs with those patterns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linear-'))
    try {
      const write = (name: string, lines: string[]): string => {
        const file = path.join(dir, name)
        fs.writeFileSync(file, `${lines.join('\n')}\n`)
        return file
      }
      const rule = rules.ruleFor('logs/run.txt')
      const committed = write('committed', [
        'kept',
        A,
        `${X}y`,
        ...new Array<string>(20).fill(`${A}b`)
      ])
      const sameButIgnored = write('ignored', [
        'kept',
        `${A}aa`,
        `${X}xy`,
        ...new Array<string>(20).fill(`${A}b`)
      ])
      expect(
        (await analyseDifference(committed, sameButIgnored, 'logs/run.txt', rule)).equivalent
      ).toBe(true)
      const changed = write('changed', ['kept', A, `${X}y`, ...new Array<string>(20).fill(`${A}c`)])
      expect((await analyseDifference(committed, changed, 'logs/run.txt', rule)).equivalent).toBe(
        false
      )
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('matches path globs with many stars against long paths', () => {
    const glob = globToRegExp('*a*a*a*a*a*a*a*a*a*a*b')
    const name = 'a'.repeat(50_000)
    expect(glob.test(name)).toBe(false)
    expect(glob.test(`${name}b`)).toBe(true)
    const deep = globToRegExp('**/**/**/**/**/**/**/x')
    const dirs = Array(20_000).fill('d').join('/')
    expect(deep.test(`${dirs}/y`)).toBe(false)
    expect(deep.test(`${dirs}/x`)).toBe(true)
  })

  it('gives catastrophic ignore-lines in .rerun.yml as written, and matches them the same way', () => {
    const matched = rules.ruleFor('logs/a.txt').ignoreLines
    expect(matched.map(String)).toEqual(['/^(a+)+$/', '/(x+x+)+y/'])
    expect(rules.ruleFor('other.txt').ignoreLines).toEqual([])
  })
})

describe('ignore-lines keep their JavaScript meaning', () => {
  // Lines of the characters where JavaScript's and RE2's defaults differ: line terminators,
  // Unicode white space, a backspace.
  const line = fc.string({
    unit: fc.constantFrom(...'ab 1_-.\t\r\u000b\u00a0\u2028\u3000\ufeff\b[]é/'.split('')),
    maxLength: 12
  })
  const patterns = [
    '^a.b$',
    'a.*b',
    '^\\s+$',
    '\\S\\s\\S',
    '[\\s]',
    '[^\\s]',
    '[\\S]',
    '[\\b]',
    '\\bab\\b',
    '^\\w+$',
    '\\d',
    '[a-]',
    '[^]',
    'x[]',
    '\\u00e9',
    '\\x41|b',
    '(?<word>ab)',
    '\\/',
    'a{,5}',
    '\\.',
    '^$',
    '[.]',
    'a\\.?b'
  ]

  it.each(patterns)('%s', pattern => {
    const linear = compileLinePattern(pattern)
    const backtracking = new RegExp(pattern)
    fc.assert(
      fc.property(line, text => {
        expect(linear.test(text)).toBe(backtracking.test(text))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('patterns that need backtracking are refused', () => {
  const refused: [string, string, string][] = [
    [
      'lookbehind',
      "rules:\n  - path: a\n    ignore-lines:\n      - '^ok'\n      - '(?<=Generated )at'\n",
      '.rerun.yml:5: rules[0].ignore-lines[1]: unsupported regular expression (/(?<=Generated )at/: lookbehind "(?<="): lookaround and backreferences are not supported, because patterns must run in linear time'
    ],
    [
      'negative lookbehind',
      "rules:\n  - path: a\n    ignore-lines: ['(?<!x)y']\n",
      '.rerun.yml:3: rules[0].ignore-lines[0]: unsupported regular expression (/(?<!x)y/: lookbehind "(?<!"): lookaround and backreferences are not supported, because patterns must run in linear time'
    ],
    [
      'lookahead',
      "rules:\n  - path: a\n    ignore-lines: ['^(?!keep)']\n",
      '.rerun.yml:3: rules[0].ignore-lines[0]: unsupported regular expression (/^(?!keep)/: lookahead "(?!"): lookaround and backreferences are not supported, because patterns must run in linear time'
    ],
    [
      'backreference',
      "rules:\n  - path: a\n    ignore: false\n  - path: b\n    ignore-lines: ['^(a+)\\1$']\n",
      '.rerun.yml:5: rules[1].ignore-lines[0]: unsupported regular expression (/^(a+)\\1$/: backreference "\\1"): lookaround and backreferences are not supported, because patterns must run in linear time'
    ],
    [
      'named backreference',
      "rules:\n  - path: a\n    ignore-lines: ['(?<w>a)\\k<w>']\n",
      '.rerun.yml:3: rules[0].ignore-lines[0]: unsupported regular expression (/(?<w>a)\\k<w>/: backreference "\\k<"): lookaround and backreferences are not supported, because patterns must run in linear time'
    ],
    [
      'nested counted repetition',
      "rules:\n  - path: a\n    ignore-lines: ['(?:a{1000}){1000}']\n",
      '.rerun.yml:3: rules[0].ignore-lines[0]: invalid regular expression (/(?:a{1000}){1000}/: invalid repeat count: `{1000}`)'
    ]
  ]
  it.each(refused)('%s', (_name, text, message) => {
    expect(() => parseComparisonRules(text, '.rerun.yml')).toThrow(ConfigError)
    expect(() => parseComparisonRules(text, '.rerun.yml')).toThrow(message)
  })

  it('accepts look-alikes that are not lookaround or backreferences', () => {
    for (const pattern of ['[(?<=]x', '\\(?=', '[\\k<]', '(?<name>a)', '(?:a)']) {
      expect(() => compileLinePattern(pattern)).not.toThrow()
    }
  })

  it('bounds the length of a glob and of a regular expression before compiling them', () => {
    const long = 'a'.repeat(MAX_PATTERN_LENGTH + 1)
    expect(() =>
      parseComparisonRules(`rules:\n  - path: "${long}"\n    ignore: true\n`, '.rerun.yml')
    ).toThrow(
      `.rerun.yml:2: rules[0].path: invalid glob: longer than ${MAX_PATTERN_LENGTH} characters (${MAX_PATTERN_LENGTH + 1}); patterns are compiled and matched against every output`
    )
    expect(() =>
      parseComparisonRules(`rules:\n  - path: a\n    ignore-lines: ['${long}']\n`, '.rerun.yml')
    ).toThrow(
      `.rerun.yml:3: rules[0].ignore-lines[0]: regular expression longer than ${MAX_PATTERN_LENGTH} characters (${MAX_PATTERN_LENGTH + 1}); every line is matched against it`
    )
    const longest = 'a'.repeat(MAX_PATTERN_LENGTH)
    expect(globToRegExp(longest).test(longest)).toBe(true)
  })

  it('bounds the size of one rule’s ignore-lines', () => {
    const words = Array.from({ length: 400 }, (_, i) => `'word${i}-[a-z]{1,20}'`).join(', ')
    expect(() =>
      parseComparisonRules(`rules:\n  - path: a\n    ignore-lines: [${words}]\n`, '.rerun.yml')
    ).toThrow(
      new RegExp(
        `^\\.rerun\\.yml:3: rules\\[0\\]\\.ignore-lines\\[\\d+\\]: the ignore-lines patterns of this rule are too large \\(\\d+ RE2 instructions, at most ${MAX_IGNORE_LINES_PROGRAM}\\)`
      )
    )
  })
})
