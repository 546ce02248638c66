/** Byte-level helpers shared by the binary comparison and the text fast path. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
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
export function readHead(file: string, bytes: number): Buffer {
  // Synchronous: it is small, and a promised read costs more than the bytes.
  // Never waiting on a FIFO put where a file was: it is opened without blocking, then refused.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`)
    const buffer = Buffer.alloc(bytes)
    let filled = 0
    while (filled < bytes) {
      const got = readSync(fd, buffer, filled, bytes - filled, filled)
      if (got === 0) break
      filled += got
    }
    return buffer.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

/** A NUL byte in the first SNIFF_BYTES: the file is binary, whatever its name says. */
export function looksBinary(file: string): boolean {
  return readHead(file, SNIFF_BYTES).includes(0)
}

/**
 * Two files read side by side in CHUNK_BYTES steps, the next pair being read while the caller
 * works on the current one (two buffers per file, so a chunk stays valid until the next is
 * asked for). Ends when both are read to their size (default: to the end of the file).
 * `wantSecond(position)`, asked before each read ahead, may stop reading the second file: its
 * chunks are then empty.
 */
export async function* chunkPairs(
  first: FileHandle,
  second: FileHandle,
  sizes: readonly [number, number] = [Infinity, Infinity],
  wantSecond: (position: number) => boolean = () => true
): AsyncGenerator<[Buffer, Buffer]> {
  const slots = [0, 1].map(() => [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)])
  const empty = Buffer.alloc(0)
  const readPair = async (position: number, slot: number): Promise<[Buffer, Buffer]> => {
    const [bufferA = empty, bufferB = empty] = slots[slot % 2] ?? []
    return Promise.all([
      position < sizes[0] ? readAt(first, bufferA, position) : empty,
      position < sizes[1] && wantSecond(position) ? readAt(second, bufferB, position) : empty
    ])
  }
  let pending = readPair(0, 0)
  try {
    for (let position = 0, slot = 0; ; position += CHUNK_BYTES, slot++) {
      const pair = await pending
      if (pair[0].length === 0 && pair[1].length === 0) return
      pending = readPair(position + CHUNK_BYTES, slot + 1)
      yield pair
    }
  } finally {
    // A caller that stops early closes its handles only once the read ahead has settled.
    await pending.catch(() => undefined)
  }
}

/** Whether two files hold the same bytes, read until the first difference: far cheaper than hashing. */
export async function identicalFiles(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([fs.open(a, 'r'), fs.open(b, 'r')])
  try {
    const [statA, statB] = await Promise.all([first.stat(), second.stat()])
    if (statA.size !== statB.size) return false
    // To the end of both, not to the sizes: a file that changed size under us reads short.
    for await (const [chunkA, chunkB] of chunkPairs(first, second)) {
      if (!chunkA.equals(chunkB)) return false
    }
    return true
  } finally {
    await Promise.all([first.close(), second.close()])
  }
}
