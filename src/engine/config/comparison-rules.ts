/**
 * Comparison rules from `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json):
 * which outputs are ignored, compared with a numeric tolerance, or compared without some lines.
 * Validation is strict and every error names the file, the line and the key, because a rule that
 * silently does nothing would let a real mismatch pass as reproduced.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import { UsageError } from '../errors.js'

/** Numbers a and b are equal when |a − b| ≤ absolute or |a − b| ≤ relative · max(|a|, |b|). */
export interface Tolerance {
  absolute: number
  relative: number
}

/** What applies to one output after every matching rule has been merged. */
export interface ComparisonRule {
  ignore: boolean
  tolerance?: Tolerance
  ignoreLines: RegExp[]
}

/** An invalid `.rerun.yml`: a usage error (exit 2), never silently ignored. */
export class ConfigError extends UsageError {
  constructor(source: string, line: number, key: string, problem: string) {
    super(`${source}:${line}: ${key}: ${problem}`)
    this.name = 'ConfigError'
  }
}

interface CompiledRule {
  pattern: RegExp
  ignore?: boolean
  tolerance?: Tolerance
  ignoreLines?: RegExp[]
}

export class ComparisonRules {
  constructor(private readonly rules: readonly CompiledRule[]) {}

  get isEmpty(): boolean {
    return this.rules.length === 0
  }

  /** Rules are applied in file order; each key a later matching rule sets replaces the earlier one. */
  ruleFor(outputPath: string): ComparisonRule {
    const merged: ComparisonRule = { ignore: false, ignoreLines: [] }
    for (const rule of this.rules) {
      if (!rule.pattern.test(outputPath)) continue
      if (rule.ignore !== undefined) merged.ignore = rule.ignore
      if (rule.tolerance !== undefined) merged.tolerance = rule.tolerance
      if (rule.ignoreLines !== undefined) merged.ignoreLines = rule.ignoreLines
    }
    return merged
  }
}

/** Where a dataset keeps its comparison rules, relative to its root. */
export const DEFAULT_CONFIG_FILE = '.rerun.yml'

export const EMPTY_RULES = new ComparisonRules([])

