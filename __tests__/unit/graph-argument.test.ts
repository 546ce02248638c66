import { describe, expect, it } from '@jest/globals'
import { parseCliArguments, USAGE } from '../../src/cli/arguments.js'

describe('--graph', () => {
  it('asks verify, verify --plan and merge to print the pipeline; off by default', () => {
    expect(parseCliArguments(['verify', '--graph'])).toMatchObject({ graph: true, planOnly: false })
    expect(parseCliArguments(['verify', '--plan', '--graph'])).toMatchObject({
      graph: true,
      planOnly: true
    })
    expect(parseCliArguments(['merge', '--graph', 'a.json'])).toMatchObject({
      command: 'merge',
      graph: true,
      reports: ['a.json']
    })
    expect(parseCliArguments(['verify'])).toMatchObject({ graph: false })
  })

  it('is in the usage text', () => {
    expect(USAGE).toMatch(/^ {2}--graph {14}after the report, print the pipeline/m)
    expect(USAGE).toContain('rerun-action merge [--json FILE] [--graph] REPORT...')
  })
})
