#!/usr/bin/env node
/** Entry point of the bundled CLI (dist/cli.js). */
// First, before the rest of the bundle is evaluated.
import '../engine/v8-flags.js'
import { constants } from 'node:os'
import { main } from './main.js'
import { terminalIo } from './status-line.js'

/** What shells report for a death by `signal`: 130 for SIGINT, 143 for SIGTERM. */
const exitFor = (signal: NodeJS.Signals): number => 128 + constants.signals[signal]

/** A reader that went away (`| head`) must not crash the run before it has cleaned up. */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  return text => {
    if (!closed) stream.write(text)
  }
}

const io = terminalIo(
  { out: writerTo(process.stdout), err: writerTo(process.stderr) },
  process.stdout,
  process.env
)
// However the process ends (a second signal, an internal error), it leaves no live line behind.
process.on('exit', () => io.status?.stop())

const controller = new AbortController()
let stoppedBy: NodeJS.Signals | undefined
const cancel = (signal: NodeJS.Signals): void => {
  if (controller.signal.aborted) process.exit(exitFor(signal))
  stoppedBy = signal
  io.err('rerun-action: stopping replayed commands and cleaning up (again to force)\n')
  controller.abort()
}
process.on('SIGINT', cancel)
process.on('SIGTERM', cancel)

const code = await main(process.argv.slice(2), io, controller.signal)
// Stopped by a signal, the run ends as a death by it would, not like a mismatch (1).
process.exitCode = stoppedBy ? exitFor(stoppedBy) : code
