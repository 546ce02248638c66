/**
 * Structure checks of the HTML-flavoured markdown the renderers write, read as CommonMark reads
 * it: fenced code blocks (whose content is literal), `<pre>` blocks (literal up to `</pre>`),
 * and HTML blocks of block-level tags (ended by a blank line, inside which no fence can begin).
 */

const FENCE = /^ {0,3}(`{3,})([^`]*)$/
const PRE_START = /^ {0,3}<pre(\s|>|$)/i
const HTML_BLOCK_START = /^ {0,3}<\/?(details|summary|table|tr|td|th|p|h[1-6]|ul|li)(\s|\/?>|$)/i
const TAG = /<(\/?)(details|summary|table|tr|td|th|pre|ul|li|p)(?:\s[^>]*)?>/gi

/** Problems in the structure: unclosed fences and blocks, unbalanced or crossed tags. */
export function structureProblems(markdown: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  const checkTags = (line: string, number: number): void => {
    for (const [, closing, name = ''] of line.matchAll(TAG)) {
      const tag = name.toLowerCase()
      if (!closing) open.push(tag)
      else if (open.pop() !== tag) problems.push(`line ${number}: </${tag}> closes nothing open`)
    }
  }
  let fence: string | null = null
  let inPre = false
  let inHtml = false
  for (const [index, line] of markdown.split('\n').entries()) {
    const number = index + 1
    if (fence !== null) {
      const close = /^ {0,3}(`+)\s*$/.exec(line)
      if (close && (close[1] ?? '').length >= fence.length) fence = null
      continue
    }
    if (inPre) {
      checkTags(line, number)
      inPre = !/<\/pre>/i.test(line)
      continue
    }
    const opening = FENCE.exec(line)
    if (opening) {
      if (inHtml) problems.push(`line ${number}: a fence inside an HTML block is not a fence`)
      fence = opening[1] ?? ''
      continue
    }
    if (line.trim() === '') {
      inHtml = false
      continue
    }
    if (PRE_START.test(line)) {
      if (inHtml) problems.push(`line ${number}: <pre> inside an HTML block ends at a blank line`)
      inPre = !/<\/pre>/i.test(line)
    } else if (!inHtml && HTML_BLOCK_START.test(line)) inHtml = true
    checkTags(line, number)
  }
  if (fence !== null) problems.push('a fenced code block is not closed')
  if (inPre) problems.push('a <pre> block is not closed')
  if (open.length > 0) problems.push(`not closed: ${open.join(', ')}`)
  return problems
}

/** The text of the fenced code blocks with this info string (```diff, ```yaml). */
export function fencedBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = []
  let fence: { marker: string; language: string; body: string[] } | null = null
  for (const line of markdown.split('\n')) {
    if (fence === null) {
      const opening = FENCE.exec(line)
      if (opening) fence = { marker: opening[1] ?? '', language: opening[2] ?? '', body: [] }
      continue
    }
    const close = /^ {0,3}(`+)\s*$/.exec(line)
    if (close && (close[1] ?? '').length >= fence.marker.length) {
      if (fence.language === language) blocks.push(fence.body.join('\n'))
      fence = null
    } else fence.body.push(line)
  }
  return blocks
}
