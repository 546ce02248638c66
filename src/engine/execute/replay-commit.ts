/** Re-execute one run commit on a fresh checkout of its parent and judge the result. */
import path from 'node:path'
import fs from 'node:fs'
import type { AnnexRepository } from '../annex/annex-repository.js'
import { compareOutputs } from '../compare/compare-outputs.js'
import { digestFile } from '../compare/file-digest.js'
import { needsBlob } from '../compare/file-state.js'
import type { ComparisonRules } from '../config/comparison-rules.js'
import type { GitCommandManager } from '../git/git-command-manager.js'
import type {
  CommitStatus,
  CommitVerdict,
  OutputVerdict,
  PlannedCommit,
  RunRecord
} from '../model.js'
import { runShellCommand, type ShellCommandResult } from '../process.js'
import {
  changedSince,
  CheckoutWalkError,
  settle,
  takeSnapshot,
  type WalkedEntry
} from './checkout-snapshot.js'
import { expandPatterns } from './globs.js'
import { formatCommand, PlaceholderError, type PlaceholderValue } from './placeholders.js'
import { prepareCheckout, PreparationError } from './prepare-checkout.js'
import type { Isolation, IsolationScope } from './isolation.js'
import { missingProgramNote } from './missing-program.js'
import { entryInside, rootRelative, UnsafePathError } from './safe-paths.js'
import type { SubdatasetRegistry } from './subdatasets.js'
import type { Workspace } from './workspace.js'
import { messageOf } from '../errors.js'

export interface ReplaySettings {
  timeoutSeconds: number
  /** What every command's environment holds (see environment.ts), besides its own TMPDIR. */
  environment: NodeJS.ProcessEnv
  tailBytes: number
  /** The .rerun.yml comparison rules. */
  rules: ComparisonRules
  /** Executions per run commit; more than one separates non-determinism from change. */
  repeat: number
  signal?: AbortSignal
  /** Runs each command isolated (see isolation.ts); without it, commands run directly. */
  isolation?: Isolation
  /** What isolated commands see besides their own worker directory (see IsolationScope). */
  visibility: Omit<IsolationScope, 'writable'>
}

export interface ReplayContext {
  git: GitCommandManager
  annex: AnnexRepository | null
  workspace: Workspace
  settings: ReplaySettings
  /** Installs subdatasets into checkouts; without it, gitlinks stay empty directories. */
  subdatasets?: SubdatasetRegistry
}

function describeList(outputs: OutputVerdict[]): string {
  const shown = outputs.slice(0, 3).map(o => `${o.path} (${o.status})`)
  const more = outputs.length > 3 ? ` and ${outputs.length - 3} more` : ''
  return shown.join(', ') + more
}

/**
 * A POSIX shell cannot tell `exit 137` from a death by SIGKILL (both are status 137), so a
 * recorded 128+N and an actual death by signal N are the same outcome.
 */
function sameExit(actual: number | null, recorded: number): boolean {
  return actual === recorded || (actual !== null && actual < 0 && recorded === 128 - actual)
}

