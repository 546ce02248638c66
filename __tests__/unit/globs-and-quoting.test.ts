/**
 * Globbing and quoting must agree with Python's glob.glob(recursive=True) and shlex.quote, which
 * datalad uses; Python itself is the oracle here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expandPatterns, globPattern, literalParent } from '../../src/engine/execute/globs.js'
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
    '[[]x].txt',
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
