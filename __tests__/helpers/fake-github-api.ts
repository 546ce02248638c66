/**
 * A stand-in for the GitHub REST and GraphQL API: a real HTTP server on 127.0.0.1 that the
 * bundled action reaches through GITHUB_API_URL. It answers as GitHub does for the endpoints the
 * action uses: whole objects with the fields GitHub returns (checked against GitHub's OpenAPI
 * description in __tests__/action/fake-github-api.test.ts), list endpoints paged with `per_page`
 * and `page` and `Link` headers, 201 on create, rate-limit headers, and 422 for bodies over
 * GitHub's limits. It keeps issue comments and check runs in memory, records every request with
 * its answer, and can be told to fail routes: with a status, a rate limit, or a dropped connection.
 */
import http from 'node:http'
import { LoopbackServer } from './loopback-server.js'

export interface RecordedRequest {
  method: string
  /** The path, without the query. */
  path: string
  query: URLSearchParams
  body: unknown
  authorization: string | undefined
  /** What the fake answered; null when it dropped the connection instead. */
  response: { status: number; headers: Record<string, string>; body: unknown } | null
}

export interface FakeUser {
  login: string
  type: 'Bot' | 'User'
}

export interface FakeComment {
  id: number
  issue: number
  /** owner/name of the repository the comment is in. */
  repository: string
  body: string
  user: FakeUser
  createdAt: string
  updatedAt: string
}

export interface FakeCheckRun {
  id: number
  repository: string
  name: string
  head_sha: string
  conclusion: string
  output: { title: string; summary: string }
  annotations: unknown[]
  startedAt: string
}

/** How the fake fails a request instead of answering it. */
export type FakeFailure =
  | { kind: 'status'; status: number }
  /** GitHub's secondary rate limit: 403 and its documented message, `retry-after` when given. */
  | { kind: 'secondary-rate-limit'; retryAfter: number | null }
  /** The primary (hourly) rate limit used up, until `resetInSeconds` from now. */
  | { kind: 'rate-limit-exhausted'; resetInSeconds: number }
  /** The connection closed without an answer. */
  | { kind: 'disconnect' }

interface ArmedFailure {
  method: string
  pattern: RegExp
  failure: FakeFailure
  /** Answer this many matching requests with the failure, then behave normally. */
  remaining: number
}

type Json = Record<string, unknown>

interface Answer {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }
/** The repository of every request path that does not name one (the harness's). */
const DEFAULT_REPOSITORY = 'octo/data'
/** Where html_url links point (the harness's GITHUB_SERVER_URL). */
const WEB = 'https://github.invalid'
const DOCS = 'https://docs.github.com/rest'
/** GitHub's limits on a comment body and a check run's summary, in characters. */
const COMMENT_LIMIT = 65536
const CHECK_RUN_TEXT_LIMIT = 65535
const ANNOTATIONS_PER_REQUEST = 50
/** GITHUB_TOKEN's primary rate limit: requests per hour and repository. */
const RATE_LIMIT = 1000
/** GitHub's ids of the Actions bot and app. */
const ACTIONS_BOT_ID = 41898282
const ACTIONS_APP_ID = 15368

/** GitHub's global node ids of the legacy form: base64 of "0<length>:<Type><id>". */
function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64')
}

function characters(text: string): number {
  return [...text].length
}

export class FakeGitHubApi extends LoopbackServer {
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  readonly checkRuns: FakeCheckRun[] = []
  /** What GET /repos/{o}/{r}/commits/{sha}/pulls answers, by SHA. */
  readonly pullsOfCommit = new Map<string, { number: number; state: 'open' | 'closed' }[]>()
  private failures: ArmedFailure[] = []
  private nextId = 1000
  /** The time objects are stamped with: fixed, one second further for each write. */
  private clock = Date.parse('2026-01-05T09:00:00Z')
  private readonly repositoryIds = new Map<string, number>()
  private readonly userIds = new Map<string, number>([[BOT.login, ACTIONS_BOT_ID]])
  private readonly rateLimitReset = Math.floor(Date.now() / 1000) + 3600
  private rateLimitUsed = 0

  static start(): Promise<FakeGitHubApi> {
    return new FakeGitHubApi().listen()
  }

  /**
   * Answer requests matching `method` and `pattern` (on the path) with `failure`, a status code
   * for short, `times` times (default always).
   */
  fail(method: string, pattern: RegExp, failure: FakeFailure | number, times = Infinity): void {
    this.failures.push({
      method,
      pattern,
      failure: typeof failure === 'number' ? { kind: 'status', status: failure } : failure,
      remaining: times
    })
  }

