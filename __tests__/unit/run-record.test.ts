import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import {
  interpretRecordText,
  MAX_RECORD_BYTES,
  MAX_RECORD_PATHS,
  normaliseCommand,
  normaliseRecord,
  parseRunMessage,
  RecordError
} from '../../src/engine/records/run-record.js'
import { decodeSidecar } from '../../src/engine/records/sidecar.js'

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

/** datalad's get_run_info pattern (re.match with DOTALL), run by a backtracking engine. */
const DATALAD_PATTERN =
  /^\[DATALAD RUNCMD\] ([\s\S]*)=== Do not change lines below ===\n([\s\S]*)\n\^\^\^ Do not change lines above \^\^\^/

function dataladParse(message: string): { runMessage: string; recordText: string } | null {
  const match = DATALAD_PATTERN.exec(message)
  return match ? { runMessage: (match[1] ?? '').trimEnd(), recordText: match[2] ?? '' } : null
}

describe('parseRunMessage in linear time', () => {
  it('finds exactly what datalad’s pattern finds, whatever the markers', () => {
    // Messages made of markers, their pieces and a little text, in any order and number.
    const piece = fc.constantFrom(
      `${BELOW}\n`,
      `\n${ABOVE}`,
      BELOW,
      ABOVE,
      '\n',
      '\r\n',
      '{"cmd": "x"}',
      '=== Do not',
      '^^^ Do',
      ' ',
      'a'
    )
    const message = fc
      .tuple(fc.constantFrom('[DATALAD RUNCMD] ', '[DATALAD RUNCMD]', ''), fc.array(piece))
      .map(([tag, pieces]) => tag + pieces.join(''))
    fc.assert(
      fc.property(message, text => {
        expect(parseRunMessage(text)).toEqual(dataladParse(text))
      }),
      { numRuns: 20_000 }
    )
  })

  const markers = `${BELOW}\n`.repeat(12_000)
  const ends = `\n${ABOVE}`.repeat(12_000)

  // datalad's pattern backtracks over the rest of the message from every start marker when no end
  // marker follows: about 4 s for these 400 KB, and 100 times that for ten times as many markers.
  it('reads 400 KB of start markers without an end marker as no run record', () => {
    expect(markers.length).toBeGreaterThan(400_000)
    expect(parseRunMessage(`[DATALAD RUNCMD] x\n${markers}`)).toBeNull()
    expect(parseRunMessage(`[DATALAD RUNCMD] x\n${markers.repeat(10)}`)).toBeNull()
  })

  it('reads end markers followed by 400 KB of start markers as no run record', () => {
    expect(parseRunMessage(`[DATALAD RUNCMD] x${ends}${markers}`)).toBeNull()
    expect(parseRunMessage(`[DATALAD RUNCMD] x${ends}${markers.repeat(10)}`)).toBeNull()
  })

  it('reads 400 KB of start markers closed by an end marker as a malformed record', () => {
    // The greedy groups: the record is the text between the last start marker that leaves room
    // for one and the last end marker, here the very last start marker line itself.
    const parsed = parseRunMessage(`[DATALAD RUNCMD] x\n${markers}${ABOVE}`)
    expect(parsed).toEqual({
      runMessage: `x\n${`${BELOW}\n`.repeat(11_998)}`.trimEnd(),
      recordText: BELOW
    })
    expect(() => interpretRecordText(parsed?.recordText ?? '')).toThrow(/not valid JSON/)
    const closed = parseRunMessage(`[DATALAD RUNCMD] x\n${markers}{"cmd": "true"}\n${ABOVE}`)
    expect(closed?.recordText).toBe('{"cmd": "true"}')
  })

  it('keeps the last end marker of many, as the greedy pattern does', () => {
    const parsed = parseRunMessage(`[DATALAD RUNCMD] x\n${BELOW}\n{}${ends}`)
    expect(parsed?.recordText).toBe(`{}${ends.slice(0, -(ABOVE.length + 1))}`)
  })
})

describe('record size limits', () => {
  it('refuses an inline record over the size limit with a reason, before decoding it', () => {
    const big = JSON.stringify({ cmd: 'true', padding: 'x'.repeat(MAX_RECORD_BYTES) })
    const parsed = parseRunMessage(`[DATALAD RUNCMD] x\n${BELOW}\n${big}\n${ABOVE}`)
    expect(parsed?.recordText).toBe(big)
    expect(() => interpretRecordText(big)).toThrow(RecordError)
    expect(() => interpretRecordText(big)).toThrow(
      `run record is too large to be read (${big.length} bytes, more than the limit of ${MAX_RECORD_BYTES} bytes)`
    )
  })

  it('counts bytes, not characters', () => {
    const text = JSON.stringify({ cmd: 'é'.repeat(MAX_RECORD_BYTES / 2) })
    expect(text.length).toBeLessThan(MAX_RECORD_BYTES)
    expect(() => interpretRecordText(text)).toThrow(/too large/)
  })

  it('refuses a record listing an absurd number of paths', () => {
    const half = Array.from({ length: MAX_RECORD_PATHS / 2 }, (_, i) => `p${i}`)
    expect(normaliseRecord({ cmd: 'x', inputs: half, outputs: half }).inputs).toHaveLength(
      MAX_RECORD_PATHS / 2
    )
    expect(() =>
      normaliseRecord({ cmd: 'x', inputs: half, outputs: [...half, 'one more'] })
    ).toThrow(
      `run record lists too many paths (${MAX_RECORD_PATHS + 1} in inputs, extra_inputs and outputs; at most ${MAX_RECORD_PATHS})`
    )
  })

  const xz = (text: string): Buffer =>
    execFileSync('xz', ['--compress', '--stdout'], { input: text })

  it('reads a sidecar record', async () => {
    await expect(decodeSidecar(xz('\n{"cmd":"x"}\n{"cmd":"y"}\n'), 'runinfo/a')).resolves.toEqual({
      cmd: 'x'
    })
  })

  it('stops decompressing a sidecar that expands beyond the size limit', async () => {
    // A few KiB of xz that would expand to 64 MiB.
    const bomb = xz(`{"cmd":"x","padding":"${' '.repeat(64 * 1024 * 1024)}"}\n`)
    expect(bomb.length).toBeLessThan(64 * 1024)
    await expect(decodeSidecar(bomb, 'runinfo/bomb')).rejects.toThrow(
      `sidecar record runinfo/bomb is too large to be read (it decompresses to more than the limit of ${MAX_RECORD_BYTES} bytes)`
    )
  })
})
