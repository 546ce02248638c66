/**
 * Reading `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json) into
 * ComparisonRules. Validation is strict and every error names the file, the line and the key,
 * because a rule that silently does nothing would let a real mismatch pass as reproduced.
 * Loaded only when a dataset has a rules file: most have none, and the YAML parser is a large
 * part of what Node would otherwise compile at every start.
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
import { messageOf } from '../errors.js'
import {
  compileOrExplain,
  ComparisonRules,
  ConfigError,
  EMPTY_RULES,
  globToRegExp,
  MAX_IGNORE_LINES_PROGRAM,
  type CompiledRule,
  type TextPattern,
  type Tolerance
} from './comparison-rules.js'

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
  let size = 0
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
    const pattern = compileOrExplain(text)
    if (typeof pattern === 'string') return reader.fail(itemNode, itemKey, pattern, line)
    size += pattern.programSize()
    if (size > MAX_IGNORE_LINES_PROGRAM) {
      reader.fail(
        itemNode,
        itemKey,
        `the ignore-lines patterns of this rule are too large (${size} RE2 instructions, at most ${MAX_IGNORE_LINES_PROGRAM}); each line is matched against all of them`,
        line
      )
    }
    return pattern
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
  let pattern: TextPattern | undefined
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
