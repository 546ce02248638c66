/** Every CLI argument read and validated in one place, into one typed settings object. */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { UsageError } from '../engine/errors.js'
import type { RangeRequest } from '../engine/history/plan.js'

export const USAGE = `Usage: rerun-action verify [options] [COMMIT...]

Re-execute the DataLad run commits of a range, each on a fresh checkout of its parent,
and check that they reproduce the outputs they committed.

Range (default: every run commit in the history of HEAD):
  --since REV        only commits after REV (REV..HEAD); --since '' means the whole history
  --until REV        end of the range instead of HEAD
  COMMIT...          exactly these commits instead of a range

Options:
  --repo DIR         the dataset (default: the current directory)
  --jobs N           commits re-executed at once (default: number of CPUs)
  --timeout SECONDS  per command (default: 3600); on expiry the command's process group is killed
  --env NAME         also pass this environment variable to replayed commands (repeatable)
  --json FILE        write the JSON report (schema rerun-action/report@1) to FILE
  -h, --help         show this help
  --version          show the version

Exit codes: 0 all reproduced (or nothing to verify), 1 some commit not reproduced, 2 usage error.`

export interface CliSettings {
  command: 'verify' | 'help' | 'version'
  repo: string
  range: RangeRequest
  jobs: number
  timeoutSeconds: number
  passEnv: string[]
  jsonReport: string | null
}

function positiveNumber(
  value: string | undefined,
  option: string,
  integer: boolean
): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (
    value.trim() === '' ||
    !Number.isFinite(number) ||
    number <= 0 ||
    (integer && !Number.isInteger(number))
  ) {
    throw new UsageError(
      `${option} takes a ${integer ? 'whole number' : 'number'} greater than 0, not ${JSON.stringify(value)}`
    )
  }
  return number
}

export function parseCliArguments(argv: readonly string[]): CliSettings {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        repo: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        env: { type: 'string', multiple: true },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    })
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const { values, positionals } = parsed
  const [subcommand, ...commits] = positionals
  const base = {
    repo: values.repo ?? '.',
    jobs: positiveNumber(values.jobs, '--jobs', true) ?? Math.max(1, os.availableParallelism()),
    timeoutSeconds: positiveNumber(values.timeout, '--timeout', false) ?? 3600,
    passEnv: values.env ?? [],
    jsonReport: values.json ?? null
  }
  if (values.help) return { ...base, command: 'help', range: {} }
  if (values.version) return { ...base, command: 'version', range: {} }
  if (subcommand === undefined)
    throw new UsageError('no command given; did you mean `rerun-action verify`?')
  if (subcommand !== 'verify')
    throw new UsageError(`unknown command ${JSON.stringify(subcommand)}; the command is \`verify\``)
  if (commits.length > 0 && (values.since !== undefined || values.until !== undefined)) {
    throw new UsageError('give either COMMIT... or --since/--until, not both')
  }
  return {
    ...base,
    command: 'verify',
    range: commits.length > 0 ? { commits } : { since: values.since, until: values.until }
  }
}
