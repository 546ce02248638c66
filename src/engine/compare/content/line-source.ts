/**
 * Lines of a file read in chunks, so memory is bounded by the longest line, not the file; plus the
 * fast path that jumps over the byte-identical stretches of two files without decoding them.
 */
import { isUtf8 } from 'node:buffer'
import type { FileHandle } from 'node:fs/promises'
import { countNewlines, firstDifferentIndex, readAt } from './bytes.js'
import { CHUNK_BYTES, MAX_LINE_BYTES } from './limits.js'

export interface Line {
  /** The line without its LF (a CR before the LF is kept, so line endings still count). */
  text: string
  /** False only for a last line without a final newline. */
  terminated: boolean
  /** 1-based line number in the file (ignored lines are counted). */
  number: number
}

/** The file is not line-oriented UTF-8 text after all; the caller compares it as binary. */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotTextError'
  }
}

export class LineSource {
  /** Two backing stores, used in turn, so reading a large file allocates nothing per chunk. */
  private stores: Buffer[] = []
  private store = 0
  /** Raw-read buffers of skipIdenticalLines, also reused. */
  private scratch: Buffer[] = []
  private buffer: Buffer = Buffer.alloc(0)
  private cursor = 0
  /** File offset just after the buffered bytes. */
  private position = 0
  private nextNumber = 1
  /** Lines given back, the next one last (a stack, so taking one is O(1)). */
  private readonly givenBack: Line[] = []
  private ended = false

  constructor(
    private readonly handle: FileHandle,
    /** File size; reading stops there. */
    readonly size: number,
    /** Lines for which this is false are dropped (ignore-lines) before anyone sees them. */
    private readonly keep: (text: string) => boolean,
    /** Called once per line when it is first read (not again when it is given back and re-read). */
    private readonly onFirstRead: (line: Line) => void
  ) {}

  /** No line given back with unread() is waiting. */
  get drained(): boolean {
    return this.givenBack.length === 0
  }

  /** next() has returned null: nothing is left. */
  get finished(): boolean {
    return this.ended
  }

  /** File offset of the next unread byte (the start of the next line when drained). */
  get offset(): number {
    return this.position - (this.buffer.length - this.cursor)
  }

  /** Number of the last line read from the file (0 before any). */
  get lastLineNumber(): number {
    return this.nextNumber - 1
  }

  async next(): Promise<Line | null> {
    const givenBack = this.givenBack.pop()
    if (givenBack) return givenBack
    for (;;) {
      const line = await this.readLine()
      if (!line) {
        this.ended = true
        return null
      }
      if (this.keep(line.text)) {
        this.onFirstRead(line)
        return line
      }
    }
  }

  /** Up to `count` lines, stopping early once `chars` characters have been taken. */
  async take(count: number, chars: number): Promise<Line[]> {
    const lines: Line[] = []
    let taken = 0
    while (lines.length < count && taken < chars) {
      const line = await this.next()
      if (!line) break
      lines.push(line)
      taken += line.text.length
    }
    return lines
  }

  /** Give lines back, to be returned by next() again, in order, before anything else. */
  unread(lines: readonly Line[]): void {
    for (let i = lines.length - 1; i >= 0; i--) this.givenBack.push(lines[i])
    if (lines.length > 0) this.ended = false
  }

  /** The bytes already read from the file but not yet turned into lines. */
  buffered(): Buffer {
    return this.buffer.subarray(this.cursor)
  }

  /** Continue at `offset` (the start of line `lineNumber`), keeping buffered bytes when possible. */
  moveTo(offset: number, lineNumber: number): void {
    const bufferStart = this.position - this.buffer.length
    if (offset >= bufferStart && offset <= this.position) {
      this.cursor = offset - bufferStart
    } else {
      this.buffer = Buffer.alloc(0)
      this.cursor = 0
      this.position = offset
    }
    this.nextNumber = lineNumber
    this.ended = false
  }

  private async readLine(): Promise<Line | null> {
    for (;;) {
      const newline = this.buffer.indexOf(10, this.cursor)
      if (newline !== -1) return this.cut(newline, true)
      if (this.position >= this.size) {
        return this.cursor < this.buffer.length ? this.cut(this.buffer.length, false) : null
      }
      await this.refill()
    }
  }

  private cut(end: number, terminated: boolean): Line {
    const bytes = this.buffer.subarray(this.cursor, end)
    if (!isUtf8(bytes)) throw new NotTextError(`line ${this.nextNumber} is not valid UTF-8`)
    this.cursor = terminated ? end + 1 : end
    return { text: bytes.toString('utf8'), terminated, number: this.nextNumber++ }
  }

