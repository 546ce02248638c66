/**
 * Hostile text from the repository under test, through every output channel: subjects, commands,
 * reasons, paths, differences and command output that try to run workflow commands, drive the
 * terminal, render markdown (images, headings) in the bot's comment, and mention people. Each
 * renderer, and the bundled CLI on a real repository inside a (pretend) workflow step, must print
 * them harmlessly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { PlannedCommand } from '../../src/engine/history/plan-commands.js'
import type { CauseHint, CommitVerdict } from '../../src/engine/model.js'
import { buildAnnotations, toCheckRunAnnotations } from '../../src/report/annotations.js'
import { renderCommitLog } from '../../src/report/commit-log.js'
import { renderJobSummary } from '../../src/report/markdown-summary.js'
import { renderPullRequestComment } from '../../src/report/pr-comment.js'
import { planText, progressLine, renderTextReport } from '../../src/report/text-report.js'
import { PlainDataset, pullRequestPayload, runAction } from '../action/harness.js'
import { CLI, runCli, Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { LINKS, resultOf } from '../report/fixtures.js'
import {
  ISSUE_REFERENCE,
  markdownLines,
  MENTION,
  outsideCode,
  terminalControls,
  workflowCommandLines
} from './output-checks.js'

/** Every trick at once; `label` tells the fields apart in the output. */
function hostile(label: string): string {
  return [
    `${label} ::add-mask::x`,
    '\n::error::pwned',
    '\n  ##[set-output name=a;]b',
    '\x1b]52;c;cHduZWQ=\x07',
    '\x1b[2J\x1b[1;1H',
    'covered\roverwritten\x08\x7f\x9b31m',
    '\n\n![img](https://example.invalid/x.png)\n\n# Heading\n',
    '</pre></details></td></table>',
    '\n```` fenced\n',
    '@octocat #1 |a|b|'
  ].join('')
}

/** What must never reach a reader unescaped. */
const MARKERS = ['example.invalid', 'Heading', 'pwned', 'octocat', '````', 'add-mask']

const MISMATCH: CommitVerdict = {
  sha: 'a'.repeat(40),
  subject: hostile('subject'),
  status: 'mismatch',
  reason: hostile('reason'),
  command: hostile('command'),
  exit: { recorded: 0, actual: 0 },
  durationMs: 10,
  outputs: [
    {
      path: hostile('text-path'),
      status: 'modified',
      declared: true,
      reason: hostile('output-reason'),
      cause: hostile('cause') as CauseHint,
      diff: {
        kind: 'text',
        unified: `@@ -1 +1 @@\n-${hostile('old')}\n+${hostile('new')}`,
        firstDifferentLine: 1,
        truncatedLines: 0
      }
    },
    {
      path: 'results.json',
      status: 'modified',
      declared: true,
      diff: {
        kind: 'json',
        changes: [{ path: hostile('json-path'), change: 'changed', old: hostile('x'), new: 'y' }],
        truncated: 0
      }
    },
    {
      path: 'table.csv',
      status: 'modified',
      declared: true,
      diff: {
        kind: 'table',
        cells: [{ row: 1, column: hostile('column'), old: hostile('cell'), new: 'z' }],
        addedRows: 0,
        removedRows: 0,
        truncated: 0
      }
    },
    {
      path: 'big.dat',
      status: 'modified',
      declared: true,
      diff: {
        kind: 'annex-unavailable',
        committedKey: hostile('key'),
        regenerated: { size: 3 }
      }
    }
  ]
}

const FAILED: CommitVerdict = {
  sha: 'b'.repeat(40),
  subject: hostile('failed-subject'),
  status: 'failed',
  reason: hostile('failed-reason'),
  command: `printf '%s\\n' hi\n${hostile('second-command-line')}`,
  exit: { recorded: 0, actual: 1 },
  durationMs: 10,
  outputs: [],
  log: { tail: `${hostile('tail')}\n${hostile('more-tail')}\n`, totalBytes: 900, truncatedBytes: 0 }
}

const SKIPPED: CommitVerdict = {
  sha: 'c'.repeat(40),
  subject: hostile('skipped-subject'),
  status: 'skipped',
  reason: hostile('skipped-reason'),
  durationMs: 0,
  outputs: []
}

const CACHED: CommitVerdict = {
  sha: 'd'.repeat(40),
  subject: 'cached',
  status: 'reproduced',
  cached: { verifiedAt: hostile('when'), run: hostile('run') },
  durationMs: 0,
  outputs: []
}

const RESULT = resultOf([MISMATCH, FAILED, SKIPPED, CACHED])

const PLANNED: PlannedCommand[] = [
  {
    sha: 'e'.repeat(40),
    subject: hostile('plan-subject'),
    status: 'run',
    command: hostile('plan-command'),
    pwd: hostile('pwd')
  },
  { sha: 'f'.repeat(40), subject: 'bad', status: 'error', reason: hostile('plan-reason') }
]

