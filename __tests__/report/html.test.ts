import { describe, expect, it } from '@jest/globals'
import { renderCommitLog } from '../../src/report/commit-log.js'
import { Budget, charLength, commitLink, formatBytes } from '../../src/report/html.js'
import { FAILED, REPRODUCED, UNVERIFIABLE } from './fixtures.js'

/** The action's log, read by the runner for workflow commands. */
const LOG = { defuseWorkflowCommands: true }

describe('commitLink', () => {
  it('links a short SHA when a URL is known', () => {
    expect(commitLink('a'.repeat(40), sha => `https://x/${sha}`)).toBe(
      `<a href="https://x/${'a'.repeat(40)}"><code>aaaaaaaa</code></a>`
    )
    expect(commitLink('a'.repeat(40))).toBe('<code>aaaaaaaa</code>')
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 3, '5.0 GiB']
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})

describe('Budget', () => {
  it('keeps whole blocks until the limit and counts the dropped ones', () => {
    const budget = new Budget(10, charLength)
    expect(budget.add('12345')).toBe(true)
    expect(budget.add('123456')).toBe(false)
    expect(budget.add('1234')).toBe(true)
    expect(budget.text()).toBe('123451234')
    expect(budget.dropped).toBe(1)
    expect(budget.remaining()).toBe(1)
  })
})

describe('renderCommitLog', () => {
  it('shows command, exit code, findings and the captured output', () => {
    expect(renderCommitLog(FAILED, LOG)).toMatchSnapshot()
  })

  it('leaves out the exit code of a command that never ran', () => {
    expect(renderCommitLog(UNVERIFIABLE, LOG)).not.toContain('exit code')
    expect(renderCommitLog(REPRODUCED, LOG)).toContain('captured output (0 bytes):')
  })
})
