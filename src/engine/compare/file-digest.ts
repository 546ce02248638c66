/** Streaming digests: one read of a file feeds every hash needed, memory independent of size. */
import { createHash, type Hash } from 'node:crypto'
import fs from 'node:fs'
import { promisify } from 'node:util'

export interface FileDigests {
  size: number
  /** Hex digests keyed by node:crypto algorithm name. */
  digests: Map<string, string>
  /** The git blob id the file would have (sha1 or sha256 object format). */
  gitBlob?: string
}

const CHUNK = 1 << 20
const read = promisify(fs.read)

/**
 * Files up to one chunk are read synchronously, in a buffer of their size: most outputs are
 * small, and a promised read costs more than hashing them. Larger ones are streamed.
 */
export async function digestFile(
  file: string,
  algorithms: readonly string[],
  gitObjectFormat?: 'sha1' | 'sha256'
): Promise<FileDigests> {
  // Never waiting on a FIFO put where a file was: it is opened without blocking, then refused.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) throw new Error(`${file} is not a regular file`)
    const { size } = stat
    const hashes = new Map<string, Hash>(algorithms.map(a => [a, createHash(a)]))
    const blob = gitObjectFormat ? createHash(gitObjectFormat).update(`blob ${size}\0`) : undefined
    const small = size < CHUNK
    // One byte more than a small file holds: its end is found in the same read.
    const buffer = Buffer.allocUnsafe(small ? size + 1 : CHUNK)
    for (;;) {
      const bytesRead = small
        ? fs.readSync(fd, buffer, 0, buffer.length, null)
        : (await read(fd, buffer, 0, buffer.length, null)).bytesRead
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      for (const hash of hashes.values()) hash.update(chunk)
      blob?.update(chunk)
    }
    return {
      size,
      digests: new Map([...hashes].map(([a, h]) => [a, h.digest('hex')])),
      gitBlob: blob?.digest('hex')
    }
  } finally {
    fs.closeSync(fd)
  }
}
