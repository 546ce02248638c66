/**
 * Running the bundled action (dist/index.js) the way the runner does: INPUT_* variables with the
 * hyphens kept, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
 * GITHUB_API_URL pointing at a fake API. Also plain-git datasets whose commits carry valid run
 * records, so these tests need neither datalad nor git-annex.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { JsonReport } from '../../src/report/json-report.js'
import type { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PROJECT_ROOT, runMessage, runRecord, type Sandbox } from '../helpers/dataset.js'

const BUNDLE = path.join(PROJECT_ROOT, 'dist', 'index.js')

export const OWNER_REPO = 'octo/data'
export const ZEROS = '0'.repeat(40)

/** Every input, as the runner would set them from action.yml's defaults (it does not, outside). */
export const DEFAULT_INPUTS: Readonly<Record<string, string>> = {
  path: '.',
  since: 'auto',
  until: '',
  commits: '',
  jobs: '2',
  'timeout-minutes': '5',
  'fail-on': 'mismatch',
  comment: 'auto',
  'comment-key': '',
  annotations: 'auto',
  'max-annotations': '10',
  'github-token': 'fake-token',
  'allow-untrusted': 'false',
  'install-annex': 'never',
  mode: 'verify',
  shard: '',
  reports: '',
  cache: 'auto',
  'cache-key-files': '',
  config: '',
  repeat: '1',
  isolation: 'auto',
  substitutions: ''
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  report: JsonReport | null
  /** SHAs of the commits in the report, oldest first. */
  verified: string[]
  /** What the step left in GITHUB_ENV for the workflow's next steps. */
  workflowEnv: string
}

export interface ActionOptions {
  workspace: string
  api: FakeGitHubApi
  eventName: string
  payload: Record<string, unknown>
  /** GITHUB_SHA (default: HEAD of the workspace). */
  sha?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** RUNNER_TEMP (default: a new directory); file commands go in its _runner_file_commands. */
  runnerTemp?: string
  /** Content of the global git config (default: empty). */
  globalGitConfig?: string
  /** Files to put in the runner user's home directory, by path relative to it. */
  homeFiles?: Record<string, string>
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them to GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

function headOf(dir: string, sandbox: Sandbox): string {
  return sandbox.run('git', ['rev-parse', 'HEAD'], dir).trim()
}

/** Runs `node dist/index.js` asynchronously: the fake API lives in this process's event loop. */
export async function runAction(sandbox: Sandbox, options: ActionOptions): Promise<ActionRun> {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} does not exist: run \`npm run build\` first`)
  const dir = sandbox.directory('runner')
  const temp = options.runnerTemp ?? path.join(dir, 'temp')
  // Where the runner puts the step's file commands.
  const commands = path.join(temp, '_runner_file_commands')
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(commands, 'set_output_1'),
    summary: path.join(commands, 'step_summary_1'),
    env: path.join(commands, 'set_env_1'),
    temp,
    home: path.join(dir, 'home'),
    // Where git and replayed commands find it, GIT_CONFIG_GLOBAL only keeps the machine's out.
    gitconfig: path.join(dir, 'home', '.gitconfig')
  }
  fs.mkdirSync(commands, { recursive: true })
  fs.mkdirSync(files.home)
  for (const [rel, content] of Object.entries(options.homeFiles ?? {})) {
    fs.mkdirSync(path.dirname(path.join(files.home, rel)), { recursive: true })
    fs.writeFileSync(path.join(files.home, rel), content, { mode: 0o600 })
  }
  fs.writeFileSync(files.event, JSON.stringify(options.payload))
  for (const file of [files.output, files.summary, files.env]) fs.writeFileSync(file, '')
  fs.writeFileSync(files.gitconfig, options.globalGitConfig ?? '')
  const inputs = { ...DEFAULT_INPUTS, ...options.inputs }
  // Like a hosted runner: no git identity, no user or system git config.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: files.home,
    LANG: 'C.UTF-8',
    GIT_CONFIG_GLOBAL: files.gitconfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: OWNER_REPO,
    GITHUB_SHA: options.sha ?? headOf(options.workspace, sandbox),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: 'https://github.invalid',
    GITHUB_API_URL: options.api.url,
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...options.env
  }
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const outputs = parseOutputFile(fs.readFileSync(files.output, 'utf8'))
  const report = outputs.report
    ? (JSON.parse(fs.readFileSync(outputs.report, 'utf8')) as JsonReport)
    : null
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: fs.readFileSync(files.summary, 'utf8'),
    report,
    verified: report?.commits.map(c => c.sha) ?? [],
    workflowEnv: fs.readFileSync(files.env, 'utf8')
  }
}

export interface RecordFields {
  cmd: string
  inputs?: string[]
  outputs?: string[]
  exit?: number
}

/** A DataLad dataset made with plain git: `.datalad/config` with an id, run records by hand. */
export class PlainDataset {
  readonly id = randomUUID()

  private constructor(
    readonly path: string,
    readonly sandbox: Sandbox
  ) {}

  static create(sandbox: Sandbox, name: string): PlainDataset {
    const ds = new PlainDataset(sandbox.directory(name), sandbox)
    ds.git('init', '--quiet', '--initial-branch=main')
    ds.write('.datalad/config', `[datalad "dataset"]\n\tid = ${ds.id}\n`)
    ds.write('in.txt', 'alpha\nbeta\n')
    ds.commit('Initial dataset')
    return ds
  }

  git(...args: string[]): string {
    return this.sandbox.run('git', args, this.path).trim()
  }

  write(rel: string, content: string): void {
    const file = path.join(this.path, rel)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }

  /** Commit everything in the working tree; returns the new HEAD. */
  commit(message: string): string {
    this.git('add', '--all')
    this.sandbox.run('git', ['commit', '--quiet', '--allow-empty', '-F', '-'], this.path, message)
    return this.git('rev-parse', 'HEAD')
  }

  /** A run commit: the files the command produced (as committed) and its record. */
  runCommit(subject: string, record: RecordFields, files: Record<string, string>): string {
    for (const [rel, content] of Object.entries(files)) this.write(rel, content)
    return this.commit(runMessage(subject, runRecord(this.id, { ...record })))
  }
}

/** The repository part of every payload. */
export const REPOSITORY_PAYLOAD = {
  name: 'data',
  full_name: OWNER_REPO,
  owner: { login: 'octo' },
  default_branch: 'main'
}

export function pullRequestPayload(
  number: number,
  base: string,
  head: string,
  headRepository = OWNER_REPO
): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      base: { sha: base, ref: 'main', repo: { full_name: OWNER_REPO } },
      head: { sha: head, ref: 'feature', repo: { full_name: headRepository } }
    },
    repository: REPOSITORY_PAYLOAD
  }
}

export function pushPayload(ref: string, before: string, after: string): Record<string, unknown> {
  return {
    ref,
    before,
    after,
    created: before === ZEROS,
    forced: false,
    repository: REPOSITORY_PAYLOAD
  }
}
