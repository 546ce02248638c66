import { describe, expect, it } from '@jest/globals'
import {
  interpretRecordText,
  normaliseCommand,
  normaliseRecord,
  parseRunMessage,
  RecordError
} from '../../src/engine/records/run-record.js'

const BELOW = '=== Do not change lines below ==='
const ABOVE = '^^^ Do not change lines above ^^^'
const canonical = `[DATALAD RUNCMD] cat in1.txt in2.txt > out.txt\n\n${BELOW}\n{\n "chain": [],\n "cmd": "cat {inputs} > {outputs}",\n "exit": 0\n}\n${ABOVE}`

describe('parseRunMessage (the variants datalad 0.18.1 accepts and rejects)', () => {
  it.each([
    ['canonical', canonical],
    ['text and trailers after the ^^^ line', `${canonical}\n\nSigned-off-by: someone`],
    ['compact JSON', `[DATALAD RUNCMD] x\n\n${BELOW}\n{"cmd":"true"}\n${ABOVE}`],
    ['no blank line before ===', `[DATALAD RUNCMD] x\n${BELOW}\n{"cmd":"true"}\n${ABOVE}`],
    [
      'blank lines inside the JSON',
      `[DATALAD RUNCMD] x\n\n${BELOW}\n{\n\n"cmd": "true"\n\n}\n${ABOVE}`
    ]
  ])('parses: %s', (_name, message) => {
    expect(parseRunMessage(message)).not.toBeNull()
  })

  it.each([
    ['leading whitespace', ` ${canonical}`],
    ['tag not at position 0', `Note\n${canonical}`],
    ['no space after ]', canonical.replace('] ', ']')],
    ['CRLF line endings', canonical.replace(/\n/g, '\r\n')],
    ['JSON on the same line as ===', `[DATALAD RUNCMD] x\n\n${BELOW}{"cmd":"true"}\n${ABOVE}`],
    ['no closing marker', `[DATALAD RUNCMD] x\n\n${BELOW}\n{"cmd":"true"}\n`],
    ['an ordinary message', 'Add data']
  ])('is not a run commit: %s', (_name, message) => {
    expect(parseRunMessage(message)).toBeNull()
  })

  it('keeps the run message with trailing whitespace stripped, multi-line -m included', () => {
    const message = `[DATALAD RUNCMD] Concatenate inputs\nwith a body line\n\n${BELOW}\n{"cmd":"x"}\n${ABOVE}`
    expect(parseRunMessage(message)).toEqual({
      runMessage: 'Concatenate inputs\nwith a body line',
      recordText: '{"cmd":"x"}'
    })
  })
})

describe('interpretRecordText', () => {
  it('reads a JSON string as a sidecar id', () => {
    expect(interpretRecordText('"2177e8527a9355c9d63f96d7f9edfb2b"')).toEqual({
      kind: 'sidecar',
      id: '2177e8527a9355c9d63f96d7f9edfb2b'
    })
  })
  it.each([
    ['bad JSON', '{"cmd": ', /not valid JSON/],
    ['a list', '["cmd"]', /found a list/],
    ['a number', '42', /found 42/],
    ['a sidecar id that is a path', '"../../etc/passwd"', /not a plain file name/]
  ])('refuses %s with a precise reason', (_name, text, reason) => {
    expect(() => interpretRecordText(text)).toThrow(reason)
  })
})

describe('normaliseCommand (datalad normalize_command)', () => {
  it('keeps strings and one-element lists as they are', () => {
    expect(normaliseCommand('cat {inputs} > x')).toBe('cat {inputs} > x')
    expect(normaliseCommand(['cat {inputs} > x'])).toBe('cat {inputs} > x')
  })
  it('strips a leading -- and shell-quotes each item of a longer list', () => {
    expect(normaliseCommand(['--', 'sh', '-c', 'cat {inputs} > {outputs}'])).toBe(
      "sh -c 'cat {inputs} > {outputs}'"
    )
    expect(normaliseCommand(['cat', '{inputs}'])).toBe("cat '{inputs}'")
    expect(normaliseCommand(['echo', "it's"])).toBe(`echo 'it'"'"'s'`)
  })
})

describe('normaliseRecord', () => {
  it('fills datalad defaults and ignores unknown keys', () => {
    expect(normaliseRecord({ cmd: ['echo', 'a b'], reproman_jobid: 7 })).toEqual({
      cmd: "echo 'a b'",
      exit: 0,
      dsid: undefined,
      inputs: [],
      extraInputs: [],
      outputs: [],
      pwd: '.',
      chain: []
    })
  })
  it('keeps a recorded non-zero or negative exit', () => {
    expect(normaliseRecord({ cmd: 'x', exit: 3 }).exit).toBe(3)
    expect(normaliseRecord({ cmd: 'x', exit: -9 }).exit).toBe(-9)
  })
  it.each([
    [{}, /no command/],
    [{ cmd: '   ' }, /empty command/],
    [{ cmd: 42 }, /"cmd" must be/],
    [{ cmd: 'x', exit: 1e9 }, /"exit" must be an exit code/],
    [{ cmd: 'x', exit: '0' }, /"exit" must be an exit code/],
    [{ cmd: 'x', inputs: [1] }, /"inputs" must be a list of strings/],
    [{ cmd: 'x', pwd: 3 }, /"pwd" must be a string/]
  ])('refuses %j', (raw, reason) => {
    expect(() => normaliseRecord(raw)).toThrow(RecordError)
    expect(() => normaliseRecord(raw)).toThrow(reason)
  })
})
