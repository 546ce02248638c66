/** Entry point of the bundled action (dist/index.js). */
// First, before the rest of the bundle is evaluated.
import '../engine/v8-flags.js'
import { run } from './main.js'

// The runner cancels a job with SIGINT, then SIGTERM: stop replayed commands and clean up.
const controller = new AbortController()
process.on('SIGINT', () => controller.abort())
process.on('SIGTERM', () => controller.abort())

await run(controller.signal)
