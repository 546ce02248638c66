/**
 * The CLI's live status line on a terminal: one line under the progress lines saying how many run
 * commits are running and done, so that a slow commit holding back the ordered progress lines does
 * not hide that the others advance. It is redrawn in place (carriage return, erase line), erased
 * before anything else is written and at the end. In a pipe, a file or a terminal that asks for
 * plain output there is none: the output stays plain text.
 */
import type { CliIo } from './main.js'

type Write = (text: string) => void

/** Carriage return, then ANSI "erase in line" to its end: the cursor's line is blank again. */
const ERASE_LINE = '\r\x1b[K'

/** At most four redraws a second: enough for a clock, and cheap over a slow connection. */
export const REDRAW_INTERVAL_MS = 250

export interface StatusCounts {
  running: number
  done: number
  total: number
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor(seconds / 60) % 60
  const clock = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds % 60).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${clock}` : clock
}

/** The text of the live line, e.g. `running 2 · done 17/200 · 0:42`. */
export function statusText(counts: StatusCounts, elapsedMs: number): string {
  return `running ${counts.running} · done ${counts.done}/${counts.total} · ${formatElapsed(elapsedMs)}`
}

/** What the CLI tells the live line about the run. */
export interface LiveStatus {
  /** A run commit started; `total` is the number of run commits this run verifies. */
  started(total: number): void
  /** A run commit has its verdict, whether or not its progress line can be printed yet. */
  finished(total: number): void
  /** Erase the line for good: what follows (the report) is written as it is. */
  stop(): void
}

export interface StatusClock {
  now(): number
  /** Call `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void
}

/**
 * The live line's state and every byte it writes, given the terminal, its width and a clock; the
 * clock is injected so that what is drawn can be tested without waiting.
 */
export class StatusLine implements LiveStatus {
  private readonly counts: StatusCounts = { running: 0, done: 0, total: 0 }
  /** The status text on the terminal now; empty when the line is blank. */
  private shown = ''
  private lastDrawnAt = -Infinity
  /** Whether the last text written ended its line: the live line never joins a partial one. */
  private atLineStart = true
  private stopped = false
  private readonly startedAt: number
  private readonly stopTimer: () => void

  constructor(
    private readonly terminal: Write,
    private readonly columns: () => number | undefined,
    private readonly clock: StatusClock
  ) {
    this.startedAt = clock.now()
    // Without a tick the clock would stand still while a slow commit runs.
    this.stopTimer = clock.every(REDRAW_INTERVAL_MS, () => this.redraw())
  }

  started(total: number): void {
    this.counts.total = total
    this.counts.running++
    this.redraw()
  }

  finished(total: number): void {
    this.counts.total = total
    this.counts.running--
    this.counts.done++
    this.redraw()
  }

  /** `write`, wrapped so that what it writes appears above the live line, never through it. */
  above(write: Write): Write {
    return text => {
      this.erase()
      write(text)
      if (text.length > 0) this.atLineStart = text.endsWith('\n')
      this.redraw()
    }
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    this.stopTimer()
    this.erase()
  }

  private erase(): void {
    if (this.shown === '') return
    this.terminal(ERASE_LINE)
    this.shown = ''
  }

  /** Draw the current status unless it is on the terminal already or was drawn too recently. */
  private redraw(): void {
    if (this.stopped || this.counts.total === 0 || !this.atLineStart) return
    const now = this.clock.now()
    const text = fitted(statusText(this.counts, now - this.startedAt), this.columns())
    // Too soon: the next tick draws it.
    if (text === this.shown || now - this.lastDrawnAt < REDRAW_INTERVAL_MS) return
    this.terminal(ERASE_LINE + text)
    this.shown = text
    this.lastDrawnAt = now
  }
}

/**
 * Short of the last column: a line that fills it wraps on some terminals, and \r would then redraw
 * only its end. A width of 0 is a terminal that does not know its size (a new pseudo-terminal).
 */
function fitted(text: string, columns: number | undefined): string {
  return columns !== undefined && columns > 1 && text.length >= columns
    ? text.slice(0, columns - 1)
    : text
}

export interface TerminalStream {
  readonly isTTY?: boolean
  readonly columns?: number
}

/**
 * Whether `stream` takes a live line: a terminal (not a pipe or file) that is not `TERM=dumb`,
 * and no `NO_COLOR` asking for plain output.
 */
export function wantsStatusLine(stream: TerminalStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb' && !env.NO_COLOR
}

const systemClock: StatusClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms)
    // The line never keeps the CLI alive.
    timer.unref()
    return () => clearInterval(timer)
  }
}

/**
 * The CLI's output with a live status line when `stdout` takes one (see wantsStatusLine), drawn
 * through `io.out`; otherwise `io` itself, unchanged.
 */
export function terminalIo(io: CliIo, stdout: TerminalStream, env: NodeJS.ProcessEnv): CliIo {
  if (!wantsStatusLine(stdout, env)) return io
  const status = new StatusLine(io.out, () => stdout.columns, systemClock)
  return { out: status.above(io.out), err: status.above(io.err), status }
}
