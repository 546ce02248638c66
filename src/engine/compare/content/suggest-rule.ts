/**
 * The `.rerun.yml` rules that would accept differences, for the reports. Only causes a rule can
 * express get a suggestion: drift (a tolerance) and timestamps (ignore-lines). Outputs that differ
 * the same way share one rule whose glob covers them (`results/*.csv`, not five per-file rules),
 * as long as that glob covers no output that differs in another way.
 */
import { escapeGlob, globToRegExp, type TextPattern } from '../../config/comparison-rules.js'
import type { OutputVerdict } from '../../model.js'
import { FLOAT_DRIFT_RELATIVE, TIMESTAMP_LINE } from './causes.js'

/** An output that differs, as the reports know it. */
export type Difference = Pick<OutputVerdict, 'path' | 'cause' | 'deviation'>

export interface RuleSuggestion {
  /** The rule's `path`: one output's path, escaped, or a glob covering several outputs. */
  glob: string
  /** The outputs whose differences the rule accepts, in the order they were given. */
  paths: string[]
  /** The rule as one item of a `rules:` list. */
  yaml: string
}

/** What a rule does about a difference: compare numbers within a tolerance, or skip date lines. */
type Kind = 'tolerance' | 'timestamps'

/** The next power of ten at or above twice the observed deviation: a bit of headroom, readable. */
function roundedUp(observed: number): number {
  return Number(`1e${Math.ceil(Math.log10(observed * 2))}`)
}

/**
 * The relative tolerance a rule needs: above the deviation seen; for drift without a usable one,
 * the drift threshold. Null when a tolerance cannot accept the difference.
 */
function relativeTolerance(difference: Difference): number | null {
  const relative = difference.deviation?.relative
  const usable = relative !== undefined && relative > 0 && relative < 1
  if (usable) return roundedUp(relative)
  return difference.cause === 'float-drift' ? FLOAT_DRIFT_RELATIVE : null
}

/**
 * How a rule could accept this difference, or null when no rule should: reordering, whitespace,
 * line endings, a missing or empty output are fixed in the command, not hidden by configuration.
 */
function kindOf(difference: Difference): Kind | null {
  switch (difference.cause) {
    case 'float-drift':
    case 'non-deterministic':
      return relativeTolerance(difference) === null ? null : 'tolerance'
    case 'timestamps':
      return 'timestamps'
    default:
      return null
  }
}

function ruleBody(kind: Kind, relative: number): string {
  return kind === 'tolerance'
    ? `    tolerance: { relative: ${relative} }\n`
    : "    # lines holding a date or time are not compared; narrow it, e.g. to '^Generated at '\n" +
        `    ignore-lines: ['${TIMESTAMP_LINE}']\n`
}

function ruleItem(kind: Kind, glob: string, paths: readonly string[], relative: number): string {
  const covers = paths.length > 1 ? `  # accepts the differences of ${paths.length} outputs\n` : ''
  return `${covers}  - path: ${JSON.stringify(glob)}\n${ruleBody(kind, relative)}`
}

const directoryOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1)

/** `.csv` of `results/a.csv`; '' for `Makefile` and `.hidden`. */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot) : ''
}

/** The longest directory (ending in `/`, or '') holding every path. */
function commonDirectory(paths: readonly string[]): string {
  let common = directoryOf(paths[0] ?? '')
  for (const path of paths) {
    while (!path.startsWith(common)) common = directoryOf(common.slice(0, -1))
  }
  return common
}

/** A glob for the paths, all with one extension: `dir/*.ext`, with `**` when they are in several directories. */
function globOf(paths: readonly string[], extension: string): string {
  const common = commonDirectory(paths)
  const deeper = paths.some(path => directoryOf(path) !== common)
  return `${escapeGlob(common)}${deeper ? '**/' : ''}*${escapeGlob(extension)}`
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.values()]
}

/**
 * Globs covering `paths` and nothing in `others`: one for them all when it can, else one per
 * directory, else one per path.
 */
function coveringGlobs(
  paths: readonly string[],
  others: readonly string[]
): { glob: string; paths: string[] }[] {
  const single = (path: string): { glob: string; paths: string[] } => ({
    glob: escapeGlob(path),
    paths: [path]
  })
  if (paths.length === 1) return paths.map(single)
  const extension = extensionOf(paths[0] ?? '')
  const coversNoOther = (glob: string): boolean => {
    let pattern: TextPattern
    try {
      pattern = globToRegExp(glob)
    } catch {
      return false
    }
    return !others.some(other => pattern.test(other))
  }
  const whole = globOf(paths, extension)
  if (coversNoOther(whole)) return [{ glob: whole, paths: [...paths] }]
  return groupBy(paths, directoryOf).flatMap(inDirectory => {
    if (inDirectory.length === 1) return inDirectory.map(single)
    const glob = globOf(inDirectory, extension)
    return coversNoOther(glob) ? [{ glob, paths: inDirectory }] : inDirectory.map(single)
  })
}

/**
 * The rules that would accept these differences (the notable outputs of the commits not
 * reproduced), in the order of the outputs: outputs that differ the same way, with the same extension, share a
 * rule when one glob covers them and no output that differs otherwise. An output with a
 * difference no rule should accept gets none, and no glob covers it.
 */
export function suggestRules(differences: readonly Difference[]): RuleSuggestion[] {
  const unexplained = new Set(differences.filter(d => kindOf(d) === null).map(d => d.path))
  const needed = new Map<Kind, Map<string, number>>()
  for (const difference of differences) {
    const kind = kindOf(difference)
    if (kind === null || unexplained.has(difference.path)) continue
    const byPath = needed.get(kind) ?? new Map<string, number>()
    needed.set(kind, byPath)
    const relative = relativeTolerance(difference) ?? 0
    byPath.set(difference.path, Math.max(byPath.get(difference.path) ?? 0, relative))
  }
  const allPaths = [...new Set(differences.map(d => d.path))]
  const suggestions: RuleSuggestion[] = []
  for (const [kind, byPath] of needed) {
    for (const sameExtension of groupBy([...byPath.keys()], extensionOf)) {
      const group = new Set(sameExtension)
      const others = allPaths.filter(path => !group.has(path))
      for (const { glob, paths } of coveringGlobs(sameExtension, others)) {
        const relative = Math.max(...paths.map(path => byPath.get(path) ?? 0))
        suggestions.push({ glob, paths, yaml: ruleItem(kind, glob, paths, relative) })
      }
    }
  }
  return suggestions
}

/** A complete `.rerun.yml` with these rules (to merge into an existing one's `rules:`). */
export function rulesYaml(suggestions: readonly Pick<RuleSuggestion, 'yaml'>[]): string {
  return `rules:\n${suggestions.map(s => s.yaml).join('')}`
}
