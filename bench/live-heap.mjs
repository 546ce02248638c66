// Preloaded by benchmark 5 (memory.mjs) into a verification run with --expose-gc: at exit, what
// V8 still holds after a full garbage collection, the memory the run keeps (its verdicts), as
// opposed to the garbage a lazy collector has not yet reclaimed.
process.on('exit', () => {
  globalThis.gc?.()
  process.stderr.write(
    `live heap after a full collection: ${process.memoryUsage().heapUsed} bytes\n`
  )
})
