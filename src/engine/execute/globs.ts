/**
 * Path patterns of run records, expanded as datalad's GlobbedPaths does with Python's
 * `glob.glob(pattern, recursive=True)`: `*`, `?`, `[...]`, `**` as a whole component,
 * dotfiles hidden from wildcards, each pattern's hits sorted, patterns in record order.
 *
 * Records come from commit messages, so their patterns are attacker-controlled: a component is
 * matched by RE2 (linear in the name, however many `*` it has), `**` walks each directory once per
 * component however many directories it starts from, and one expansion examines a bounded
 * number of directory entries.
 */
import fs from 'node:fs'
import path from 'node:path'
import { RE2JS } from 're2js'

const MAGIC = /[*?[]/

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern)
}

/** The most directory entries one expandPatterns (or globPattern) call examines. */
export const MAX_GLOB_ENTRIES = 20_000_000

/** An expansion that would examine more than MAX_GLOB_ENTRIES directory entries. */
export class GlobLimitError extends Error {
  constructor(pattern: string, limit: number) {
    super(
      `expanding the record's paths examines more than ${limit} directory entries (at ${JSON.stringify(pattern)}); the record's globs are refused`
    )
    this.name = 'GlobLimitError'
  }
}

/** Code points from..to, both included. */
type CodeRange = readonly [number, number]

/** One item of a class as Python's fnmatch writes it: a literal code point, or a bare `-`. */
type ClassItem = { literal: string } | 'hyphen'

/** What a `[...]` matches: nothing, any character, or a (negated) set of ranges. */
type ClassMatch = 'never' | 'any' | { negated: boolean; ranges: CodeRange[] }

/**
 * Python's fnmatch._translate for the class `pat[start..end)` (between `[` and `]`), reduced to the
 * set it matches. fnmatch splits the body into chunks at the hyphens that make ranges, drops the
 * ranges whose ends are out of order, and escapes everything else; the items it writes are read
 * back here as Python's regex parser reads them.
 */
function pythonClass(pat: readonly string[], start: number, end: number): ClassMatch {
  let i = start
  let items: ClassItem[]
  const literals = (chars: readonly string[]): ClassItem[] => chars.map(c => ({ literal: c }))
  if (!pat.slice(i, end).includes('-')) {
    items = literals(pat.slice(i, end))
  } else {
    const chunks: string[][] = []
    let k = pat[i] === '!' ? i + 2 : i + 1
    for (;;) {
      while (k < end && pat[k] !== '-') k++
      if (k >= end) break
      chunks.push(pat.slice(i, k))
      i = k + 1
      k = k + 3
    }
    const chunk = pat.slice(i, end)
    if (chunk.length > 0) chunks.push(chunk)
    else chunks[chunks.length - 1]?.push('-')
    // Python, from the last chunk to the second: when the range between chunks[k-1] and
    // chunks[k] is out of order, chunks[k-1] = chunks[k-1][:-1] + chunks[k][1:] and chunks[k]
    // goes. The chunk being merged into is kept reversed, so each merge costs only the characters
    // it adds, not the whole (growing) chunk.
    const kept: string[][] = []
    let current = [...(chunks[chunks.length - 1] ?? [])].reverse()
    for (let c = chunks.length - 1; c > 0; c--) {
      const before = chunks[c - 1] ?? []
      const last = before[before.length - 1]
      const first = current[current.length - 1]
      // Python compares one-character strings: code points, as codePointAt does.
      if (last !== undefined && first !== undefined && codeOf(last) > codeOf(first)) {
        current.pop()
        for (let t = before.length - 2; t >= 0; t--) current.push(before[t] ?? '')
      } else {
        kept.push(current.reverse())
        current = [...before].reverse()
      }
    }
    kept.push(current.reverse())
    items = kept
      .reverse()
      .flatMap((chars, index) => [...(index > 0 ? (['hyphen'] as const) : []), ...literals(chars)])
  }
  const first = items[0]
  if (first === undefined) return 'never'
  const negated = first !== 'hyphen' && first.literal === '!'
  if (negated && items.length === 1) return 'any'
  const ranges: CodeRange[] = []
  const body = negated ? items.slice(1) : items
  for (let p = 0; p < body.length; p++) {
    const low = codeOf(itemChar(body[p]))
    if (body[p + 1] === 'hyphen' && p + 2 < body.length) {
      const high = codeOf(itemChar(body[p + 2]))
      // Python raises "bad character range"; glob.glob would stop with an error.
      if (high < low) return 'never'
      ranges.push([low, high])
      p += 2
    } else if (body[p + 1] === 'hyphen') {
      ranges.push([low, low], [0x2d, 0x2d])
      p += 1
    } else ranges.push([low, low])
  }
  return { negated, ranges }
}

