/** Paths from run records are untrusted: they must stay inside the checkout they apply to. */
import fs from 'node:fs'
import path from 'node:path'

export class UnsafePathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsafePathError'
  }
}

/**
 * Turn a record path (relative to the record's pwd) into a path relative to the dataset root.
 * Absolute paths and paths that climb out of the dataset are refused.
 */
export function rootRelative(pwd: string, recordPath: string, what: string): string {
  if (path.posix.isAbsolute(recordPath) || path.posix.isAbsolute(pwd)) {
    throw new UnsafePathError(
      `${what} ${JSON.stringify(recordPath)} is absolute; a run record must use paths inside the dataset`
    )
  }
  const joined = path.posix.normalize(path.posix.join(pwd, recordPath))
  if (joined === '..' || joined.startsWith('../')) {
    throw new UnsafePathError(
      `${what} ${JSON.stringify(recordPath)} (from pwd ${JSON.stringify(pwd)}) points outside the dataset`
    )
  }
  const trailing = recordPath.endsWith('/') && !joined.endsWith('/') ? '/' : ''
  return joined === '.' ? '.' : joined.replace(/^\.\//, '') + trailing
}

/** git never tracks anything in a `.git` directory: an output there cannot be an output. */
export function assertTrackable(rel: string, what: string): void {
  if (rel.split('/').includes('.git')) {
    throw new UnsafePathError(
      `${what} ${JSON.stringify(rel)} lies in a .git directory, which git never tracks`
    )
  }
}

/** The real path of `target`'s deepest existing ancestor must lie inside `root` (symlinks included). */
export function assertInside(root: string, target: string): void {
  const realRoot = fs.realpathSync.native(root)
  let probe = path.resolve(target)
  let suffix = ''
  for (;;) {
    try {
      const real = fs.realpathSync.native(probe)
      const full = path.join(real, suffix)
      if (full !== realRoot && !full.startsWith(realRoot + path.sep)) {
        throw new UnsafePathError(
          `${path.relative(root, target)} leads outside the checkout (to ${full})`
        )
      }
      return
    } catch (e) {
      if (e instanceof UnsafePathError) throw e
      const parent = path.dirname(probe)
      if (parent === probe) throw new UnsafePathError(`cannot resolve ${target}`)
      suffix = path.join(path.basename(probe), suffix)
      probe = parent
    }
  }
}

/**
 * `rel` as an absolute path inside `root`, or null when a directory on the way is not a real
 * directory (a symlink, a file, absent). What a command left in its checkout is read only there,
 * never through a link it made to somewhere else.
 */
export function entryInside(root: string, rel: string): string | null {
  const parts = rel.split('/')
  let dir = root
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part)
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false })
    if (!stat?.isDirectory()) return null
  }
  return path.join(root, rel)
}
