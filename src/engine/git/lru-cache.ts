/**
 * A map that keeps what was used last: each value has a weight (bytes, entries), and once their
 * sum passes the limit the least recently used values are dropped until it is within it again.
 */
export class LruCache<V> {
  /** In order of use, the most recent last. */
  private readonly items = new Map<string, { value: V; weight: number }>()
  private total = 0

  constructor(private readonly limit: number) {}

  /** The value of `key`, which counts as a use. */
  get(key: string): V | undefined {
    const item = this.items.get(key)
    if (!item) return undefined
    this.items.delete(key)
    this.items.set(key, item)
    return item.value
  }

  /** The value of `key`, without counting as a use. */
  peek(key: string): V | undefined {
    return this.items.get(key)?.value
  }

  /** Keep `value` (in place of what `key` held) as the most recently used. */
  set(key: string, value: V, weight: number): void {
    this.delete(key)
    this.items.set(key, { value, weight })
    this.total += weight
    for (const [old, item] of this.items) {
      if (this.total <= this.limit) return
      this.items.delete(old)
      this.total -= item.weight
    }
  }

  delete(key: string): void {
    const item = this.items.get(key)
    if (!item) return
    this.items.delete(key)
    this.total -= item.weight
  }
}
