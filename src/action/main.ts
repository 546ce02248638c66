/**
 * The action: a thin shell over the engine. Inputs and event decide the range; the engine
 * verifies; the results go to outputs, the log, annotations, the job summary and the pull request.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { UsageError } from '../engine/errors.js'
import type { VerificationResult } from '../engine/model.js'
import { repositoryRoot, verify } from '../engine/verify.js'
import { buildJsonReport, countStatuses, notReproduced } from '../report/json-report.js'
import { formatBytes } from '../report/html.js'
import { prepareAnnex } from './annex-setup.js'
import { decideRange } from './event-range.js'
import { readEvent } from './event.js'
import { RepositoryGit } from './git.js'
import { readSettings } from './inputs.js'
import { printCommitGroup, printUntrusted } from './log.js'
import {
  publishAnnotations,
  publishComment,
  publishSummary,
  type PublishContext
} from './publish.js'
import { persistedCredentialsWarning, refuseUntrustedEvent } from './security.js'

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

/** The JSON report goes to the runner's temp directory, never into the user's checkout. */
function writeReport(result: VerificationResult): string {
  const directory = fs.mkdtempSync(
    path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'rerun-action-')
  )
  const file = path.join(directory, 'report.json')
  fs.writeFileSync(file, JSON.stringify(buildJsonReport(result), null, 2) + '\n')
  return file
}

function repositoryLinks(event: ReturnType<typeof readEvent>): PublishContext['summary'] {
  const server = github.context.serverUrl
  const runId = github.context.runId
  return {
    commitUrl: sha => `${server}/${event.repository}/commit/${sha}`,
    runUrl: Number.isInteger(runId)
      ? `${server}/${event.repository}/actions/runs/${runId}`
      : undefined
  }
}

export async function run(signal?: AbortSignal): Promise<void> {
  let outputsSet = false
  try {
    const settings = readSettings()
    const event = readEvent(github.context)
    refuseUntrustedEvent(event, settings.allowUntrusted)
    const root = await repositoryRoot(settings.datasetPath)
    const git = new RepositoryGit(root)
    const credentials = await persistedCredentialsWarning(git)
    if (credentials) core.warning(credentials)

    const range = await decideRange(git, event, settings.range, message => core.info(message))
    core.info(`Verifying ${range.explanation}.`)
    await prepareAnnex(git, settings.installAnnex)

    const fetched = { files: 0, bytes: 0 }
    const result = await verify({
      repo: root,
      range: range.request,
      jobs: settings.jobs,
      timeoutSeconds: settings.timeoutSeconds,
      signal,
      onNotice: message => printUntrusted(message),
      onPlan: plan => {
        const n = plan.commits.length
        core.info(
          n === 0
            ? 'No run commits in this range: nothing to verify.'
            : `Replaying ${n} run commit${n === 1 ? '' : 's'} with up to ${Math.min(settings.jobs, n)} in parallel.`
        )
      },
      onVerdict: printCommitGroup,
      onAnnexFetched: item => {
        fetched.files++
        fetched.bytes += item.bytes ?? 0
        printUntrusted(
          `Fetched annexed content: ${item.file}${item.bytes === null ? '' : ` (${formatBytes(item.bytes)})`} ${item.note ?? ''}`
        )
      }
    })
    const reportPath = writeReport(result)
    setOutputs(result, reportPath)
    outputsSet = true

    const context: PublishContext = {
      settings,
      event,
      repo: github.context.repo,
      octokit: settings.githubToken ? github.getOctokit(settings.githubToken) : null,
      pathPrefix: path.relative(settings.workspace, root).split(path.sep).join('/'),
      summary: {
        ...repositoryLinks(event),
        rangeExplanation: range.explanation,
        annexFetched: fetched
      }
    }
    await publishAnnotations(context, result)
    await publishSummary(context, result)
    await publishComment(context, result)

    if (signal?.aborted) {
      core.setFailed('Cancelled: the results are incomplete.')
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
