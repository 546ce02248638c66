/**
 * Dependencies between the run commits of a plan: a commit depends on the run commit that last
 * produced a file it reads. Pure: computed from what planning already knows (records and file
 * changes), with nothing read from git or the file system.
 *
 * - A commit produces the files it changed (added, modified, deleted, retyped) and its declared
 *   outputs that are literal paths. A glob output is known by the files the commit changed.
 * - A commit reads its inputs and extra inputs. A literal input covers that path and everything
 *   below it; a glob input covers every produced path it matches, and everything below a match.
 * - Of the producers of a path, only the latest earlier one (in plan order) counts. A producer of
 *   a directory stands for the paths below it: a file read is its unless the file itself was
 *   produced later; a directory read below it names it in any case (which files it wrote there
 *   is not known).
 *
 * Histories can hold tens of thousands of run commits, so the cost is bounded: produced paths are
 * kept in a tree whose every directory knows, newest first, the latest producers of the paths
 * below it. A write costs the depth of its path, a literal input that depth plus the dependencies
 * it finds, and each commit keeps at most MAX_DEPENDENCIES (the newest). Glob inputs walk the
 * tree within one budget for the whole plan (GlobLimits); once it is spent, a glob is read as the
 * directory it starts from, which can only add dependencies, never lose one.
 */
import { fnmatch, hasMagic, literalParent } from '../execute/globs.js'
import { rootRelative, UnsafePathError } from '../execute/safe-paths.js'
import type { CommitVerdict, PlannedCommit } from '../model.js'

/** The most dependencies listed per commit; a commit reading from more keeps the newest. */
export const MAX_DEPENDENCIES = 100

/** What glob inputs may spend for a whole plan before globs are read as their starting directory. */
export interface GlobLimits {
  /** Nodes of the tree of produced paths visited. */
  visits: number
  /** Names matched against wildcard components (each match compiles a matcher). */
  matches: number
}

export const GLOB_LIMITS: GlobLimits = { visits: 2_000_000, matches: 20_000 }

export interface CommitDependencies {
  /** Shas of the run commits this one depends on, oldest first. */
  dependencies: string[]
  /** More run commits than MAX_DEPENDENCIES were found: the newest are listed. */
  truncated: boolean
}

/**
 * Plan indices with how many paths each holds, to be listed newest first. Every index added is
 * at least every index already held (commits are processed in plan order), so a doubly linked
 * list in insertion order is ordered by recency, and listing the newest k costs k.
 */
class Producers {
  private readonly counts = new Map<number, number>()
  private readonly older = new Map<number, number>()
  private readonly newer = new Map<number, number>()
  private newest: number | undefined

  add(index: number): void {
    const count = this.counts.get(index)
    if (count !== undefined) {
      this.counts.set(index, count + 1)
      return
    }
    this.counts.set(index, 1)
    if (this.newest !== undefined) {
      this.older.set(index, this.newest)
      this.newer.set(this.newest, index)
    }
    this.newest = index
  }

  remove(index: number): void {
    const count = this.counts.get(index) ?? 0
    if (count > 1) {
      this.counts.set(index, count - 1)
      return
    }
    this.counts.delete(index)
    const older = this.older.get(index)
    const newer = this.newer.get(index)
    this.older.delete(index)
    this.newer.delete(index)
    if (newer === undefined) this.newest = older
    else if (older === undefined) this.older.delete(newer)
    else this.older.set(newer, older)
    if (older !== undefined) {
      if (newer === undefined) this.newer.delete(older)
      else this.newer.set(older, newer)
    }
  }

  /** Up to `limit` indices above `floor`, newest first. */
  newestAbove(floor: number, limit: number): number[] {
    const found: number[] = []
    for (let i = this.newest; i !== undefined && i > floor && found.length < limit;) {
      found.push(i)
      i = this.older.get(i)
    }
    return found
  }
}

