/**
 * Run records in commit messages, parsed exactly as datalad's `get_run_info` does
 * (see docs/datalad-run-records.md §3.1): the same anchored, greedy pattern, then JSON.
 */
import type { RunRecord } from '../model.js'
import { shellQuote } from '../shell-quote.js'

const RUN_MESSAGE_PATTERN =
  /^\[DATALAD RUNCMD\] ([\s\S]*)=== Do not change lines below ===\n([\s\S]*)\n\^\^\^ Do not change lines above \^\^\^/

/** A commit message that carries a run record, split into its parts. */
export interface RunMessage {
  /** The human part of the message, trailing whitespace stripped. */
  runMessage: string
  /** The raw text between the markers: JSON of the record, or a quoted sidecar id. */
  recordText: string
}

/** A record that cannot be used; `message` says precisely why. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RecordError'
  }
}

/** Cheap pre-filter before the regex, for long histories of mostly non-run commits. */
export const RUN_MESSAGE_TAG = '[DATALAD RUNCMD] '

export function looksLikeRunMessage(message: string): boolean {
  return message.startsWith(RUN_MESSAGE_TAG)
}

export function parseRunMessage(message: string): RunMessage | null {
  if (!looksLikeRunMessage(message)) return null
  const match = RUN_MESSAGE_PATTERN.exec(message)
  if (!match) return null
  return { runMessage: (match[1] ?? '').trimEnd(), recordText: match[2] ?? '' }
}

export type RecordValue =
  { kind: 'record'; value: Record<string, unknown> } | { kind: 'sidecar'; id: string }

/** Decide whether the record text is an inline record or a sidecar id, as datalad does. */
export function interpretRecordText(recordText: string): RecordValue {
  let value: unknown
  try {
    value = JSON.parse(recordText)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new RecordError(`run record is not valid JSON (${why})`)
  }
  if (typeof value === 'string') {
    if (!/^[^/\\\0]+$/.test(value) || value === '.' || value === '..') {
      throw new RecordError(
        `run record sidecar id ${JSON.stringify(value)} is not a plain file name`
      )
    }
    return { kind: 'sidecar', id: value }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(
      `run record must be a JSON object or a sidecar id string, found ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`
    )
  }
  return { kind: 'record', value: value as Record<string, unknown> }
}

function stringList(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every(item => typeof item === 'string')) return value
  throw new RecordError(`run record field "${key}" must be a list of strings`)
}

/** datalad's `normalize_command`: a list becomes one shell string. */
export function normaliseCommand(cmd: unknown): string {
  if (typeof cmd === 'string') return cmd
  if (Array.isArray(cmd) && cmd.every(item => typeof item === 'string')) {
    const items = cmd[0] === '--' ? cmd.slice(1) : cmd
    if (items.length === 1) return items[0] ?? ''
    return items.map(shellQuote).join(' ')
  }
  throw new RecordError('run record field "cmd" must be a string or a list of strings')
}

/** Validate a decoded record and fill in datalad's defaults; unknown keys are ignored. */
export function normaliseRecord(raw: Record<string, unknown>): RunRecord {
  if (!('cmd' in raw)) throw new RecordError('run record has no command ("cmd" is missing)')
  const cmd = normaliseCommand(raw.cmd)
  if (cmd.trim() === '') throw new RecordError('run record has an empty command')
  if (cmd.includes('\0'))
    throw new RecordError('run record command contains a NUL byte, which no shell can run')
  const exit = 'exit' in raw ? raw.exit : 0
  if (typeof exit !== 'number' || !Number.isSafeInteger(exit) || Math.abs(exit) > 255) {
    throw new RecordError(
      `run record field "exit" must be an exit code (an integer from -255 to 255), found ${JSON.stringify(exit)}`
    )
  }
  const pwd = raw.pwd ?? '.'
  if (typeof pwd !== 'string') throw new RecordError('run record field "pwd" must be a string')
  if (raw.dsid !== undefined && raw.dsid !== null && typeof raw.dsid !== 'string') {
    throw new RecordError('run record field "dsid" must be a string')
  }
  return {
    cmd,
    exit,
    dsid: typeof raw.dsid === 'string' ? raw.dsid : undefined,
    inputs: stringList(raw.inputs, 'inputs'),
    extraInputs: stringList(raw.extra_inputs, 'extra_inputs'),
    outputs: stringList(raw.outputs, 'outputs'),
    pwd,
    chain: stringList(raw.chain, 'chain')
  }
}
