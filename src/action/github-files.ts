/**
 * Files of GitHub's own tools that replayed commands must not reach, for the engine to cover
 * when it isolates them: a runner's step file commands (a write to GITHUB_ENV or GITHUB_PATH
 * would reach the workflow's later steps), the runner's credentials, and the gh CLI's tokens.
 * Used by the action and by the CLI, which may run in a workflow step or beside gh too.
 */
import os from 'node:os'
import path from 'node:path'
import type { HiddenPaths } from '../engine/execute/secret-files.js'

export function githubFiles(env: NodeJS.ProcessEnv, execPath: string): HiddenPaths {
  // Actions run on the runner's own node, in <runner>/externals/nodeNN/bin/node.
  const runnerRoot = path.resolve(path.dirname(execPath), '..', '..', '..')
  const config = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config')
  return {
    files: [
      ...['.credentials', '.credentials_rsaparams'].map(name => path.join(runnerRoot, name)),
      path.join(config, 'gh', 'hosts.yml')
    ],
    directories: env.RUNNER_TEMP ? [path.join(env.RUNNER_TEMP, '_runner_file_commands')] : []
  }
}

/** The runner's workspace (other checkouts, earlier steps' files): readable, never writable. */
export function githubReadOnly(env: NodeJS.ProcessEnv): string[] {
  return env.GITHUB_WORKSPACE ? [env.GITHUB_WORKSPACE] : []
}
