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

process.exitCode = await main(
  process.argv.slice(2),
  { out: text => process.stdout.write(text), err: text => process.stderr.write(text) },
  controller.signal
)
