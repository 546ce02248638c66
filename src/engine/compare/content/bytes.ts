/** Byte-level helpers shared by the binary comparison and the text fast path. */
import fs, { type FileHandle } from 'node:fs/promises'
import { CHUNK_BYTES, SNIFF_BYTES } from './limits.js'

/**
 * Index of the first byte where a and b differ within their common length, or -1. Bisects with
 * native comparisons, so a 1 MiB chunk costs about two memcmp passes instead of a JS loop.
 */
export function firstDifferentIndex(a: Uint8Array, b: Uint8Array): number {
  let low = 0
  let high = Math.min(a.length, b.length)
  if (Buffer.compare(a.subarray(low, high), b.subarray(low, high)) === 0) return -1
  while (high - low > 64) {
    const middle = (low + high) >>> 1
    if (Buffer.compare(a.subarray(low, middle), b.subarray(low, middle)) === 0) low = middle
    else high = middle
  }
  for (let i = low; i < high; i++) if (a[i] !== b[i]) return i
  return -1
}

export function countNewlines(bytes: Buffer, start = 0, end = bytes.length): number {
  let count = 0
  for (let i = bytes.indexOf(10, start); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count++
  return count
}

/** Fill `buffer` from `position` as far as the file allows; returns the bytes read. */
export async function readAt(
  handle: FileHandle,
  buffer: Buffer,
  position: number
): Promise<Buffer> {
  let filled = 0
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(
      buffer,
      filled,
      buffer.length - filled,
      position + filled
    )
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}

/** The first `bytes` bytes of a file (fewer when it is shorter). */
export async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r')
  try {
    return await readAt(handle, Buffer.alloc(bytes), 0)
  } finally {
    await handle.close()
  }
}

/** A NUL byte in the first SNIFF_BYTES: the file is binary, whatever its name says. */
export async function looksBinary(file: string): Promise<boolean> {
  return (await readHead(file, SNIFF_BYTES)).includes(0)
}

/**
 * Whether two files hold the same bytes: both read in CHUNK_BYTES steps (the next pair is read
 * while the current one is compared), stopping at the first difference. Far cheaper than hashing.
 */
export async function identicalFiles(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([fs.open(a, 'r'), fs.open(b, 'r')])
  try {
    const [statA, statB] = await Promise.all([first.stat(), second.stat()])
    if (statA.size !== statB.size) return false
    const slots = [0, 1].map(() => [
      Buffer.allocUnsafe(CHUNK_BYTES),
      Buffer.allocUnsafe(CHUNK_BYTES)
    ])
    const readPair = async (position: number, slot: number): Promise<Buffer[]> => {
      const [bufferA, bufferB] = slots[slot % 2]
      return Promise.all([readAt(first, bufferA, position), readAt(second, bufferB, position)])
    }
    let pending = readPair(0, 0)
    for (let position = 0, slot = 0; ; position += CHUNK_BYTES, slot++) {
      const [chunkA, chunkB] = await pending
      // Both at the end together: equal (a file that changed size under us reads short).
      if (chunkA.length === 0 && chunkB.length === 0) return true
      // Read ahead into the other slot while this pair is compared.
      pending = readPair(position + CHUNK_BYTES, slot + 1)
      if (!chunkA.equals(chunkB)) {
        // The answer is known; the handles close only once the read ahead has settled.
        await pending.catch(() => undefined)
        return false
      }
    }
  } finally {
    await Promise.all([first.close(), second.close()])
  }
}