  /** Forget recorded requests and failures; stored comments and check runs stay. */
  reset(): void {
    this.requests.length = 0
    this.failures = []
  }

  addComment(
    issue: number,
    body: string,
    user: FakeUser,
    repository = DEFAULT_REPOSITORY
  ): FakeComment {
    const now = this.tick()
    const comment = {
      id: this.nextId++,
      issue,
      repository,
      body,
      user,
      createdAt: now,
      updatedAt: now
    }
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
      const recorded: RecordedRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        body: text ? JSON.parse(text) : null,
        authorization: request.headers.authorization,
        response: null
      }
      this.requests.push(recorded)
      const armed = this.failures.find(
        f => f.method === method && f.pattern.test(url.pathname) && f.remaining > 0
      )
      if (armed) armed.remaining--
      if (armed?.failure.kind === 'disconnect') {
        request.socket.destroy()
        return
      }
      const answer = armed ? this.failure(armed.failure) : this.route(method, url, recorded.body)
      const headers = {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': `FAKE:${this.requests.length}`,
        ...this.rateLimitHeaders(url.pathname === '/graphql' ? 'graphql' : 'core'),
        ...answer.headers
      }
      recorded.response = { status: answer.status, headers, body: answer.body }
      response.writeHead(answer.status, headers)
      response.end(JSON.stringify(answer.body))
    })
  }

  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z')
  }

  private rateLimitHeaders(resource: string): Record<string, string> {
    this.rateLimitUsed++
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.rateLimitUsed)),
      'x-ratelimit-reset': String(this.rateLimitReset),
      'x-ratelimit-used': String(this.rateLimitUsed),
      'x-ratelimit-resource': resource
    }
  }

  private failure(failure: Exclude<FakeFailure, { kind: 'disconnect' }>): Answer {
    switch (failure.kind) {
      case 'status':
        return failure.status >= 500
          ? { status: failure.status, body: { message: 'Server Error' } }
          : error(
              failure.status,
              failure.status === 403 ? 'Resource not accessible by integration' : 'Not Found'
            )
      case 'secondary-rate-limit':
        return {
          ...error(
            403,
            `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:${this.requests.length}.`,
            'https://docs.github.com/free-pro-team@latest/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          ),
          headers: failure.retryAfter === null ? {} : { 'retry-after': String(failure.retryAfter) }
        }
      case 'rate-limit-exhausted':
        return {
          ...error(
            403,
            'API rate limit exceeded for installation ID 4242.',
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit'
          ),
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(RATE_LIMIT),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + failure.resetInSeconds)
          }
        }
    }
  }

  /** owner/name and the rest of a path under /repos/{owner}/{repo} or /repositories/{id}. */
  private repositoryPath(path: string): { repository: string; rest: string } | null {
    const byName = /^\/repos\/([^/]+\/[^/]+)(\/.*)$/.exec(path)
    if (byName) return { repository: byName[1] ?? '', rest: byName[2] ?? '' }
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(path)
    const id = Number(byId?.[1])
    const name = [...this.repositoryIds].find(([, known]) => known === id)?.[0]
    return name === undefined ? null : { repository: name, rest: byId?.[2] ?? '' }
  }

  private route(method: string, url: URL, body: unknown): Answer {
    if (method === 'POST' && url.pathname === '/graphql') {
      return { status: 200, body: { data: { viewer: { login: BOT.login } } } }
    }
    const at = this.repositoryPath(url.pathname)
    if (!at) return error(404, 'Not Found')
    const { repository, rest } = at
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Json

    let match = /^\/commits\/([^/]+)\/pulls$/.exec(rest)
    if (method === 'GET' && match) {
      const sha = match[1] ?? ''
      const pulls = (this.pullsOfCommit.get(sha) ?? []).map(p =>
        this.pullJson(repository, p.number, p.state, sha)
      )
      return this.page(url, pulls, `/commits/${sha}/pulls`, repository)
    }

    match = /^\/issues\/(\d+)\/comments$/.exec(rest)
    if (match) {
      const issue = Number(match[1])
      if (method === 'GET') {
        const all = this.comments.filter(c => c.issue === issue && c.repository === repository)
        return this.page(
          url,
          all.map(c => this.commentJson(c)),
          rest,
          repository
        )
      }
      if (method === 'POST') {
        const invalid = commentBodyProblem(fields.body)
        if (invalid) return invalid
        const comment = this.addComment(issue, String(fields.body), BOT, repository)
        const json = this.commentJson(comment)
        return { status: 201, body: json, headers: { location: String(json.url) } }
      }
    }

    match = /^\/issues\/comments\/(\d+)$/.exec(rest)
    if (match && method === 'PATCH') {
      const comment = this.comments.find(
        c => c.id === Number(match?.[1]) && c.repository === repository
      )
      if (!comment) return error(404, 'Not Found')
      const invalid = commentBodyProblem(fields.body)
      if (invalid) return invalid
      comment.body = String(fields.body)
      comment.updatedAt = this.tick()
      return { status: 200, body: this.commentJson(comment) }
    }

    if (method === 'POST' && rest === '/check-runs') {
      const output = (fields.output ?? {}) as Json
      const invalid = checkRunOutputProblem(output)
      if (invalid) return invalid
      const run: FakeCheckRun = {
        id: this.nextId++,
        repository,
        name: String(fields.name),
        head_sha: String(fields.head_sha),
        conclusion: String(fields.conclusion),
        output: { title: String(output.title), summary: String(output.summary) },
        annotations: [...((output.annotations as unknown[] | undefined) ?? [])],
        startedAt: this.tick()
      }
      this.checkRuns.push(run)
      return { status: 201, body: this.checkRunJson(run) }
    }

    match = /^\/check-runs\/(\d+)$/.exec(rest)
    if (match && method === 'PATCH') {
      const run = this.checkRuns.find(
        r => r.id === Number(match?.[1]) && r.repository === repository
      )
      if (!run) return error(404, 'Not Found')
      const output = (fields.output ?? {}) as Json
      const invalid = checkRunOutputProblem(output)
      if (invalid) return invalid
      // Title and summary are replaced; annotations are appended.
      if (typeof output.title === 'string') run.output.title = output.title
      if (typeof output.summary === 'string') run.output.summary = output.summary
      run.annotations.push(...((output.annotations as unknown[] | undefined) ?? []))
      return { status: 200, body: this.checkRunJson(run) }
    }
    return error(404, 'Not Found')
  }

  /**
   * One page of a list, as GitHub pages: `per_page` (default 30, at most 100) and `page`, and a
   * Link header with absolute URLs (through /repositories/{id}, as GitHub writes them) to the
   * next, last, previous and first pages, when there is more than one.
   */
  private page(url: URL, items: unknown[], rest: string, repository: string): Answer {
    const asked = Number(url.searchParams.get('per_page') ?? 30)
    const perPage = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 100) : 30
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const body = items.slice((page - 1) * perPage, page * perPage)
    if (last === 1) return { status: 200, body }
    const link = (target: number, rel: string): string => {
      const query = new URLSearchParams(url.searchParams)
      query.set('page', String(target))
      return `<${this.url}/repositories/${this.repositoryId(repository)}${rest}?${query.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(page - 1, 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    return { status: 200, body, headers: { link: links.join(', ') } }
  }

  private repositoryId(fullName: string): number {
    const known = this.repositoryIds.get(fullName)
    if (known !== undefined) return known
    const id = 700_000_000 + this.repositoryIds.size + 1
    this.repositoryIds.set(fullName, id)
    return id
  }

  private userJson(user: FakeUser): Json {
    let id = this.userIds.get(user.login)
    if (id === undefined) {
      id = 9_000_000 + this.userIds.size
      this.userIds.set(user.login, id)
    }
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id,
      node_id: nodeId(user.type, id),
      avatar_url:
        user.type === 'Bot'
          ? `https://avatars.githubusercontent.com/in/${ACTIONS_APP_ID}?v=4`
          : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: user.login === BOT.login ? `${WEB}/apps/github-actions` : `${WEB}/${user.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  private commentJson(comment: FakeComment): Json {
    const repo = `${this.url}/repos/${comment.repository}`
    const url = `${repo}/issues/comments/${comment.id}`
    return {
      url,
      html_url: `${WEB}/${comment.repository}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${repo}/issues/${comment.issue}`,
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      body: comment.body,
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0
      },
      performed_via_github_app: null
    }
  }

  private repositoryJson(fullName: string): Json {
    const id = this.repositoryId(fullName)
    const [owner = '', name = ''] = fullName.split('/')
    const api = `${this.url}/repos/${fullName}`
    return {
      id,
      node_id: nodeId('Repository', id),
      name,
      full_name: fullName,
      owner: this.userJson({ login: owner, type: 'User' }),
      private: false,
      html_url: `${WEB}/${fullName}`,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://github.invalid/${fullName}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@github.invalid:${fullName}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${WEB}/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: `${WEB}/${fullName}`,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 108,
      default_branch: 'main',
      open_issues_count: 1,
      open_issues: 1,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: '2026-01-05T08:00:00Z',
      created_at: '2025-06-01T12:00:00Z',
      updated_at: '2026-01-05T08:00:00Z',
      license: null
    }
  }

  private pullJson(
    repository: string,
    number: number,
    state: 'open' | 'closed',
    headSha: string
  ): Json {
    const id = 500_000 + number
    const api = `${this.url}/repos/${repository}`
    const owner = repository.split('/')[0] ?? ''
    const author = this.userJson({ login: 'scientist', type: 'User' })
    const branch = (ref: string, sha: string): Json => ({
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: this.userJson({ login: owner, type: 'User' }),
      repo: this.repositoryJson(repository)
    })
    return {
      url: `${api}/pulls/${number}`,
      id,
      node_id: nodeId('PullRequest', id),
      html_url: `${WEB}/${repository}/pull/${number}`,
      diff_url: `${WEB}/${repository}/pull/${number}.diff`,
      patch_url: `${WEB}/${repository}/pull/${number}.patch`,
      issue_url: `${api}/issues/${number}`,
      commits_url: `${api}/pulls/${number}/commits`,
      review_comments_url: `${api}/pulls/${number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${number}/comments`,
      statuses_url: `${api}/statuses/${headSha}`,
      number,
      state,
      locked: false,
      title: `Pull request #${number}`,
      user: author,
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-01-04T10:00:00Z',
      updated_at: '2026-01-05T08:00:00Z',
      closed_at: state === 'closed' ? '2026-01-05T08:00:00Z' : null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(`feature-${number}`, headSha),
      base: branch('main', 'b'.repeat(40)),
      _links: {
        self: { href: `${api}/pulls/${number}` },
        html: { href: `${WEB}/${repository}/pull/${number}` },
        issue: { href: `${api}/issues/${number}` },
        comments: { href: `${api}/issues/${number}/comments` },
        review_comments: { href: `${api}/pulls/${number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${number}/commits` },
        statuses: { href: `${api}/statuses/${headSha}` }
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false
    }
  }

  private checkRunJson(run: FakeCheckRun): Json {
    const api = `${this.url}/repos/${run.repository}`
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('CheckRun', run.id),
      head_sha: run.head_sha,
      external_id: '',
      url: `${api}/check-runs/${run.id}`,
      html_url: `${WEB}/${run.repository}/runs/${run.id}`,
      details_url: `${WEB}/${run.repository}/runs/${run.id}`,
      status: 'completed',
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.startedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: null,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/check-runs/${run.id}/annotations`
      },
      check_suite: { id: 8_000_000 + run.id },
      app: {
        id: ACTIONS_APP_ID,
        client_id: 'Iv1.05c79e9ad1f6bdfa',
        slug: 'github-actions',
        node_id: nodeId('Integration', ACTIONS_APP_ID),
        owner: this.userJson({ login: 'github', type: 'User' }),
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        external_url: 'https://help.github.com/en/actions',
        html_url: `${WEB}/apps/github-actions`,
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2024-04-10T20:33:16Z',
        permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
        events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push']
      },
      pull_requests: []
    }
  }
}

function error(status: number, message: string, documentation = DOCS): Answer {
  return { status, body: { message, documentation_url: documentation, status: String(status) } }
}

/** GitHub's 422 for a missing or too long comment body. */
function commentBodyProblem(body: unknown): Answer | null {
  if (typeof body !== 'string') return validationFailed('missing_field', 'body is missing')
  if (characters(body) <= COMMENT_LIMIT) return null
  return validationFailed('custom', `body is too long (maximum is ${COMMENT_LIMIT} characters)`)
}

function validationFailed(code: string, message: string): Answer {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code, field: 'body', message }],
      documentation_url: `${DOCS}/issues/comments`,
      status: '422'
    }
  }
}

/** GitHub's 422 for a check run whose output exceeds the Checks API's limits. */
function checkRunOutputProblem(output: Json): Answer | null {
  for (const field of ['summary', 'text']) {
    const value = output[field]
    if (typeof value === 'string' && characters(value) > CHECK_RUN_TEXT_LIMIT) {
      return error(
        422,
        `Invalid request.\n\nOnly ${CHECK_RUN_TEXT_LIMIT} characters are allowed; ${characters(value)} were supplied.`
      )
    }
  }
  const annotations = output.annotations
  if (Array.isArray(annotations) && annotations.length > ANNOTATIONS_PER_REQUEST) {
    return error(
      422,
      `Invalid request.\n\nFor 'properties/annotations', ${annotations.length} items is too many (maximum is ${ANNOTATIONS_PER_REQUEST}).`
    )
  }
  return null
}