function itemChar(item: ClassItem | undefined): string {
  return item === undefined ? '' : item === 'hyphen' ? '-' : item.literal
}

function codeOf(char: string): number {
  return char.codePointAt(0) ?? 0
}

/** The inside of an RE2 class holding `ranges`, merged so that RE2 gets each code point once. */
function re2Ranges(ranges: readonly CodeRange[]): string {
  const hex = (code: number): string => `\\x{${code.toString(16)}}`
  const merged: [number, number][] = []
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')
}

/** An RE2 atom matching exactly `char` (one code point), whatever it is. */
function re2Literal(char: string): string {
  return /^[A-Za-z0-9_]$/.test(char) ? char : re2Ranges([[codeOf(char), codeOf(char)]])
}

/**
 * Python's `fnmatch.fnmatchcase(name, pattern)` for one path component, in linear time, for the
 * names a directory can hold: a pattern needing more than NAME_MAX characters matches nothing.
 */
export function fnmatch(name: string, pattern: string): boolean {
  return componentMatcher(pattern).test(name)
}

/**
 * The longest name a directory entry can have (NAME_MAX, in bytes, so also in characters): a
 * component asking for more characters than that matches nothing, whatever its `*`.
 */
const NAME_MAX = 255

/** The matcher of no name at all, compiled when first needed (a millisecond and more at start-up). */
let never: RE2JS | undefined
const neverMatcher = (): RE2JS => (never ??= RE2JS.compile('[^\\x{0}-\\x{10ffff}]'))

/**
 * Python's fnmatch.translate for one path component, as an RE2 matcher of whole names: `*` any
 * characters, `?` one, `[...]` as above, an unclosed `[` itself. Characters are code points, as
 * in Python. Consecutive `*` are one (as in fnmatch), and a component of more than NAME_MAX other
 * items is not compiled at all, so the program RE2 runs over each name stays small.
 */
function componentMatcher(component: string): RE2JS {
  const pat = Array.from(component)
  // The first `]` at or after each position, so that a run of unclosed `[` is not rescanned.
  const closing = new Array<number>(pat.length + 1).fill(pat.length)
  for (let p = pat.length - 1; p >= 0; p--) closing[p] = pat[p] === ']' ? p : (closing[p + 1] ?? 0)
  const parts: string[] = []
  let characters = 0
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] ?? ''
    if (c === '*') {
      if (parts[parts.length - 1] !== '.*') parts.push('.*')
      continue
    }
    if (++characters > NAME_MAX) return neverMatcher()
    if (c === '?') parts.push('.')
    else if (c === '[') {
      let j = i + 1
      if (pat[j] === '!') j++
      if (pat[j] === ']') j++
      j = closing[j] ?? pat.length
      if (j >= pat.length) {
        parts.push(re2Literal('['))
      } else {
        const match = pythonClass(pat, i + 1, j)
        if (match === 'never') return neverMatcher()
        else if (match === 'any') parts.push('.')
        else parts.push(`[${match.negated ? '^' : ''}${re2Ranges(match.ranges)}]`)
        i = j
      }
    } else parts.push(re2Literal(c))
  }
  return RE2JS.compile(`^${parts.join('')}$`, RE2JS.DOTALL)
}

/**
 * The file system below `cwd` as one expansion sees it: each directory is listed and each path
 * examined at most once, and the entries examined are counted against MAX_GLOB_ENTRIES. Nothing
 * changes the tree while an expansion runs.
 */
class TreeView {
  private readonly listings = new Map<string, string[]>()
  /** stat (following links): 0 missing, 1 not a directory, 2 a directory. */
  private readonly kinds = new Map<string, number>()
  /** lstat: 0 missing, 1 not a symbolic link, 2 a symbolic link. */
  private readonly links = new Map<string, number>()
  private examined = 0
  pattern = ''

  constructor(
    private readonly cwd: string,
    private readonly maxEntries: number
  ) {}

  /** Count `entries` more examined entries; throws GlobLimitError past the limit. */
  charge(entries: number): void {
    this.examined += entries
    if (this.examined > this.maxEntries) throw new GlobLimitError(this.pattern, this.maxEntries)
  }

  list(rel: string): string[] {
    let names = this.listings.get(rel)
    if (names === undefined) {
      try {
        names = fs.readdirSync(path.join(this.cwd, rel || '.'))
      } catch {
        names = []
      }
      this.listings.set(rel, names)
    }
    this.charge(names.length)
    return names
  }

  private stat(rel: string, follow: boolean): number {
    const cache = follow ? this.kinds : this.links
    let kind = cache.get(rel)
    if (kind === undefined) {
      const p = path.join(this.cwd, rel)
      try {
        const stats = follow ? fs.statSync(p) : fs.lstatSync(p)
        kind = (follow ? stats.isDirectory() : stats.isSymbolicLink()) ? 2 : 1
      } catch {
        kind = 0
      }
      cache.set(rel, kind)
    }
    return kind
  }

