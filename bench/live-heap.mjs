// Preloaded by benchmark 5 (memory.mjs) into a verification run with --expose-gc. When the CLI
// writes its report (the verdicts are all still held then), what V8 holds after a full garbage
// collection: the memory the run keeps, as opposed to garbage a lazy collector has not yet
// reclaimed; and, of that, the machine code V8 compiled (a longer run optimises more functions).
import v8 from 'node:v8'

const write = process.stdout.write.bind(process.stdout)
let measured = false
process.stdout.write = (chunk, ...rest) => {
  if (!measured && /\d+ run commits?: /.test(String(chunk))) {
    measured = true
    globalThis.gc?.()
    const code = v8.getHeapSpaceStatistics().find(space => space.space_name === 'code_space')
    process.stderr.write(
      `live heap after a full collection: ${process.memoryUsage().heapUsed} bytes, of which code ${code?.space_used_size ?? 0} bytes\n`
    )
  }
  return write(chunk, ...rest)
}
