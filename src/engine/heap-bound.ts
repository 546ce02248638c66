/**
 * A full garbage collection between commits whenever V8's old generation has grown by
 * GROWTH_BOUND since the last one. The replay leaves a steady trickle of objects that outlive two
 * scavenges (verdicts, the object store's caches as entries are replaced, each worker's record of
 * its kept checkout), and V8 lets the old generation grow to its initial limit (about 16 MB)
 * before its first full collection, then to four times what was live: the peak memory of a
 * verification grew with its history (BENCHMARKS.md, section 5). A collection of this heap takes
 * about 10 ms, once every few hundred commits here. Node has no call for one but `gc`, which V8
 * puts in contexts made once its flag is set.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

const GROWTH_BOUND = 2 * 1024 * 1024

/** Bytes used in the old generation after the last full collection (or at the first look). */
let collectedTo: number | undefined
let collect: (() => void) | undefined

function oldGeneration(): number {
  return (
    v8.getHeapSpaceStatistics().find(space => space.space_name === 'old_space')?.space_used_size ??
    0
  )
}

function gcFunction(): () => void {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}

/**
 * Called between commits: collects when the old generation has grown by the bound since the
 * last collection (or the first call, or a collection V8 made itself); says whether it did.
 */
export function boundHeap(): boolean {
  const used = oldGeneration()
  if (collectedTo === undefined || used < collectedTo) {
    collectedTo = used
    return false
  }
  if (used - collectedTo < GROWTH_BOUND) return false
  collect ??= gcFunction()
  collect()
  collectedTo = oldGeneration()
  return true
}