  isDirectory(rel: string): boolean {
    return this.stat(rel, true) === 2
  }

  isSymbolicLink(rel: string): boolean {
    return this.stat(rel, false) === 2
  }

  lexists(rel: string): boolean {
    return this.stat(rel, false) !== 0
  }
}

/**
 * `**` from each of `rels`: every non-hidden descendant (directories only unless `files`), pushed
 * onto `found`. A directory is listed once however many of `rels` contain it, so a `**` costs
 * the size of the tree, not the tree times its depth. A symbolic link to a directory is listed
 * only when it is one of `rels`, not when the walk reaches it.
 */
function pushDescendants(tree: TreeView, rels: readonly string[], files: boolean, found: string[]) {
  const walked = new Set<string>()
  const stack = [...rels]
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    if (walked.has(dir)) continue
    walked.add(dir)
    for (const name of tree.list(dir)) {
      if (name.startsWith('.')) continue
      const child = dir ? `${dir}/${name}` : name
      const isDir = tree.isDirectory(child)
      if (isDir || files) found.push(child)
      if (isDir && !tree.isSymbolicLink(child)) stack.push(child)
    }
  }
}

function expandOne(pattern: string, tree: TreeView): string[] {
  tree.pattern = pattern
  if (!hasMagic(pattern)) {
    const clean = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern
    if (pattern.endsWith('/')) return tree.isDirectory(clean) ? [pattern] : []
    return tree.lexists(pattern) ? [pattern] : []
  }
  const components = pattern.split('/')
  let current: string[] = ['']
  components.forEach((component, index) => {
    const last = index === components.length - 1
    const next: string[] = []
    tree.charge(current.length)
    const join = (rel: string, name: string): string => (rel ? `${rel}/${name}` : name)
    if (component === '**') {
      // One walk for all of `current`: a directory below several of them is listed once.
      if (last) {
        for (const rel of current) if (rel) next.push(`${rel}/`)
      } else for (const rel of current) next.push(rel)
      pushDescendants(tree, current, last, next)
    } else if (component !== '' && hasMagic(component)) {
      const matcher = componentMatcher(component)
      const showHidden = component.startsWith('.')
      for (const rel of current) {
        for (const name of tree.list(rel)) {
          if (name.startsWith('.') && !showHidden) continue
          if (!matcher.test(name)) continue
          const candidate = join(rel, name)
          if (last || tree.isDirectory(candidate)) next.push(candidate)
        }
      }
    } else {
      for (const rel of current) {
        if (component === '') {
          // A trailing slash: keep directories only, marked with the slash.
          if (last && rel && tree.isDirectory(rel)) next.push(`${rel}/`)
          else if (!last) next.push(rel)
        } else {
          const candidate = join(rel, component)
          if (last ? tree.lexists(candidate) : tree.isDirectory(candidate)) next.push(candidate)
        }
      }
    }
    current = [...new Set(next)]
  })
  return current.filter(hit => hit !== '').sort()
}

/** Expand one pattern relative to `cwd`; returns hits relative to `cwd`, sorted. */
export function globPattern(pattern: string, cwd: string, maxEntries = MAX_GLOB_ENTRIES): string[] {
  return expandOne(pattern, new TreeView(cwd, maxEntries))
}

export interface GlobExpansion {
  /** Every hit of every pattern; a pattern without hits stands for itself. */
  expanded: string[]
  /** Patterns that matched nothing. */
  misses: string[]
}

/**
 * GlobbedPaths.expand(dot=False): `.` is left out, misses are kept literally. Throws
 * GlobLimitError when the patterns together examine more than `maxEntries` directory entries.
 */
export function expandPatterns(
  patterns: readonly string[],
  cwd: string,
  maxEntries = MAX_GLOB_ENTRIES
): GlobExpansion {
  const tree = new TreeView(cwd, maxEntries)
  const expanded: string[] = []
  const misses: string[] = []
  for (const pattern of patterns) {
    if (pattern === '.') continue
    const hits = expandOne(pattern, tree)
    if (hits.length === 0) {
      misses.push(pattern)
      expanded.push(pattern)
    } else for (const hit of hits) expanded.push(hit)
  }
  return { expanded, misses }
}

/** The leading directories of a pattern that contain no wildcard, e.g. `res/a` for `res/a/*.txt`. */
export function literalParent(pattern: string): string {
  const parts = pattern.split('/')
  parts.pop()
  const firstMagic = parts.findIndex(hasMagic)
  return (firstMagic < 0 ? parts : parts.slice(0, firstMagic)).join('/')
}
