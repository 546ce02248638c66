/** Every CLI argument read and validated in one place, into one typed settings object. */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { messageOf, UsageError } from '../engine/errors.js'
import type { RangeRequest } from '../engine/history/plan.js'
import { parseShard, type ShardSpec } from '../engine/history/shard.js'
import { ISOLATION_MODES, type IsolationMode } from '../engine/execute/isolation.js'
import { parseSubstitutionAssignments } from '../engine/history/substitutions.js'

export const USAGE = `Usage: rerun-action verify [options] [COMMIT...]
       rerun-action merge [--json FILE] [--graph] REPORT...

verify: re-execute the DataLad run commits of a range, each on a fresh checkout of its parent,
and check that they reproduce the outputs they committed.

Range (default: every run commit in the history of HEAD):
  --since REV          only commits after REV (REV..HEAD); --since '' means the whole history
  --until REV          end of the range instead of HEAD
  COMMIT...            exactly these commits instead of a range

Options:
  --repo DIR           the dataset (default: the current directory)
  --jobs N             commits re-executed at once (default: number of CPUs)
  --timeout SECONDS    per command (default: 3600); on expiry the command's process group is killed
  --env NAME           also pass this environment variable to replayed commands (repeatable)
  --substitution NAME=VALUE
                       value of the placeholder {NAME} (repeatable); overrides
                       DATALAD_RUN_SUBSTITUTIONS_<NAME>, the repository's git config and the
                       commit's .datalad/config (datalad.run.substitutions.NAME)
  --json FILE          write the JSON report (schema rerun-action/report@1) to FILE
  --config FILE        comparison rules (default: .rerun.yml at the dataset root, if present)
  --repeat N           execute each run commit N times, to tell non-determinism from change
  --isolation MODE     auto (default): run commands in namespaces that hide credentials where
                       the kernel allows it; required: refuse to run otherwise; off: never
  --plan               list the run commits and the commands they would run; run nothing
  --graph              after the report, print the pipeline: each run commit with the run
                       commits it reads files from and those that read its files, and which
                       commits are downstream of one not reproduced (with --plan: the planned
                       commits; also for merge)
  --shard I/N          verify only shard I of N (a CI matrix job); merge the reports afterwards
  --no-cache           re-execute commits already verified as reproduced in this environment
  --cache-key-file F   a file (e.g. a lock file) whose content is part of the cache key (repeatable)
  -h, --help           show this help
  --version            show the version

merge: combine the JSON reports of the shards of one verification into one report
(--json FILE and --graph as for verify).

On a terminal a status line (running, done/total, elapsed) follows the progress lines; output to
a pipe or file, TERM=dumb or NO_COLOR give plain lines only.

Exit codes: 0 all reproduced (or nothing to verify), 1 some commit not reproduced, 2 usage error,
130/143 stopped by SIGINT/SIGTERM (the report of the commits finished so far is marked incomplete).`

interface CommonSettings {
  jsonReport: string | null
  /** `--graph`: print the pipeline after the report (or the plan). */
  graph: boolean
}

export type CliSettings =
  | { command: 'help' | 'version' }
  | (CommonSettings & { command: 'merge'; reports: string[] })
  | (CommonSettings & {
      command: 'verify'
      repo: string
      range: RangeRequest
      jobs: number
      timeoutSeconds: number
      passEnv: string[]
      planOnly: boolean
      configFile: string | undefined
      repeat: number
      isolation: IsolationMode
      shard: ShardSpec | undefined
      cache: boolean
      cacheKeyFiles: string[]
      /** `--substitution NAME=VALUE`, by name. */
      substitutions: Record<string, string>
    })

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

function isolationMode(value: string | undefined): IsolationMode {
  if (value === undefined) return 'auto'
  const mode = ISOLATION_MODES.find(m => m === value)
  if (mode) return mode
  throw new UsageError(
    `--isolation takes ${ISOLATION_MODES.join(', ')}, not ${JSON.stringify(value)}`
  )
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
        substitution: { type: 'string', multiple: true },
        json: { type: 'string' },
        plan: { type: 'boolean' },
        graph: { type: 'boolean' },
        config: { type: 'string' },
        repeat: { type: 'string' },
        isolation: { type: 'string' },
        shard: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'cache-key-file': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    })
  } catch (e) {
    throw new UsageError(messageOf(e))
  }
  const { values, positionals } = parsed
  const [subcommand, ...rest] = positionals
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }
  const jsonReport = values.json ?? null
  const graph = values.graph ?? false
  if (subcommand === 'merge') {
    if (rest.length === 0) throw new UsageError('merge needs the JSON reports to combine')
    return { command: 'merge', reports: rest, jsonReport, graph }
  }
  if (subcommand === undefined)
    throw new UsageError('no command given; did you mean `rerun-action verify`?')
  if (subcommand !== 'verify') {
    throw new UsageError(
      `unknown command ${JSON.stringify(subcommand)}; the commands are \`verify\` and \`merge\``
    )
  }
  if (rest.length > 0 && (values.since !== undefined || values.until !== undefined)) {
    throw new UsageError('give either COMMIT... or --since/--until, not both')
  }
  return {
    command: 'verify',
    repo: values.repo ?? '.',
    range: rest.length > 0 ? { commits: rest } : { since: values.since, until: values.until },
    jobs: positiveNumber(values.jobs, '--jobs', true) ?? Math.max(1, os.availableParallelism()),
    timeoutSeconds: positiveNumber(values.timeout, '--timeout', false) ?? 3600,
    passEnv: values.env ?? [],
    jsonReport,
    graph,
    planOnly: values.plan ?? false,
    configFile: values.config,
    repeat: positiveNumber(values.repeat, '--repeat', true) ?? 1,
    isolation: isolationMode(values.isolation),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    cache: !(values['no-cache'] ?? false),
    cacheKeyFiles: values['cache-key-file'] ?? [],
    substitutions: Object.fromEntries(
      parseSubstitutionAssignments(values.substitution ?? [], '--substitution')
    )
  }
}
