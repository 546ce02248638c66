/**
 * Replayed commands run as the runner's user, so a scrubbed environment alone does not keep
 * secrets from them: files hold some (see secret-files.ts), /proc shows rerun-action's own
 * environment, and the temp directory holds other checkouts' credentials. On Linux, where the
 * kernel lets us, each execution therefore runs in its own mount and PID namespaces (util-linux
 * `unshare`): files with credentials are covered by scrubbed copies or emptiness, the temp
 * directory shows only the execution's own worker directory and what it may read, the user's
 * repository is read-only, and /proc shows only the command's own processes, all of which die
 * with the execution. Nothing is changed outside the namespaces: the user's files stay as they are.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { parentDeathPrefix, runShellCommand, type CommandLauncher } from '../process.js'
import { shellQuote } from '../shell-quote.js'
import { secretFiles, type HideStep, type SecretSources } from './secret-files.js'
import {
  launchServerCommand,
  serverLaunchArguments,
  setupPrograms,
  shellLaunchCommand,
  type SetupProgram
} from './isolation-setup.js'
import { LaunchServer } from './launch-server.js'

export const ISOLATION_MODES = ['auto', 'required', 'off'] as const
/** auto: isolate where the kernel allows it, else say so and go on; required: refuse to go on. */
export type IsolationMode = (typeof ISOLATION_MODES)[number]

/** What one execution may see and change of the file system. */
export interface IsolationScope {
  /** The one directory the command may write: its own worker directory (checkout + scratch). */
  writable: string
  /**
   * Paths the command may read but never write: the user's repository (work tree and git dir),
   * the annex repository rerun-action uses, a CI runner's workspace. Missing ones are skipped.
   */
  readOnly: readonly string[]
  /**
   * Directories (the temp parent: RUNNER_TEMP or the OS temp dir) of which only `writable` and
   * `readOnly` entries under them stay visible: everything else in them is hidden behind an
   * empty tmpfs (which the command may write to; it is gone when the execution ends).
   */
  confined: readonly string[]
}

export interface Isolation {
  /** The launcher of one execution, which sees the file system as `scope` says. */
  launcherFor(scope: IsolationScope): CommandLauncher
  /** No more launches (the perl server ends once those running are over). */
  close(): void
}

const isInside = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(outer === '/' ? '/' : `${outer}/`)
const depth = (p: string): number => p.split('/').filter(Boolean).length

function realPath(p: string): string | null {
  try {
    return fs.realpathSync.native(p)
  } catch {
    return null
  }
}

/** This process's mount table as the kernel lists it now (empty where it cannot be read). */
function mountTable(): string {
  try {
    return fs.readFileSync('/proc/self/mountinfo', 'utf8')
  } catch {
    return ''
  }
}

/** The mount points of a mount table: a remount of a path above one does not reach it. */
function mountPoints(table: string): Set<string> {
  return new Set(
    table
      .split('\n')
      .map(line => line.split(' ')[4])
      .filter((point): point is string => point !== undefined)
      .map(point =>
        point.replace(/\\([0-7]{3})/g, (_, octal: string) =>
          String.fromCharCode(parseInt(octal, 8))
        )
      )
  )
}

/** The deepest of `paths` that holds `p` (itself included), if any. */
function innermost(p: string, paths: readonly string[]): string | undefined {
  return paths.filter(o => isInside(p, o)).sort((a, b) => depth(b) - depth(a))[0]
}

/**
 * What the steps of a scope depend on, read afresh for each launch: its paths as they resolve
 * now (a link may have changed) and the mount table (a mount may have been made below a
 * read-only path).
 */
interface ResolvedView {
  writable: string
  readOnly: string[]
  confined: string[]
  mounts: string
}

