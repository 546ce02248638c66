/** Streaming digests: one read of a file feeds every hash needed, memory independent of size. */
import { createHash, type Hash } from 'node:crypto'
import fs from 'node:fs'

export interface FileDigests {
  size: number
  /** Hex digests keyed by node:crypto algorithm name. */
  digests: Map<string, string>
  /** The git blob id the file would have (sha1 or sha256 object format). */
  gitBlob?: string
}

const CHUNK = 1 << 20

export async function digestFile(
  file: string,
  algorithms: readonly string[],
  gitObjectFormat?: 'sha1' | 'sha256'
): Promise<FileDigests> {
  const handle = await fs.promises.open(file, 'r')
  try {
    const { size } = await handle.stat()
    const hashes = new Map<string, Hash>(algorithms.map(a => [a, createHash(a)]))
    const blob = gitObjectFormat ? createHash(gitObjectFormat).update(`blob ${size}\0`) : undefined
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
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
    await handle.close()
  }
}