/** A produced path (or a directory on the way to one). */
class PathNode {
  readonly children = new Map<string, PathNode>()
  /** The run commit (plan index) that last produced exactly this path. */
  own: number | undefined
  /** The latest producers of this path and of every path below it. */
  readonly producers = new Producers()
}

/**
 * A path a read covers: its node (none when nothing was produced at or below it), and the newest
 * producer of a directory above it (-1: none).
 */
interface Covered {
  node: PathNode | undefined
  above: number
}

/** A covered path that has a node, as glob walks produce. */
interface Reached {
  node: PathNode
  above: number
}

class BudgetSpent extends Error {}

/** What glob inputs may still spend, shared by the whole plan (GlobLimits). */
class GlobBudget {
  private visits: number
  private matchings: number
  /** Results of wildcard components against names: the same glob recurs in many records. */
  private readonly memo = new Map<string, Map<string, boolean>>()

  constructor(limits: GlobLimits) {
    this.visits = limits.visits
    this.matchings = limits.matches
  }

  visit(): void {
    if (--this.visits < 0) throw new BudgetSpent()
  }

  get spent(): boolean {
    return this.visits < 0 || this.matchings < 0
  }

  /** Whether a name matches a wildcard component, as Python's glob does (dotfiles hidden). */
  matches(component: string, name: string): boolean {
    if (name.startsWith('.') && !component.startsWith('.')) return false
    if (component === '*') return true
    let results = this.memo.get(component)
    if (!results) this.memo.set(component, (results = new Map<string, boolean>()))
    let result = results.get(name)
    if (result === undefined) {
      if (--this.matchings < 0) throw new BudgetSpent()
      result = fnmatch(name, component)
      results.set(name, result)
    }
    return result
  }
}

function newer(a: number, b: number | undefined): number {
  return b !== undefined && b > a ? b : a
}

class ProducedPaths {
  private readonly root = new PathNode()

  /** `index` produced `path` (root-relative, no trailing slash, not the root itself). */
  write(path: string, index: number): void {
    const chain = [this.root]
    let node = this.root
    for (const name of path.split('/')) {
      let child = node.children.get(name)
      if (!child) node.children.set(name, (child = new PathNode()))
      chain.push(child)
      node = child
    }
    const previous = node.own
    if (previous === index) return
    for (const n of chain) {
      if (previous !== undefined) n.producers.remove(previous)
      n.producers.add(index)
    }
    node.own = index
  }

  /** The node at `path` ('' is the root), if any, and the newest producer of a directory above it. */
  private find(path: string): Covered {
    let node: PathNode | undefined = this.root
    let above = -1
    for (const name of path === '' ? [] : path.split('/')) {
      above = newer(above, node.own)
      node = node.children.get(name)
      if (!node) break
    }
    return { node, above }
  }

  /** Paths a read of `pattern` covers (root-relative, no trailing slash; '' is everything). */
  covered(pattern: string, budget: GlobBudget): Covered[] {
    const start = hasMagic(pattern) ? literalParent(pattern) : pattern
    const origin = this.find(start)
    if (start === pattern || budget.spent || !origin.node) return [origin]
    const components = pattern.split('/').slice(start === '' ? 0 : start.split('/').length)
    try {
      return this.match({ node: origin.node, above: origin.above }, components, budget)
    } catch (e) {
      if (!(e instanceof BudgetSpent)) throw e
      return [origin]
    }
  }

  /** Python glob's walk of `components` from `origin`, over the produced paths only. */
  private match(origin: Reached, components: readonly string[], budget: GlobBudget): Reached[] {
    let current = [origin]
    components.forEach((component, i) => {
      const next: Reached[] = []
      const seen = new Set<PathNode>()
      const push = (item: Reached): void => {
        if (seen.has(item.node)) return
        seen.add(item.node)
        next.push(item)
      }
      for (const item of current) {
        budget.visit()
        const below = newer(item.above, item.node.own)
        if (component === '**') {
          // The last component: everything below; otherwise each directory below, at any depth.
          if (i === components.length - 1) push(item)
          else this.directoriesBelow(item, budget).forEach(push)
        } else if (!hasMagic(component)) {
          const child = item.node.children.get(component)
          if (child) push({ node: child, above: below })
        } else {
          for (const [name, child] of item.node.children) {
            budget.visit()
            if (budget.matches(component, name)) push({ node: child, above: below })
          }
        }
      }
      current = next
    })
    return current
  }