  private async refill(): Promise<void> {
    const rest = this.buffer.length - this.cursor
    if (rest > MAX_LINE_BYTES) {
      throw new NotTextError(`line ${this.nextNumber} is longer than ${MAX_LINE_BYTES} bytes`)
    }
    if (this.stores.length === 0) {
      this.stores = [0, 1].map(() => Buffer.allocUnsafe(MAX_LINE_BYTES + CHUNK_BYTES))
    }
    this.store ^= 1
    const next = this.stores[this.store]
    this.buffer.copy(next, 0, this.cursor)
    const read = await readAt(this.handle, next.subarray(rest, rest + CHUNK_BYTES), this.position)
    // A file that shrank since its size was taken ends where reading ends.
    if (read.length === 0) throw new NotTextError('the file changed while it was being read')
    this.position += read.length
    this.buffer = next.subarray(0, rest + read.length)
    this.cursor = 0
  }

  /**
   * Read `length` raw bytes at `offset` into scratch buffer `slot` (0 or 1), for skipping
   * identical stretches without decoding them. A slot's bytes stay valid until it is used again.
   */
  readRaw(slot: number, offset: number, length: number): Promise<Buffer> {
    if (this.scratch.length === 0) this.scratch = [0, 1].map(() => Buffer.allocUnsafe(CHUNK_BYTES))
    return readAt(this.handle, this.scratch[slot].subarray(0, length), offset)
  }
}

/**
 * Move both sources past the bytes they have in common from where they are now, stopping at the
 * start of the line holding the first difference, or `context` lines before it so those lines
 * can be shown around the change. Both must be drained. Returns the number of lines skipped.
 *
 * This is what makes a 1 GiB output that differs in one place cheap: identical bytes are compared
 * with memcmp in 1 MiB chunks and only their newlines are counted.
 */
export async function skipIdenticalLines(
  committed: LineSource,
  regenerated: LineSource,
  context: number
): Promise<number> {
  const committedStart = committed.offset
  const regeneratedStart = regenerated.offset
  // The first chunk pair is whatever both already hold in memory, so a difference a few lines
  // ahead costs no read.
  const buffered = Math.min(committed.buffered().length, regenerated.buffered().length)
  let committedChunk = committed.buffered().subarray(0, buffered)
  let regeneratedChunk = regenerated.buffered().subarray(0, buffered)
  let chunkStart = 0
  let previous: Buffer = Buffer.alloc(0)
  let newlinesBeforeChunk = 0
  let differenceAt: number
  for (let slot = 0; ; slot ^= 1) {
    const index = firstDifferentIndex(committedChunk, regeneratedChunk)
    if (index >= 0) {
      differenceAt = chunkStart + index
      break
    }
    newlinesBeforeChunk += countNewlines(committedChunk)
    previous = committedChunk
    const nextStart = chunkStart + committedChunk.length
    const length = Math.min(
      CHUNK_BYTES,
      committed.size - committedStart - nextStart,
      regenerated.size - regeneratedStart - nextStart
    )
    if (length <= 0) {
      committedChunk = Buffer.alloc(0)
      chunkStart = differenceAt = nextStart
      break
    }
    // Alternate slots so `previous` stays intact while the next chunk is read.
    ;[committedChunk, regeneratedChunk] = await Promise.all([
      committed.readRaw(slot, committedStart + nextStart, length),
      regenerated.readRaw(slot, regeneratedStart + nextStart, length)
    ])
    chunkStart = nextStart
  }

  const stop = lineStartBefore(
    differenceAt,
    context + 1,
    { bytes: committedChunk, start: chunkStart },
    { bytes: previous, start: chunkStart - previous.length }
  )
  const skippedLines =
    stop >= chunkStart
      ? newlinesBeforeChunk + countNewlines(committedChunk, 0, stop - chunkStart)
      : newlinesBeforeChunk - countNewlines(previous, stop - (chunkStart - previous.length))
  committed.moveTo(committedStart + stop, committed.lastLineNumber + 1 + skippedLines)
  regenerated.moveTo(regeneratedStart + stop, regenerated.lastLineNumber + 1 + skippedLines)
  return skippedLines
}

interface Span {
  bytes: Buffer
  /** Offset of bytes[0] from where skipping started. */
  start: number
}

/**
 * The start of the line `lines` lines back from `position` (1: the line holding it), searched in
 * the spans held in memory, newest first. Offset 0 is a line start by construction.
 */
function lineStartBefore(position: number, lines: number, ...spans: Span[]): number {
  let found = 0
  let start = 0
  let reachesZero = false
  for (const span of spans) {
    let from = Math.min(position, span.start + span.bytes.length) - span.start - 1
    while (found < lines && from >= 0) {
      const newline = span.bytes.lastIndexOf(10, from)
      if (newline < 0) break
      found++
      start = span.start + newline + 1
      from = newline - 1
    }
    if (found === lines) return start
    reachesZero = span.start <= 0
  }
  return reachesZero || found === 0 ? 0 : start
}
