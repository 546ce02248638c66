/**
 * Hostile or broken commit messages: whatever the history holds, parsing ends in a record, "not a
 * run commit", or a RecordError with a reason — never another exception, never a hang.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  interpretRecordText,
  normaliseRecord,
  parseRunMessage,
  RecordError
} from '../../src/engine/records/run-record.js'
import {
  parseAnnexKey,
  keyFromPointer,
  keyFromSymlinkTarget
} from '../../src/engine/annex/annex-key.js'
import { sidecarKey } from '../../src/engine/records/sidecar.js'
import type { RunRecord } from '../../src/engine/model.js'

const BELOW = '=== Do not change lines below ==='
const ABOVE = '^^^ Do not change lines above ^^^'

/** Parse a message the way planning does; returns the record, null, or the RecordError's reason. */
function parseFully(message: string): RunRecord | string | null {
  const parsed = parseRunMessage(message)
  if (!parsed) return null
  try {
    const value = interpretRecordText(parsed.recordText)
    return value.kind === 'record' ? normaliseRecord(value.value) : `sidecar ${value.id}`
  } catch (e) {
    if (e instanceof RecordError) {
      expect(e.message.length).toBeGreaterThan(10)
      return e.message
    }
    throw e
  }
}

const jsonValue = fc.jsonValue({ maxDepth: 4 })
const recordLike = fc.record(
  {
    cmd: fc.oneof(fc.string(), fc.array(fc.string()), jsonValue),
    exit: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER * 4), jsonValue),
    inputs: fc.oneof(fc.array(fc.string()), jsonValue),
    outputs: fc.oneof(fc.array(fc.string()), jsonValue),
    pwd: fc.oneof(fc.string(), jsonValue),
    dsid: fc.oneof(fc.uuid(), jsonValue),
    chain: fc.oneof(fc.array(fc.string()), jsonValue)
  },
  { requiredKeys: [] }
)

/** Messages built around the real markers, with pieces cut, doubled or replaced. */
const messageAroundMarkers = fc
  .tuple(
    fc.string(),
    fc.oneof(
      recordLike.map(r => JSON.stringify(r, null, 1)),
      fc.string(),
      fc.constant('"'),
      fc.constant('"abc"'),
      fc.constant('{"cmd": "x"')
    ),
    fc.string(),
    fc.constantFrom('\n', '\r\n', '', '\n\n'),
    fc.nat({ max: 200 })
  )
  .map(([head, record, tail, newline, cut]) => {
    const full = `[DATALAD RUNCMD] ${head}${newline}${BELOW}\n${record}\n${ABOVE}${tail}`
    return cut > 150 ? full : full.slice(0, full.length - cut)
  })

describe('run record parsing under hostile input', () => {
  it('never throws anything but RecordError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), message => {
        expect(() => parseFully(message)).not.toThrow()
      }),
      { numRuns: 20000 }
    )
  })

  it('never throws anything but RecordError on messages built around the markers', () => {
    fc.assert(
      fc.property(messageAroundMarkers, message => {
        expect(() => parseFully(message)).not.toThrow()
      }),
      { numRuns: 20000 }
    )
  })

  it('accepts every well-formed record and keeps its fields', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter(s => s.trim() !== ''),
        fc.integer({ min: -255, max: 255 }),
        fc.array(fc.string()),
        (cmd, exit, inputs) => {
          const json = JSON.stringify(
            { chain: [], cmd, exit, inputs, outputs: [], pwd: '.' },
            null,
            1
          )
          const result = parseFully(`[DATALAD RUNCMD] run\n\n${BELOW}\n${json}\n${ABOVE}`)
          expect(result).toMatchObject({ cmd, exit, inputs })
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('refuses absurd exit values with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 256 }),
          fc.integer({ max: -256 }),
          fc.double({ noInteger: true })
        ),
        exit => {
          const json = JSON.stringify({ cmd: 'true', exit })
          expect(parseFully(`[DATALAD RUNCMD] x\n${BELOW}\n${json}\n${ABOVE}`)).toMatch(
            /"exit" must be an exit code/
          )
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('handles huge, deeply nested, NUL-laden and non-UTF-8 records', () => {
    const wrap = (record: string): string => `[DATALAD RUNCMD] x\n${BELOW}\n${record}\n${ABOVE}`
    const deep = `{"cmd": "true", "extra": ${'['.repeat(100000)}${']'.repeat(100000)}}`
    expect(parseFully(wrap(deep))).toMatchObject({ cmd: 'true' })
    const huge = JSON.stringify({
      cmd: 'true',
      inputs: Array.from({ length: 200000 }, (_, i) => `in${i}`)
    })
    expect(parseFully(wrap(huge))).toMatchObject({ cmd: 'true' })
    expect(parseFully(wrap('{"cmd": "a\u0000b"}'))).toMatch(/not valid JSON/)
    expect(parseFully(wrap('{"cmd": "a\\u0000b"}'))).toMatch(/NUL byte/)
    expect(parseFully(wrap('{"cmd": "x", "exit": null}'))).toMatch(/"exit" must be an exit code/)
    const notUtf8 = Buffer.concat([
      Buffer.from(`[DATALAD RUNCMD] x\n${BELOW}\n{"cmd": "`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(`"}\n${ABOVE}`)
    ])
    expect(parseFully(notUtf8.toString('utf8'))).toMatchObject({ cmd: '\ufffd\ufffd\ufffd' })
    expect(parseFully(wrap('{"cmd": "x", "exit": 1e400}'))).toMatch(/"exit"/)
  })
})

describe('annex key parsing under hostile input', () => {
  it('returns a key or null, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), text => {
        const key = parseAnnexKey(text)
        expect(key === null || key.key === text).toBe(true)
        const fromLink = keyFromSymlinkTarget(`../.git/annex/objects/aa/bb/${text}/${text}`)
        const fromPointer = keyFromPointer(Buffer.from(`/annex/objects/${text}\n`))
        expect(fromLink === null || typeof fromLink.key === 'string').toBe(true)
        expect(fromPointer === null || typeof fromPointer.key === 'string').toBe(true)
      }),
      { numRuns: 20000 }
    )
  })

  it('round-trips generated hash keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('MD5', 'MD5E', 'SHA256E', 'SHA1', 'BLAKE2B512E'),
        fc.nat(),
        fc.stringMatching(/^[0-9a-f]{32}$/),
        fc.constantFrom('', '.txt', '.tsv.gz'),
        (backend, size, digest, extension) => {
          const name = backend.endsWith('E') ? digest + extension : digest
          const key = parseAnnexKey(`${backend}-s${size}--${name}`)
          expect(key).toMatchObject({ backend, size, digest })
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('tells sidecar blobs from annex links without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), bytes => {
        expect(() => sidecarKey(Buffer.from(bytes))).not.toThrow()
      }),
      { numRuns: 10000 }
    )
  })
})
