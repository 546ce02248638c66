/**
 * git's index file (version 2, gitformat-index(5)), written by rerun-action for the checkouts it
 * writes itself: one git process less per execution, and stat data that match the files, so that
 * git in a replayed command sees a clean checkout at once, as after git's own checkout.
 */
import { createHash } from 'node:crypto'
import type fs from 'node:fs'

/** The stat fields an index entry keeps, each cut to 32 bits as git cuts them. */
export type IndexStat = readonly [
  ctimeSeconds: number,
  ctimeNanoseconds: number,
  mtimeSeconds: number,
  mtimeNanoseconds: number,
  dev: number,
  ino: number,
  uid: number,
  gid: number,
  size: number
]

export interface IndexEntry {
  path: string
  /** 0o100644, 0o100755, 0o120000 or 0o160000. */
  mode: number
  object: string
  /** Null for a gitlink, or a file whose stat git should not trust (it compares the content). */
  stat: IndexStat | null
}

const low32 = (value: bigint): number => Number(value & 0xffffffffn)

export function indexStat(stat: fs.BigIntStats): IndexStat {
  const seconds = (ns: bigint): number => low32(ns / 1_000_000_000n)
  const nanoseconds = (ns: bigint): number => Number(ns % 1_000_000_000n)
  return [
    seconds(stat.ctimeNs),
    nanoseconds(stat.ctimeNs),
    seconds(stat.mtimeNs),
    nanoseconds(stat.mtimeNs),
    low32(stat.dev),
    low32(stat.ino),
    low32(stat.uid),
    low32(stat.gid),
    low32(stat.size)
  ]
}

/** Names of this many bytes or more store 0xFFF as their length (git finds the NUL instead). */
const NAME_MASK = 0xfff

/** The bytes of an index holding `entries` (stage 0), in git's order, with its checksum. */
export function encodeIndex(entries: readonly IndexEntry[], sha256: boolean): Buffer {
  const idLength = sha256 ? 32 : 20
  const named = entries
    .map(entry => ({ entry, name: Buffer.from(entry.path, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.name, b.name))
  const header = Buffer.alloc(12)
  header.write('DIRC', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(named.length, 8)
  const parts = [header]
  for (const { entry, name } of named) {
    // The fixed part, the name and 1 to 8 NULs, to a multiple of 8 bytes.
    const fixed = 40 + idLength + 2
    const record = Buffer.alloc((fixed + name.length + 8) & ~7)
    const [ctimeS, ctimeNs, mtimeS, mtimeNs, dev, ino, uid, gid, size] = entry.stat ?? []
    const fields = [ctimeS, ctimeNs, mtimeS, mtimeNs, dev, ino, entry.mode, uid, gid, size]
    fields.forEach((value, i) => record.writeUInt32BE(value ?? 0, i * 4))
    if (
      Buffer.from(entry.object, 'hex').copy(record, 40) !== idLength ||
      entry.object.length !== idLength * 2
    )
      throw new Error(`not an object id: ${entry.object}`)
    record.writeUInt16BE(Math.min(name.length, NAME_MASK), 40 + idLength)
    name.copy(record, fixed)
    parts.push(record)
  }
  const body = Buffer.concat(parts)
  const checksum = createHash(sha256 ? 'sha256' : 'sha1')
    .update(body)
    .digest()
  return Buffer.concat([body, checksum])
}
