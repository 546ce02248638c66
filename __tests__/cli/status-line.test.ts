/**
 * The live status line's pure part: the text it draws for given counts, and how its redraws and
 * erasures interleave with the CLI's other output. Time is a manual clock: nothing here waits.
 */
import { describe, expect, it } from '@jest/globals'
import type { CliIo } from '../../src/cli/main.js'
import {
  formatElapsed,
  REDRAW_INTERVAL_MS,
  type StatusClock,
  StatusLine,
  statusText,
  terminalIo,
  wantsStatusLine
} from '../../src/cli/status-line.js'
import { ERASE_LINE, screenAfter } from './terminal-screen.js'

/** A clock the test moves, with the one timer the status line sets. */
class ManualClock implements StatusClock {
  time = 0
  tick: (() => void) | undefined

  now(): number {
    return this.time
  }

  every(_ms: number, tick: () => void): () => void {
    this.tick = tick
    return () => {
      this.tick = undefined
    }
  }

  /** `ms` pass, then the timer fires (as setInterval would when they are a whole interval). */
  advance(ms: number): void {
    this.time += ms
    this.tick?.()
  }
}

/** A terminal that stdout and stderr both write to, with a status line drawn through stdout. */
function terminal(columns?: number) {
  const clock = new ManualClock()
  const writes: { stream: 'out' | 'err'; text: string }[] = []
  const out = (text: string): void => void writes.push({ stream: 'out', text })
  const err = (text: string): void => void writes.push({ stream: 'err', text })
  const line = new StatusLine(out, () => columns, clock)
  return {
    clock,
    line,
    out: line.above(out),
    err: line.above(err),
    writes,
    /** What the writes since the last call were, joined. */
    drain: (): string =>
      writes
        .splice(0)
        .map(w => w.text)
        .join(''),
    screen: (): string[] => screenAfter(writes.map(w => w.text).join(''))
  }
}

describe('the status text', () => {
  it('counts running and done commits against the total, with the time since the start', () => {
    expect(statusText({ running: 2, done: 17, total: 200 }, 42_000)).toBe(
      'running 2 · done 17/200 · 0:42'
    )
  })

  it('shows minutes and seconds, and hours from an hour on', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(999)).toBe('0:00')
    expect(formatElapsed(62_000)).toBe('1:02')
    expect(formatElapsed(59 * 60_000 + 59_999)).toBe('59:59')
    expect(formatElapsed(3_723_000)).toBe('1:02:03')
    expect(formatElapsed(36_000_000)).toBe('10:00:00')
  })
})

