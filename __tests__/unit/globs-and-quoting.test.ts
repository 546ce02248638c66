/**
 * Globbing and quoting must agree with Python's glob.glob(recursive=True) and shlex.quote, which
 * datalad uses; Python itself is the oracle here.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  expandPatterns,
  fnmatch,
  GlobLimitError,
  globPattern,
  literalParent
} from '../../src/engine/execute/globs.js'
import { shellQuote } from '../../src/engine/shell-quote.js'

function python(script: string, arg: string, cwd = process.cwd()): unknown {
  return JSON.parse(execFileSync('python3', ['-c', script, arg], { cwd, encoding: 'utf8' }))
}

let havePython = true
try {
  execFileSync('python3', ['--version'])
} catch {
  havePython = false
  console.warn(
    'SKIPPED: python3 is not installed, so globbing and quoting are not compared with Python'
  )
}
const withPython = havePython ? describe : describe.skip

const files = [
  'data/f1.dat',
  'data/f2.dat',
  'data/.hidden.dat',
  'data/sub/deep.dat',
  'data/sub/deeper/x.txt',
  'a b/c d.txt',
  'res/r1.txt',
  'res/r2.txt',
  'top.txt',
  '.dotfile',
  '[x].txt',
  'x.txt'
]
let dir = ''

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'globs-'))
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), file)
  }
  fs.mkdirSync(path.join(dir, 'empty'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

withPython('globPattern agrees with glob.glob(pattern, recursive=True), sorted', () => {
  const patterns = [
    'data/*.dat',
    'data/*',
    'data/.*',
    '*.txt',
    '*',
    '**',
    '**/*.dat',
    'data/**',
    'data/**/*.txt',
    'data/',
    'data/sub/',
    '*/',
    'res/r?.txt',
    'res/r[12].txt',
    'res/r[!1].txt',
    'res/r[2-1].txt',
    'res/r[1-].txt',
    'res/r[-2].txt',
    'res/r[!]].txt',
    'res/r[]12].txt',
    'res/r[!2-1].txt',
    '[[]x].txt',
    '[]x].txt',
    '**/sub/**',
    'a b/*',
    'nothing/*.txt',
    'top.txt',
    'missing.txt',
    'empty',
    'empty/'
  ]
  it.each(patterns)('%s', pattern => {
    const expected = python(
      'import glob, json, sys; print(json.dumps(sorted(glob.glob(sys.argv[1], recursive=True))))',
      pattern,
      dir
    )
    expect(globPattern(pattern, dir)).toEqual(expected)
  })
})

withPython('several ** in one pattern', () => {
  // Python's glob repeats a path once per way a pattern reaches it; datalad's specs hold each once.
  it.each(['**/**/*.dat', 'data/**/**', '**/**', '**/**/', '*/**/**/*.txt'])('%s', pattern => {
    const expected = python(
      'import glob, json, sys; print(json.dumps(sorted(set(glob.glob(sys.argv[1], recursive=True)))))',
      pattern,
      dir
    )
    expect(globPattern(pattern, dir)).toEqual(expected)
  })
})

withPython('fnmatch agrees with Python’s fnmatch.fnmatchcase', () => {
  it('on random components full of class syntax', () => {
    const chars = 'ab-!^]\\[&~|.é😀'.split('')
    const pattern = fc.string({
      unit: fc.constantFrom(...chars, '*', '?', '[', ']', '-', '!'),
      maxLength: 10
    })
    const name = fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 })
    const pairs = fc.sample(fc.tuple(pattern, name), { numRuns: 4000, seed: 42 })
    const script = `
import fnmatch, json, re, sys
result = []
for pattern, name in json.load(sys.stdin):
    try:
        result.append(fnmatch.fnmatchcase(name, pattern))
    except re.error:
        result.append(False)  # a bad range: glob.glob fails; nothing matches here
print(json.dumps(result))
`
    const expected = JSON.parse(
      execFileSync('python3', ['-c', script], { input: JSON.stringify(pairs), encoding: 'utf8' })
    ) as boolean[]
    const actual = pairs.map(([p, n]) => fnmatch(n, p))
    const disagreements = pairs.filter((_, i) => actual[i] !== expected[i])
    expect(disagreements).toEqual([])
  })
})