function judge(
  record: RunRecord,
  run: ShellCommandResult,
  outputs: OutputVerdict[],
  timeoutSeconds: number,
  removed: readonly string[]
): { status: CommitStatus; reason?: string } {
  if (run.aborted) return { status: 'error', reason: 'cancelled before the command finished' }
  if (run.timedOut) return { status: 'failed', reason: `timed out after ${timeoutSeconds} s` }
  if (!sameExit(run.exitCode, record.exit)) {
    // A command that read a declared output the run commit left unchanged finds it gone.
    const named = removed.filter(p => run.tail.includes(p))
    const note =
      named.length > 0
        ? `; rerun-action removed ${named.join(', ')} before the command ran (a declared output the run commit left unchanged), and the command's output names it`
        : ''
    return {
      status: 'failed',
      reason: `command exited with ${run.exitCode ?? 'no code'}, the record says ${record.exit}${note}${missingProgramNote(run.tail, run.exitCode)}`
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

/** What one execution of a run commit produced. */
interface Execution {
  command: string
  run: ShellCommandResult
  outputs: OutputVerdict[]
  /** sha256 of each compared path's regenerated content ('absent' when not produced). */
  fingerprints: Map<string, string>
  /** Declared outputs removed before the command ran. */
  removed: string[]
}

async function fingerprint(
  worktree: string,
  paths: readonly string[]
): Promise<Map<string, string>> {
  const prints = new Map<string, string>()
  for (const rel of paths) {
    const file = entryInside(worktree, rel)
    const stat = file ? fs.lstatSync(file, { throwIfNoEntry: false }) : undefined
    prints.set(
      rel,
      file && stat?.isFile()
        ? ((await digestFile(file, ['sha256'])).digests.get('sha256') ?? '')
        : 'absent'
    )
  }
  return prints
}

/**
 * A command may move its checkout away and put a link to the user's repository (or anything else)
 * in its place: what is there then is not what the command left in the checkout.
 */
function assertSameDirectory(dir: string, before: fs.BigIntStats): void {
  const now = fs.lstatSync(dir, { bigint: true, throwIfNoEntry: false })
  if (!now?.isDirectory() || now.ino !== before.ino || now.dev !== before.dev)
    throw new CheckoutWalkError(
      `the command replaced its checkout directory (${now?.isSymbolicLink() ? 'by a symbolic link' : now ? 'by another one' : 'it is gone'}): its outputs cannot be judged`
    )
}

/**
 * The run commit's side of the comparison, read while the command runs: the entries of the files
 * the commit changed and the blobs the comparison reads of them (links, pointers, small files),
 * kept by the object store, where compareOutputs finds them once the command has ended instead
 * of waiting on git for each in turn. Nothing a command does reaches the objects.
 */
async function readCommittedAhead(git: GitCommandManager, commit: PlannedCommit): Promise<void> {
  const changed = commit.changes.filter(change => change.status !== 'D').map(change => change.path)
  const entries = await git.listTree(commit.sha, changed)
  await git.readBlobs(entries.filter(needsBlob).map(entry => entry.object))
}

/** One execution on a checkout of the parent; throws PreparationError and friends. */
async function execute(
  context: ReplayContext,
  commit: PlannedCommit,
  record: RunRecord,
  onCommand: (command: string) => void
): Promise<Execution> {
  const { git, annex, workspace, settings } = context
  const annexDir = annex ? await annex.annexPath() : null
  const checkout = await workspace.checkout(git, commit.parents[0] ?? '', annexDir)
  // The checkout is kept for the next execution only once nothing the command started can run;
  // what the walk after the command found is then what the next execution restores from.
  let finished = false
  let left: Map<string, WalkedEntry> | undefined
  try {
    const hierarchy = context.subdatasets
      ? await context.subdatasets.prepare(checkout.dir, commit, record)
      : null
    const prepared = await prepareCheckout(checkout.dir, commit, record, annex, hierarchy)
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
    const command = formatCommand(record.cmd, values)
    onCommand(command)
    const env = {
      ...settings.environment,
      TMPDIR: checkout.scratch,
      // Tools that honour it (reproducible-builds.org) stop embedding the current time.
      SOURCE_DATE_EPOCH: String(commit.committedAt)
    }
    // Only a head start: the comparison reads whatever this did not.
    const readAhead = readCommittedAhead(git, commit).catch(() => undefined)
    // What the command changes is judged against this, taken by rerun-action itself.
    const before = await takeSnapshot(checkout.dir)
    const root = fs.lstatSync(checkout.dir, { bigint: true })
    await settle(before, checkout.own)
    const run = await runShellCommand(command, {
      cwd: prepared.cwd,
      env,
      timeoutMs: settings.timeoutSeconds * 1000,
      tailBytes: settings.tailBytes,
      signal: settings.signal,
      launcher: settings.isolation?.launcherFor({
        writable: checkout.worker,
        ...settings.visibility
      }),
      confine: checkout.worker
    })
    // An isolated command's processes all died with its PID namespace.
    finished = settings.isolation !== undefined && !run.aborted
    if (run.aborted)
      return { command, run, outputs: [], fingerprints: new Map(), removed: prepared.removed }
    assertSameDirectory(checkout.dir, root)
    const after = await changedSince(checkout.dir, before)
    left = after.entries
    const rerunChanges = after.paths
    const pwd = rootRelative('.', record.pwd, 'pwd')
    const declared = expandPatterns(record.outputs, prepared.cwd).expanded.map(p =>
      rootRelative(pwd, p, 'output')
    )
    await readAhead
    const outputs = await compareOutputs({
      git,
      annex,
      annexObjects: annex ? await annex.objectsDir() : null,
      worktree: checkout.dir,
      runCommit: commit.sha,
      rerunChanges,
      declared,
      changes: hierarchy?.changes ?? commit.changes,
      subdatasets: hierarchy?.committed,
      excluded: new Set(commit.source?.kind === 'sidecar' ? [commit.source.path] : []),
      rules: settings.rules,
      scratch: checkout.own
    })
    const fingerprints =
      settings.repeat > 1
        ? await fingerprint(
            checkout.dir,
            outputs.map(o => o.path)
          )
        : new Map<string, string>()
    return { command, run, outputs, fingerprints, removed: prepared.removed }
  } finally {
    await workspace.release(checkout, finished, left)
  }
}

/**
 * With --repeat: outputs whose regenerated content differs between executions are not
 * deterministic, which is a different finding from "changed since it was recorded".
 */
function markNonDeterministic(first: Execution, repeats: readonly Execution[]): string[] {
  const unstable = new Set<string>()
  for (const repeat of repeats) {
    const paths = new Set([...first.fingerprints.keys(), ...repeat.fingerprints.keys()])
    for (const p of paths) {
      if ((first.fingerprints.get(p) ?? 'absent') !== (repeat.fingerprints.get(p) ?? 'absent'))
        unstable.add(p)
    }
  }
  for (const output of first.outputs) {
    if (unstable.has(output.path)) {
      output.cause = 'non-deterministic'
      output.reason = `${output.reason ? `${output.reason}; ` : ''}differs between the ${repeats.length + 1} executions`
    }
  }
  return [...unstable].sort()
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
  const { settings } = context
  const exit = { recorded: record.exit, actual: null as number | null }
  if (settings.signal?.aborted) {
    return { ...base, status: 'error', reason: 'cancelled before it started', exit, durationMs: 0 }
  }
  let command: string | undefined
  const failure = (status: CommitStatus, reason: string): CommitVerdict => ({
    ...base,
    status,
    reason,
    command,
    exit,
    durationMs: Date.now() - started
  })
  try {
    const first = await execute(context, commit, record, c => (command = c))
    const { run, outputs } = first
    exit.actual = run.timedOut || run.aborted ? null : run.exitCode
    let { status, reason } = judge(record, run, outputs, settings.timeoutSeconds, first.removed)
    const repeats: Execution[] = []
    while (
      repeats.length < settings.repeat - 1 &&
      !run.aborted &&
      !run.timedOut &&
      !settings.signal?.aborted
    ) {
      repeats.push(await execute(context, commit, record, () => undefined))
    }
    const unstable = markNonDeterministic(first, repeats)
    if (repeats.length > 0) {
      const executions = `${repeats.length + 1} executions`
      if (unstable.length > 0) {
        if (status === 'reproduced') status = 'mismatch'
        reason = `not deterministic: ${unstable.join(', ')} differ${unstable.length === 1 ? 's' : ''} between ${executions}${reason ? `; ${reason}` : ''}`
      } else if (status === 'mismatch') {
        reason = `changed since it was recorded (the same in all ${executions}): ${reason ?? ''}`
      }
    }
    return {
      ...base,
      status,
      reason,
      command,
      exit,
      durationMs: Date.now() - started,
      outputs,
      log: { tail: run.tail, totalBytes: run.totalBytes, truncatedBytes: run.truncatedBytes }
    }
  } catch (e) {
    if (e instanceof PreparationError) return failure(e.status, e.message)
    if (
      e instanceof UnsafePathError ||
      e instanceof PlaceholderError ||
      e instanceof CheckoutWalkError
    )
      return failure('error', e.message)
    const message = messageOf(e)
    return failure('error', `rerun-action could not verify this commit: ${message}`)
  }
}
