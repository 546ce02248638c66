/**
 * The unified diff of one output, assembled from the hunks of its changed regions and rendered
 * by the diff library, then capped for reports with the number of lines left out.
 */
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff'
import { MAX_DIFF_BYTES, MAX_DIFF_LINE_CHARS, MAX_DIFF_LINES } from './limits.js'

const FILE_HEADER_LINES = 2

export class UnifiedDiff {
  private readonly hunks: StructuredPatchHunk[] = []
  /** Lines the kept hunks render to (file headers included). */
  private keptLines = FILE_HEADER_LINES
  /** Lines of hunks not kept because the shown part is already full. */
  private droppedLines = 0
  /** Lines of the files after the point where diffing stopped, which were never diffed. */
  private undiffedLines = 0

  constructor(private readonly outputPath: string) {}

  add(hunks: readonly StructuredPatchHunk[]): void {
    for (const hunk of hunks) {
      const lines = 1 + hunk.lines.length
      if (this.keptLines < MAX_DIFF_LINES) {
        this.hunks.push(hunk)
        this.keptLines += lines
      } else this.droppedLines += lines
    }
  }

  countUndiffed(lines: number): void {
    this.undiffedLines += lines
  }

  render(): { unified: string; truncatedLines: number } {
    const text = formatPatch(
      {
        oldFileName: `a/${this.outputPath}`,
        newFileName: `b/${this.outputPath}`,
        oldHeader: 'committed',
        newHeader: 'regenerated',
        hunks: this.hunks
      },
      FILE_HEADERS_ONLY
    )
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
    const shown: string[] = []
    let bytes = 0
    for (const line of lines) {
      const cut =
        line.length > MAX_DIFF_LINE_CHARS
          ? `${line.slice(0, MAX_DIFF_LINE_CHARS)} [… ${line.length - MAX_DIFF_LINE_CHARS} more characters]`
          : line
      bytes += Buffer.byteLength(cut) + 1
      if (shown.length >= MAX_DIFF_LINES || bytes > MAX_DIFF_BYTES) break
      shown.push(cut)
    }
    return {
      unified: shown.map(line => `${line}\n`).join(''),
      truncatedLines: lines.length - shown.length + this.droppedLines + this.undiffedLines
    }
  }
}