/** Plain text for the runner's log and for a terminal. */
function expectSafePlainText(text: string, inWorkflow: boolean): void {
  expect(terminalControls(text)).toEqual([])
  expect(text).not.toMatch(/\r|\u2028|\u2029/)
  if (inWorkflow) expect(workflowCommandLines(text)).toEqual([])
}

/** The comment's heading, the one line of markdown the renderer writes (from counts alone). */
const HEADING = /^### rerun-action: [^<>@#|]*$/

/** HTML-flavoured markdown that GitHub renders and the bot posts. */
function expectSafeMarkdown(markdown: string, ownMarkdown?: RegExp): void {
  // Nothing from the repository is parsed as markdown: only the renderer's own lines are.
  expect(markdownLines(markdown).filter(line => !ownMarkdown?.test(line))).toEqual([])
  // Code blocks are shown as they are, closed by nothing the repository wrote (or the lines
  // after one would be markdown above).
  const rendered = outsideCode(markdown)
  expect(rendered).not.toMatch(MENTION)
  expect(rendered).not.toMatch(ISSUE_REFERENCE)
  expect(rendered).not.toMatch(/<img|<\/?table><\/details>|<\/pre><\/details>/i)
  expect(terminalControls(markdown)).toEqual([])
  expect(markdown).not.toContain('\r')
  // Every <pre> block is the renderer's own: as many closing tags as opening ones.
  expect(rendered.match(/<\/pre>/g)?.length ?? 0).toBe(rendered.match(/<pre>/g)?.length ?? 0)
  // Table rows stay rows: no raw pipe in them, no line break inside a cell.
  for (const row of rendered.split('\n').filter(line => line.startsWith('<tr>'))) {
    expect(row).not.toContain('|')
    expect(row.endsWith('</tr>')).toBe(true)
  }
}

describe('the text report and the CLI progress lines', () => {
  it.each([true, false])('neutralise hostile text (in a workflow step: %s)', inWorkflow => {
    const options = { defuseWorkflowCommands: inWorkflow }
    const text = [
      ...RESULT.commits.map((verdict, i) =>
        progressLine(verdict, i, RESULT.commits.length, options)
      ),
      renderTextReport(RESULT, options),
      planText(PLANNED, options)
    ].join('\n')
    expectSafePlainText(text, inWorkflow)
    // Still readable: the escapes show what was there.
    expect(text).toContain('\\x1b]52;c;cHduZWQ=\\x07')
    expect(text).toContain('covered\\roverwritten\\x08\\x7f\\x9b31m')
    for (const label of ['subject', 'reason', 'text-path', 'tail', 'plan-command', 'pwd'])
      expect(text).toContain(label)
    // Workflow commands are defused in a workflow step only (a terminal shows them as they are).
    expect(text.includes('      | ::error::pwned')).toBe(!inWorkflow)
  })

  it('keeps each line of the output tail and of a command on a line of its own', () => {
    const text = renderTextReport(RESULT, { defuseWorkflowCommands: true })
    expect(text).toContain("    command: printf '%s\\n' hi\n             second-command-line")
    expect(text).toContain('      | \\x3a:error::pwned\n      |   \\x23#[set-output name=a;]b')
  })
})

describe('the action log', () => {
  it('neutralises the commit details and the group titles', () => {
    const options = { defuseWorkflowCommands: true }
    for (const [i, verdict] of RESULT.commits.entries()) {
      expectSafePlainText(renderCommitLog(verdict, options), true)
      const title = progressLine(verdict, i, RESULT.commits.length, options)
      expectSafePlainText(title, true)
      expect(title).not.toContain('\n')
    }
  })
})

describe('annotations', () => {
  it('hold hostile text on one line, without controls or workflow commands', () => {
    const annotations = buildAnnotations(RESULT, '')
    expect(annotations.length).toBeGreaterThan(0)
    const checkRun = toCheckRunAnnotations(annotations, '')
    for (const text of [
      ...annotations.flatMap(a => [a.title, a.message]),
      ...checkRun.flatMap(a => [a.title, a.message])
    ]) {
      expect(terminalControls(text, true)).toEqual([])
      expect(workflowCommandLines(text)).toEqual([])
    }
  })
})

describe('the job summary', () => {
  const summary = renderJobSummary(RESULT, LINKS)

  it('renders no markdown from the repository, mentions nobody, breaks no table', () => {
    expectSafeMarkdown(summary)
    for (const marker of MARKERS) expect(summary).toContain(marker)
  })

  it('shows multi-line text in <pre> blocks that begin after a blank line', () => {
    for (const match of summary.matchAll(/<pre>/g)) {
      expect(summary.slice(0, match.index).endsWith('\n\n')).toBe(true)
    }
    expect(summary).toContain('<p>Command:</p>\n\n<pre>printf')
  })
})

