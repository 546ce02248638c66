/**
 * Guards for an action that executes commands from the repository's history: refuse events where
 * that history may be an attacker's while the token and secrets are the base repository's, and
 * warn when the checkout left credentials where replayed commands can read them.
 */
import { UsageError } from '../engine/errors.js'
import type { TriggeringEvent } from './event.js'
import type { RepositoryGit } from './git.js'

const ALLOW_HINT =
  'Set allow-untrusted: true only if the workflow checks out trusted code (e.g. the base branch), ' +
  'or verify pull requests with an `on: pull_request` workflow, which gets a read-only token.'

/** Throws when replaying commands in this event could run untrusted code with a trusted token. */
export function refuseUntrustedEvent(event: TriggeringEvent, allowUntrusted: boolean): void {
  if (allowUntrusted) return
  if (event.name === 'pull_request_target') {
    throw new UsageError(
      'refusing to replay commands under pull_request_target: that event runs with the base ' +
        "repository's token and secrets, and replaying a pull request's run commits would execute " +
        `commands its author wrote. ${ALLOW_HINT}`
    )
  }
  const upstream = event.workflowRun
  if (
    upstream &&
    upstream.event.startsWith('pull_request') &&
    upstream.headRepository?.toLowerCase() !== event.repository.toLowerCase()
  ) {
    throw new UsageError(
      `refusing to replay commands under workflow_run triggered by a pull request from a fork ` +
        `(${upstream.headRepository ?? 'a deleted repository'}): workflow_run runs with the base ` +
        `repository's token and secrets, and the fork's commands would run with them. ${ALLOW_HINT}`
    )
  }
}

/** Config entries through which actions/checkout persists the token (`persist-credentials`). */
const CREDENTIAL_CONFIG = '^(http\\.(.*\\.)?extraheader|includeif\\..*\\.path)$'

/**
 * A warning when git config holds entries that may hand credentials to replayed commands (given
 * when the commands ran without isolation, which would have covered them).
 */
export async function persistedCredentialsWarning(git: RepositoryGit): Promise<string | null> {
  const names = await git.configNames(CREDENTIAL_CONFIG)
  if (names.length === 0) return null
  return (
    `the checkout left credentials in git config (${names.join(', ')}), and replayed commands ran ` +
    'without isolation in worktrees of this repository: they could read them. Set ' +
    '`persist-credentials: false` on actions/checkout (rerun-action needs no push access), or ' +
    'let commands run isolated (input isolation; see README, "Security model").'
  )
}
