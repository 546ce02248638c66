/**
 * Committed trees and blobs, and what names (revisions, `<rev>:<path>`) stand for, read from the
 * user's object store by two long-running git processes (`cat-file --batch` and
 * `--batch-check`): one process for a whole verification instead of one per query, object ids and
 * names on stdin (never paths as arguments), trees parsed here.
 */
import type { ChildProcess } from 'node:child_process'
import { startGit } from './git-port.js'
import { LruCache } from './lru-cache.js'

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag'

export interface StoredObject {
  type: ObjectType
  data: Buffer
}

export interface RawTreeEntry {
  mode: string
  name: string
  object: string
}

interface Pending {
  resolve: (value: { header: string; data: Buffer | null }) => void
  reject: (error: Error) => void
}

/** One `cat-file` process; answers come back in request order. */
class BatchProcess {
  private child: ChildProcess | null = null
  private readonly queue: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  private failure: Error | null = null
  private closed = false

  constructor(
    private readonly root: string,
    private readonly mode: '--batch' | '--batch-check',
    private readonly objectFormatLength: () => number
  ) {}

  private start(): ChildProcess {
    const child = startGit(['cat-file', this.mode], { cwd: this.root })
    const errors: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk
      this.drain()
    })
    child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk))
    child.stdin?.on('error', () => undefined)
    const fail = (error: Error): void => {
      this.failure = error
      this.child = null
      for (const pending of this.queue.splice(0)) pending.reject(error)
    }
    child.on('error', fail)
    child.on('close', code => {
      if (this.child === child)
        fail(
          new Error(
            `git cat-file ${this.mode} ended (${code}): ${Buffer.concat(errors).toString('utf8').trim()}`
          )
        )
      // Closed: git answered what it was asked before its input ended; nothing else will come.
      else if (this.closed)
        for (const pending of this.queue.splice(0)) pending.reject(this.closedError())
    })
    return child
  }

  private drain(): void {
    for (;;) {
      const pending = this.queue[0]
      if (!pending) return
      const newline = this.buffer.indexOf(0x0a)
      if (newline < 0) return
      const header = this.buffer.subarray(0, newline).toString('utf8')
      const fields = header.split(' ')
      const missing = fields.length < 3 || fields[1] === 'missing' || fields[1] === 'ambiguous'
      if (this.mode === '--batch-check' || missing) {
        this.buffer = this.buffer.subarray(newline + 1)
        this.queue.shift()
        pending.resolve({ header, data: null })
        continue
      }
      const size = Number(fields[2])
      const end = newline + 1 + size
      if (this.buffer.length < end + 1) return
      const data = Buffer.from(this.buffer.subarray(newline + 1, end))
      this.buffer = this.buffer.subarray(end + 1)
      this.queue.shift()
      pending.resolve({ header, data })
    }
  }

  /** Start the process now, if it is not running, so that its start overlaps other work. */
  warm(): void {
    if (!this.failure && !this.closed) this.child ??= this.start()
  }

  request(object: string): Promise<{ header: string; data: Buffer | null }> {
    if (!/^[0-9a-f]+$/.test(object) || object.length !== this.objectFormatLength()) {
      return Promise.reject(new Error(`not an object id: ${JSON.stringify(object)}`))
    }
    return this.ask(object)
  }

  /**
   * Ask about any object name cat-file reads (`HEAD^{commit}`, `<rev>:<path>`). The callers make
   * sure it is one line: an object id is, and ObjectStore.resolve turns others away.
   */
  ask(name: string): Promise<{ header: string; data: Buffer | null }> {
    if (this.failure) return Promise.reject(this.failure)
    // A reader started after close() would never be closed, and keep rerun-action running.
    if (this.closed) return Promise.reject(this.closedError())
    this.child ??= this.start()
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject })
      this.child?.stdin?.write(`${name}\n`)
    })
  }

  private closedError(): Error {
    return new Error(`git cat-file ${this.mode} was closed: the verification is over`)
  }

  /** For good: what asks after this (a plan still under way as a run ends) gets an error. */
  close(): void {
    this.closed = true
    const child = this.child
    this.child = null
    child?.stdin?.end()
  }
}

/** Parse a tree object: `<mode> <name>\0<binary id>` repeated. */
export function parseTree(data: Buffer, idLength: number): RawTreeEntry[] {
  const entries: RawTreeEntry[] = []
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    const nul = data.indexOf(0, space)
    if (space < 0 || nul < 0 || nul + 1 + idLength > data.length) {
      throw new Error('malformed tree object')
    }
    const mode = data.subarray(offset, space).toString('latin1').padStart(6, '0')
    entries.push({
      mode,
      name: data.subarray(space + 1, nul).toString('utf8'),
      object: data.subarray(nul + 1, nul + 1 + idLength).toString('hex')
    })
    offset = nul + 1 + idLength
  }
  return entries
}

/**
 * Tree entries kept parsed, counted over all cached trees: consecutive commits share most
 * subtrees, while each has a root tree of its own, so the cache keeps the most recently used
 * and memory does not grow with the length of the history verified.
 */
