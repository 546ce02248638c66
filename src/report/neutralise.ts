/**
 * Neutralising text from the repository under test before any channel shows it. Commit subjects,
 * replayed commands, paths, reasons and command output are written by whoever controls that
 * repository, so each is treated as hostile:
 *
 * - a terminal obeys control sequences (clipboard writes, cursor moves, overwritten lines);
 * - the Actions runner executes workflow commands (`::add-mask::`, `##[set-output …]`) it reads;
 * - GitHub renders markdown, notifies people mentioned and cross-references issues.
 *
 * Pure functions, one concern each, and the few compositions the renderers use: `plainLine` and
 * `plainBlock` for terminals and logs, `htmlInline`, `htmlPre` and `codeBlock` for job summaries
 * and comments.
 */

/** How plain text (terminal, runner log) is printed. */
export interface PlainTextOptions {
  /**
   * The text goes where the Actions runner reads workflow commands (GITHUB_ACTIONS is set), so no
   * line of untrusted text may form one. The CLI and the action read the environment once and
   * pass this down; renderers never look at it.
   */
  defuseWorkflowCommands: boolean
}

/** `one-line` for text within a line; `multi-line` keeps the layout of output and commands. */
export type Layout = 'one-line' | 'multi-line'

/**
 * What a terminal or the runner acts on instead of showing: C0 controls, DEL, C1 controls, the
 * bidirectional marks, embeddings, overrides and isolates (they reorder what is shown, as in
 * "Trojan Source"), and the Unicode line and paragraph separators (line breaks to some readers).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

function escapeOne(char: string): string {
  const named = NAMED_ESCAPES[char]
  if (named) return named
  const code = char.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Shows every control character as an escape (`\x1b`, `\r`, `\x07`, `\u202e`), so that the text
 * can only be read, never obeyed. `multi-line` keeps line feeds and tabs, which lay out command
 * output, and reads CRLF as a line feed (a carriage return right before one overwrites nothing);
 * `one-line` escapes those too, so the result never breaks a line. Backslashes are kept as they
 * are: the escapes are for reading, not for decoding.
 */
export function escapeControls(text: string, layout: Layout): string {
  const source = layout === 'multi-line' ? text.replace(/\r\n/g, '\n') : text
  return source.replace(CONTROLS, char =>
    layout === 'multi-line' && (char === '\n' || char === '\t') ? char : escapeOne(char)
  )
}

/**
 * Characters that .NET's culture-aware string matching, which the runner's command parser uses,
 * may skip as if absent: controls, format characters (zero-width spaces and joiners, soft
 * hyphens) and the other default-ignorable code points (variation selectors, fillers).
 */
const IGNORABLE = '\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}'
/** `::name …::` after leading whitespace: the runner trims a line's start before matching. */
const COMMAND_AT_LINE_START = new RegExp(`^([\\s${IGNORABLE}]*):(?=[${IGNORABLE}]*:)`, 'gmu')
/** `##[name …]`: the legacy form, which the runner finds anywhere in a line. */
const LEGACY_COMMAND = new RegExp(`#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\\[)`, 'gu')

/**
 * Makes sure no line of the text can be a workflow command: the first `:` of a `::` that starts
 * a line (after whitespace) is shown as `\x3a`, and the first `#` of every `##[` as `\x23`.
 * A visible escape rather than an invisible joiner: it stays readable, copying it back out of the
 * log does not re-create the command, and culture-aware matching cannot skip it the way it may
 * skip a zero-width character. Line starts include those after `\r` and U+2028/U+2029, so this
 * holds even for text whose controls were not escaped.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1\\x3a').replace(LEGACY_COMMAND, '\\x23')
}

/** Escape text for HTML content and attribute values (core.summary escapes nothing). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const WORD_JOINER = '\u2060'

/**
 * Breaks `@name` mentions and `#123` / `GH-123` issue references with an invisible word joiner
 * after the `@`, `#` or `GH`: GitHub would notify that user, or cross-reference that issue, when
 * the bot posts the text. Entities do not help (GitHub matches the decoded text), so this runs
 * before escapeHtml, whose `&#39;` holds a `#` of its own.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=[\w-])/g, `@${WORD_JOINER}`)
    .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
    .replace(/\bGH(?=-\d)/gi, match => `${match}${WORD_JOINER}`)
}

/** Untrusted text within one line of plain output (a subject, a path, a reason). */
export function plainLine(text: string, options: PlainTextOptions): string {
  const line = escapeControls(text, 'one-line')
  return options.defuseWorkflowCommands ? defuseWorkflowCommands(line) : line
}

/** Untrusted multi-line text in plain output (command output, a command): every line neutralised. */
export function plainBlock(text: string, options: PlainTextOptions): string {
  const block = escapeControls(text, 'multi-line')
  return options.defuseWorkflowCommands ? defuseWorkflowCommands(block) : block
}

/**
 * Untrusted text inline in HTML-flavoured markdown (a table cell, a heading, a summary): one line,
 * since a blank line would end the HTML block it sits in and let the rest render as markdown;
 * HTML-escaped; mentions defused; `|` as an entity, so that it cannot split a markdown table.
 */
export function htmlInline(text: string): string {
  return escapeHtml(defuseMentions(escapeControls(text, 'one-line'))).replace(/\|/g, '&#124;')
}

/**
 * Untrusted multi-line text as a `<pre>` block. In CommonMark only HTML blocks that start with
 * `<pre>` (or `<script>`, `<style>`, `<textarea>`) survive blank lines: such a block ends at the
 * first line holding `</pre>`, and escapeHtml leaves no `<` in the text to write one. The block
 * must begin a line that follows a blank line: anywhere else it belongs to the HTML block above,
 * which the first blank line inside the text would end.
 */
export function htmlPre(text: string): string {
  return `<pre>${escapeHtml(defuseMentions(escapeControls(text, 'multi-line')))}</pre>`
}

/**
 * Untrusted multi-line text as a fenced code block (` ```diff ` for colours, ` ```yaml ` for
 * rules): CommonMark shows its content literally, and GitHub links no mention or reference in
 * code, so the text keeps its characters (a suggested glob stays copyable). Only the fence could
 * be closed early, by a line of as many backticks: it is longer than any run of backticks in the
 * text. Controls are escaped as everywhere. The block must begin a line after a blank line.
 */
export function codeBlock(text: string, language: string): string {
  const content = escapeControls(text, 'multi-line').replace(/\n$/, '')
  const longestRun = (content.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0)
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${content}\n${fence}`
}