/** Translate one path component that is not `**`: `*`, `?`, `[...]`, `\` escapes the next character. */
function componentToRegExp(component: string): string {
  let out = ''
  for (let i = 0; i < component.length; i++) {
    const c = component.charAt(i)
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '\\' && i + 1 < component.length) out += escapeRegExp(component.charAt(++i))
    else if (c === '[') {
      let end = i + 1
      if (component[end] === '!' || component[end] === '^') end++
      if (component[end] === ']') end++
      while (end < component.length && component[end] !== ']') end++
      if (end >= component.length) throw new SyntaxError(`unclosed "[" in "${component}"`)
      const body = component.slice(i + 1, end)
      const negated = body.startsWith('!') || body.startsWith('^')
      const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')
      // A class never matches the separator, as `*` and `?` do not.
      out += `(?!/)[${negated ? '^' : ''}${members}]`
      i = end
    } else out += escapeRegExp(c)
  }
  return out
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * The matcher for a rule's `path`: a glob over paths relative to the dataset root, anchored at the
 * root. `**` as a whole component matches any number of directories (zero included), `*` and `?`
 * never cross `/`, `[...]`/`[!...]` are character classes, `\` escapes; a trailing `/` means
 * everything below that directory. Throws SyntaxError for an unclosed or invalid class.
 */
export function globToRegExp(pattern: string): RegExp {
  const components = (pattern.endsWith('/') ? `${pattern}**` : pattern).split('/')
  const source = components
    .map((component, index) => {
      const last = index === components.length - 1
      if (component === '**') return last ? '.*' : '(?:[^/]*/)*'
      return componentToRegExp(component) + (last ? '' : '/')
    })
    .join('')
  return new RegExp(`^${source}$`, 's')
}

/** A glob that matches exactly `path` (for suggesting a rule for one output). */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, '\\$&')
}

const RULE_KEYS = ['path', 'ignore', 'tolerance', 'ignore-lines'] as const
const TOLERANCE_KEYS = ['absolute', 'relative'] as const

/** Walks the YAML tree keeping the source position of every node, for precise errors. */
class RuleReader {
  constructor(
    private readonly source: string,
    private readonly document: Document,
    private readonly lines: LineCounter
  ) {}

  lineOf(node: Node | null | undefined, fallback = 1): number {
    const offset = node?.range?.[0]
    return offset === undefined ? fallback : this.lines.linePos(offset).line
  }

  fail(node: Node | null | undefined, key: string, problem: string, fallback = 1): never {
    throw new ConfigError(this.source, this.lineOf(node, fallback), key, problem)
  }

  resolve(node: unknown): Node | null {
    if (isAlias(node)) return node.resolve(this.document) ?? null
    return isScalar(node) || isMap(node) || isSeq(node) ? node : null
  }

  /** The entries of a mapping, rejecting keys outside `allowed`. */
  entries(
    node: Node | null,
    key: string,
    allowed: readonly string[],
    fallbackLine = 1
  ): { name: string; keyNode: Node; value: Node | null }[] {
    if (!isMap(node)) {
      this.fail(
        node,
        key,
        `must be a mapping with keys ${allowed.join(', ')}, got ${describeValue(node)}`,
        fallbackLine
      )
    }
    return node.items.map(pair => {
      const keyNode = this.resolve(pair.key)
      const name = isScalar(keyNode) ? String(keyNode.value) : ''
      const where = key === '' ? name : `${key}.${name}`
      if (!allowed.includes(name)) {
        const close = allowed.find(a => a === name.replace(/_/g, '-').toLowerCase())
        this.fail(
          keyNode,
          where || key,
          `unknown key${close ? ` (did you mean "${close}"?)` : ''}; allowed: ${allowed.join(', ')}`,
          this.lineOf(node)
        )
      }
      return { name, keyNode: keyNode as Node, value: this.resolve(pair.value) }
    })
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function describeValue(node: Node | null): string {
  if (node === null) return 'nothing'
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  const value = isScalar(node) ? node.value : undefined
  if (value === null) return 'nothing'
  if (typeof value === 'string') return `the string "${value}"`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return 'an unsupported value'
}

function readTolerance(reader: RuleReader, node: Node | null, key: string, line: number) {
  const tolerance: Tolerance = { absolute: 0, relative: 0 }
  const entries = reader.entries(node, key, TOLERANCE_KEYS, line)
  if (entries.length === 0) {
    reader.fail(
      node,
      key,
      'give absolute, relative or both, e.g. { absolute: 1e-9, relative: 1e-6 }'
    )
  }
  for (const { name, value, keyNode } of entries) {
    const number = isScalar(value) ? value.value : undefined
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
      reader.fail(
        value ?? keyNode,
        `${key}.${name}`,
        `must be a finite number ≥ 0 (e.g. 1e-6), got ${describeValue(value)}`
      )
    }
    tolerance[name as keyof Tolerance] = number
  }
  return tolerance
}

function readIgnoreLines(reader: RuleReader, node: Node | null, key: string, line: number) {
  const example = `e.g. ['^Generated at ']`
  if (!isSeq(node)) {
    reader.fail(node, key, `must be a list of regular expressions, ${example}`, line)
  }
  return node.items.map((item, index) => {
    const itemNode = reader.resolve(item)
    const itemKey = `${key}[${index}]`
    const text = isScalar(itemNode) ? itemNode.value : undefined
    if (typeof text !== 'string' || text === '') {
      reader.fail(
        itemNode,
        itemKey,
        `must be a non-empty regular expression string, ${example}`,
        line
      )
    }
    try {
      return new RegExp(text)
    } catch (error) {
      const why = messageOf(error).replace(/^Invalid regular expression: /, '')
      return reader.fail(itemNode, itemKey, `invalid regular expression (${why})`, line)
    }
  })
}

function readRule(reader: RuleReader, node: Node | null, key: string, line: number): CompiledRule {
  if (node === null || !isMap(node)) {
    reader.fail(
      node,
      key,
      `must be a mapping with path and ignore, tolerance or ignore-lines, got ${describeValue(node)}`,
      line
    )
  }
  const ruleLine = reader.lineOf(node, line)
  let pattern: RegExp | undefined
  const rule: Omit<CompiledRule, 'pattern'> = {}
  for (const { name, value, keyNode } of reader.entries(node, key, RULE_KEYS)) {
    const where = `${key}.${name}`
    const valueLine = reader.lineOf(keyNode, ruleLine)
    if (name === 'path') {
      const glob = isScalar(value) ? value.value : undefined
      if (typeof glob !== 'string' || glob === '') {
        reader.fail(
          value,
          where,
          `must be a non-empty glob string such as "results/**/*.csv", got ${describeValue(value)}`,
          valueLine
        )
      }
      if (glob.startsWith('/')) {
        reader.fail(
          value,
          where,
          'must be relative to the dataset root (no leading "/")',
          valueLine
        )
      }
      try {
        pattern = globToRegExp(glob.replace(/^(\.\/)+/, ''))
      } catch (error) {
        reader.fail(value, where, `invalid glob: ${messageOf(error)}`, valueLine)
      }
    } else if (name === 'ignore') {
      const flag = isScalar(value) ? value.value : undefined
      if (typeof flag !== 'boolean') {
        reader.fail(value, where, `must be true or false, got ${describeValue(value)}`, valueLine)
      }
      rule.ignore = flag
    } else if (name === 'tolerance') {
      rule.tolerance = readTolerance(reader, value, where, valueLine)
    } else {
      rule.ignoreLines = readIgnoreLines(reader, value, where, valueLine)
    }
  }
  if (!pattern) {
    reader.fail(node, `${key}.path`, 'missing; every rule selects outputs with path: "<glob>"')
  }
  if (Object.keys(rule).length === 0) {
    reader.fail(node, key, 'has no effect; give ignore, tolerance or ignore-lines')
  }
  return { pattern, ...rule }
}

/**
 * Parse and validate `.rerun.yml`; `source` names the file in error messages. An empty file
 * (or one holding only comments) means no rules. Throws ConfigError.
 */
export function parseComparisonRules(text: string, source: string): ComparisonRules {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true })
  const syntax = document.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0].line ?? 1
    // yaml's message ends with the position and an excerpt; the line is given separately.
    const message = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(source, line, 'invalid YAML', message)
  }
  const reader: RuleReader = new RuleReader(source, document, lines)
  const root = reader.resolve(document.contents)
  if (root === null || (isScalar(root) && root.value === null)) return EMPTY_RULES
  if (!isMap(root)) {
    reader.fail(
      root,
      'top level',
      `must be a mapping with a "rules:" list, got ${describeValue(root)}`
    )
  }
  const top = reader.entries(root, '', ['rules'])
  const rulesEntry = top[0]
  if (!rulesEntry) {
    reader.fail(root, 'rules', 'missing; the file holds a top-level "rules:" list')
  }
  const list = rulesEntry.value
  if (!isSeq(list)) {
    reader.fail(
      list,
      'rules',
      `must be a list of rules, got ${describeValue(list)}`,
      reader.lineOf(rulesEntry.keyNode)
    )
  }
  const listLine = reader.lineOf(list)
  return new ComparisonRules(
    list.items.map((item, index) =>
      readRule(reader, reader.resolve(item), `rules[${index}]`, listLine)
    )
  )
}
