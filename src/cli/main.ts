/** The `rerun-action` CLI: a thin shell over the engine that prints progress and reports. */
import fs from 'node:fs'
import { UsageError } from '../engine/errors.js'
import { listPlan, verify } from '../engine/verify.js'
import type { VerificationResult } from '../engine/model.js'
import { buildJsonReport, notReproduced, type JsonReport } from '../report/json-report.js'
import { mergeReports, readReportFile } from '../report/merge-reports.js'
import { plainBlock, type PlainTextOptions } from '../report/neutralise.js'
import { planText, progressLine, renderTextReport } from '../report/text-report.js'
import { pipelineText, plannedGraph } from '../report/pipeline-graph.js'
import { githubFiles, githubReadOnly } from '../action/github-files.js'
import { parseCliArguments, USAGE, type CliSettings } from './arguments.js'
import type { LiveStatus } from './status-line.js'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  /** The live status line on a terminal (status-line.ts); absent when the output is plain. */
  status?: LiveStatus
}

const VERSION = '0.1.0'

function writeJson(file: string | null, value: unknown): void {
  if (file) fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}

async function runVerify(
  settings: Extract<CliSettings, { command: 'verify' }>,
  io: CliIo,
  plain: PlainTextOptions,
  signal?: AbortSignal
): Promise<number> {
  // Notices name paths, refs and what git or git-annex said: text from the repository.
  const notice = (message: string): void => io.err(`rerun-action: ${plainBlock(message, plain)}\n`)
  if (settings.planOnly) {
    const listing = await listPlan({
      repo: settings.repo,
      range: settings.range,
      configFile: settings.configFile,
      substitutions: settings.substitutions,
      onNotice: notice,
      dependencies: settings.graph
    })
    io.out(planText(listing.commands, plain))
    if (settings.graph)
      io.out(pipelineText(plannedGraph(listing.commands, listing.dependencies), plain))
    writeJson(settings.jsonReport, { schema: 'rerun-action/plan@1', ...listing })
    return 0
  }
  const result = await verify({
    repo: settings.repo,
    range: settings.range,
    jobs: settings.jobs,
    timeoutSeconds: settings.timeoutSeconds,
    passEnv: settings.passEnv,
    substitutions: settings.substitutions,
    shard: settings.shard,
    configFile: settings.configFile,
    repeat: settings.repeat,
    isolation: settings.isolation,
    hidden: githubFiles(process.env, process.execPath),
    readOnly: githubReadOnly(process.env),
    cache: settings.cache ? { keyFiles: settings.cacheKeyFiles } : undefined,
    signal,
    onNotice: notice,
    onPlan: plan => {
      const n = plan.commits.length
      const where = plan.range.commits
        ? 'the given commits'
        : plan.range.since
          ? `${plan.range.since.slice(0, 8)}..${plan.range.until.slice(0, 8)}`
          : `the history of ${plan.range.until.slice(0, 8)}`
      const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : ''
      io.out(
        n === 0
          ? `No run commits in ${where}: nothing to verify.\n`
          : `Verifying ${n} run commit${n === 1 ? '' : 's'} in ${where}${shard} with up to ${settings.jobs} job(s)\n`
      )
    },
    onStarted: (_commit, _index, total) => io.status?.started(total),
    onFinished: (_verdict, _index, total) => io.status?.finished(total),
    onVerdict: (verdict, index, total) => io.out(progressLine(verdict, index, total, plain) + '\n')
  }).finally(() => io.status?.stop())
  return finish(result, buildJsonReport(result), settings, io, plain, signal)
}

function finish(
  result: VerificationResult,
  report: JsonReport,
  output: { jsonReport: string | null; graph: boolean },
  io: CliIo,
  plain: PlainTextOptions,
  signal?: AbortSignal
): number {
  if (result.commits.length > 0) io.out(renderTextReport(result, plain))
  if (output.graph) io.out(pipelineText(result.commits, plain))
  writeJson(output.jsonReport, report)
  if (signal?.aborted) {
    io.err('rerun-action: cancelled; the report is incomplete\n')
    return 1
  }
  return notReproduced(result) > 0 ? 1 : 0
}

function runMerge(
  settings: Extract<CliSettings, { command: 'merge' }>,
  io: CliIo,
  plain: PlainTextOptions
): number {
  const reports = settings.reports.map(readReportFile)
  const merged = mergeReports(reports)
  io.out(`Merged ${reports.length} report(s): ${merged.commits.length} run commit(s)\n`)
  return finish(merged, merged, settings, io, plain)
}

export async function main(
  argv: readonly string[],
  io: CliIo,
  signal?: AbortSignal
): Promise<number> {
  // Read once. In a workflow step the runner executes the workflow commands it finds in what the
  // CLI prints, so text from the repository is defused there; everywhere its controls are escaped.
  const plain: PlainTextOptions = {
    defuseWorkflowCommands: process.env.GITHUB_ACTIONS !== undefined
  }
  try {
    const settings = parseCliArguments(argv)
    switch (settings.command) {
      case 'help':
        io.out(USAGE + '\n')
        return 0
      case 'version':
        io.out(`rerun-action ${VERSION}\n`)
        return 0
      case 'merge':
        return runMerge(settings, io, plain)
      case 'verify':
        return await runVerify(settings, io, plain, signal)
    }
  } catch (e) {
    // Error messages may quote revisions, paths and what git said.
    if (e instanceof UsageError) {
      io.err(
        `rerun-action: ${plainBlock(e.message, plain)}\nRun \`rerun-action --help\` for usage.\n`
      )
      return 2
    }
    const what = e instanceof Error ? (e.stack ?? e.message) : String(e)
    io.err(`rerun-action: internal error: ${plainBlock(what, plain)}\n`)
    return 3
  }
}
