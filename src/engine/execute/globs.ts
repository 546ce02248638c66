/**
 * Path patterns of run records, expanded as datalad's GlobbedPaths does with Python's
 * `glob.glob(pattern, recursive=True)`: `*`, `?`, `[...]`, `**` as a whole component,
 * dotfiles hidden from wildcards, each pattern's hits sorted, patterns in record order.
 */
import fs from 'node:fs'
import path from 'node:path'

const MAGIC = /[*?[]/

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern)
}

/** Python's fnmatch.translate for one path component. */
function componentRegex(component: string): RegExp {
  let out = ''
  for (let i = 0; i < component.length; i++) {
    const c = component[i] ?? ''
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      let j = i + 1
      if (component[j] === '!') j++
      if (component[j] === ']') j++
      while (j < component.length && component[j] !== ']') j++
      if (j >= component.length) {
        out += '\\['
      } else {
        let set = component.slice(i + 1, j).replace(/\\/g, '\\\\')
        if (set.startsWith('!')) set = '^' + set.slice(1)
        else if (set.startsWith('^')) set = '\\' + set
        out += `[${set}]`
        i = j
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(`^${out}$`, 's')
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory()
  } catch {
    return false
  }
}

function lexists(p: string): boolean {
  try {
    fs.lstatSync(p)
    return true
  } catch {
    return false
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

/** `**`: the directory itself and every non-hidden descendant (directories only unless `files`). */
function descendants(base: string, rel: string, files: boolean): string[] {
  const found: string[] = []
  const walk = (relDir: string): void => {
    for (const name of listDir(path.join(base, relDir))) {
      if (name.startsWith('.')) continue
      const child = relDir ? `${relDir}/${name}` : name
      const dir = isDirectory(path.join(base, child))
      if (dir || files) found.push(child)
      if (dir && !fs.lstatSync(path.join(base, child)).isSymbolicLink()) walk(child)
    }
  }
  walk(rel)
  return found
}

/** Expand one pattern relative to `cwd`; returns hits relative to `cwd`, sorted. */
export function globPattern(pattern: string, cwd: string): string[] {
  if (!hasMagic(pattern)) {
    const clean = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern
    if (pattern.endsWith('/')) return isDirectory(path.join(cwd, clean)) ? [pattern] : []
    return lexists(path.join(cwd, pattern)) ? [pattern] : []
  }
  const components = pattern.split('/')
  let current: string[] = ['']
  components.forEach((component, index) => {
    const last = index === components.length - 1
    const next: string[] = []
    for (const rel of current) {
      const join = (name: string): string => (rel ? `${rel}/${name}` : name)
      if (component === '') {
        // A trailing slash: keep directories only, marked with the slash.
        if (last && rel && isDirectory(path.join(cwd, rel))) next.push(`${rel}/`)
        else if (!last) next.push(rel)
      } else if (component === '**') {
        if (last) {
          if (rel) next.push(`${rel}/`)
          next.push(...descendants(cwd, rel, true))
        } else {
          next.push(rel, ...descendants(cwd, rel, false))
        }
      } else if (hasMagic(component)) {
        const regex = componentRegex(component)
        const showHidden = component.startsWith('.')
        for (const name of listDir(path.join(cwd, rel || '.'))) {
          if (name.startsWith('.') && !showHidden) continue
          if (!regex.test(name)) continue
          const candidate = join(name)
          if (last || isDirectory(path.join(cwd, candidate))) next.push(candidate)
        }
      } else {
        const candidate = join(component)
        if (last ? lexists(path.join(cwd, candidate)) : isDirectory(path.join(cwd, candidate))) {
          next.push(candidate)
        }
      }
    }
    current = [...new Set(next)]
  })
  return current.filter(hit => hit !== '').sort()
}

export interface GlobExpansion {
  /** Every hit of every pattern; a pattern without hits stands for itself. */
  expanded: string[]
  /** Patterns that matched nothing. */
  misses: string[]
}

/** GlobbedPaths.expand(dot=False): `.` is left out, misses are kept literally. */
export function expandPatterns(patterns: readonly string[], cwd: string): GlobExpansion {
  const expanded: string[] = []
  const misses: string[] = []
  for (const pattern of patterns) {
    if (pattern === '.') continue
    const hits = globPattern(pattern, cwd)
    if (hits.length === 0) {
      misses.push(pattern)
      expanded.push(pattern)
    } else expanded.push(...hits)
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
