/**
 * Bring a fresh checkout of the parent into the state the original run started from, minus
 * anything that could pass as a stale output: inputs available, unchanged declared outputs
 * removed, modified files writable, directories made.
 */
import fs from 'node:fs'
import path from 'node:path'
import { keyFromPointer, keyFromSymlinkTarget, MAX_POINTER_SIZE } from '../annex/annex-key.js'
import type { AnnexRepository } from '../annex/annex-repository.js'
import type { PlannedCommit, RunRecord } from '../model.js'
import { expandPatterns, literalParent } from './globs.js'
import { assertInside, assertTrackable, rootRelative } from './safe-paths.js'
import { shellQuote } from '../shell-quote.js'
import type { Hierarchy, InstalledSubdataset } from './subdatasets.js'

export class PreparationError extends Error {
  constructor(
    message: string,
    readonly status: 'error' | 'unverifiable'
  ) {
    super(message)
    this.name = 'PreparationError'
  }
}

export interface PreparedCheckout {
  /** Absolute working directory of the command. */
  cwd: string
  /** `{inputs}` and `{outputs}` as datalad substitutes them: expanded, quoted, relative to pwd. */
  inputs: string[]
  outputs: string[]
  /** Declared outputs removed before the command ran (relative to the root). */
  removed: string[]
}

/**
 * Small file system calls here are synchronous: a few microseconds each, where a promised call
 * costs tens in its round trip through the thread pool. Content is copied with promised calls.
 */
function lstatOrNull(p: string): fs.Stats | null {
  return fs.lstatSync(p, { throwIfNoEntry: false }) ?? null
}

interface MissingContent {
  path: string
  key: string
  /** An unlocked file (a pointer file in git) rather than a link into the annex. */
  pointer: boolean
}

/** Annexed files at or under `rel` (relative to `root`) whose content is not in the checkout. */
function missingAnnexContent(root: string, rel: string): MissingContent[] {
  const abs = path.join(root, rel)
  const stat = lstatOrNull(abs)
  if (!stat) return []
  if (stat.isDirectory()) {
    if (path.basename(abs) === '.git') return []
    return fs
      .readdirSync(abs)
      .flatMap(name => missingAnnexContent(root, rel === '.' ? name : `${rel}/${name}`))
  }
  if (stat.isSymbolicLink()) {
    const key = keyFromSymlinkTarget(fs.readlinkSync(abs))
    if (!key || fs.existsSync(abs)) return []
    return [{ path: rel, key: key.key, pointer: false }]
  }
  if (stat.size < MAX_POINTER_SIZE) {
    const key = keyFromPointer(fs.readFileSync(abs))
    if (key) return [{ path: rel, key: key.key, pointer: true }]
  }
  return []
}

/**
 * Get the inputs' content into the annex (as `datalad get` would), then give unlocked inputs
 * their content in place of the pointer; links into the annex resolve by themselves.
 */
async function fetchInputContent(
  worktree: string,
  missing: readonly MissingContent[],
  annex: AnnexRepository
): Promise<void> {
  const failures = await annex.getKeys(new Map(missing.map(m => [m.key, m.path])))
  if (failures.length > 0) {
    const list = failures.map(f => `${f.file}: ${f.message}`).join('; ')
    throw new PreparationError(
      `annexed input content could not be fetched (${list})`,
      'unverifiable'
    )
  }
  for (const file of missing.filter(m => m.pointer)) {
    const content = await annex.contentOf(file.key)
    if (!('path' in content)) throw new PreparationError(content.failure, 'unverifiable')
    const abs = path.join(worktree, file.path)
    const mode = (await fs.promises.stat(abs)).mode
    const copy = `${abs}.rerun-action-content`
    await fs.promises.copyFile(content.path, copy)
    await fs.promises.chmod(copy, mode & 0o777)
    await fs.promises.rename(copy, abs)
  }
}

/** Remove everything in a directory output except the files in `keep` (relative to the root). */
function emptyDirectory(root: string, rel: string, keep: readonly string[]): void {
  for (const entry of fs.readdirSync(path.join(root, rel))) {
    const child = `${rel}/${entry}`
    if (keep.includes(child)) continue
    const abs = path.join(root, child)
    const keepsSome = keep.some(k => k.startsWith(`${child}/`))
    if (keepsSome && lstatOrNull(abs)?.isDirectory()) emptyDirectory(root, child, keep)
    else fs.rmSync(abs, { recursive: true, force: true })
  }
}

/** Replace an annex symlink by a writable copy of its content, as `git annex unlock` would. */
async function unlock(abs: string): Promise<void> {
  const stat = lstatOrNull(abs)
  if (!stat?.isSymbolicLink() || !keyFromSymlinkTarget(fs.readlinkSync(abs))) return
  const copy = `${abs}.rerun-action-unlock`
  await fs.promises.copyFile(abs, copy)
  await fs.promises.chmod(copy, 0o644)
  await fs.promises.rename(copy, abs)
}

/** The deepest installed subdataset holding `p`, or null for the top dataset. */
function subdatasetHolding(
  installed: readonly InstalledSubdataset[],
  p: string
): InstalledSubdataset | null {
  let found: InstalledSubdataset | null = null
  for (const sub of installed) {
    if (p.startsWith(`${sub.path}/`) && (!found || sub.path.length > found.path.length)) found = sub
  }
  return found
}

/**
 * @param subdatasets what subdatasets.ts installed in the checkout, with the run commit's changes
 *   inside them; null when the dataset has none to consider
 */
