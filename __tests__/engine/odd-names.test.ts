/**
 * Every name git can hold, through plan, replay, comparison and every report: non-ASCII, quotes,
 * backslash, tab, newline, a leading dash and spaces. git quotes such names in most of its
 * output; an output read back quoted was once reported `unexpected` and its commit `reproduced`.
 * Verified in a plain `git clone` without annexed content, as a CI checkout is.
 */
import { buildAnnotations } from '../../src/report/annotations.js'
import { renderJobSummary } from '../../src/report/markdown-summary.js'
import { renderPullRequestComment } from '../../src/report/pr-comment.js'
import { escapeHtml } from '../../src/report/neutralise.js'
import type { PlannedCommand } from '../../src/engine/history/plan-commands.js'
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

const DRIFTING = 'überblick ✓.txt'
const STEADY = 'tab\there "q" \\b.txt'
const HAND_MADE = '-lead\nnew line.txt'

describeWithDatalad('odd file names', () => {
  let sandbox: Sandbox
  let clone: Dataset
  let run: CliRun
  let plan: PlannedCommand[]

  beforeAll(() => {
    sandbox = Sandbox.create()
    const ds = Dataset.create(sandbox, 'names')
    ds.run('date +%s%N > {outputs}', { message: 'drifting', outputs: [DRIFTING] })
    ds.run('printf steady > {outputs}', { message: 'steady', outputs: [STEADY] })
    ds.handMadeRunCommit(
      'hand made',
      { cmd: 'printf line > {outputs}', outputs: [HAND_MADE] },
      { [HAND_MADE]: 'line' }
    )
    clone = Dataset.clone(sandbox, ds, 'clone', 'git')
    run = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
    const listed = verifyCli(clone, ['--plan', '--since', ''], { json: true })
    plan = (listed.report as unknown as { commands: PlannedCommand[] }).commands
  }, 300_000)

  afterAll(async () => {
    await sandbox.dispose()
  })

  it('plans each output under its own name', () => {
    const outputsOf = (subject: string): string[] | undefined =>
      plan.find(command => command.subject === subject)?.outputs
    expect(outputsOf('drifting')).toEqual([DRIFTING])
    expect(outputsOf('steady')).toEqual([STEADY])
    expect(outputsOf('hand made')).toEqual([HAND_MADE])
  })

  it('compares each output under its own name: a changed one is a mismatch, never unexpected', () => {
    expectUntouched(clone, run)
    expect(run.code).toBe(1)
    expect(commitNamed(run.report, 'drifting').status).toBe('mismatch')
    expect(outputStatuses(commitNamed(run.report, 'drifting'))).toEqual({ [DRIFTING]: 'modified' })
    expect(outputStatuses(commitNamed(run.report, 'steady'))).toEqual({ [STEADY]: 'match' })
    expect(commitNamed(run.report, 'steady').status).toBe('reproduced')
    expect(outputStatuses(commitNamed(run.report, 'hand made'))).toEqual({ [HAND_MADE]: 'match' })
  })

  it('names them readably in the terminal, the job summary, the PR comment and annotations', () => {
    expect(run.stdout).toContain(DRIFTING)
    // Controls are shown escaped, never raw.
    expect(run.stdout).not.toContain(HAND_MADE)
    const report = run.report
    if (!report) throw new Error('no report')
    const summary = renderJobSummary(report)
    expect(summary).toContain(escapeHtml(DRIFTING))
    const comment = renderPullRequestComment(report, { commentKey: '' })
    expect(comment).toContain(escapeHtml(DRIFTING))
    const annotated = buildAnnotations(report, '').map(a => a.file)
    expect(annotated).toContain(DRIFTING)
  })
})
