/**
 * The command each planned commit would run, without running it (`verify --plan`, like
 * `datalad rerun --report`). Globs stay as recorded: they are expanded only in a checkout.
 */
import path from 'node:path'
import { formatCommand, PlaceholderError, type PlaceholderValue } from '../execute/placeholders.js'
import type { PlannedCommit, SubstitutionSource } from '../model.js'
import { shellQuote } from '../shell-quote.js'
import { customPlaceholderNames } from './substitutions.js'

/** A custom placeholder the command uses, with the value it gets and where that comes from. */
export interface PlannedSubstitution {
  name: string
  value: string
  source: SubstitutionSource
}

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
  substitutions?: PlannedSubstitution[]
}

function usedSubstitutions(commit: PlannedCommit, names: readonly string[]): PlannedSubstitution[] {
  return names.flatMap(name => {
    const value = commit.substitutions[name]
    if (value === undefined) return []
    return [{ name, value, source: commit.substitutionSources?.[name] ?? { kind: 'dataset' } }]
  })
}

export function plannedCommand(commit: PlannedCommit, root: string): PlannedCommand {
  const record = commit.record
  if (commit.verdict || !record) {
    return {
      sha: commit.sha,
      subject: commit.subject,
      status: commit.verdict?.status ?? 'error',
      reason: commit.verdict?.reason ?? 'no run record'
    }
  }
  // Only the values the command can use: a plan lists thousands of commands, and most use a few
  // placeholders (a field `{name...}` always starts with its name; `{{` may make a few more).
  const { cmd } = record
  const used = usedSubstitutions(commit, customPlaceholderNames(cmd))
  const values = new Map<string, PlaceholderValue>(used.map(({ name, value }) => [name, value]))
  if (cmd.includes('{pwd')) values.set('pwd', path.join(root, record.pwd))
  if (cmd.includes('{dspath')) values.set('dspath', root)
  if (cmd.includes('{tmpdir'))
    values.set('tmpdir', cmd.includes('{tmpdir}') ? '$TMPDIR/datalad-run-tmpdir' : '')
  if (cmd.includes('{inputs'))
    values.set('inputs', record.inputs.filter(p => p !== '.').map(shellQuote))
  if (cmd.includes('{outputs'))
    values.set('outputs', record.outputs.filter(p => p !== '.').map(shellQuote))
  let command: string
  let reason: string | undefined
  try {
    command = formatCommand(cmd, values)
  } catch (e) {
    if (!(e instanceof PlaceholderError)) throw e
    command = cmd
    reason = e.message
  }
  // Each field written out, not spread together: a plan lists thousands of these, and objects
  // merged from several spreads are many times larger and slower to make.
  const { sha, subject } = commit
  const { pwd, inputs, outputs } = record
  const planned: PlannedCommand =
    reason === undefined
      ? { sha, subject, status: 'run', command, pwd, inputs, outputs }
      : { sha, subject, status: 'error', reason, command, pwd, inputs, outputs }
  if (used.length > 0) planned.substitutions = used
  return planned
}
