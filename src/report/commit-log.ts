/**
 * The body of a commit's log group: command, exit code, findings and captured output. Pure; text
 * from the repository is neutralised (see neutralise.ts), line by line for multi-line text, since
 * the runner reads every line of the log for workflow commands.
 */
import type { CommitVerdict } from '../engine/model.js'
import { notableOutputs } from './markdown-summary.js'
import { plainBlock, plainLine, type PlainTextOptions } from './neutralise.js'
import { briefReason } from './output-notes.js'

export function renderCommitLog(verdict: CommitVerdict, options: PlainTextOptions): string {
  const lines: string[] = []
  if (verdict.command) lines.push(`command: ${plainBlock(verdict.command, options)}`)
  if (verdict.exit && verdict.exit.actual !== null) {
    lines.push(`exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`)
  }
  if (verdict.reason) lines.push(`${verdict.status}: ${plainLine(verdict.reason, options)}`)
  for (const output of notableOutputs(verdict)) {
    const reason = output.reason ? `  ${plainLine(briefReason(output.reason), options)}` : ''
    lines.push(`  ${output.status.padEnd(12)} ${plainLine(output.path, options)}${reason}`)
  }
  const log = verdict.log
  if (log) {
    const kept =
      log.truncatedBytes > 0 ? `, the last ${log.totalBytes - log.truncatedBytes} shown` : ''
    lines.push(`captured output (${log.totalBytes} bytes${kept}):`)
    if (log.tail !== '') lines.push(plainBlock(log.tail.replace(/\n$/, ''), options))
  }
  return lines.join('\n')
}
