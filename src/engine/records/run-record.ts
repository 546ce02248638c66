/**
 * Run records in commit messages, parsed exactly as datalad's `get_run_info` does
 * (see docs/datalad-run-records.md §3.1): the same anchored, greedy pattern, then JSON. Commit
 * messages are attacker-controlled, so parsing takes time linear in the message and a record
 * larger than a sane size is refused before it is decoded.
 */
import type { RunRecord } from '../model.js'
import { shellQuote } from '../shell-quote.js'
import { messageOf } from '../errors.js'

/**
 * datalad's pattern, `\[DATALAD RUNCMD\] (.*)=== Do not change lines below ===\n(.*)\n\^\^\^
 * Do not change lines above \^\^\^` (re.match, DOTALL), is not run as a regular expression: its
 * greedy groups backtrack over every start marker for every end marker, which is quadratic in a
 * message of repeated markers. parseRunMessage finds the same match with two scans instead.
 */
const RECORD_START = '=== Do not change lines below ===\n'
const RECORD_END = '\n^^^ Do not change lines above ^^^'

/** The largest record (inline JSON, or a sidecar's decompressed content) that is decoded. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024

/** The most paths a record may list in inputs, extra_inputs and outputs together. */
export const MAX_RECORD_PATHS = 1_000_000

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

/** Cheap pre-filter before the parse, for long histories of mostly non-run commits. */
export const RUN_MESSAGE_TAG = '[DATALAD RUNCMD] '

export function looksLikeRunMessage(message: string): boolean {
  return message.startsWith(RUN_MESSAGE_TAG)
}

/**
 * The message and record text of a run commit's message, or null when it is not one; the same
 * result as datalad's anchored pattern with greedy groups, found in linear time. The greedy
 * record group ends at the last end marker in the message. The greedy message group then ends at
 * the last start marker that still leaves room for the record before that end marker: a start
 * marker after it (or overlapping it) cannot be followed by an end marker, so the pattern can
 * only match with an earlier one.
 */
export function parseRunMessage(message: string): RunMessage | null {
  if (!looksLikeRunMessage(message)) return null
  const end = message.lastIndexOf(RECORD_END)
  if (end < 0) return null
  const start = message.lastIndexOf(RECORD_START, end - RECORD_START.length)
  if (start < RUN_MESSAGE_TAG.length) return null
  return {
    runMessage: message.slice(RUN_MESSAGE_TAG.length, start).trimEnd(),
    recordText: message.slice(start + RECORD_START.length, end)
  }
}

export type RecordValue =
  { kind: 'record'; value: Record<string, unknown> } | { kind: 'sidecar'; id: string }

/** Refuse a record of `bytes` bytes when it is larger than MAX_RECORD_BYTES. */
export function assertRecordSize(bytes: number, what: string): void {
  if (bytes > MAX_RECORD_BYTES) {
    throw new RecordError(
      `${what} is too large to be read (${bytes} bytes, more than the limit of ${MAX_RECORD_BYTES} bytes)`
    )
  }
}

/** Decide whether the record text is an inline record or a sidecar id, as datalad does. */
export function interpretRecordText(recordText: string): RecordValue {
  assertRecordSize(Buffer.byteLength(recordText, 'utf8'), 'run record')
  let value: unknown
  try {
    value = JSON.parse(recordText)
  } catch (e) {
    const why = messageOf(e)
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
  const inputs = stringList(raw.inputs, 'inputs')
  const extraInputs = stringList(raw.extra_inputs, 'extra_inputs')
  const outputs = stringList(raw.outputs, 'outputs')
  const paths = inputs.length + extraInputs.length + outputs.length
  if (paths > MAX_RECORD_PATHS) {
    throw new RecordError(
      `run record lists too many paths (${paths} in inputs, extra_inputs and outputs; at most ${MAX_RECORD_PATHS})`
    )
  }
  return {
    cmd,
    exit,
    dsid: typeof raw.dsid === 'string' ? raw.dsid : undefined,
    inputs,
    extraInputs,
    outputs,
    pwd,
    chain: stringList(raw.chain, 'chain')
  }
}
