/** Placeholder substitution on arbitrary commands: a string or a PlaceholderError, never a crash or hang. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  formatCommand,
  PlaceholderError,
  type PlaceholderValue
} from '../../src/engine/execute/placeholders.js'
import { shellQuote } from '../../src/engine/shell-quote.js'

const values = new Map<string, PlaceholderValue>([
  ['inputs', ['a.txt', "'b c.txt'"]],
  ['outputs', []],
  ['pwd', '/ds'],
  ['dspath', '/ds'],
  ['tmpdir', '']
])

const templatePiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '{',
    '}',
    '{{',
    '}}',
    '{inputs}',
    '{outputs[0]}',
    '{inputs[1]!r:>20}',
    '{pwd:.2}',
    '{nope}',
    '{inputs[',
    '{:}',
    '{!}'
  )
)

describe('formatCommand under hostile templates', () => {
  it('returns a string or throws PlaceholderError', () => {
    fc.assert(
      fc.property(fc.array(templatePiece, { maxLength: 12 }), pieces => {
        let outcome: unknown
        try {
          outcome = formatCommand(pieces.join(''), values)
        } catch (e) {
          outcome = e
        }
        expect(typeof outcome === 'string' || outcome instanceof PlaceholderError).toBe(true)
      }),
      { numRuns: 20000 }
    )
  })

  it('leaves brace-free commands unchanged and undoubles doubled braces', () => {
    fc.assert(
      fc.property(
        fc.string().filter(s => !/[{}]/.test(s)),
        text => {
          expect(formatCommand(text, values)).toBe(text)
          expect(formatCommand(`{{${text}}}`, values)).toBe(`{${text}}`)
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('substitutes paths so that the shell reads back exactly the path', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter(s => !s.includes('\0')),
        path => {
          const command = formatCommand(
            'printf %s {inputs}',
            new Map([['inputs', [shellQuote(path)]]])
          )
          expect(command).toBe(`printf %s ${shellQuote(path)}`)
        }
      ),
      { numRuns: 5000 }
    )
  })
})
