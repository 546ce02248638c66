/** Byte-level helpers shared by the binary comparison and the text fast path. */
import type { FileHandle } from 'node:fs/promises'

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