const MAX_CACHED_ENTRIES = 20_000

/**
 * Small objects are kept as read, up to a bound in bytes: each commit's execution asks again for
 * its commit object, its parent's, `.gitattributes` and `.datalad/config`, each a round trip to
 * git otherwise. Replay moves forward through the history, so what is asked again is recent: a
 * few hundred objects cover every commit in flight. Each is weighed with what keeping it costs
 * besides its bytes (its Buffer, the Buffer's memory outside the heap, the map's entry and key),
 * so that the bound is on memory, not on content.
 */
const MAX_SMALL_OBJECT_BYTES = 16 * 1024
const MAX_SMALL_BYTES = 256 * 1024
const SMALL_ENTRY_OVERHEAD_BYTES = 512

export class ObjectStore {
  private readonly contents: BatchProcess
  private readonly checks: BatchProcess
  /** Parsed trees, weighed by their number of entries once parsed. */
  private readonly trees = new LruCache<Promise<RawTreeEntry[]>>(MAX_CACHED_ENTRIES)
  /** Small objects as read, weighed in bytes. */
  private readonly small = new LruCache<StoredObject>(MAX_SMALL_BYTES)

  /** @param hexLength 40 for SHA-1 repositories, 64 for SHA-256 ones. */
  constructor(
    readonly root: string,
    private readonly hexLength = 40
  ) {
    this.contents = new BatchProcess(root, '--batch', () => this.hexLength)
    this.checks = new BatchProcess(root, '--batch-check', () => this.hexLength)
  }

  /** An object's type and content, or null when the store lacks it. */
  async read(object: string): Promise<StoredObject | null> {
    const cached = this.small.get(object)
    // The caller gets a copy of its own: what it does with it cannot change the one kept.
    if (cached) return { type: cached.type, data: Buffer.from(cached.data) }
    const found = await this.readFromGit(object)
    if (!found || found.data.length > MAX_SMALL_OBJECT_BYTES) return found
    // A copy in memory of its own: a small Buffer is a slice of an 8 KiB slab of Node's pool,
    // and kept, it would keep the whole slab alive.
    const own = Buffer.allocUnsafeSlow(found.data.length)
    found.data.copy(own)
    this.small.set(object, { type: found.type, data: own }, own.length + SMALL_ENTRY_OVERHEAD_BYTES)
    return found
  }

  private async readFromGit(object: string): Promise<StoredObject | null> {
    const { header, data } = await this.contents.request(object)
    return data ? { type: header.split(' ')[1] as ObjectType, data } : null
  }

  /** An object's size without reading it, or null when the store lacks it. */
  async size(object: string): Promise<number | null> {
    const cached = this.small.peek(object)
    if (cached) return cached.data.length
    const { header } = await this.checks.request(object)
    const fields = header.split(' ')
    return fields.length === 3 && fields[1] !== 'missing' ? Number(fields[2]) : null
  }

  /**
   * The object a name stands for (a revision such as `HEAD^{commit}`, or `<rev>:<path>`), as
   * cat-file resolves it, or null when it names nothing (or is ambiguous). Names are written to
   * the reader's stdin, never passed as arguments; one holding a line break names nothing.
   */
  async resolve(name: string): Promise<{ object: string; type: ObjectType } | null> {
    if (/[\n\r]/.test(name)) return null
    const { header } = await this.checks.ask(name)
    const [object = '', type = ''] = header.split(' ')
    const found = header.endsWith(' missing') || header.endsWith(' ambiguous') ? null : object
    return found && /^[0-9a-f]+$/.test(found) ? { object: found, type: type as ObjectType } : null
  }

  /**
   * The entries of a tree object (cached parsed: trees are shared by many commits; their raw
   * objects are not kept besides).
   */
  tree(object: string): Promise<RawTreeEntry[]> {
    const cached = this.trees.get(object)
    if (cached) return cached
    const entries = this.readFromGit(object).then(found => {
      if (found?.type !== 'tree') throw new Error(`tree ${object} is not in the repository`)
      const parsed = parseTree(found.data, this.hexLength / 2)
      // Weighed once parsed; meanwhile it weighs nothing, and those who ask share the reading.
      if (this.trees.peek(object) === entries) this.trees.set(object, entries, parsed.length)
      return parsed
    })
    // A tree that cannot be read is asked for again next time.
    entries.catch(() => {
      if (this.trees.peek(object) === entries) this.trees.delete(object)
    })
    this.trees.set(object, entries, 0)
    return entries
  }

  /** The root tree of a commit. */
  async rootTree(commit: string): Promise<string> {
    const found = await this.read(commit)
    if (found?.type !== 'commit') throw new Error(`commit ${commit} is not in the repository`)
    const match = /^tree ([0-9a-f]+)\n/.exec(found.data.subarray(0, 100).toString('latin1'))
    if (!match?.[1]) throw new Error(`commit ${commit} names no tree`)
    return match[1]
  }

  /** Start both readers now (they start at the first request otherwise). */
  warm(): void {
    this.contents.warm()
    this.checks.warm()
  }

  close(): void {
    this.contents.close()
    this.checks.close()
  }
}