function resolveView(scope: IsolationScope): ResolvedView {
  const writable = realPath(scope.writable)
  if (writable === null) throw new Error(`the command's directory ${scope.writable} does not exist`)
  const readOnly = [...new Set(scope.readOnly.map(realPath))].filter(
    (p): p is string => p !== null && p !== writable
  )
  const confined = [...new Set(scope.confined.map(realPath))].filter(
    (p): p is string => p !== null && p !== writable && !readOnly.includes(p)
  )
  return { writable, readOnly, confined, mounts: mountTable() }
}

const samePaths = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((p, i) => p === b[i])

function sameView(a: ResolvedView, b: ResolvedView): boolean {
  return (
    a.writable === b.writable &&
    a.mounts === b.mounts &&
    samePaths(a.readOnly, b.readOnly) &&
    samePaths(a.confined, b.confined)
  )
}

/**
 * The setup steps that give the command the view a scope describes (as resolved in `view`),
 * with the secrets of `hide` covered. Applied in order: the secrets' covers first (they travel
 * with the entries a confinement keeps), then the confinements, then each read-only or writable
 * path, shallowest first, so that the most specific one wins where they nest (a worker directory
 * in a read-only repository, say), then the mounts below read-only paths.
 *
 * Each step costs a mount(8) or two per command, so only those that change the view are taken:
 * nothing is covered that the command cannot see, or only to make it read-only where it lies in
 * a read-only path already; a read-only path in another needs nothing unless something
 * writable or a confinement's tmpfs lies between them; a path that a confinement binds back is
 * remounted without first being bound onto itself; the writable path needs a step only where
 * it lies on a read-only path's mount.
 */
function setupSteps(hide: readonly HideStep[], view: ResolvedView): string[] {
  const { writable, readOnly, confined: confinedDirs, mounts } = view
  const entries = [writable, ...readOnly]
  // A confined directory in another is covered by that one's tmpfs already.
  const confined = confinedDirs.filter(c => !confinedDirs.some(o => o !== c && isInside(c, o)))
  const kept = (dir: string): string[] => {
    const inside = entries.filter(e => e !== dir && isInside(e, dir))
    return inside.filter(e => !inside.some(o => o !== e && isInside(e, o)))
  }
  const visible = (p: string): boolean =>
    confined.every(c => !isInside(p, c) || kept(c).some(k => isInside(p, k)))
  // Most specific wins: a path is read-only where the innermost entry holding it is.
  const readOnlyAt = (p: string): boolean => {
    const holder = innermost(p, entries)
    return holder !== undefined && holder !== writable
  }
  // Bound back by a confinement: a mount of its own, which a remount reaches directly. (Those
  // of the mount table are bound onto themselves still: one may lie hidden below another.)
  const keptEntries = new Set(confined.flatMap(kept))
  const ownMount = (p: string): boolean => keptEntries.has(p)

  const steps = coverSteps(hide, visible, readOnlyAt)
  for (const dir of confined) {
    const keep = kept(dir)
    steps.push('confine', dir, String(keep.length), ...keep.map(k => path.relative(dir, k)))
  }
  const remounted = new Set<string>()
  for (const entry of [...entries].sort((a, b) => depth(a) - depth(b))) {
    const holder = innermost(
      entry,
      entries.filter(e => e !== entry)
    )
    if (entry === writable) {
      // Writable as it is, unless it lies on the mount of a read-only path (whose remount does
      // not reach a mount of its own).
      if (holder !== undefined && !ownMount(entry)) steps.push('writable', entry)
      continue
    }
    // Read-only already where it lies on the mount of a read-only path, with nothing writable
    // and no confinement's tmpfs between them (a mount of its own is remounted below).
    if (
      holder !== undefined &&
      holder !== writable &&
      !confined.some(c => isInside(c, holder) && isInside(entry, c))
    )
      continue
    steps.push(ownMount(entry) ? 'remount-read-only' : 'read-only', entry)
    remounted.add(entry)
  }
  for (const point of mountPoints(mounts)) {
    if (!remounted.has(point) && visible(point) && readOnlyAt(point))
      steps.push('remount-read-only', point)
  }
  return steps
}

