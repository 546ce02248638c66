/**
 * Numbers in text for people are rounded to significant digits ("relative 0.04", not
 * 0.040000000000000036); the verdict keeps the exact values for the JSON report.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { formatSignificant } from '../../src/engine/compare/content/numbers.js'
import { explainDifference } from '../../src/engine/compare/explain-difference.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

describe('formatSignificant', () => {
  it.each([
    [0.040000000000000036, '0.04'],
    [0.28571428571428575, '0.286'],
    [3.0000000000000004e-9, '3e-9'],
    [0.00002, '0.00002'],
    [123456.789, '123000'],
    [42, '42'],
    [0, '0'],
    [Infinity, 'Infinity']
  ])('%d → %s', (value, text) => expect(formatSignificant(value)).toBe(text))
})

describe('the reason of an output within its tolerance', () => {
  it('names the largest deviation rounded, and keeps it exact in the verdict', async () => {
    const [committedFile, regeneratedFile] = files.pair('v 0.1\n', 'v 0.14\n')
    execFileSync('git', ['init', '--quiet', files.dir])
    const object = execFileSync('git', ['hash-object', '-w', committedFile], { cwd: files.dir })
      .toString()
      .trim()
    const explanation = await explainDifference(
      { git: await GitCli.open(files.dir), annex: null, scratch: files.dir },
      'fit.txt',
      { kind: 'git', object, size: 6, mode: '100644' },
      { kind: 'file', path: regeneratedFile, size: 7, executable: false },
      rule({ tolerance: { relative: 0.5 } })
    )
    expect(explanation.status).toBe('within-tolerance')
    expect(explanation.reason).toBe(
      'equal under its .rerun.yml rule (largest deviation 0.04 absolute, 0.286 relative)'
    )
    expect(explanation.deviation?.absolute).toBe(0.14 - 0.1)
  })
})
