/**
 * git-annex keys (docs/datalad-run-records.md §7): how annexed files appear in git, and what a
 * key lets us verify without downloading the committed content.
 */
import path from 'node:path'

export interface AnnexKey {
  key: string
  backend: string
  size?: number
  name: string
  /** Hex digest for hash backends. */
  digest?: string
  /** The node:crypto algorithm for the digest, when node can compute it. */
  algorithm?: string
  chunked: boolean
}

/** Hash backends and the node:crypto algorithm of each (undefined: node has none; ask git-annex). */
const HASH_BACKENDS: Record<string, string | undefined> = {
  MD5: 'md5',
  SHA1: 'sha1',
  SHA224: 'sha224',
  SHA256: 'sha256',
  SHA384: 'sha384',
  SHA512: 'sha512',
  SHA3_224: 'sha3-224',
  SHA3_256: 'sha3-256',
  SHA3_384: 'sha3-384',
  SHA3_512: 'sha3-512',
  BLAKE2B512: 'blake2b512',
  BLAKE2S256: 'blake2s256',
  SKEIN256: undefined,
  SKEIN512: undefined,
  BLAKE2B160: undefined,
  BLAKE2B224: undefined,
  BLAKE2B256: undefined,
  BLAKE2B384: undefined,
  BLAKE2BP512: undefined,
  BLAKE2S160: undefined,
  BLAKE2S224: undefined,
  BLAKE2SP224: undefined,
  BLAKE2SP256: undefined
}

const KEY_PATTERN = /^([A-Z0-9_]+)((?:-[smSC][0-9]+)*)--([^/\n]*)$/

export function hashBackendOf(backend: string): string | null {
  const base = backend.endsWith('E') && backend !== 'E' ? backend.slice(0, -1) : backend
  if (base in HASH_BACKENDS) return base
  return backend in HASH_BACKENDS ? backend : null
}

export function isHashBackend(backend: string): boolean {
  return hashBackendOf(backend) !== null
}

export function parseAnnexKey(key: string): AnnexKey | null {
  const match = KEY_PATTERN.exec(key)
  if (!match) return null
  const backend = match[1] ?? ''
  const fields = match[2] ?? ''
  const name = match[3] ?? ''
  let size: number | undefined
  let chunked = false
  for (const field of fields.match(/-[smSC][0-9]+/g) ?? []) {
    if (field[1] === 's') size = Number(field.slice(2))
    if (field[1] === 'S' || field[1] === 'C') chunked = true
  }
  const parsed: AnnexKey = { key, backend, size, name, chunked }
  const hashBackend = hashBackendOf(backend)
  if (hashBackend !== null) {
    const extensionBackend = backend !== hashBackend
    const digest = extensionBackend ? name.split('.')[0] : name
    if (digest && /^[0-9a-f]+$/.test(digest)) {
      parsed.digest = digest
      parsed.algorithm = HASH_BACKENDS[hashBackend]
    }
  }
  return parsed
}

/** The key of a locked annexed file, from its symlink target. */
export function keyFromSymlinkTarget(target: string): AnnexKey | null {
  if (!target.includes('.git/annex/objects/') && !target.startsWith('/annex/objects/')) return null
  return parseAnnexKey(path.posix.basename(target))
}

/** Largest pointer file git-annex writes for an unlocked file. */
export const MAX_POINTER_SIZE = 32768

/** The key of an unlocked annexed file, from its pointer blob. */
export function keyFromPointer(content: Buffer): AnnexKey | null {
  if (content.length >= MAX_POINTER_SIZE) return null
  const firstLine = content.toString('utf8').split('\n')[0] ?? ''
  if (!firstLine.startsWith('/annex/objects/')) return null
  return parseAnnexKey(firstLine.slice('/annex/objects/'.length).trim())
}
