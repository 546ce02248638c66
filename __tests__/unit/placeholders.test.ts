import { describe, expect, it } from '@jest/globals'
import { formatCommand, type PlaceholderValue } from '../../src/engine/execute/placeholders.js'

const values = new Map<string, PlaceholderValue>([
  ['inputs', ['in1.txt', "'a b.txt'"]],
  ['outputs', ['out.txt']],
  ['pwd', '/ds/sub'],
  ['dspath', '/ds'],
  ['tmpdir', ''],
  ['name', 'joe']
])

describe('formatCommand (Python str.format with datalad SequenceFormatter)', () => {
  it.each([
    ['cat {inputs} > {outputs}', "cat in1.txt 'a b.txt' > out.txt"],
    ['head {inputs[0]}', 'head in1.txt'],
    ['cd {pwd} && ls {dspath}', 'cd /ds/sub && ls /ds'],
    ["awk '{{print $1}}' {inputs[1]}", "awk '{print $1}' 'a b.txt'"],
    ['echo {name}', 'echo joe'],
    ['echo {inputs!r}', `echo ['in1.txt', "'a b.txt'"]`],
    ['echo {outputs:>8}', 'echo  out.txt'],
    ['echo {pwd[0]}', 'echo /'],
    ['x{tmpdir}y', 'xy']
  ])('%s', (template, expected) => {
    expect(formatCommand(template, values)).toBe(expected)
  })

  it.each([
    ['echo {nope}', "command has an unrecognized placeholder: 'nope'"],
    ['echo {inputs[-1]}', 'indices must be integers'],
    ['echo {inputs[5]}', 'out of range'],
    ['echo {}', 'positional placeholder'],
    ['echo {0}', 'positional placeholder'],
    ['echo } x', "single '}'"],
    ['echo { x', "single '{'"],
    ['echo {inputs.x}', 'attribute access'],
    ['echo {inputs!z}', "unknown conversion '!z'"]
  ])('%s fails as datalad would', (template, message) => {
    expect(() => formatCommand(template, values)).toThrow(message)
  })
})
