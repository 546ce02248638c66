/**
 * Replayed commands run as the runner's user, so a scrubbed environment alone does not keep
 * secrets from them: files hold some (see secret-files.ts) and /proc shows rerun-action's own
 * environment. On Linux, where the kernel lets us, each command therefore runs in its own mount
 * and PID namespaces (util-linux `unshare`): files with credentials are covered by scrubbed
 * copies or emptiness, and /proc shows only the command's own processes. Nothing is changed
 * outside the namespace, so the user's files stay exactly as they are.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { LAUNCHER_READY, runShellCommand, type CommandLauncher } from '../process.js'
import { shellQuote } from '../shell-quote.js'
import { secretFiles, type HideStep, type SecretSources } from './secret-files.js'

export const ISOLATION_MODES = ['auto', 'required', 'off'] as const
/** auto: isolate where the kernel allows it, else say so and go on; required: refuse to go on. */
export type IsolationMode = (typeof ISOLATION_MODES)[number]

/**
 * Runs as root of the new namespaces: covers each secret, reports on fd 3, then execs the
 * command's shell in a nested user namespace that maps the caller's own uid and gid back, so
 * that files it writes are the caller's as before, and the command, holding no capability over
 * the mount namespace, cannot undo the covers (not even when the caller is root).
 */
const SETUP_SCRIPT = `
fail() { printf '%s\\n' "$1" >&3; exit 125; }
uid=$1 gid=$2
shift 2
while [ "$1" != -- ]; do
  case $1 in
    replace) out=$(mount --bind "$2" "$3" 2>&1) || fail "cannot cover $3: $out"; shift 3 ;;
    empty-dir) out=$(mount -t tmpfs -o size=16k,mode=0500 rerun-action "$2" 2>&1) || fail "cannot cover $2: $out"; shift 2 ;;
    *) fail "unknown isolation step $1" ;;
  esac
done
shift
printf '%s\\n' ${LAUNCHER_READY} >&3
exec 3>&-
exec unshare --user --map-user="$uid" --map-group="$gid" "$@"
`

function launcherFor(steps: readonly HideStep[]): CommandLauncher {
  const uid = process.getuid?.() ?? 0
  const gid = process.getgid?.() ?? 0
  // root can mount as it is; anyone else becomes root of a user namespace to mount.
  const namespaces = uid === 0 ? [] : ['--user', '--map-root-user']
  const operations = steps.flatMap(step =>
    step.kind === 'replace' ? ['replace', step.source, step.target] : ['empty-dir', step.target]
  )
  return {
    prefix: [
      'unshare',
      ...namespaces,
      ...['--mount', '--pid', '--fork', '--mount-proc'],
      ...['/bin/sh', '-c', SETUP_SCRIPT, 'rerun-action-isolation'],
      ...[String(uid), String(gid)],
      ...operations,
      '--'
    ]
  }
}

/** Why isolated commands cannot run here, or null when a trial run covered a file and a directory. */
async function unavailableBecause(dir: string): Promise<string | null> {
  if (process.platform !== 'linux') return `namespaces exist only on Linux, not ${process.platform}`
  const file = path.join(dir, 'probe-file')
  const directory = path.join(dir, 'probe-dir')
  await fs.promises.writeFile(file, 'visible\n')
  await fs.promises.mkdir(directory, { recursive: true })
  const launcher = launcherFor([
    { kind: 'replace', target: file, source: '/dev/null' },
    { kind: 'empty-dir', target: directory }
  ])
  try {
    // Covered file and directory, and a /proc of its own: there, process 1 is the launched shell,
    // whose command line holds this check and so its unique marker.
    const marker = `rerun-action-probe-${randomUUID()}`
    const check = `test ! -s ${shellQuote(file)} && test -z "$(ls -A ${shellQuote(directory)})" && grep -q ${marker} /proc/1/cmdline`
    const run = await runShellCommand(check, {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 20_000,
      tailBytes: 4096,
      launcher
    })
    if (run.exitCode === 0) return null
    return `a trial isolated command exited with ${run.exitCode}${run.tail.trim() ? `: ${run.tail.trim()}` : ''}`
  } catch (e) {
    const error = e as NodeJS.ErrnoException
    if (error.code === 'ENOENT') return '`unshare` (util-linux) is not installed'
    return error.message
  } finally {
    await fs.promises.rm(file, { force: true })
    await fs.promises.rm(directory, { recursive: true, force: true })
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
 * The launcher that isolates replayed commands, or null when they run without one (mode off,
 * or auto where namespaces are unavailable, which `notice` reports). Scrubbed copies of config
 * files go into `dir`, which the caller removes at the end.
 */
export async function prepareIsolation(
  mode: IsolationMode,
  sources: SecretSources,
  dir: string,
  notice: (message: string) => void
): Promise<CommandLauncher | null> {
  if (mode === 'off') return null
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 })
  const reason = await unavailableBecause(dir)
  if (reason !== null) {
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
  const steps = await secretFiles(sources, dir)
  const covered = steps.map(step => step.target)
  if (covered.length > 0) {
    notice(`replayed commands run isolated; hidden from them: ${covered.join(', ')}`)
  }
  return launcherFor(steps)
}