describe('the pull request comment', () => {
  it('renders no markdown from the repository, mentions nobody, breaks no table', () => {
    const comment = renderPullRequestComment(RESULT, { ...LINKS, commentKey: '' })
    expect(markdownLines(comment)).toEqual([
      '### rerun-action: ❌ 2 of 3 run commits not reproduced'
    ])
    expectSafeMarkdown(comment, HEADING)
    expect(comment).toContain('subject')
  })
})

/** A dataset with hostile run commits, verified by the bundled CLI and action in a workflow. */
describe('the bundles on a hostile repository', () => {
  let sandbox: Sandbox
  let api: FakeGitHubApi
  let ds: PlainDataset

  const OUTPUT = [
    '::add-mask::x',
    '::error::pwned',
    '  ::warning title=t::indented',
    'see ##[set-output name=a;]b',
    '\\033]52;c;cHduZWQ=\\007\\033[2J\\033[1;1H',
    'covered\\roverwritten',
    '',
    '![img](https://example.invalid/x.png)',
    '@octocat'
  ].join('\\n')

  beforeAll(async () => {
    sandbox = Sandbox.create()
    api = await FakeGitHubApi.start()
    ds = PlainDataset.create(sandbox, 'hostile')
    ds.runCommit(
      '::error::subject \x1b]52;c;cHduZWQ=\x07 ##[group]g\r::notice::after-cr @octocat',
      { cmd: `printf '${OUTPUT}\\n'\n::error::second line; exit 1`, outputs: [] },
      {}
    )
    ds.runCommit(
      '##[error]mismatch',
      { cmd: "printf 'regenerated\\n' > '::error::file.txt'", outputs: ['::error::file.txt'] },
      { '::error::file.txt': 'committed\n' }
    )
  })

  afterAll(async () => {
    await api?.stop()
    await sandbox?.dispose()
  })

  const verify = (args: string[]) =>
    runCli(sandbox, ['verify', '--no-cache', '--isolation', 'off', ...args], {
      cwd: ds.path,
      env: { GITHUB_ACTIONS: 'true' }
    })

  it('CLI: prints no workflow command and no control sequence', () => {
    expect(fs.existsSync(CLI)).toBe(true)
    const run = verify([])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('failed')
    expect(run.stdout).toContain('mismatch')
    expect(run.stdout).toContain('\\x3a:error::pwned')
    for (const text of [run.stdout, run.stderr]) {
      expect(workflowCommandLines(text)).toEqual([])
      expect(text).not.toContain('\x1b')
      expect(terminalControls(text)).toEqual([])
      expect(text).not.toContain('\r')
    }
  })

  it('CLI: prints no workflow command in the plan either', () => {
    const run = verify(['--plan'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('\\x3a:error::second line')
    expect(workflowCommandLines(run.stdout + run.stderr)).toEqual([])
    expect(terminalControls(run.stdout + run.stderr)).toEqual([])
  })

  it('action: logs, annotates, summarises and comments without obeying the repository', async () => {
    const base = ds.git('rev-list', '--max-parents=0', 'HEAD')
    const head = ds.git('rev-parse', 'HEAD')
    const run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'pull_request',
      payload: pullRequestPayload(3, base, head),
      inputs: { isolation: 'off', cache: 'false' }
    })
    expect(run.outputs.failed).toBe('1')
    expect(run.outputs.mismatched).toBe('1')
    // The runner would execute only the action's own commands (repository text only in their data).
    // (It masks its own token input, the harness's fake-token.)
    const commands = workflowCommandLines(run.stdout).filter(
      line => line !== '::add-mask::fake-token'
    )
    expect(commands.length).toBeGreaterThan(0)
    for (const line of commands) {
      expect(line).toMatch(
        /^::(group|endgroup|stop-commands|error|warning|notice)[ :]|^::[0-9a-f-]{36}::$/
      )
    }
    // Nor between the stop-commands fences, should the runner ever ignore them.
    const fenced = [...run.stdout.matchAll(/::stop-commands::([0-9a-f-]{36})\n([\s\S]*?)\n::\1::/g)]
    expect(fenced.length).toBeGreaterThan(0)
    for (const [, , body] of fenced) expect(workflowCommandLines(body ?? '')).toEqual([])
    expect(run.stdout).toContain('\\x3a:error::pwned')
    expect(terminalControls(run.stdout + run.stderr)).toEqual([])
    expect(run.stdout).not.toContain('\r')
    // The range names the pull request itself, a reference the action makes on purpose.
    const own = (markdown: string): string => markdown.replace('pull request #3', 'pull request 3')
    expectSafeMarkdown(own(run.summary))
    expect(run.summary).toContain('example.invalid')
    const comment = api.comments.find(c => c.issue === 3)?.body ?? ''
    expect(comment).toContain('rerun-action')
    expectSafeMarkdown(own(comment), HEADING)
  })
})
