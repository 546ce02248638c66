/**
 * The JSON report files of the action: written to the runner's temp directory (never into the
 * user's checkout), and, in merge mode, found again where actions/download-artifact put them.
 */
import * as glob from '@actions/glob'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { UsageError } from '../engine/errors.js'
import type { VerificationResult } from '../engine/model.js'
import { buildJsonReport } from '../report/json-report.js'

/** Writes the report; a shard's file name says which shard, so downloaded artifacts never collide. */
export function writeReport(result: VerificationResult): string {
  const directory = fs.mkdtempSync(
    path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'rerun-action-')
  )
  const name = result.shard
    ? `report-shard-${result.shard.index}-of-${result.shard.count}.json`
    : 'report.json'
  const file = path.join(directory, name)
  fs.writeFileSync(file, JSON.stringify(buildJsonReport(result), null, 2) + '\n')
  return file
}

/** The files matching the reports input (paths, directories or glob patterns in the workspace). */
export async function findReportFiles(
  workspace: string,
  patterns: readonly string[]
): Promise<string[]> {
  const globber = await glob.create(patterns.map(p => path.resolve(workspace, p)).join('\n'), {
    matchDirectories: false
  })
  const files = (await globber.glob()).sort()
  if (files.length === 0) {
    throw new UsageError(
      `no shard report matches the reports input (${patterns.join(', ')}): did every shard job upload its report, and did actions/download-artifact put them there?`
    )
  }
  return files
}
