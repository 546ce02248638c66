/** `rerun-action verify`: a thin shell over the engine that prints progress and a report. */
import fs from 'node:fs'
import { UsageError } from '../engine/errors.js'
import { verify } from '../engine/verify.js'
import { buildJsonReport, notReproduced } from '../report/json-report.js'
import { progressLine, renderTextReport } from '../report/text-report.js'
import { parseCliArguments, USAGE } from './arguments.js'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

const VERSION = '0.1.0'

export async function main(
  argv: readonly string[],
  io: CliIo,
  signal?: AbortSignal
): Promise<number> {
  try {
    const settings = parseCliArguments(argv)
    if (settings.command === 'help') {
      io.out(USAGE + '\n')
      return 0
    }
    if (settings.command === 'version') {
      io.out(`rerun-action ${VERSION}\n`)
      return 0
    }
    const result = await verify({
      repo: settings.repo,
      range: settings.range,
      jobs: settings.jobs,
      timeoutSeconds: settings.timeoutSeconds,
      passEnv: settings.passEnv,
      signal,
      onNotice: message => io.err(`rerun-action: ${message}\n`),
      onPlan: plan => {
        const n = plan.commits.length
        const where = plan.range.commits
          ? 'the given commits'
          : plan.range.since
            ? `${plan.range.since.slice(0, 8)}..${plan.range.until.slice(0, 8)}`
            : `the history of ${plan.range.until.slice(0, 8)}`
        io.out(
          n === 0
            ? `No run commits in ${where}: nothing to verify.\n`
            : `Verifying ${n} run commit${n === 1 ? '' : 's'} in ${where} with ${Math.min(settings.jobs, n)} job(s)\n`
        )
      },
      onVerdict: (verdict, index, total) => io.out(progressLine(verdict, index, total) + '\n')
    })
    if (result.commits.length > 0) io.out(renderTextReport(result))
    if (settings.jsonReport) {
      fs.writeFileSync(settings.jsonReport, JSON.stringify(buildJsonReport(result), null, 2) + '\n')
    }
    if (signal?.aborted) {
      io.err('rerun-action: cancelled; the report is incomplete\n')
      return 1
    }
    return notReproduced(result) > 0 ? 1 : 0
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`rerun-action: ${e.message}\nRun \`rerun-action --help\` for usage.\n`)
      return 2
    }
    io.err(
      `rerun-action: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`
    )
    return 3
  }
}