describe('the live line', () => {
  it('draws nothing before a commit starts: earlier output goes through as it is', () => {
    const t = terminal()
    t.err('rerun-action: a notice\n')
    t.out('Verifying 3 run commits\n')
    t.clock.advance(REDRAW_INTERVAL_MS)
    expect(t.writes).toEqual([
      { stream: 'err', text: 'rerun-action: a notice\n' },
      { stream: 'out', text: 'Verifying 3 run commits\n' }
    ])
  })

  it('draws the counts when a commit starts and redraws them in place, at most once an interval', () => {
    const t = terminal()
    t.line.started(3)
    expect(t.drain()).toBe(`${ERASE_LINE}running 1 · done 0/3 · 0:00`)
    t.clock.time += REDRAW_INTERVAL_MS / 2
    t.line.started(3)
    expect(t.drain()).toBe('') // too soon: the next tick draws it
    t.clock.advance(REDRAW_INTERVAL_MS / 2)
    expect(t.drain()).toBe(`${ERASE_LINE}running 2 · done 0/3 · 0:00`)
    t.clock.advance(REDRAW_INTERVAL_MS)
    expect(t.drain()).toBe('') // nothing changed
    t.clock.advance(1000 - 2 * REDRAW_INTERVAL_MS)
    expect(t.drain()).toBe(`${ERASE_LINE}running 2 · done 0/3 · 0:01`)
    expect(t.writes).toEqual([])
  })

  it('counts a finished commit as done while its progress line is still held back', () => {
    const t = terminal()
    t.out('Verifying 3 run commits\n')
    t.line.started(3) // the slow first commit
    t.line.started(3)
    t.line.finished(3) // the second: its line waits for the first's
    t.line.started(3)
    t.line.finished(3)
    t.clock.advance(42_000)
    expect(t.screen()).toEqual(['Verifying 3 run commits', 'running 1 · done 2/3 · 0:42'])
  })

  it('erases itself before any other output, which appears above it, then comes back', () => {
    const t = terminal()
    t.line.started(2)
    t.drain()
    t.clock.time += REDRAW_INTERVAL_MS
    t.line.finished(2)
    t.out('[1/2] ✓ reproduced\n')
    t.err('rerun-action: a notice\n')
    expect(t.writes).toEqual([
      { stream: 'out', text: `${ERASE_LINE}running 0 · done 1/2 · 0:00` },
      { stream: 'out', text: ERASE_LINE },
      { stream: 'out', text: '[1/2] ✓ reproduced\n' },
      // Drawn again at once only when an interval has passed since the last drawing.
      { stream: 'err', text: 'rerun-action: a notice\n' }
    ])
    t.clock.advance(REDRAW_INTERVAL_MS)
    expect(t.screen()).toEqual([
      '[1/2] ✓ reproduced',
      'rerun-action: a notice',
      'running 0 · done 1/2 · 0:00'
    ])
    t.clock.time += REDRAW_INTERVAL_MS
    t.err('rerun-action: another notice\n')
    expect(t.writes.slice(-3)).toEqual([
      { stream: 'out', text: ERASE_LINE },
      { stream: 'err', text: 'rerun-action: another notice\n' },
      { stream: 'out', text: `${ERASE_LINE}running 0 · done 1/2 · 0:00` }
    ])
  })

  it('never draws on a line that output has left unfinished', () => {
    const t = terminal()
    t.line.started(1)
    t.out('partial')
    t.clock.advance(REDRAW_INTERVAL_MS)
    t.line.finished(1)
    expect(t.screen()).toEqual(['partial'])
    t.out(' line\n')
    expect(t.screen()).toEqual(['partial line', 'running 0 · done 1/1 · 0:00'])
  })

  it('when stopped, erases itself for good and stops its timer: the report follows plain', () => {
    const t = terminal()
    t.line.started(1)
    t.clock.advance(REDRAW_INTERVAL_MS)
    t.line.finished(1)
    t.out('[1/1] ✓ reproduced\n')
    t.line.stop()
    expect(t.clock.tick).toBeUndefined()
    t.drain()
    t.line.stop()
    t.line.started(1)
    t.out('1 run commit: 1 reproduced\n')
    expect(t.writes).toEqual([{ stream: 'out', text: '1 run commit: 1 reproduced\n' }])
  })

  it('leaves the screen as plain output would after a whole run, whatever order commits finish in', () => {
    const t = terminal()
    const total = 200
    t.out(`Verifying ${total} run commits\n`)
    for (let i = 0; i < total; i++) t.line.started(total)
    // The first commit is the slowest: everything else finishes before it, and is held.
    for (let i = 1; i < total; i++) {
      t.line.finished(total)
      t.clock.advance(REDRAW_INTERVAL_MS)
    }
    expect(t.screen().at(-1)).toBe('running 1 · done 199/200 · 0:49')
    t.line.finished(total)
    const progress = Array.from({ length: total }, (_, i) => `[${i + 1}/${total}] ✓ reproduced`)
    for (const line of progress) t.out(line + '\n')
    t.line.stop()
    t.out('200 run commits: 200 reproduced\n')
    expect(t.screen()).toEqual([
      `Verifying ${total} run commits`,
      ...progress,
      '200 run commits: 200 reproduced',
      ''
    ])
  })

  it('fits within the terminal, short of its last column', () => {
    const narrow = terminal(12)
    narrow.line.started(3)
    expect(narrow.screen()).toEqual(['running 1 ·'])
    // A pseudo-terminal nobody gave a size reports 0 columns.
    const unknown = terminal(0)
    unknown.line.started(3)
    expect(unknown.screen()).toEqual(['running 1 · done 0/3 · 0:00'])
  })
})

describe('where the live line is drawn', () => {
  it('only on a terminal, not TERM=dumb, and not when NO_COLOR asks for plain output', () => {
    const tty = { isTTY: true }
    expect(wantsStatusLine(tty, { TERM: 'xterm-256color' })).toBe(true)
    expect(wantsStatusLine(tty, {})).toBe(true)
    expect(wantsStatusLine(tty, { TERM: 'xterm', NO_COLOR: '' })).toBe(true)
    expect(wantsStatusLine(tty, { TERM: 'dumb' })).toBe(false)
    expect(wantsStatusLine(tty, { TERM: 'xterm', NO_COLOR: '1' })).toBe(false)
    expect(wantsStatusLine({ isTTY: false }, { TERM: 'xterm' })).toBe(false)
    expect(wantsStatusLine({}, { TERM: 'xterm' })).toBe(false) // a pipe or a file
  })

  it('leaves the output exactly as it was in a pipe', () => {
    const io: CliIo = { out: () => undefined, err: () => undefined }
    expect(terminalIo(io, { isTTY: false }, { TERM: 'xterm' })).toBe(io)
    expect(terminalIo(io, { isTTY: true }, { TERM: 'dumb' })).toBe(io)
  })

  it('on a terminal, draws through stdout and writes both streams above the line', () => {
    let output = ''
    const io = terminalIo(
      { out: text => void (output += text), err: text => void (output += text) },
      { isTTY: true, columns: 80 },
      { TERM: 'xterm' }
    )
    try {
      io.status?.started(2)
      expect(screenAfter(output)).toEqual(['running 1 · done 0/2 · 0:00'])
      io.err('rerun-action: a notice\n')
      expect(screenAfter(output)[0]).toBe('rerun-action: a notice')
    } finally {
      io.status?.stop()
    }
    expect(screenAfter(output).join('\n')).not.toContain('running')
  })
})