describe('globbing in linear time', () => {
  it('matches many stars against a long name (a backtracking engine takes hours)', () => {
    const pattern = '*a*a*a*a*a*a*a*b'
    const name = 'a'.repeat(100_000)
    expect(fnmatch(name, pattern)).toBe(false)
    expect(fnmatch(`${name}b`, pattern)).toBe(true)
    expect(fnmatch(`${name}c`, '*[!a]*[!a]*[!a]*[!a]*[!a]*[!a]c')).toBe(false)
  })

  it('translates long classes and runs of unclosed [ in linear time, as fnmatch reads them', () => {
    // Every range here is out of order, so fnmatch merges each chunk into the one before it.
    const merged = `[amz${'-amz'.repeat(50_000)}]`
    expect(['a', 'm', 'z', 'b', '-'].map(c => fnmatch(c, merged))).toEqual([
      true,
      true,
      true,
      false,
      false
    ])
    const unclosed = '['.repeat(255)
    expect(fnmatch(unclosed, unclosed)).toBe(true)
    expect(fnmatch(`${unclosed}]`, `${unclosed}]`)).toBe(false)
    // No directory entry has more than 255 characters (NAME_MAX), so neither does a match.
    const long = '['.repeat(100_000)
    expect(fnmatch(long, long)).toBe(false)
    expect(fnmatch('a'.repeat(255), `*${'?'.repeat(255)}*`)).toBe(true)
    expect(fnmatch('a'.repeat(256), `*${'?'.repeat(256)}*`)).toBe(false)
  })

  it('expands such a pattern over the longest names a file system allows', () => {
    const names = fs.mkdtempSync(path.join(os.tmpdir(), 'globs-long-'))
    try {
      fs.writeFileSync(path.join(names, 'a'.repeat(255)), '')
      fs.writeFileSync(path.join(names, `${'a'.repeat(254)}b`), '')
      expect(globPattern('*a*a*a*a*a*a*a*a*a*a*a*a*b', names)).toEqual([`${'a'.repeat(254)}b`])
    } finally {
      fs.rmSync(names, { recursive: true, force: true })
    }
  })

  it('lists each directory of a deep tree once, however many ** a pattern has', () => {
    const deep = fs.mkdtempSync(path.join(os.tmpdir(), 'globs-deep-'))
    const depth = 300
    const chain = Array.from({ length: depth }, () => 'd').join('/')
    try {
      fs.mkdirSync(path.join(deep, chain), { recursive: true })
      fs.writeFileSync(path.join(deep, chain, 'x'), '')
      const listings = jest.spyOn(fs, 'readdirSync')
      let hits: string[]
      try {
        hits = globPattern('**/**/**/**/**/**/x', deep)
        // Before: every ** listed each directory once per directory above it (~depth² / 2).
        expect(listings.mock.calls.length).toBeGreaterThanOrEqual(depth)
        expect(listings.mock.calls.length).toBeLessThanOrEqual(depth + 1)
        listings.mockClear()
        expect(expandPatterns(['**/x', '**/**/x', 'd/**/d/x', '**'], deep).expanded).toHaveLength(
          3 + depth + 1
        )
        expect(listings.mock.calls.length).toBeLessThanOrEqual(depth + 1)
      } finally {
        listings.mockRestore()
      }
      expect(hits).toEqual([`${chain}/x`])
    } finally {
      fs.rmSync(deep, { recursive: true, force: true })
    }
  })

  it('refuses an expansion that examines too many directory entries', () => {
    expect(expandPatterns(Array(5).fill('*') as string[], dir, 100).misses).toEqual([])
    expect(() => expandPatterns(Array(20).fill('*') as string[], dir, 100)).toThrow(GlobLimitError)
    expect(() => expandPatterns(['**/*.txt'], dir, 5)).toThrow(
      `expanding the record's paths examines more than 5 directory entries (at "**/*.txt"); the record's globs are refused`
    )
  })
})

describe('expandPatterns', () => {
  it('keeps record order, leaves out ".", and keeps misses literally', () => {
    expect(expandPatterns(['res/*.txt', '.', 'top.txt', 'nope/*.csv'], dir)).toEqual({
      expanded: ['res/r1.txt', 'res/r2.txt', 'top.txt', 'nope/*.csv'],
      misses: ['nope/*.csv']
    })
  })
  it('finds the directories to create for an output pattern', () => {
    expect(literalParent('res/a/*.txt')).toBe('res/a')
    expect(literalParent('res/*/x.txt')).toBe('res')
    expect(literalParent('out.txt')).toBe('')
  })
})

withPython('shellQuote agrees with shlex.quote', () => {
  it.each([
    '',
    'plain.txt',
    'a b.txt',
    "it's",
    'x;rm -rf /',
    'ünïcode',
    '$HOME',
    'a\nb',
    '-dash',
    '@%+=:,./-'
  ])('%j', value => {
    expect(shellQuote(value)).toBe(
      python('import json, shlex, sys; print(json.dumps(shlex.quote(sys.argv[1])))', value)
    )
  })
})
