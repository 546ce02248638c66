/** Re-execute one run commit on a fresh checkout of its parent and judge the result. */
import path from 'node:path'
import fs from 'node:fs'
import type { AnnexRepository } from '../annex/annex-repository.js'
import { compareOutputs } from '../compare/compare-outputs.js'
import type { GitCommandManager } from '../git/git-command-manager.js'
import type {
  CommitStatus,
  CommitVerdict,
  OutputVerdict,
  PlannedCommit,
  RunRecord
} from '../model.js'
import { runShellCommand, type ShellCommandResult } from '../process.js'
import { commandEnvironment } from './environment.js'
import { expandPatterns } from './globs.js'
import { formatCommand, PlaceholderError, type PlaceholderValue } from './placeholders.js'
import { prepareCheckout, PreparationError } from './prepare-checkout.js'
import { rootRelative, UnsafePathError } from './safe-paths.js'
import type { Workspace } from './workspace.js'

export interface ReplaySettings {
  timeoutSeconds: number
  passEnv: readonly string[]
  tailBytes: number
  signal?: AbortSignal
}

export interface ReplayContext {
  git: GitCommandManager
  annex: AnnexRepository | null
  workspace: Workspace
  settings: ReplaySettings
}

function describeList(outputs: OutputVerdict[]): string {
  const shown = outputs.slice(0, 3).map(o => `${o.path} (${o.status})`)
  const more = outputs.length > 3 ? ` and ${outputs.length - 3} more` : ''
  return shown.join(', ') + more
}

function judge(
  record: RunRecord,
  run: ShellCommandResult,
  outputs: OutputVerdict[],
  timeoutSeconds: number
): { status: CommitStatus; reason?: string } {
  if (run.aborted) return { status: 'error', reason: 'cancelled before the command finished' }
  if (run.timedOut) return { status: 'failed', reason: `timed out after ${timeoutSeconds} s` }
  if (run.exitCode !== record.exit) {
    return {
      status: 'failed',
      reason: `command exited with ${run.exitCode ?? 'no code'}, the record says ${record.exit}`
    }
  }
  const differing = outputs.filter(o => o.status === 'modified' || o.status === 'missing')
  if (differing.length > 0) {
    const noun = differing.length === 1 ? 'output differs' : 'outputs differ'
    return { status: 'mismatch', reason: `${differing.length} ${noun}: ${describeList(differing)}` }
  }
  const unverifiable = outputs.filter(o => o.status === 'unverifiable')
  if (unverifiable.length > 0) {
    return {
      status: 'unverifiable',
      reason: `${unverifiable.length} output(s) could not be verified: ${describeList(unverifiable)}`
    }
  }
  return { status: 'reproduced' }
}

export async function replayCommit(
  context: ReplayContext,
  commit: PlannedCommit
): Promise<CommitVerdict> {
  const started = Date.now()
  const base = { sha: commit.sha, subject: commit.subject, outputs: [] as OutputVerdict[] }
  const record = commit.record
  if (commit.verdict || !record) {
    return {
      ...base,
      status: commit.verdict?.status ?? 'error',
      reason: commit.verdict?.reason ?? 'no run record',
      durationMs: 0
    }
  }
  const { git, annex, workspace, settings } = context
  const exit = { recorded: record.exit, actual: null as number | null }
  if (settings.signal?.aborted) {
    return { ...base, status: 'error', reason: 'cancelled before it started', exit, durationMs: 0 }
  }
  const checkout = await workspace.checkout(commit.parents[0] ?? '')
  let command: string | undefined
  try {
    const prepared = await prepareCheckout(checkout.dir, commit, record, annex)
    let tmpdir = ''
    if (record.cmd.includes('{tmpdir}')) {
      tmpdir = path.join(checkout.scratch, 'tmpdir')
      await fs.promises.mkdir(tmpdir)
    }
    const values = new Map<string, PlaceholderValue>(Object.entries(commit.substitutions))
    values.set('pwd', prepared.cwd)
    values.set('dspath', checkout.dir)
    values.set('tmpdir', tmpdir)
    values.set('inputs', prepared.inputs)
    values.set('outputs', prepared.outputs)
    command = formatCommand(record.cmd, values)
    const env = commandEnvironment(process.env, settings.passEnv, {
      TMPDIR: checkout.scratch,
      // Tools that honour it (reproducible-builds.org) stop embedding the current time.
      SOURCE_DATE_EPOCH: String(commit.committedAt)
    })
    const run = await runShellCommand(command, {
      cwd: prepared.cwd,
      env,
      timeoutMs: settings.timeoutSeconds * 1000,
      tailBytes: settings.tailBytes,
      signal: settings.signal
    })
    exit.actual = run.timedOut || run.aborted ? null : run.exitCode
    const pwd = rootRelative('.', record.pwd, 'pwd')
    const declared = expandPatterns(record.outputs, prepared.cwd).expanded.map(p =>
      rootRelative(pwd, p, 'output')
    )
    const outputs = run.aborted
      ? []
      : await compareOutputs({
          git,
          annex,
          worktree: checkout.dir,
          runCommit: commit.sha,
          declared,
          changes: commit.changes,
          excluded: new Set(commit.source?.kind === 'sidecar' ? [commit.source.path] : [])
        })
    return {
      ...base,
      ...judge(record, run, outputs, settings.timeoutSeconds),
      command,
      exit,
      durationMs: Date.now() - started,
      outputs,
      log: { tail: run.tail, totalBytes: run.totalBytes, truncatedBytes: run.truncatedBytes }
    }
  } catch (e) {
    if (e instanceof PreparationError) {
      return {
        ...base,
        status: e.status,
        reason: e.message,
        command,
        exit,
        durationMs: Date.now() - started
      }
    }
    if (e instanceof UnsafePathError || e instanceof PlaceholderError) {
      return {
        ...base,
        status: 'error',
        reason: e.message,
        command,
        exit,
        durationMs: Date.now() - started
      }
    }
    const message = e instanceof Error ? e.message : String(e)
    return {
      ...base,
      status: 'error',
      reason: `rerun-action could not verify this commit: ${message}`,
      command,
      exit,
      durationMs: Date.now() - started
    }
  } finally {
    await workspace.release(checkout)
  }
}