/**
 * The covers that change what the command sees: not of what a confinement or an empty
 * directory's cover hides from it, nor, where a file is covered by itself only to make it
 * read-only, of a file that lies in a read-only path anyway.
 */
function coverSteps(
  hide: readonly HideStep[],
  visible: (p: string) => boolean,
  readOnlyAt: (p: string) => boolean
): string[] {
  const emptied = hide.flatMap(step =>
    step.kind === 'empty-dir' && visible(step.target) ? [step.target] : []
  )
  const needed = (target: string): boolean =>
    visible(target) && !emptied.some(d => d !== target && isInside(target, d))
  // Files first: a directory's cover would hide a file below it from its own cover.
  const files = hide.flatMap(step =>
    step.kind === 'replace' &&
    needed(step.target) &&
    !(step.source === step.target && readOnlyAt(step.target))
      ? ['cover', step.target, step.source]
      : []
  )
  const directories = hide.flatMap(step =>
    step.kind === 'empty-dir' && needed(step.target) ? ['empty-dir', step.target] : []
  )
  return [...files, ...directories]
}

/** How commands are launched with the steps of a scope: by the perl server, or the shell. */
type Launchers = (steps: readonly string[]) => CommandLauncher

function launchers(program: SetupProgram): {
  program: SetupProgram
  launcher: Launchers
  close: () => void
} {
  const ids = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }
  if (program === 'shell') {
    return {
      program,
      launcher: steps => ({ prefix: shellLaunchCommand(ids, steps) }),
      close: () => undefined
    }
  }
  const server = new LaunchServer(launchServerCommand())
  return {
    program,
    launcher: steps => ({ prefix: serverLaunchArguments(ids, steps), server }),
    close: () => server.close()
  }
}

/**
 * Why isolated commands cannot run here, or null when a trial run did all that isolation does:
 * covered a file and a directory, confined a directory to an entry of it, made that entry
 * read-only and a directory in it writable, made a directory read-only that is no mount of its
 * own, and had a /proc of its own. Run once per verification.
 */
async function unavailableBecause(dir: string, launcher: Launchers): Promise<string | null> {
  if (process.platform !== 'linux') return `namespaces exist only on Linux, not ${process.platform}`
  const probe = path.join(dir, `probe-${randomUUID()}`)
  const file = path.join(probe, 'file')
  const directory = path.join(probe, 'dir')
  const confined = path.join(probe, 'confined')
  const readOnly = path.join(confined, 'read-only')
  const writable = path.join(readOnly, 'writable')
  // Not kept by the confinement: bound onto itself to be made read-only.
  const unconfined = path.join(probe, 'read-only')
  // A few small files, written at once: the launch server starts in this very turn of the
  // event loop, not after eight round trips through Node's thread pool.
  fs.mkdirSync(writable, { recursive: true })
  fs.mkdirSync(directory)
  fs.mkdirSync(unconfined)
  for (const visible of [
    file,
    path.join(directory, 'file'),
    path.join(confined, 'hidden'),
    path.join(readOnly, 'file'),
    path.join(unconfined, 'file')
  ])
    fs.writeFileSync(visible, 'visible\n')
  const steps = setupSteps(
    [
      { kind: 'replace', target: file, source: '/dev/null' },
      { kind: 'empty-dir', target: directory }
    ],
    resolveView({ writable, readOnly: [readOnly, unconfined], confined: [confined] })
  )
  try {
    // In a /proc of its own, the process with the shell's pid ($$, as its namespace numbers it)
    // is that shell, whose command line holds this check and so its unique marker; in the
    // system's /proc, that pid is another process.
    const marker = `rerun-action-probe-${randomUUID()}`
    const q = shellQuote
    const check = [
      `test ! -s ${q(file)}`,
      `test -z "$(ls -A ${q(directory)})"`,
      `test ! -e ${q(path.join(confined, 'hidden'))}`,
      `test -s ${q(path.join(readOnly, 'file'))}`,
      `! (echo changed >> ${q(path.join(readOnly, 'file'))}) 2>/dev/null`,
      `! (echo changed >> ${q(path.join(unconfined, 'file'))}) 2>/dev/null`,
      `echo written > ${q(path.join(writable, 'file'))}`,
      `grep -q ${marker} /proc/$$/cmdline`
    ].join(' && ')
    const run = await runShellCommand(check, {
      cwd: writable,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 20_000,
      tailBytes: 4096,
      launcher: launcher(steps)
    })
    if (run.exitCode === 0) return null
    return `a trial isolated command exited with ${run.exitCode}${run.tail.trim() ? `: ${run.tail.trim()}` : ''}`
  } catch (e) {
    const error = e as NodeJS.ErrnoException
    if (error.code === 'ENOENT') return '`unshare` (util-linux) is not installed'
    return error.message
  } finally {
    await fs.promises.rm(probe, { recursive: true, force: true })
  }
}

