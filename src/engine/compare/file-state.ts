/** What a path is, in the run commit (committed) and in the checkout after the rerun (regenerated). */
import fs from 'node:fs'
import {
  keyFromPointer,
  keyFromSymlinkTarget,
  MAX_POINTER_SIZE,
  type AnnexKey
} from '../annex/annex-key.js'
import type { TreeEntry } from '../git/git-command-manager.js'
import type { FileIdentity } from '../model.js'
import { readHead } from './content/bytes.js'

export type FileState =
  | { kind: 'git'; object: string; size: number; mode: string }
  | { kind: 'annex'; key: AnnexKey; contentPath: string | null }
  | { kind: 'symlink'; target: string }
  | { kind: 'file'; path: string; size: number; executable: boolean }
  | { kind: 'directory' }
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

/** State of a file in the checkout; null when it does not exist. */
export async function regeneratedState(file: string): Promise<FileState | null> {
  const stat = await fs.promises.lstat(file).catch(() => null)
  if (!stat) return null
  if (stat.isSymbolicLink()) {
    const target = await fs.promises.readlink(file)
    const key = keyFromSymlinkTarget(target)
    if (!key) return { kind: 'symlink', target }
    const present = await fs.promises.stat(file).then(
      () => true,
      () => false
    )
    return { kind: 'annex', key, contentPath: present ? file : null }
  }
  if (stat.isDirectory()) return { kind: 'directory' }
  if (stat.size < MAX_POINTER_SIZE) {
    const key = keyFromPointer(await readHead(file, stat.size))
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
    case 'subdataset':
      return { kind: 'subdataset', id: state.object }
  }
}
