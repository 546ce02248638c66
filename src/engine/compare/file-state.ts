/** What a path is, in the run commit (committed) and in the checkout after the rerun (regenerated). */
import fs from 'node:fs'
import path from 'node:path'
import {
  keyFromPointer,
  keyFromSymlinkTarget,
  MAX_POINTER_SIZE,
  type AnnexKey
} from '../annex/annex-key.js'
import type { TreeEntry } from '../git/git-command-manager.js'
import type { FileIdentity } from '../model.js'
import { entryInside } from '../execute/safe-paths.js'
import { readHead } from './content/bytes.js'

export type FileState =
  | { kind: 'git'; object: string; size: number; mode: string }
  | { kind: 'annex'; key: AnnexKey; contentPath: string | null }
  | { kind: 'symlink'; target: string }
  | { kind: 'file'; path: string; size: number; executable: boolean }
  | { kind: 'directory' }
  /** A FIFO, socket or device: nothing git can hold. */
  | { kind: 'special' }
  | { kind: 'subdataset'; object: string }

/** Committed state from a tree entry; `blob` is the object's content when it was read. */
export function committedState(entry: TreeEntry, blob: Buffer | undefined): FileState {
  if (entry.mode === '160000') return { kind: 'subdataset', object: entry.object }
  if (entry.mode === '120000') {
    const target = blob?.toString('utf8') ?? ''
    const key = keyFromSymlinkTarget(target)
    return key ? { kind: 'annex', key, contentPath: null } : { kind: 'symlink', target }
  }
  const key = blob && (entry.size ?? Infinity) < MAX_POINTER_SIZE ? keyFromPointer(blob) : null
  if (key) return { kind: 'annex', key, contentPath: null }
  return { kind: 'git', object: entry.object, size: entry.size ?? 0, mode: entry.mode }
}

/** Whether a tree entry's blob must be read to know its state (symlink target, annex pointer). */
export function needsBlob(entry: TreeEntry): boolean {
  return (
    entry.mode === '120000' ||
    (entry.type === 'blob' && (entry.size ?? Infinity) < MAX_POINTER_SIZE)
  )
}

/**
 * Where an annex link's content is in the trusted annex (the one rerun-action fetched into, which
 * an isolated command cannot write), found from the key's place in the link, never by following
 * the link: the command could have pointed it at content it made up.
 */
async function trustedContent(target: string, annexObjects: string | null): Promise<string | null> {
  if (!annexObjects) return null
  const marker = 'annex/objects/'
  const at = target.lastIndexOf(marker)
  const rest = at < 0 ? '' : target.slice(at + marker.length)
  const parts = rest.split('/')
  if (parts.length !== 4 || parts.some(part => part === '' || part === '.' || part === '..'))
    return null
  if (parts[2] !== parts[3]) return null
  const file = path.join(annexObjects, ...parts)
  const stat = await fs.promises.stat(file).catch(() => null)
  return stat?.isFile() ? file : null
}

/**
 * State of `rel` in the checkout at `root` after the rerun; null when it does not exist or is
 * reached only through something other than real directories (see entryInside).
 */
export async function regeneratedState(
  root: string,
  rel: string,
  annexObjects: string | null
): Promise<FileState | null> {
  // Synchronous: a few microseconds a call, where a promised one costs tens.
  const file = entryInside(root, rel)
  if (!file) return null
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (!stat) return null
  if (stat.isSymbolicLink()) {
    const target = fs.readlinkSync(file)
    const key = keyFromSymlinkTarget(target)
    if (!key) return { kind: 'symlink', target }
    return { kind: 'annex', key, contentPath: await trustedContent(target, annexObjects) }
  }
  if (stat.isDirectory()) return { kind: 'directory' }
  if (!stat.isFile()) return { kind: 'special' }
  if (stat.size < MAX_POINTER_SIZE) {
    const key = keyFromPointer(readHead(file, stat.size))
    if (key) return { kind: 'annex', key, contentPath: null }
  }
  return { kind: 'file', path: file, size: stat.size, executable: (stat.mode & 0o111) !== 0 }
}

export function describeState(state: FileState): FileIdentity {
  switch (state.kind) {
    case 'git':
      return { kind: 'git', id: state.object, size: state.size, mode: state.mode }
    case 'annex':
      return { kind: 'annex', id: state.key.key, size: state.key.size }
    case 'symlink':
      return { kind: 'symlink', id: state.target }
    case 'file':
      return { kind: 'git', size: state.size, mode: state.executable ? '100755' : '100644' }
    case 'directory':
      return { kind: 'directory' }
    case 'special':
      return { kind: 'special' }
    case 'subdataset':
      return { kind: 'subdataset', id: state.object }
  }
}
