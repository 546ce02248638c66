/**
 * The bound on the old generation between commits (src/engine/heap-bound.ts): growth below the
 * bound is left to V8; past it, one full collection, which gives back what is garbage.
 */
import { describe, expect, it } from '@jest/globals'
import v8 from 'node:v8'
import vm from 'node:vm'
import { boundHeap } from '../../src/engine/heap-bound.js'

function oldGeneration(): number {
  const old = v8.getHeapSpaceStatistics().find(space => space.space_name === 'old_space')
  return old?.space_used_size ?? 0
}

/** `megabytes` of small objects, kept through scavenges of as much garbage until V8 promotes them. */
function promoted(megabytes: number): { text: string }[] {
  const kept: { text: string }[] = []
  for (let i = 0; i < megabytes * 16_384; i++) kept.push({ text: `kept ${i}` })
  let garbage = 0
  for (let i = 0; i < 400_000; i++) garbage += { text: `garbage ${i}` }.text.length
  expect(garbage).toBeGreaterThan(0)
  return kept
}

describe('boundHeap', () => {
  it('leaves growth below the bound to V8, and collects garbage past it', () => {
    // From a full collection, so that what this worker's earlier tests left is not counted, and
    // a collection V8 makes itself below cannot take the old generation under the first look.
    v8.setFlagsFromString('--expose-gc')
    ;(vm.runInNewContext('gc') as () => void)()
    expect(boundHeap()).toBe(false)
    expect(boundHeap()).toBe(false)
    // Once this returns, what it kept is garbage; nothing allocates between then and the call
    // below, so only boundHeap can collect it.
    const grown = ((): number => {
      const kept = promoted(6)
      expect(kept.length).toBeGreaterThan(0)
      return oldGeneration()
    })()
    expect(boundHeap()).toBe(true)
    expect(oldGeneration()).toBeLessThan(grown - 4 * 2 ** 20)
    expect(boundHeap()).toBe(false)
  })
})
