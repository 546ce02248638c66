/**
 * Outputs of tens of MB are compared in bounded memory: files are streamed in chunks, never read
 * whole. Each case below compares a ~50 MB pair while sampling the process's memory.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import v8 from 'node:v8'
import vm from 'node:vm'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { MAX_DIFF_LINES } from '../../src/engine/compare/content/limits.js'
import { rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

const LINES = 1_200_000 // about 50 MB at ~42 bytes a line
const MiB = 1 << 20
const GROWTH_BOUND = 64 * MiB

/** The file as pieces of 10 000 lines, so the test itself never holds it in memory. */
function* generate(line: (i: number) => string): Generator<string> {
  for (let start = 0; start < LINES; start += 10_000) {
    let piece = ''
    for (let i = start; i < Math.min(start + 10_000, LINES); i++) piece += `${line(i)}\n`
    yield piece
  }
}

// Collect garbage before each measurement, so growth is measured from what is really in use.
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

/**
 * Peak growth of what the process holds live: the JavaScript heap and the memory outside it that
 * Buffers take (a file read whole would show there, and its text in the heap), each sample taken
 * after a full collection. Neither RSS nor the heap as found: both also count garbage not yet
 * collected, which grows with how busy the machine is (the collector falls behind).
 */
async function measure<T>(
  run: () => Promise<T>
): Promise<{ result: T; buffers: number; heap: number }> {
  collectGarbage()
  const before = process.memoryUsage()
  let buffers = before.external
  let heap = before.heapUsed
  const sample = () => {
    collectGarbage()
    const now = process.memoryUsage()
    buffers = Math.max(buffers, now.external)
    heap = Math.max(heap, now.heapUsed)
  }
  const sampler = setInterval(sample, 20)
  try {
    const result = await run()
    sample()
    return { result, buffers: buffers - before.external, heap: heap - before.heapUsed }
  } finally {
    clearInterval(sampler)
  }
}

const row = (i: number, value: string) => `row ${i} value ${value} label alpha`
const committed = files.write(
  'committed.txt',
  generate(i => row(i, (i / 1000).toFixed(6)))
)

describe('bounded memory on a ~50 MB text output', () => {
  it('a change every 500 lines: many diffed regions', async () => {
    const regenerated = files.write(
      'sparse.txt',
      generate(i => row(i, i % 500 === 250 ? 'changed' : (i / 1000).toFixed(6)))
    )
    const { result, buffers, heap } = await measure(() =>
      analyseDifference(committed, regenerated, 'out.txt')
    )
    expect(result.diff).toMatchObject({ kind: 'text', firstDifferentLine: 251 })
    if (result.diff?.kind !== 'text') throw new Error('expected a text diff')
    expect(result.diff.unified.split('\n').length - 1).toBe(MAX_DIFF_LINES)
    expect(result.diff.truncatedLines).toBeGreaterThan(10_000)
    expect(buffers + heap).toBeLessThan(GROWTH_BOUND)
  })

  it('every number drifting within a tolerance: each line compared', async () => {
    const regenerated = files.write(
      'drift.txt',
      generate(i => row(i, (i / 1000 + 1e-7).toFixed(7)))
    )
    const { result, buffers, heap } = await measure(() =>
      analyseDifference(committed, regenerated, 'out.txt', rule({ tolerance: { absolute: 1e-6 } }))
    )
    expect(result.equivalent).toBe(true)
    expect(result.deviation?.absolute).toBeCloseTo(1e-7, 10)
    expect(buffers + heap).toBeLessThan(GROWTH_BOUND)
  })

  it('everything different after the first line: diffing stops, the rest is counted', async () => {
    const regenerated = files.write(
      'rewritten.txt',
      generate(i => (i === 0 ? row(0, '0.000000') : `other ${i}`))
    )
    const { result, buffers, heap } = await measure(() =>
      analyseDifference(committed, regenerated, 'out.txt')
    )
    expect(result.diff).toMatchObject({ kind: 'text', firstDifferentLine: 2 })
    if (result.diff?.kind !== 'text') throw new Error('expected a text diff')
    expect(result.diff.truncatedLines).toBeGreaterThan(2 * (LINES - 5000))
    expect(buffers + heap).toBeLessThan(GROWTH_BOUND)
  })
})
