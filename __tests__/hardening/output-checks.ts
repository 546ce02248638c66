/**
 * Checks of what the renderers print, as the readers of that output read it: the Actions runner
 * (which lines it would execute as workflow commands), a terminal (which characters it would
 * obey) and GitHub's markdown (which lines it would render as markdown instead of raw HTML).
 */

/** Line breaks to the runner (.NET reads lines ending in \n, \r or \r\n) and to JavaScript. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/

/**
 * Characters .NET's culture-aware matching may skip (controls, format characters, other
 * default-ignorable code points), and what its TrimStart removes from a line's start.
 */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu
const LEADING_SPACE = /^[\s\x85]+/u

/**
 * The lines the runner could take for a workflow command: `::` at the start after whitespace, or
 * `##[` anywhere, even with ignorable characters in between.
 */
export function workflowCommandLines(text: string): string[] {
  return text.split(LINE_BREAK).filter(line => {
    const seen = line.replace(IGNORABLE, '').replace(LEADING_SPACE, '')
    return seen.startsWith('::') || seen.includes('##[')
  })
}

/**
 * Characters a terminal acts on: C0 controls other than line feed and tab, DEL, C1 controls.
 * Line feeds and tabs count too when `oneLine`.
 */
export function terminalControls(text: string, oneLine = false): string[] {
  const controls = oneLine
    ? // eslint-disable-next-line no-control-regex -- finding control characters is the point
      /[\x00-\x1f\x7f-\x9f]/g
    : // eslint-disable-next-line no-control-regex -- likewise, line feed and tab aside
      /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g
  return text.match(controls) ?? []
}

const TYPE_1_START = /^ {0,3}<(pre|script|style|textarea)(\s|>|$)/i
const TYPE_1_END = /<\/(pre|script|style|textarea)>/i
const TYPE_6_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'
const TYPE_6_START = new RegExp(`^ {0,3}</?(${TYPE_6_TAGS})(\\s|/?>|$)`, 'i')
const COMMENT_START = /^ {0,3}<!--/

/** A fenced code block's opening: three or more backticks or tildes, indented three at most. */
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/

type LineKind = 'markdown' | 'html' | 'code' | 'blank'

/**
 * Each line of HTML-flavoured markdown with what CommonMark makes of it: raw HTML inside HTML
 * blocks of type 1 (`<pre>` and friends, ended by their closing tag only), type 2 (comments)
 * and type 6 (block-level tags, ended by a blank line); literal text inside fenced code blocks
 * (ended by a fence of the same character, at least as long), fences included; markdown
 * otherwise. Enough for the renderers here, which use no other kind of HTML block.
 */
function lineKinds(markdown: string): { line: string; kind: LineKind }[] {
  const kinds: { line: string; kind: LineKind }[] = []
  let end: ((line: string) => boolean) | null = null
  let kind: LineKind = 'markdown'
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (end === null) {
      const fence = FENCE_OPENING.exec(line)?.[1]
      if (fence) {
        const closing = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`)
        end = l => closing.test(l)
        kind = 'code'
        kinds.push({ line, kind })
        continue
      }
      if (TYPE_1_START.test(line)) end = l => TYPE_1_END.test(l)
      else if (COMMENT_START.test(line)) end = l => l.includes('-->')
      else if (TYPE_6_START.test(line)) end = l => l.trim() === ''
      else {
        kinds.push({ line, kind: line.trim() === '' ? 'blank' : 'markdown' })
        continue
      }
      kind = 'html'
      kinds.push({ line, kind })
      // A block of type 1 or 2 may end on its first line (type 6 needs a blank line).
      if (end(line)) end = null
      continue
    }
    kinds.push({ line, kind })
    if (end(line)) end = null
  }
  return kinds
}

/** The lines that CommonMark parses as markdown: not raw HTML, not code. Blank lines are left out. */
export function markdownLines(markdown: string): string[] {
  return lineKinds(markdown).flatMap(({ line, kind }) => (kind === 'markdown' ? [line] : []))
}

/** The text outside fenced code blocks, whose content GitHub shows as it is: no mentions there. */
export function outsideCode(markdown: string): string {
  return lineKinds(markdown)
    .flatMap(({ line, kind }) => (kind === 'code' ? [] : [line]))
    .join('\n')
}

/** `@` right before a name character: GitHub may take it for a mention. */
export const MENTION = /@[\w-]/
/** `#123` that GitHub would take for an issue reference; HTML entities such as `&#39;` aside. */
export const ISSUE_REFERENCE = /(^|[^&\w])#\d/m