/** What to do about it, where there is something to do (Linux without user namespaces). */
function enableHint(): string {
  if (process.platform !== 'linux') return ''
  return (
    ' Ubuntu 24.04 restricts unprivileged user namespaces with AppArmor; ' +
    '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` lifts that.'
  )
}

/**
 * How replayed commands are isolated, or null when they run without (mode off, or auto where
 * namespaces are unavailable, which `notice` reports). Scrubbed copies of config files go into
 * `dir`, which the caller removes at the end. The first of `programs` that passes the trial sets
 * up every execution.
 */
export async function prepareIsolation(
  mode: IsolationMode,
  sources: SecretSources,
  dir: string,
  notice: (message: string) => void,
  programs: readonly SetupProgram[] = setupPrograms()
): Promise<Isolation | null> {
  if (mode === 'off') return null
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 })
  // Found while the trial runs (each mostly waits on processes); of no use if it fails.
  const hiding = secretFiles(sources, dir)
  hiding.catch(() => undefined)
  let chosen: ReturnType<typeof launchers> | undefined
  let reason: string | null = null
  for (const candidate of programs) {
    const tried = launchers(candidate)
    reason = await unavailableBecause(dir, tried.launcher)
    if (reason === null) {
      chosen = tried
      break
    }
    tried.close()
  }
  if (chosen === undefined) {
    // Nothing to hide from commands that cannot be isolated: only its files are waited for.
    await hiding.catch(() => undefined)
    if (mode === 'required') {
      throw new UsageError(
        `isolation is required, but replayed commands cannot be isolated here: ${reason}.${enableHint()}`
      )
    }
    notice(
      `replayed commands run without isolation (${reason}): they can read what this user can, ` +
        `git credentials included.${enableHint()}`
    )
    return null
  }
  const hide = await hiding
  const hidden = hide.filter(step => step.kind === 'empty-dir' || step.source !== step.target)
  if (hidden.length > 0) {
    notice(
      `replayed commands run isolated; hidden from them: ${hidden.map(step => step.target).join(', ')}`
    )
  }
  if (chosen.program === 'shell' && parentDeathPrefix().length === 0) {
    notice(
      'setpriv (util-linux) is not installed: a replayed command may outlive rerun-action ' +
        'if rerun-action is killed with SIGKILL'
    )
  }
  const { launcher, close } = chosen
  // Each worker's last launch, by its directory: the next one's view is most often the same,
  // and its steps then too (computing them costs more than reading what they depend on).
  const last = new Map<string, { view: ResolvedView; launcher: CommandLauncher }>()
  return {
    launcherFor: scope => {
      const view = resolveView(scope)
      const previous = last.get(view.writable)
      if (previous && sameView(previous.view, view)) return previous.launcher
      const made = launcher(setupSteps(hide, view))
      last.set(view.writable, { view, launcher: made })
      return made
    },
    close
  }
}
