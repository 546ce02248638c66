/** The body of a commit's log group: command, exit code, findings and captured output. Pure. */
import type { CommitVerdict } from '../engine/model.js'
import { notableOutputs } from './markdown-summary.js'

export function renderCommitLog(verdict: CommitVerdict): string {
  const lines: string[] = []
  if (verdict.command) lines.push(`command: ${verdict.command}`)
  if (verdict.exit && verdict.exit.actual !== null) {
    lines.push(`exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`)
  }
  if (verdict.reason) lines.push(`${verdict.status}: ${verdict.reason}`)
  for (const output of notableOutputs(verdict)) {
    lines.push(
      `  ${output.status.padEnd(12)} ${output.path}${output.reason ? `  ${output.reason}` : ''}`
    )
  }
  const log = verdict.log
  if (log) {
    const kept =
      log.truncatedBytes > 0 ? `, the last ${log.totalBytes - log.truncatedBytes} shown` : ''
    lines.push(`captured output (${log.totalBytes} bytes${kept}):`)
    if (log.tail !== '') lines.push(log.tail.replace(/\n$/, ''))
  }
  return lines.join('\n')
}
