/**
 * A stand-in for the GitHub REST and GraphQL API: a real HTTP server on 127.0.0.1 that the
 * bundled action reaches through GITHUB_API_URL. It keeps issue comments and check runs in
 * memory, records every request, and can be told to fail routes with a status code.
 */
import http from 'node:http'
import { LoopbackServer } from './loopback-server.js'

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
  authorization: string | undefined
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  conclusion: string
  output: { title: string; summary: string }
  annotations: unknown[]
}

interface Failure {
  method: string
  pattern: RegExp
  status: number
  /** Answer this many matching requests with the failure, then behave normally. */
  remaining: number
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

export class FakeGitHubApi extends LoopbackServer {
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  readonly checkRuns: FakeCheckRun[] = []
  /** What GET /repos/{o}/{r}/commits/{sha}/pulls answers, by SHA. */
  readonly pullsOfCommit = new Map<string, { number: number; state: 'open' | 'closed' }[]>()
  private failures: Failure[] = []
  private nextId = 1000

  static start(): Promise<FakeGitHubApi> {
    return new FakeGitHubApi().listen()
  }

  /** Answer requests matching `method` and `pattern` with `status` (`times` times, default always). */
  fail(method: string, pattern: RegExp, status: number, times = Infinity): void {
    this.failures.push({ method, pattern, status, remaining: times })
  }

  /** Forget recorded requests and failures; stored comments and check runs stay. */
  reset(): void {
    this.requests.length = 0
    this.failures = []
  }

  addComment(issue: number, body: string, user: FakeComment['user']): FakeComment {
    const comment = { id: this.nextId++, issue, body, user }
    this.comments.push(comment)
    return comment
  }

  requestsTo(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter(r => r.method === method && pattern.test(r.path))
  }

  protected handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const method = request.method ?? 'GET'
      const url = new URL(request.url ?? '/', this.url)
      const text = Buffer.concat(chunks).toString('utf8')
      const body: unknown = text ? JSON.parse(text) : null
      this.requests.push({
        method,
        path: url.pathname,
        body,
        authorization: request.headers.authorization
      })
      const failure = this.failures.find(
        f => f.method === method && f.pattern.test(url.pathname) && f.remaining > 0
      )
      if (failure) {
        failure.remaining--
        const message =
          failure.status === 403 ? 'Resource not accessible by integration' : 'Server Error'
        this.send(response, failure.status, { message })
        return
      }
      const [status, answer] = this.route(method, url, body)
      this.send(response, status, answer)
    })
  }

  private send(response: http.ServerResponse, status: number, answer: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(answer))
  }

  private route(method: string, url: URL, body: unknown): [number, unknown] {
    const path = url.pathname
    const fields = (body ?? {}) as Record<string, unknown>
    if (method === 'POST' && path === '/graphql') {
      return [200, { data: { viewer: { login: BOT.login } } }]
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(path)
    if (method === 'GET' && match) {
      const pulls = this.pullsOfCommit.get(match[1] ?? '') ?? []
      return [200, pulls.map(p => ({ ...p, id: p.number }))]
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path)
    if (match) {
      const issue = Number(match[1])
      if (method === 'GET') {
        // Paginated like GitHub, so that a client reading only page 1 would miss comments.
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        const all = this.comments.filter(c => c.issue === issue)
        return [200, all.slice((page - 1) * perPage, page * perPage)]
      }
      if (method === 'POST') {
        return [201, this.addComment(issue, String(fields.body), { ...BOT })]
      }
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)
    if (match && method === 'PATCH') {
      const comment = this.comments.find(c => c.id === Number(match?.[1]))
      if (!comment) return [404, { message: 'Not Found' }]
      comment.body = String(fields.body)
      return [200, comment]
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const output = fields.output as FakeCheckRun['output'] & { annotations?: unknown[] }
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: String(fields.name),
        head_sha: String(fields.head_sha),
        conclusion: String(fields.conclusion),
        output: { title: output.title, summary: output.summary },
        annotations: [...(output.annotations ?? [])]
      }
      this.checkRuns.push(run)
      return [201, { ...run, html_url: `https://github.invalid/check-runs/${run.id}` }]
    }
    match = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path)
    if (match && method === 'PATCH') {
      const run = this.checkRuns.find(r => r.id === Number(match?.[1]))
      if (!run) return [404, { message: 'Not Found' }]
      const output = fields.output as { annotations?: unknown[] }
      run.annotations.push(...(output.annotations ?? []))
      return [200, run]
    }
    return [404, { message: `no fake for ${method} ${path}` }]
  }
}
