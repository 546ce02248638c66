/**
 * Merging the JSON reports of a sharded verification (one per matrix job) back into the report an
 * unsharded run would have written: same commits, same order, same verdicts.
 */
import fs from 'node:fs'
import { messageOf, UsageError } from '../engine/errors.js'
import { buildJsonReport, REPORT_SCHEMA, type JsonReport } from './json-report.js'

function describe(source: string, report: JsonReport): string {
  return report.shard ? `${source} (shard ${report.shard.index}/${report.shard.count})` : source
}

/** Check that a parsed JSON value is a report of our schema; `source` names it in errors. */
export function asReport(value: unknown, source: string): JsonReport {
  const report = value as Partial<JsonReport> | null
  if (
    !report ||
    typeof report !== 'object' ||
    report.schema !== REPORT_SCHEMA ||
    !Array.isArray(report.commits)
  ) {
    throw new UsageError(
      `${source} is not a rerun-action report (expected "schema": "${REPORT_SCHEMA}")`
    )
  }
  return report as JsonReport
}

/** Reads and checks one report file (a shard's artifact); errors name the file. */
export function readReportFile(file: string): { source: string; report: JsonReport } {
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new UsageError(`cannot read report ${file}: ${messageOf(e)}`)
  }
  return { source: file, report: asReport(value, file) }
}

export function mergeReports(
  reports: readonly { source: string; report: JsonReport }[]
): JsonReport {
  const first = reports[0]
  if (!first) throw new UsageError('merge needs at least one report')
  const until = first.report.range.until
  for (const { source, report } of reports) {
    if (report.range.until !== until) {
      throw new UsageError(
        `${describe(source, report)} verified a range ending at ${report.range.until}, not ${until}: these reports are not shards of one run`
      )
    }
  }
  const sharded = reports.filter(r => r.report.shard)
  if (sharded.length > 0) {
    const count = sharded[0]?.report.shard?.count ?? 0
    const seen = new Map<number, string>()
    for (const { source, report } of sharded) {
      if (report.shard?.count !== count)
        throw new UsageError(
          `${describe(source, report)} does not belong to a split into ${count} shards`
        )
      const other = seen.get(report.shard.index)
      if (other)
        throw new UsageError(
          `shard ${report.shard.index}/${count} appears twice: ${other} and ${source}`
        )
      seen.set(report.shard.index, source)
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !seen.has(i))
    if (missing.length > 0)
      throw new UsageError(
        `shard ${missing.map(i => `${i}/${count}`).join(', ')} missing: every shard's report is needed for a complete result`
      )
  }
  const bySha = new Map<string, string>()
  const commits = reports.flatMap(({ source, report }) =>
    report.commits.map(commit => {
      const other = bySha.get(commit.sha)
      if (other) throw new UsageError(`commit ${commit.sha} is in both ${other} and ${source}`)
      bySha.set(commit.sha, source)
      return commit
    })
  )
  commits.sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
  const startedAt = reports.map(r => r.report.startedAt).sort()[0] ?? first.report.startedAt
  return buildJsonReport({
    repository: first.report.repository,
    range: first.report.range,
    // A cancelled shard lists only the commits it got to.
    incomplete: reports.some(r => r.report.incomplete) ? true : undefined,
    isolated: reports.every(r => r.report.isolated === true),
    commits,
    startedAt,
    durationMs: Math.max(...reports.map(r => r.report.durationMs))
  })
}
