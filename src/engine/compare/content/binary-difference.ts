/**
 * Binary outputs: sizes, SHA-256 digests and the offset of the first differing byte, in one pass
 * over both files in 1 MiB chunks (next chunks are read while the current ones are hashed).
 * Hashing two files is the bottleneck, so for large files the regenerated one is hashed on a
 * second thread and the comparison runs at about the speed of hashing one file.
 */
import { createHash, type Hash } from 'node:crypto'
import fs, { type FileHandle } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import type { OutputDiff } from '../../model.js'
import { chunkPairs, firstDifferentIndex } from './bytes.js'
import { CHUNK_BYTES, PARALLEL_DIGEST_BYTES } from './limits.js'

export type BinaryDiff = Extract<OutputDiff, { kind: 'binary' }>

// Inline source (not a separate file) so the worker survives bundling into dist/.
const DIGEST_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { createReadStream } = require('node:fs')
const hash = createHash('sha256')
createReadStream(workerData, { highWaterMark: ${CHUNK_BYTES} })
  .on('data', chunk => hash.update(chunk))
  .on('error', error => { throw error })
  .on('end', () => parentPort.postMessage(hash.digest('hex')))
`

function sha256OnWorker(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DIGEST_WORKER, { eval: true, workerData: file })
    worker.once('message', (digest: unknown) => resolve(String(digest)))
    worker.once('error', reject)
    worker.once('exit', code => reject(new Error(`digest worker exited with code ${code}`)))
  })
}

/** Hash both files and find the first difference in one pass; `regenerated` is not hashed when null. */
async function scan(
  committed: FileHandle,
  regenerated: FileHandle,
  sizes: { committed: number; regenerated: number },
  regeneratedHash: Hash | null
): Promise<{ committedDigest: string; firstDifferentByte: number | null }> {
  const committedHash = createHash('sha256')
  // undefined: no difference found yet; null: one file is a prefix of the other (or equal).
  let firstDifferentByte: number | null | undefined
  // The regenerated file is read only while it is hashed here or compared.
  const pairs = chunkPairs(
    committed,
    regenerated,
    [sizes.committed, sizes.regenerated],
    () => regeneratedHash !== null || firstDifferentByte === undefined
  )
  let position = 0
  for await (const [committedChunk, regeneratedChunk] of pairs) {
    committedHash.update(committedChunk)
    regeneratedHash?.update(regeneratedChunk)
    if (firstDifferentByte === undefined) {
      const index = firstDifferentIndex(committedChunk, regeneratedChunk)
      if (index >= 0) firstDifferentByte = position + index
      else if (committedChunk.length !== regeneratedChunk.length) firstDifferentByte = null
    }
    position += CHUNK_BYTES
  }
  return {
    committedDigest: committedHash.digest('hex'),
    firstDifferentByte: firstDifferentByte ?? null
  }
}

export async function compareBinary(
  committedFile: string,
  regeneratedFile: string
): Promise<BinaryDiff> {
  const committed = await fs.open(committedFile, 'r')
  try {
    const regenerated = await fs.open(regeneratedFile, 'r')
    try {
      const sizes = {
        committed: (await committed.stat()).size,
        regenerated: (await regenerated.stat()).size
      }
      const parallel = sizes.regenerated >= PARALLEL_DIGEST_BYTES
      const regeneratedHash = parallel ? null : createHash('sha256')
      const [{ committedDigest, firstDifferentByte }, workerDigest] = await Promise.all([
        scan(committed, regenerated, sizes, regeneratedHash),
        parallel ? sha256OnWorker(regeneratedFile) : undefined
      ])
      return {
        kind: 'binary',
        committed: { size: sizes.committed, sha256: committedDigest },
        regenerated: {
          size: sizes.regenerated,
          sha256: workerDigest ?? regeneratedHash?.digest('hex')
        },
        firstDifferentByte
      }
    } finally {
      await regenerated.close()
    }
  } finally {
    await committed.close()
  }
}
