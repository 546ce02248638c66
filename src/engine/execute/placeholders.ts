/**
 * Placeholder substitution in run commands, as datalad's `format_command` does it with Python's
 * `str.format` and a SequenceFormatter: lists are formatted item by item and joined by spaces,
 * `{{`/`}}` are literal braces, `{inputs[0]}` indexes, `!r`/`!s` convert.
 */
export type PlaceholderValue = string | readonly string[]

export class PlaceholderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlaceholderError'
  }
}

/** Python's repr() of a str. */
function pythonRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  let out = ''
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += `\\${quote}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += ch
  }
  return quote + out + quote
}

function reprValue(value: PlaceholderValue): string {
  return typeof value === 'string' ? pythonRepr(value) : `[${value.map(pythonRepr).join(', ')}]`
}

/** Python's format spec for strings: [[fill]align][width][.precision][s]. */
function applySpec(value: string, spec: string): string {
  if (spec === '') return value
  const match = /^(?:(.)?([<>^]))?(\d+)?(?:\.(\d+))?(s)?$/s.exec(spec)
  if (!match) throw new PlaceholderError(`unsupported format specification ':${spec}'`)
  const [, fill = ' ', align = '<', width, precision] = match
  let text = precision === undefined ? value : [...value].slice(0, Number(precision)).join('')
  const pad = Math.max(0, Number(width ?? 0) - [...text].length)
  if (pad === 0) return text
  if (align === '>') text = fill.repeat(pad) + text
  else if (align === '^')
    text = fill.repeat(Math.floor(pad / 2)) + text + fill.repeat(Math.ceil(pad / 2))
  else text = text + fill.repeat(pad)
  return text
}

function resolveField(
  field: string,
  values: ReadonlyMap<string, PlaceholderValue>
): PlaceholderValue {
  const nameMatch = /^[^.[]*/.exec(field)
  const name = nameMatch ? nameMatch[0] : ''
  if (name === '' || /^\d+$/.test(name)) {
    throw new PlaceholderError(
      `command has a positional placeholder '{${field}}'; only named ones exist`
    )
  }
  let value = values.get(name)
  if (value === undefined) {
    // datalad's message, then the setting that would give it a value.
    throw new PlaceholderError(
      `command has an unrecognized placeholder: '${name}' (datalad.run.substitutions.${name} is not set)`
    )
  }
  let rest = field.slice(name.length)
  while (rest.length > 0) {
    if (rest.startsWith('.')) {
      throw new PlaceholderError(
        `placeholder '{${field}}' uses attribute access, which has no meaning here`
      )
    }
    const index = /^\[([^\]]*)\]/.exec(rest)
    if (!index) throw new PlaceholderError(`placeholder '{${field}}' is malformed`)
    const key = index[1] ?? ''
    if (!/^\d+$/.test(key)) {
      throw new PlaceholderError(
        `placeholder '{${field}}': indices must be integers (negative ones are not allowed either)`
      )
    }
    const position = Number(key)
    const items: readonly string[] = typeof value === 'string' ? [...value] : value
    if (position >= items.length) {
      throw new PlaceholderError(
        `placeholder '{${field}}': index ${position} is out of range (${items.length} items)`
      )
    }
    value = items[position] ?? ''
    rest = rest.slice(index[0].length)
  }
  return value
}

/** The next brace from `lastIndex` on: text between braces is copied whole, not a character at a time. */
const BRACE = /[{}]/g

/** Substitute `{name}` fields in `template`; throws PlaceholderError as Python would fail. */
export function formatCommand(
  template: string,
  values: ReadonlyMap<string, PlaceholderValue>
): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    BRACE.lastIndex = i
    const brace = BRACE.exec(template)
    if (!brace) {
      out += template.slice(i)
      break
    }
    out += template.slice(i, brace.index)
    i = brace.index
    const ch = template[i]
    if (ch === '}') {
      if (template[i + 1] !== '}')
        throw new PlaceholderError("single '}' encountered in the command")
      out += '}'
      i += 2
      continue
    }
    if (template[i + 1] === '{') {
      out += '{'
      i += 2
      continue
    }
    const end = template.indexOf('}', i + 1)
    if (end < 0) throw new PlaceholderError("single '{' encountered in the command")
    const body = template.slice(i + 1, end)
    if (body.includes('{'))
      throw new PlaceholderError(`nested placeholders are not supported: '{${body}}'`)
    const colon = body.indexOf(':')
    const head = colon < 0 ? body : body.slice(0, colon)
    const spec = colon < 0 ? '' : body.slice(colon + 1)
    const bang = head.indexOf('!')
    const field = bang < 0 ? head : head.slice(0, bang)
    const conversion = bang < 0 ? null : head.slice(bang + 1)
    const value = resolveField(field, values)
    if (conversion !== null) {
      if (conversion === 'r' || conversion === 'a') out += applySpec(reprValue(value), spec)
      else if (conversion === 's')
        out += applySpec(typeof value === 'string' ? value : reprValue(value), spec)
      else throw new PlaceholderError(`unknown conversion '!${conversion}' in '{${body}}'`)
    } else if (typeof value === 'string') {
      out += applySpec(value, spec)
    } else {
      out += value.map(item => applySpec(item, spec)).join(' ')
    }
    i = end + 1
  }
  return out
}
