/**
 * The action: a thin shell over the engine. Inputs and event decide the range; the engine
 * verifies (all of it, or one shard for a matrix job), or merge mode combines the shard jobs'
 * reports; the results go to outputs, the log, annotations, the job summary and the pull request.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import fs from 'node:fs'
import path from 'node:path'
import { UsageError } from '../engine/errors.js'
import { GitCli } from '../engine/git/git-command-manager.js'
import type { ShardSpec } from '../engine/history/shard.js'
import type { VerificationResult } from '../engine/model.js'
import { repositoryRoot, verify } from '../engine/verify.js'
import { countStatuses, notReproduced } from '../report/json-report.js'
import { formatBytes } from '../report/html.js'
import type { SummaryOptions } from '../report/markdown-summary.js'
import { mergeReports, readReportFile } from '../report/merge-reports.js'
import { shortSha } from '../report/text-report.js'
import { prepareAnnex } from './annex-setup.js'
import { githubFiles, githubReadOnly } from './github-files.js'
import { createOctokit } from './github-api.js'
import { allowUserNamespaces } from './user-namespaces.js'
import { decideRange } from './event-range.js'
import { readEvent, type TriggeringEvent } from './event.js'
import { RepositoryGit } from './git.js'
import { readSettings, type ActionSettings, type ModeSettings } from './inputs.js'
import { printCommitGroup, printUntrusted } from './log.js'
import {
  publishAnnotations,
  publishComment,
  publishSummary,
  type PublishContext
} from './publish.js'
import { findReportFiles, writeReport } from './report-files.js'
import { persistedCredentialsWarning, refuseUntrustedEvent } from './security.js'
import { decideCache, VerdictStoreCache } from './verdict-store-cache.js'

function setOutputs(result: VerificationResult | null, reportPath: string): void {
  const counts = result ? countStatuses(result) : null
  core.setOutput('total', counts?.total ?? 0)
  core.setOutput('reproduced', counts?.reproduced ?? 0)
  core.setOutput('mismatched', counts?.mismatch ?? 0)
  core.setOutput('failed', counts?.failed ?? 0)
  core.setOutput('unverifiable', counts?.unverifiable ?? 0)
  core.setOutput('errors', counts?.error ?? 0)
  core.setOutput('skipped', counts?.skipped ?? 0)
  core.setOutput('result', result && notReproduced(result) === 0 ? 'success' : 'failure')
  core.setOutput('report', reportPath)
}

function repositoryLinks(event: TriggeringEvent): Pick<SummaryOptions, 'commitUrl' | 'runUrl'> {
  const server = github.context.serverUrl
  const runId = github.context.runId
  return {
    commitUrl: sha => `${server}/${event.repository}/commit/${sha}`,
    runUrl: Number.isInteger(runId)
      ? `${server}/${event.repository}/actions/runs/${runId}`
      : undefined
  }
}

/** What a mode produced: the result, its report, and what the job summary says about it. */
interface StepResult {
  result: VerificationResult
  reportPath: string
  /** Where the dataset sits in the workspace, for annotation paths. */
  pathPrefix: string
  summary: Pick<SummaryOptions, 'rangeExplanation' | 'annexFetched'>
}

/** `file` with every symbolic link resolved; a part that does not exist is kept as written. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    const parent = path.dirname(file)
    return parent === file ? file : path.join(realPath(parent), path.basename(file))
  }
}

/**
 * `dir` relative to the workspace, as GitHub expects annotation paths, however either side is
 * spelled: a runner's `_work` reached through a symbolic link, macOS's /tmp for /private/tmp, a
 * path input through a link (git names the repository root by its real path).
 */
export function workspacePath(workspace: string, dir: string): string {
  return path.relative(realPath(workspace), realPath(dir)).split(path.sep).join('/')
}

function planMessage(count: number, jobs: number, shard: ShardSpec | undefined): string {
  if (count === 0) return 'No run commits in this range: nothing to verify.'
  const commits = `${count} run commit${count === 1 ? '' : 's'}`
  return shard
    ? `${commits} in the range; this job verifies shard ${shard.index}/${shard.count} of them, up to ${jobs} in parallel.`
    : `Replaying ${commits} with up to ${Math.min(jobs, count)} in parallel.`
}

