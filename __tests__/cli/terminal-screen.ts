/**
 * What a terminal shows after some output, for tests of the CLI's live status line: enough of a
 * terminal to tell a line that was erased from one that stayed.
 */

/** Carriage return and ANSI "erase in line", as the live line redraws and erases itself. */
export const ERASE_LINE = '\r\x1b[K'

/**
 * The lines on the screen after `output`. Understands `\r`, `\n` (to the next line's start, as a
 * terminal's line discipline does) and erase-in-line; any other escape sequence is an error, so a
 * test sees every control sequence the CLI writes.
 */
export function screenAfter(output: string): string[] {
  const lines: string[][] = [[]]
  let column = 0
  const characters = Array.from(output)
  for (let i = 0; i < characters.length; i++) {
    const line = lines[lines.length - 1] ?? []
    const character = characters[i]
    if (character === '\x1b') {
      const sequence = characters.slice(i, i + 3).join('')
      if (sequence !== '\x1b[K')
        throw new Error(`unexpected escape sequence ${JSON.stringify(sequence)}`)
      line.length = Math.min(line.length, column)
      i += 2
    } else if (character === '\r') {
      column = 0
    } else if (character === '\n') {
      lines.push([])
      column = 0
    } else {
      while (line.length < column) line.push(' ')
      line[column++] = character ?? ''
    }
  }
  return lines.map(line => line.join(''))
}

/** Whether `text` holds control sequences or lone carriage returns (a terminal's `\r\n` aside). */
export function hasTerminalControls(text: string): boolean {
  return text.includes('\x1b') || /\r(?!\n)/.test(text)
}
