/**
 * The command each planned commit would run, without running it (`verify --plan`, like
 * `datalad rerun --report`). Globs stay as recorded: they are expanded only in a checkout.
 */
import path from 'node:path'
import { formatCommand, PlaceholderError, type PlaceholderValue } from '../execute/placeholders.js'
import type { PlannedCommit } from '../model.js'
import { shellQuote } from '../shell-quote.js'

export interface PlannedCommand {
  sha: string
  subject: string
  /** What would happen: run it, or the status it ends with right away. */
  status: 'run' | 'skipped' | 'error' | 'unverifiable'
  reason?: string
  command?: string
  pwd?: string
  inputs?: string[]
  outputs?: string[]
}

export function plannedCommand(commit: PlannedCommit, root: string): PlannedCommand {
  const base = { sha: commit.sha, subject: commit.subject }
  const record = commit.record
  if (commit.verdict || !record) {
    return {
      ...base,
      status: commit.verdict?.status ?? 'error',
      reason: commit.verdict?.reason ?? 'no run record'
    }
  }
  const values = new Map<string, PlaceholderValue>(Object.entries(commit.substitutions))
  values.set('pwd', path.join(root, record.pwd))
  values.set('dspath', root)
  values.set('tmpdir', record.cmd.includes('{tmpdir}') ? '$TMPDIR/datalad-run-tmpdir' : '')
  values.set('inputs', record.inputs.filter(p => p !== '.').map(shellQuote))
  values.set('outputs', record.outputs.filter(p => p !== '.').map(shellQuote))
  const details = { pwd: record.pwd, inputs: record.inputs, outputs: record.outputs }
  try {
    return { ...base, status: 'run', command: formatCommand(record.cmd, values), ...details }
  } catch (e) {
    if (!(e instanceof PlaceholderError)) throw e
    return { ...base, status: 'error', reason: e.message, command: record.cmd, ...details }
  }
}