async function verifyRange(
  settings: ActionSettings,
  mode: Extract<ModeSettings, { kind: 'verify' }>,
  event: TriggeringEvent,
  runUrl: string | undefined,
  signal: AbortSignal | undefined
): Promise<StepResult> {
  refuseUntrustedEvent(event, settings.allowUntrusted)
  const root = await repositoryRoot(settings.datasetPath)
  const git = new RepositoryGit(root)
  const credentials = await persistedCredentialsWarning(git)

  const range = await decideRange(git, event, settings.range, message => core.info(message))
  const shardNote = mode.shard ? `, shard ${mode.shard.index} of ${mode.shard.count}` : ''
  core.info(`Verifying ${range.explanation}${shardNote}.`)
  await prepareAnnex(git, settings.installAnnex)
  if (settings.isolation !== 'off') await allowUserNamespaces()

  const cacheDecision = decideCache(mode.cache, event.name)
  core.info(`Verdict cache: ${cacheDecision.enabled ? 'on' : 'off'} (${cacheDecision.why}).`)
  const storeCache = cacheDecision.enabled
    ? await GitCli.using(root, git => VerdictStoreCache.open(git, mode.cacheKeyFiles))
    : null
  await storeCache?.restore()

  const fetched = { files: 0, bytes: 0 }
  const result = await verify({
    repo: root,
    range: range.request,
    jobs: settings.jobs,
    timeoutSeconds: settings.timeoutSeconds,
    configFile: settings.configFile,
    repeat: settings.repeat,
    isolation: settings.isolation,
    substitutions: settings.substitutions,
    hidden: githubFiles(process.env, process.execPath),
    readOnly: githubReadOnly(process.env),
    shard: mode.shard,
    cache: storeCache
      ? { store: storeCache.store, keyFiles: mode.cacheKeyFiles, run: runUrl }
      : undefined,
    signal,
    onNotice: message => printUntrusted(message),
    onPlan: plan => core.info(planMessage(plan.commits.length, settings.jobs, mode.shard)),
    onVerdict: printCommitGroup,
    onAnnexFetched: item => {
      fetched.files++
      fetched.bytes += item.bytes ?? 0
      printUntrusted(
        `Fetched annexed content: ${item.file}${item.bytes === null ? '' : ` (${formatBytes(item.bytes)})`} ${item.note ?? ''}`
      )
    }
  })
  await storeCache?.save(result.commits.filter(c => c.status === 'reproduced' && !c.cached).length)
  if (!result.isolated && credentials) core.warning(credentials)
  else if (!result.isolated && settings.isolation === 'auto') {
    core.warning(
      'replayed commands ran without isolation (the log says why): they could read what the ' +
        'runner user can. See "Security model" in the README of rerun-action.'
    )
  }
  return {
    result,
    reportPath: writeReport(result),
    pathPrefix: workspacePath(settings.workspace, root),
    summary: { rangeExplanation: range.explanation + shardNote, annexFetched: fetched }
  }
}

/** Merge mode: the shard jobs' reports, combined into the result an unsharded run would have. */
async function mergeShardReports(
  settings: ActionSettings,
  reportPatterns: readonly string[]
): Promise<StepResult> {
  const files = await findReportFiles(settings.workspace, reportPatterns)
  core.info(
    `Merging ${files.length} report(s): ${files.map(f => workspacePath(settings.workspace, f)).join(', ')}`
  )
  const merged = mergeReports(files.map(readReportFile))
  return {
    result: merged,
    reportPath: writeReport(merged),
    // No checkout is needed here: the dataset is where the path input says.
    pathPrefix: workspacePath(settings.workspace, settings.datasetPath),
    summary: {
      rangeExplanation: `the run commits of ${files.length} merged report${files.length === 1 ? '' : 's'} (range ending at ${shortSha(merged.range.until)})`
    }
  }
}

export async function run(signal?: AbortSignal): Promise<void> {
  let outputsSet = false
  try {
    const settings = readSettings()
    const event = readEvent(github.context)
    const links = repositoryLinks(event)
    const step =
      settings.mode.kind === 'merge'
        ? await mergeShardReports(settings, settings.mode.reportPatterns)
        : await verifyRange(settings, settings.mode, event, links.runUrl, signal)
    const { result } = step
    setOutputs(result, step.reportPath)
    outputsSet = true

    const context: PublishContext = {
      settings,
      event,
      repo: github.context.repo,
      octokit: settings.githubToken
        ? createOctokit(settings.githubToken, { onWait: message => core.info(message) })
        : null,
      pathPrefix: step.pathPrefix,
      summary: { ...links, ...step.summary }
    }
    // The merge job annotates and comments once for all shards; a shard job would duplicate that.
    if (result.shard) {
      core.info(
        `Shard ${result.shard.index}/${result.shard.count}: no annotations and no pull request comment here; the merge job (mode: merge) publishes them for all shards.`
      )
      await publishSummary(context, result)
    } else {
      await publishAnnotations(context, result)
      await publishSummary(context, result)
      await publishComment(context, result)
    }

    if (signal?.aborted) {
      core.setFailed('Cancelled: the results are incomplete.')
      return
    }
    if (result.incomplete) {
      core.setFailed('A shard job was cancelled: the merged results are incomplete.')
      return
    }
    const failing = notReproduced(result)
    const message = `${failing} of ${result.commits.length} run commits not reproduced; see the job summary.`
    if (failing === 0) core.info('Every run commit reproduced.')
    else if (settings.failOn === 'mismatch') core.setFailed(message)
    else core.warning(`${message} (fail-on: never, so the step passes)`)
  } catch (e) {
    if (!outputsSet) setOutputs(null, '')
    core.setFailed(
      e instanceof UsageError
        ? e.message
        : `rerun-action internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
    )
  }
}
