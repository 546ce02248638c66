#!/usr/bin/env node
/** Entry point of the bundled CLI (dist/cli.js). */
import { main } from './main.js'

const controller = new AbortController()
const cancel = (): void => {
  if (controller.signal.aborted) process.exit(130)
  process.stderr.write(
    'rerun-action: stopping replayed commands and cleaning up (again to force)\n'
  )
  controller.abort()
}
process.on('SIGINT', cancel)
process.on('SIGTERM', cancel)

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

process.exitCode = await main(
  process.argv.slice(2),
  { out: writerTo(process.stdout), err: writerTo(process.stderr) },
  controller.signal
)
