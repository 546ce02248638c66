/** The JSON report (schema `rerun-action/report@1`, documented in schema/report.schema.json). */
import {
  COMMIT_STATUSES,
  type CommitStatus,
  type CommitVerdict,
  type VerificationResult
} from '../engine/model.js'

export const REPORT_SCHEMA = 'rerun-action/report@1'

export type StatusCounts = Record<CommitStatus, number> & { total: number }

export interface JsonReport {
  schema: typeof REPORT_SCHEMA
  repository: string
  range: VerificationResult['range']
  shard?: VerificationResult['shard']
  incomplete?: boolean
  isolated?: boolean
  startedAt: string
  durationMs: number
  commits: VerificationResult['commits']
  summary: StatusCounts
}

export function countStatuses(result: Pick<VerificationResult, 'commits'>): StatusCounts {
  const counts = Object.fromEntries(COMMIT_STATUSES.map(s => [s, 0])) as Record<
    CommitStatus,
    number
  >
  for (const commit of result.commits) counts[commit.status]++
  return { ...counts, total: result.commits.length }
}

/** A commit that makes a run unsuccessful: anything but reproduced and skipped. */
export function isProblem(verdict: Pick<CommitVerdict, 'status'>): boolean {
  return verdict.status !== 'reproduced' && verdict.status !== 'skipped'
}

/** How many commits make a run unsuccessful. */
export function notReproduced(result: Pick<VerificationResult, 'commits'>): number {
  return result.commits.filter(isProblem).length
}

export function buildJsonReport(result: VerificationResult): JsonReport {
  return {
    schema: REPORT_SCHEMA,
    repository: result.repository,
    range: result.range,
    shard: result.shard,
    incomplete: result.incomplete,
    isolated: result.isolated,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    commits: result.commits,
    summary: countStatuses(result)
  }
}
