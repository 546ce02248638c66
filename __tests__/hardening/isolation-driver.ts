/**
 * A replay in a process of its own, for the isolation tests (run by isolation-harness.ts): the
 * job in argv[2] is prepared and executed exactly as rerun-action does it, and the outcome
 * printed as JSON. Running it as another user, or SIGKILLing it mid-command, is what the tests
 * cannot do to their own process.
 */
import { execFileSync } from 'node:child_process'
import { prepareIsolation, type IsolationScope } from '../../src/engine/execute/isolation.js'
import type { SetupProgram } from '../../src/engine/execute/isolation-setup.js'
import type { SecretSources } from '../../src/engine/execute/secret-files.js'
import { runShellCommand, type ShellCommandResult } from '../../src/engine/process.js'

export interface DriverJob {
  /** The only setup program to try (default: each that this machine has, fastest first). */
  setup?: SetupProgram
  /** `off`: the command runs with no launcher. */
  isolation: 'required' | 'off'
  sources: SecretSources
  /** Where prepareIsolation writes its copies. */
  dir: string
  /** Without it, the command runs with no launcher even when isolation is prepared. */
  scope?: IsolationScope
  command: string
  cwd: string
  env: Record<string, string>
  confine?: string
  /** Run to their end first, one after another, as earlier replays are. */
  earlier?: string[]
  /** Run by the driver itself, unisolated, after `earlier`: a change on the host between launches. */
  between?: string
  /** Started beside the command, each in a directory of its own, as parallel replays are. */
  alongside?: { command: string; cwd: string; confine: string }[]
}

export type DriverOutcome =
  { isolated: boolean; notices: string[]; result: ShellCommandResult } | { error: string }

async function drive(job: DriverJob): Promise<DriverOutcome> {
  const notices: string[] = []
  const isolation = await prepareIsolation(
    job.isolation,
    job.sources,
    job.dir,
    message => notices.push(message),
    job.setup ? [job.setup] : undefined
  )
  // Asked for each command, as each replay asks.
  const launcher = () => (isolation && job.scope ? isolation.launcherFor(job.scope) : undefined)
  const run = (command: string, cwd: string, confine: string | undefined) =>
    runShellCommand(command, {
      cwd,
      env: job.env,
      timeoutMs: 600_000,
      tailBytes: 64 * 1024,
      launcher: launcher(),
      confine
    })
  for (const command of job.earlier ?? []) await run(command, job.cwd, job.confine)
  if (job.between) execFileSync('sh', ['-c', job.between], { stdio: 'ignore' })
  const others = (job.alongside ?? []).map(other => run(other.command, other.cwd, other.confine))
  const result = await run(job.command, job.cwd, job.confine)
  await Promise.all(others)
  return { isolated: isolation !== null && job.scope !== undefined, notices, result }
}

const job = JSON.parse(process.argv[2] ?? '{}') as DriverJob
const outcome = await drive(job).catch((e: unknown) => ({
  error: e instanceof Error ? e.message : String(e)
}))
process.stdout.write(JSON.stringify(outcome))
