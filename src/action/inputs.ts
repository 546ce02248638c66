/**
 * Every action input read and validated in one place, into one typed settings object (as
 * actions/checkout's input-helper does). Names and defaults are documented in action.yml.
 */
import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { UsageError } from '../engine/errors.js'
import { parseShard, type ShardSpec } from '../engine/history/shard.js'
import { ISOLATION_MODES, type IsolationMode } from '../engine/execute/isolation.js'
import { parseSubstitutionAssignments } from '../engine/history/substitutions.js'

export type FailOn = 'mismatch' | 'never'
export type CommentMode = 'auto' | 'always' | 'never'
export type AnnotationMode = 'auto' | 'check-run'
export type InstallAnnex = 'auto' | 'never'
/** `auto` is decided with the event (off for schedules); see decideCache. */
export type CacheSetting = 'auto' | 'true' | 'false'

/**
 * The range the inputs ask for. `event` leaves the start to the triggering event; `since: ''`
 * (whole history) has to be told apart from "not given", hence the `auto` default in action.yml.
 */
export type RangeInput =
  | { kind: 'event'; until?: string }
  | { kind: 'since'; since: string; until?: string }
  | { kind: 'commits'; commits: string[] }

/** What the step does: verify (the whole range or one shard of it), or merge shard reports. */
export type ModeSettings =
  | {
      kind: 'verify'
      shard: ShardSpec | undefined
      cache: CacheSetting
      /** Relative to the dataset root. */
      cacheKeyFiles: string[]
    }
  | { kind: 'merge'; reportPatterns: string[] }

export interface ActionSettings {
  mode: ModeSettings
  /** GITHUB_WORKSPACE (annotation paths are relative to it). */
  workspace: string
  /** Absolute path of the dataset. */
  datasetPath: string
  range: RangeInput
  jobs: number
  timeoutSeconds: number
  /** Absolute path of the comparison rules file, when the input names one. */
  configFile: string | undefined
  repeat: number
  isolation: IsolationMode
  failOn: FailOn
  comment: CommentMode
  commentKey: string
  annotations: AnnotationMode
  maxAnnotations: number
  githubToken: string
  allowUntrusted: boolean
  installAnnex: InstallAnnex
  /** Custom placeholder values by name, over every other source (input `substitutions`). */
  substitutions: Record<string, string>
}

function choice<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name).toLowerCase()
  const found = allowed.find(a => a === value)
  if (found === undefined) {
    throw new UsageError(
      `input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`
    )
  }
  return found
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(
      `input ${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`
    )
  }
  return number
}

function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new UsageError(
      `input ${name} must be true or false, not ${JSON.stringify(core.getInput(name))}`
    )
  }
}

/** Paths (which may contain spaces) separated by newlines or commas. */
function pathList(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(Boolean)
}

/** `NAME=VALUE`, one a line; blank lines are skipped and each line's surrounding blanks dropped. */
function substitutionsInput(): Record<string, string> {
  const lines = core
    .getInput('substitutions')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  return Object.fromEntries(parseSubstitutionAssignments(lines, 'input substitutions'))
}

function modeInput(): ModeSettings {
  const mode = choice('mode', ['verify', 'merge'])
  const shard = core.getInput('shard')
  const reportPatterns = pathList('reports')
  if (mode === 'merge') {
    if (reportPatterns.length === 0) {
      throw new UsageError(
        'mode: merge needs the reports input: the paths or glob patterns of the shard reports (e.g. downloaded with actions/download-artifact)'
      )
    }
    if (shard !== '') throw new UsageError('mode: merge combines every shard; do not give shard')
    return { kind: 'merge', reportPatterns }
  }
  if (reportPatterns.length > 0)
    throw new UsageError('the reports input is only read with mode: merge')
  const cache = choice('cache', ['auto', 'true', 'false'])
  return {
    kind: 'verify',
    shard: shard === '' ? undefined : parseShard(shard),
    cache,
    cacheKeyFiles: pathList('cache-key-files')
  }
}

function rangeInput(): RangeInput {
  const commits = core
    .getInput('commits')
    .split(/[\s,]+/)
    .filter(Boolean)
  const since = core.getInput('since')
  const until = core.getInput('until') || undefined
  if (commits.length > 0) {
    if (since !== 'auto' || until !== undefined) {
      throw new UsageError('give either commits or since/until, not both')
    }
    return { kind: 'commits', commits }
  }
  return since === 'auto' ? { kind: 'event', until } : { kind: 'since', since, until }
}

export function readSettings(): ActionSettings {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const jobs = core.getInput('jobs')
  const timeoutMinutes = Number(core.getInput('timeout-minutes'))
  if (!(timeoutMinutes > 0) || !Number.isFinite(timeoutMinutes)) {
    throw new UsageError(
      `input timeout-minutes must be a number of minutes greater than 0, not ${JSON.stringify(core.getInput('timeout-minutes'))}`
    )
  }
  return {
    mode: modeInput(),
    workspace,
    datasetPath: path.resolve(workspace, core.getInput('path') || '.'),
    range: rangeInput(),
    jobs: jobs === '' ? Math.max(1, os.availableParallelism()) : wholeNumber('jobs', jobs, 1, 256),
    timeoutSeconds: timeoutMinutes * 60,
    configFile: core.getInput('config')
      ? path.resolve(workspace, core.getInput('config'))
      : undefined,
    repeat:
      core.getInput('repeat') === '' ? 1 : wholeNumber('repeat', core.getInput('repeat'), 1, 100),
    isolation: choice('isolation', ISOLATION_MODES),
    failOn: choice('fail-on', ['mismatch', 'never']),
    comment: choice('comment', ['auto', 'always', 'never']),
    commentKey: core.getInput('comment-key'),
    annotations: choice('annotations', ['auto', 'check-run']),
    maxAnnotations: wholeNumber('max-annotations', core.getInput('max-annotations'), 0, 50),
    githubToken,
    allowUntrusted: booleanInput('allow-untrusted'),
    installAnnex: choice('install-annex', ['auto', 'never']),
    substitutions: substitutionsInput()
  }
}
