/**
 * Comparison rules from `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json):
 * which outputs are ignored, compared with a numeric tolerance, or compared without some lines;
 * how their patterns compile. rules-file.ts reads and validates the file itself.
 */
import { RE2JS } from 're2js'
import { messageOf, UsageError } from '../errors.js'

/** Numbers a and b are equal when |a − b| ≤ absolute or |a − b| ≤ relative · max(|a|, |b|). */
export interface Tolerance {
  absolute: number
  relative: number
}

/**
 * A compiled pattern from `.rerun.yml` (an `ignore-lines` regex or a `path` glob). Patterns come
 * from the repository, so a pull request controls them: they run on RE2 (re2js), whose matching
 * time is linear in the text, never on the backtracking RegExp engine. A RegExp fits the shape
 * too, for callers that pass fixed patterns of their own.
 */
export interface TextPattern {
  /** The pattern as written (for a glob, the RE2 expression it was translated to). */
  readonly source: string
  /** Whether the pattern matches somewhere in `text` (a glob: the whole of `text`). */
  test(text: string): boolean
}

/** A pattern compiled by RE2: matching takes time linear in the text, whatever the pattern. */
export class LinearPattern implements TextPattern {
  constructor(
    readonly source: string,
    private readonly compiled: RE2JS
  ) {}

  test(text: string): boolean {
    return this.compiled.test(text)
  }

  /** The size of the compiled program: matching costs at most this much per character. */
  programSize(): number {
    return this.compiled.programSize()
  }

  toString(): string {
    return `/${this.source}/`
  }
}

/** What applies to one output after every matching rule has been merged. */
export interface ComparisonRule {
  ignore: boolean
  tolerance?: Tolerance
  ignoreLines: TextPattern[]
}

/** An invalid `.rerun.yml`: a usage error (exit 2), never silently ignored. */
export class ConfigError extends UsageError {
  constructor(source: string, line: number, key: string, problem: string) {
    super(`${source}:${line}: ${key}: ${problem}`)
    this.name = 'ConfigError'
  }
}

/** One rule of the file, its glob compiled. */
export interface CompiledRule {
  pattern: TextPattern
  ignore?: boolean
  tolerance?: Tolerance
  ignoreLines?: TextPattern[]
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

/** The longest `path` glob or `ignore-lines` pattern, in UTF-16 code units (compiling costs this). */
export const MAX_PATTERN_LENGTH = 10_000

/** An RE2 atom matching exactly `char` (one code point), whatever it is. */
function re2Literal(char: string): string {
  return /^[A-Za-z0-9_]$/.test(char) ? char : `\\x{${(char.codePointAt(0) ?? 0).toString(16)}}`
}

/** Code points from..to, both included. */
type CodeRange = readonly [number, number]

const SLASH = 0x2f
/** RE2 for "no character at all": the empty class. */
const NOTHING = '[^\\x{0}-\\x{10ffff}]'

/**
 * The members of a class body, each taken literally, as code-point ranges: `a-z` is a range, a
 * `-` first or last (or right after a range) is itself. Throws SyntaxError for `z-a`.
 */
function classRanges(members: readonly string[], component: string): CodeRange[] {
  const ranges: CodeRange[] = []
  for (let i = 0; i < members.length; i++) {
    const low = members[i] ?? ''
    const high = members[i + 2]
    if (members[i + 1] === '-' && high !== undefined) {
      const [from, to] = [low.codePointAt(0) ?? 0, high.codePointAt(0) ?? 0]
      if (from > to) {
        throw new SyntaxError(`range "${low}-${high}" is out of order in "${component}"`)
      }
      ranges.push([from, to])
      i += 2
    } else {
      const code = low.codePointAt(0) ?? 0
      ranges.push([code, code])
    }
  }
  return ranges
}

/** The inside of an RE2 class holding `ranges` of code points. */
function re2Ranges(ranges: readonly CodeRange[]): string {
  const hex = (code: number): string => `\\x{${code.toString(16)}}`
  return ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')
}

/** An RE2 class of `ranges` (or of everything else when `negated`) that never matches `/`. */
function re2Class(ranges: readonly CodeRange[], negated: boolean): string {
  if (negated) return `[^${re2Ranges([...ranges, [SLASH, SLASH]])}]`
  const withoutSlash: CodeRange[] = []
  for (const [from, to] of ranges) {
    if (from < SLASH) withoutSlash.push([from, Math.min(to, SLASH - 1)])
    if (to > SLASH) withoutSlash.push([Math.max(from, SLASH + 1), to])
  }
  return withoutSlash.length === 0 ? NOTHING : `[${re2Ranges(withoutSlash)}]`
}

/**
 * Translate one path component that is not `**` to RE2: `*`, `?`, `[...]`, `\` escapes the next
 * character. Works on code points, so `?` is one character even outside the BMP.
 */
function componentToRE2(component: string): string {
  const chars = Array.from(component)
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? ''
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '\\' && i + 1 < chars.length) out += re2Literal(chars[++i] ?? '')
    else if (c === '[') {
      let end = i + 1
      if (chars[end] === '!' || chars[end] === '^') end++
      if (chars[end] === ']') end++
      while (end < chars.length && chars[end] !== ']') end++
      if (end >= chars.length) throw new SyntaxError(`unclosed "[" in "${component}"`)
      const body = chars.slice(i + 1, end)
      const negated = body[0] === '!' || body[0] === '^'
      // A class never matches the separator, as `*` and `?` do not.
      out += re2Class(classRanges(negated ? body.slice(1) : body, component), negated)
      i = end
    } else out += re2Literal(c)
  }
  return out
}