export async function prepareCheckout(
  worktree: string,
  commit: PlannedCommit,
  record: RunRecord,
  annex: AnnexRepository | null,
  subdatasets: Hierarchy | null = null
): Promise<PreparedCheckout> {
  const installed = subdatasets?.installed ?? []
  const changes = subdatasets?.changes ?? commit.changes
  const pwd = rootRelative('.', record.pwd, 'pwd')
  const cwd = path.join(worktree, pwd)
  assertInside(worktree, cwd)
  fs.mkdirSync(cwd, { recursive: true })

  // Expand against the parent's tree: the state the original run saw before it ran.
  const inputs = expandPatterns(record.inputs, cwd)
  const extraInputs = expandPatterns(record.extraInputs, cwd)
  const outputs = expandPatterns(record.outputs, cwd)
  const toRoot = (p: string, what: string): string => rootRelative(pwd, p, what)
  const inputPaths = [
    ...inputs.expanded.map(p => toRoot(p, 'input')),
    ...extraInputs.expanded.map(p => toRoot(p, 'extra input'))
  ]
  const outputPaths = outputs.expanded.map(p => toRoot(p, 'output'))
  for (const p of outputPaths) assertTrackable(p.replace(/\/+$/, ''), 'output')
  // The final component may be an annex symlink into .git; what matters is where it sits.
  for (const p of [...inputPaths, ...outputPaths])
    assertInside(worktree, path.dirname(path.join(worktree, p)))

  const misses = [...inputs.misses, ...extraInputs.misses]
  if (misses.length > 0) {
    throw new PreparationError(
      `input ${misses.map(m => JSON.stringify(m)).join(', ')} matches no file in the parent commit`,
      'error'
    )
  }

  const missing = [
    ...new Set(inputPaths.flatMap(p => missingAnnexContent(worktree, p.replace(/\/+$/, '') || '.')))
  ]
  // Each subdataset has an annex of its own: content goes into the one of the dataset holding it.
  const byDataset = new Map<InstalledSubdataset | null, MissingContent[]>()
  for (const m of missing) {
    const holder = subdatasetHolding(installed, m.path)
    byDataset.set(holder, [...(byDataset.get(holder) ?? []), m])
  }
  for (const [holder, group] of byDataset) {
    const owner = holder ? holder.annex : annex
    if (!owner) {
      const where = holder ? ` (in subdataset ${holder.path}, which has no annex)` : ''
      throw new PreparationError(
        `annexed input ${group[0]?.path} has no content here${where} and git-annex is not available`,
        'unverifiable'
      )
    }
    await fetchInputContent(worktree, group, owner)
  }

  // An input of "everything" (`.`, or a pwd-relative path that comes to the root) protects
  // nothing: stale outputs must still go.
  const protectedInputs = inputPaths
    .map(p => p.replace(/\/+$/, ''))
    .filter(p => p !== '.' && p !== '')
  const isInput = (p: string): boolean =>
    protectedInputs.some(i => p === i || p.startsWith(`${i}/`))
  // Files the run commit modified keep the parent's content, as `datalad rerun` has them: a
  // command that edits in place (`sed -i`, `>>`) needs it, and one that no longer touches them
  // leaves bytes that differ from the committed ones by definition. Declared outputs the run
  // commit left unchanged are removed: a command that stopped writing them must not pass on the
  // parent's copy. Files the commit added are not in the parent at all.
  const modifiedByRun = changes.filter(c => c.status === 'M' || c.status === 'T').map(c => c.path)
  const keptModified = new Set(modifiedByRun)
  // Files the run commit deleted stay for the command to delete (`rm` of a missing file fails);
  // if it no longer deletes them, the comparison reports them as still there.
  const deletedByRun = changes.filter(c => c.status === 'D').map(c => c.path)
  // A directory output holding a subdataset is emptied, but its repository stays.
  const subdatasetRepositories = installed.map(sub => `${sub.path}/.git`)
  const removed: string[] = []
  for (const rel of new Set(outputPaths.map(p => p.replace(/\/+$/, '')))) {
    if (rel === '' || rel === '.' || deletedByRun.includes(rel) || keptModified.has(rel)) continue
    const abs = path.join(worktree, rel)
    assertInside(worktree, path.dirname(abs))
    const stat = lstatOrNull(abs)
    if (!stat) continue
    if (isInput(rel)) {
      // An input that is also an output is changed in place: keep it, but make it writable.
      await unlock(abs)
    } else if (stat.isDirectory()) {
      // Inputs and modified files inside a directory output are still needed by the command.
      emptyDirectory(worktree, rel, [
        ...deletedByRun,
        ...protectedInputs,
        ...modifiedByRun,
        ...subdatasetRepositories
      ])
    } else {
      fs.rmSync(abs, { force: true })
      removed.push(rel)
    }
  }
  for (const rel of modifiedByRun) {
    const abs = path.join(worktree, rel)
    assertInside(worktree, path.dirname(abs))
    // Writable for an in-place edit, where the annexed content is here to copy.
    if (fs.existsSync(abs)) await unlock(abs)
  }

  // git does not track empty directories, yet the original run may have relied on one.
  for (const spec of record.outputs) {
    const parent = literalParent(toRoot(spec, 'output').replace(/\/+$/, '/x'))
    if (parent === '' || parent === '.') continue
    const abs = path.join(worktree, parent)
    assertInside(worktree, abs)
    fs.mkdirSync(abs, { recursive: true })
  }

  return {
    cwd,
    inputs: inputs.expanded.map(shellQuote),
    outputs: outputs.expanded.map(shellQuote),
    removed
  }
}
