/**
 * A stand-in for the Actions cache service, version 2 (Twirp JSON at ACTIONS_RESULTS_URL), and for
 * the blob storage its signed URLs point at, on 127.0.0.1: @actions/cache in the bundled action
 * reserves, uploads, finalizes and downloads its archives here. Entries match as on GitHub: the
 * exact key, else the newest entry starting with each restore key in turn, of the same version.
 */
import http from 'node:http'
import { LoopbackServer } from './loopback-server.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'
/** Signed URLs of Azure blobs: IP-style paths, `/account/container/blob`. */
const BLOB_PATH = /^\/account\/caches\/(\d+)$/

export interface RecordedCall {
  /** The Twirp method, e.g. GetCacheEntryDownloadURL, or the HTTP method for a blob. */
  method: string
  /** The request as sent: protobuf JSON with the proto field names (`restore_keys`). */
  body: Record<string, unknown>
}

export interface FakeCacheEntry {
  id: number
  key: string
  version: string
  archive: Buffer | null
  finalized: boolean
}

export class FakeCacheService extends LoopbackServer {
  readonly calls: RecordedCall[] = []
  readonly entries: FakeCacheEntry[] = []

  static start(): Promise<FakeCacheService> {
    return new FakeCacheService().listen()
  }

  /** What the runner sets for a job that may use the cache. */
  get env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      // @actions/cache takes any other server for GitHub Enterprise Server, which has no v2 service.
      GITHUB_SERVER_URL: 'https://github.com'
    }
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter(c => c.method === method)
  }

  /** Keys of the entries saved completely. */
  savedKeys(): string[] {
    return this.entries.filter(e => e.finalized).map(e => e.key)
  }

  protected handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', this.url)
      const data = Buffer.concat(chunks)
      if (request.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
        const method = url.pathname.slice(TWIRP_PREFIX.length)
        const body = JSON.parse(data.toString('utf8') || '{}') as Record<string, unknown>
        this.calls.push({ method, body })
        this.json(response, this.twirp(method, body))
        return
      }
      const blob = BLOB_PATH.exec(url.pathname)
      const entry = this.entries.find(e => e.id === Number(blob?.[1]))
      this.calls.push({ method: `${request.method ?? 'GET'} blob`, body: {} })
      if (!entry) {
        response.writeHead(404).end()
      } else if (request.method === 'PUT') {
        entry.archive = data
        response.writeHead(201, { etag: `"${entry.id}"` }).end()
      } else if (entry.archive && (request.method === 'HEAD' || request.method === 'GET')) {
        this.sendBlob(request, response, entry.archive)
      } else {
        response.writeHead(404).end()
      }
    })
  }

  /** A blob, or the part of it the `x-ms-range` header asks for. */
  private sendBlob(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    archive: Buffer
  ): void {
    const headers = { 'x-ms-blob-type': 'BlockBlob', etag: '"blob"' }
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(request.headers['x-ms-range'] ?? ''))
    if (request.method === 'HEAD' || !range) {
      response.writeHead(200, { ...headers, 'content-length': archive.length })
      response.end(request.method === 'HEAD' ? undefined : archive)
      return
    }
    const start = Number(range[1])
    const end = range[2] ? Math.min(Number(range[2]), archive.length - 1) : archive.length - 1
    const part = archive.subarray(start, end + 1)
    response.writeHead(206, {
      ...headers,
      'content-length': part.length,
      'content-range': `bytes ${start}-${end}/${archive.length}`
    })
    response.end(part)
  }

  private twirp(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const key = String(body.key)
    const version = String(body.version)
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.entries.some(e => e.key === key && e.version === version)) {
          return { ok: false, message: `an entry with key ${key} already exists` }
        }
        const entry = { id: this.entries.length + 1, key, version, archive: null, finalized: false }
        this.entries.push(entry)
        return { ok: true, signedUploadUrl: this.blobUrl(entry, 'upload') }
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find(e => e.key === key && e.version === version && e.archive)
        if (!entry) return { ok: false, entryId: '0' }
        entry.finalized = true
        return { ok: true, entryId: String(entry.id) }
      }
      case 'GetCacheEntryDownloadURL': {
        const entry = this.lookup(key, (body.restore_keys as string[] | undefined) ?? [], version)
        return entry
          ? { ok: true, signedDownloadUrl: this.blobUrl(entry, 'download'), matchedKey: entry.key }
          : { ok: false, signedDownloadUrl: '', matchedKey: '' }
      }
      default:
        return { ok: false, message: `no fake for ${method}` }
    }
  }

  private lookup(
    key: string,
    restoreKeys: readonly string[],
    version: string
  ): FakeCacheEntry | undefined {
    const candidates = this.entries.filter(e => e.finalized && e.version === version).reverse()
    return (
      candidates.find(e => e.key === key) ??
      restoreKeys.map(prefix => candidates.find(e => e.key.startsWith(prefix))).find(Boolean)
    )
  }

  private blobUrl(entry: FakeCacheEntry, permission: string): string {
    return `${this.url}/account/caches/${entry.id}?sig=${permission}`
  }

  private json(response: http.ServerResponse, answer: unknown): void {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(answer))
  }
}