/**
 * The matcher for a rule's `path`: a glob over paths relative to the dataset root, anchored at the
 * root. `**` as a whole component matches any number of directories (zero included), `*` and `?`
 * never cross `/`, `[...]`/`[!...]` are character classes, `\` escapes; a trailing `/` means
 * everything below that directory. The glob becomes an RE2 expression, matched in linear time
 * however many `*` and `**` it has. Throws SyntaxError for an unclosed or invalid class.
 */
export function globToRegExp(pattern: string): TextPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new SyntaxError(
      `longer than ${MAX_PATTERN_LENGTH} characters (${pattern.length}); patterns are compiled and matched against every output`
    )
  }
  const components = (pattern.endsWith('/') ? `${pattern}**` : pattern).split('/')
  const source = components
    .map((component, index) => {
      const last = index === components.length - 1
      if (component === '**') return last ? '.*' : '(?:[^/]*/)*'
      return componentToRE2(component) + (last ? '' : '/')
    })
    .join('')
  const expression = `^${source}$`
  return new LinearPattern(expression, RE2JS.compile(expression, RE2JS.DOTALL))
}

/** A glob that matches exactly `path` (for suggesting a rule for one output). */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, '\\$&')
}

/** ECMAScript's `\s`: its WhiteSpace and LineTerminator code points (RE2's `\s` is ASCII only). */
const JS_SPACE: readonly CodeRange[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff]
]

function complement(ranges: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = []
  let next = 0
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1])
    next = to + 1
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff])
  return out
}

const SPACE = re2Ranges(JS_SPACE)
const NOT_SPACE = re2Ranges(complement(JS_SPACE))
/** ECMAScript's `.` without the `s` flag: anything but a line terminator (RE2's: but `\n`). */
const JS_DOT = `[^${re2Ranges([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029]
])}]`

/**
 * A JavaScript regular expression (no flags) in RE2 syntax, with the meaning JavaScript gives it
 * where RE2's differs: `.` excludes every line terminator, `\s` and `\S` are Unicode white space,
 * `[\b]` is a backspace (re2js's translateRegExp does the rest: `\uXXXX`, `(?<name>`, `[^]`…).
 * Or the first construct that needs a backtracking engine: a lookahead, a lookbehind or a
 * backreference.
 */
function fromJavaScript(text: string): { source: string } | { unsupported: string } {
  let out = ''
  let inClass = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (c === '\\') {
      const next = text[++i] ?? ''
      if (!inClass && /^[1-9]$/.test(next)) return { unsupported: `backreference "\\${next}"` }
      if (!inClass && next === 'k' && text[i + 1] === '<') {
        return { unsupported: 'backreference "\\k<"' }
      }
      if (next === 's') out += inClass ? SPACE : `[${SPACE}]`
      else if (next === 'S') out += inClass ? NOT_SPACE : `[${NOT_SPACE}]`
      else if (next === 'b' && inClass) out += '\\x{8}'
      else out += c + next
    } else if (inClass) {
      if (c === ']') inClass = false
      out += c
    } else if (c === '(' && text[i + 1] === '?') {
      const behind = text[i + 2] === '<'
      const kind = text[i + (behind ? 3 : 2)]
      if (kind === '=' || kind === '!') {
        const token = text.slice(i, i + (behind ? 4 : 3))
        return { unsupported: `${behind ? 'lookbehind' : 'lookahead'} "${token}"` }
      }
      out += c
    } else {
      if (c === '[') inClass = true
      out += c === '.' ? JS_DOT : c
    }
  }
  return { source: out }
}

/** At most this many RE2 instructions in one rule's ignore-lines: each line runs through all. */
export const MAX_IGNORE_LINES_PROGRAM = 10_000

/**
 * Compile an `ignore-lines` regular expression (JavaScript syntax) for RE2, or say why it cannot
 * be: RE2 runs in time linear in the line, which rules out lookaround and backreferences.
 */
export function compileOrExplain(text: string): LinearPattern | string {
  if (text.length > MAX_PATTERN_LENGTH) {
    return `regular expression longer than ${MAX_PATTERN_LENGTH} characters (${text.length}); every line is matched against it`
  }
  const shown = `/${text}/`
  const translated = fromJavaScript(text)
  if ('unsupported' in translated) {
    return `unsupported regular expression (${shown}: ${translated.unsupported}): lookaround and backreferences are not supported, because patterns must run in linear time`
  }
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(translated.source))
  } catch (error) {
    const why = messageOf(error).replace(/^error parsing regexp: /, '')
    return `invalid regular expression (${shown}: ${why})`
  }
  return new LinearPattern(text, compiled)
}

/**
 * Compile an `ignore-lines` regular expression (JavaScript syntax, without lookaround or
 * backreferences) to a pattern matched in linear time. Throws SyntaxError saying why not.
 */
export function compileLinePattern(text: string): TextPattern {
  const pattern = compileOrExplain(text)
  if (typeof pattern === 'string') throw new SyntaxError(pattern)
  return pattern
}
