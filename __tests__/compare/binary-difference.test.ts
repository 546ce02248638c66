/** Binary outputs: sizes, SHA-256 digests and the first differing byte, streamed in chunks. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { compareBinary } from '../../src/engine/compare/content/binary-difference.js'
import { identicalFiles } from '../../src/engine/compare/content/bytes.js'
import { CHUNK_BYTES, PARALLEL_DIGEST_BYTES } from '../../src/engine/compare/content/limits.js'
import { ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('compareBinary', () => {
  it('reports sizes, digests and the first differing byte', async () => {
    const committed = Buffer.concat([Buffer.from([0, 1, 2]), randomBytes(5000)])
    const regenerated = Buffer.from(committed)
    regenerated[4321] ^= 0xff
    const diff = await compareBinary(...files.pair(committed, regenerated))
    expect(diff).toEqual({
      kind: 'binary',
      committed: { size: 5003, sha256: sha256(committed) },
      regenerated: { size: 5003, sha256: sha256(regenerated) },
      firstDifferentByte: 4321
    })
  })

  it('finds a difference past the first chunk', async () => {
    const committed = randomBytes(3 * CHUNK_BYTES + 17)
    const regenerated = Buffer.from(committed)
    regenerated[2 * CHUNK_BYTES + 5] ^= 1
    const diff = await compareBinary(...files.pair(committed, regenerated))
    expect(diff.firstDifferentByte).toBe(2 * CHUNK_BYTES + 5)
    expect(diff.regenerated.sha256).toBe(sha256(regenerated))
  })

  it('says null when one file is a prefix of the other', async () => {
    const committed = randomBytes(CHUNK_BYTES + 10)
    const diff = await compareBinary(...files.pair(committed, committed.subarray(0, CHUNK_BYTES)))
    expect(diff.firstDifferentByte).toBeNull()
    expect(diff.committed.size).toBe(CHUNK_BYTES + 10)
    expect(diff.regenerated).toEqual({
      size: CHUNK_BYTES,
      sha256: sha256(committed.subarray(0, CHUNK_BYTES))
    })
  })

  it('handles an empty file', async () => {
    const diff = await compareBinary(...files.pair(Buffer.from([0, 9]), Buffer.alloc(0)))
    expect(diff.firstDifferentByte).toBeNull()
    expect(diff.regenerated).toEqual({ size: 0, sha256: sha256(Buffer.alloc(0)) })
  })

  it('hashes a large regenerated file on a second thread, with the same result', async () => {
    const committed = Buffer.alloc(PARALLEL_DIGEST_BYTES + 3, 7)
    const regenerated = Buffer.from(committed)
    regenerated[PARALLEL_DIGEST_BYTES + 1] = 8
    const diff = await compareBinary(...files.pair(committed, regenerated))
    expect(diff.firstDifferentByte).toBe(PARALLEL_DIGEST_BYTES + 1)
    expect(diff.committed.sha256).toBe(sha256(committed))
    expect(diff.regenerated.sha256).toBe(sha256(regenerated))
  })
})

describe('binary outputs in analyseDifference', () => {
  it('is never equivalent, whatever the rule', async () => {
    const analysis = await analyseDifference(
      ...files.pair(Buffer.from([0, 1, 2]), Buffer.from([0, 1, 3])),
      'image.png',
      { ignore: false, tolerance: { absolute: 10, relative: 1 }, ignoreLines: [/./] }
    )
    expect(analysis).toMatchObject({
      equivalent: false,
      diff: { kind: 'binary', firstDifferentByte: 2 }
    })
  })

  it('calls byte-identical files equivalent', async () => {
    const bytes = Buffer.from([0, 1, 2])
    expect(await analyseDifference(...files.pair(bytes, bytes), 'image.png')).toEqual({
      equivalent: true
    })
  })
})

describe('identicalFiles', () => {
  const bytes = randomBytes(3 * CHUNK_BYTES + 5)

  it('says true for the same bytes, across chunks and for empty files', async () => {
    expect(await identicalFiles(...files.pair(bytes, bytes))).toBe(true)
    expect(await identicalFiles(...files.pair(Buffer.alloc(0), Buffer.alloc(0)))).toBe(true)
  })

  it('finds one flipped bit in any chunk, the last byte included', async () => {
    for (const position of [
      0,
      CHUNK_BYTES - 1,
      CHUNK_BYTES,
      2 * CHUNK_BYTES + 9,
      bytes.length - 1
    ]) {
      const changed = Buffer.from(bytes)
      changed[position] ^= 1
      expect(await identicalFiles(...files.pair(bytes, changed))).toBe(false)
    }
  })

  it('says false for a prefix, either way round', async () => {
    const prefix = bytes.subarray(0, 2 * CHUNK_BYTES)
    expect(await identicalFiles(...files.pair(bytes, prefix))).toBe(false)
    expect(await identicalFiles(...files.pair(prefix, bytes))).toBe(false)
  })
})