  /** `from` and every directory below it that is not hidden, as `**` walks them. */
  private directoriesBelow(from: Reached, budget: GlobBudget): Reached[] {
    const found: Reached[] = []
    const stack = [from]
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      found.push(item)
      const below = newer(item.above, item.node.own)
      for (const [name, child] of item.node.children) {
        budget.visit()
        if (child.children.size > 0 && !name.startsWith('.'))
          stack.push({ node: child, above: below })
      }
    }
    return found
  }
}

/** A record path relative to the dataset root without a trailing slash, or null when unsafe. */
function fromRoot(pwd: string, recordPath: string): string | null {
  try {
    const rel = rootRelative(pwd, recordPath, 'path').replace(/\/+$/, '')
    return rel === '.' ? '' : rel
  } catch (e) {
    // Such a record is refused when it is replayed; it neither reads nor produces anything here.
    if (e instanceof UnsafePathError) return null
    throw e
  }
}

/** What one commit reads (patterns) and produces (paths), relative to the dataset root. */
function readsAndWrites(commit: PlannedCommit): { reads: string[]; writes: string[] } {
  const record = commit.record
  const writes = new Set(commit.changes.map(change => change.path))
  if (!record) return { reads: [], writes: [...writes] }
  const pwd = fromRoot('.', record.pwd)
  if (pwd === null) return { reads: [], writes: [...writes] }
  const resolve = (paths: readonly string[]): string[] =>
    paths.flatMap(p => {
      const rel = fromRoot(pwd || '.', p)
      return rel === null ? [] : [rel]
    })
  // An output of the whole dataset names no file; the commit's changes say what it produced.
  for (const output of resolve(record.outputs)) if (output && !hasMagic(output)) writes.add(output)
  return { reads: resolve([...record.inputs, ...record.extraInputs]), writes: [...writes] }
}

/** Each planned commit's dependencies, by sha: the commits of `commits` (plan order) it reads from. */
export function runDependencies(
  commits: readonly PlannedCommit[],
  limits: GlobLimits = GLOB_LIMITS
): Map<string, CommitDependencies> {
  const produced = new ProducedPaths()
  const budget = new GlobBudget(limits)
  const result = new Map<string, CommitDependencies>()
  commits.forEach((commit, index) => {
    const { reads, writes } = readsAndWrites(commit)
    const found = new Set<number>()
    for (const pattern of reads) {
      for (const { node, above } of produced.covered(pattern, budget)) {
        // A directory's producer stands for the path unless the path itself was produced later.
        if (above >= 0 && (node?.own ?? -1) <= above) found.add(above)
        for (const i of node?.producers.newestAbove(above, MAX_DEPENDENCIES + 1) ?? []) found.add(i)
      }
    }
    const newestFirst = [...found].sort((a, b) => b - a)
    result.set(commit.sha, {
      dependencies: newestFirst
        .slice(0, MAX_DEPENDENCIES)
        .reverse()
        .map(i => commits[i]?.sha ?? ''),
      truncated: newestFirst.length > MAX_DEPENDENCIES
    })
    for (const path of writes) produced.write(path, index)
  })
  return result
}

/** A verdict with its commit's dependencies (from runDependencies), whatever it carried before. */
export function withDependencies(
  verdict: CommitVerdict,
  found: ReadonlyMap<string, CommitDependencies>
): CommitVerdict {
  const { dependencies = [], truncated = false } = found.get(verdict.sha) ?? {}
  const attached: CommitVerdict = { ...verdict, dependencies }
  if (truncated) attached.dependenciesTruncated = true
  else delete attached.dependenciesTruncated
  return attached
}
