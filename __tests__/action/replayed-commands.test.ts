/**
 * What a replayed command can reach through the bundled action: not the token or any other
 * input, not the credentials actions/checkout persists in git config (directly or in an
 * included file under RUNNER_TEMP), not a token in a URL of the global git config, not the
 * environment of rerun-action's own process in /proc, and not the runner's file commands; and
 * its output is fenced in the log so it cannot issue workflow commands.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { describeWithNamespaces, Sandbox } from '../helpers/dataset.js'
import { FakeGitHubApi } from '../helpers/fake-github-api.js'
import { PlainDataset, REPOSITORY_PAYLOAD, runAction, type ActionRun } from './harness.js'

const basic = (token: string) => Buffer.from(`x-access-token:${token}`).toString('base64')
const SECRETS = {
  input: 'ghs_secret-token-value',
  env: 'ghs_env-token-value',
  runtime: 'runtime-token-value',
  persisted: basic('ghs_persisted-token'),
  included: basic('ghs_included-token'),
  inUrl: 'ghp_url-token-value',
  header: 'ghp_header-for-every-url',
  stored: 'ghp_stored-token-value',
  cli: 'gho_cli-token-value'
}

/** What an attacker's record would try: every place it knows a token may be. */
const NOSY_COMMAND = [
  // First undo whatever covers it can, as root could (the tests may run as root).
  'for f in $(cut -d" " -f2 /proc/self/mounts); do case $f in */config|*/.gitconfig|*/.git-credentials|*/hosts.yml|*/_runner_file_commands) umount "$f" 2>/dev/null && echo "uncovered $f" ;; esac; done',
  'env',
  // Its parent's environment, and every process's it can see.
  "tr '\\000' '\\n' < /proc/$PPID/environ",
  "cat /proc/[0-9]*/environ | tr '\\000' '\\n'",
  // The repository's config as git shows it, its files, and the files it includes.
  'git config --list --show-origin --includes',
  'cat "$(git rev-parse --git-common-dir)/config"',
  "for f in $(git config --get-regexp '^include(if)?\\..*\\.path$' | cut -d' ' -f2); do cat \"$f\"; done",
  'cat "$HOME/.gitconfig" "$GIT_CONFIG_GLOBAL"',
  // Credential stores: git's, and the GitHub CLI's.
  'cat "$HOME/.git-credentials" "$HOME/.config/gh/hosts.yml"',
  // The runner's file commands, found by walking up from the checkout: read, then written.
  'd=$PWD; while [ "$d" != / ] && [ ! -d "$d/_runner_file_commands" ]; do d=$(dirname "$d"); done',
  'ls -A "$d/_runner_file_commands"; cat "$d"/git-credentials-*.config',
  'for f in "$d"/_runner_file_commands/*; do echo INJECTED=1 >> "$f"; done',
  "echo '::error file=in.txt::planted'; echo '::add-mask::alpha'",
  'true'
].join('; ')

describeWithNamespaces('a replayed command run by the action', () => {
  let sandbox: Sandbox
  let api: FakeGitHubApi
  let run: ActionRun
  let ds: PlainDataset
  let configBefore: string

  beforeAll(async () => {
    sandbox = Sandbox.create()
    api = await FakeGitHubApi.start()
    ds = PlainDataset.create(sandbox, 'nosy')
    ds.runCommit('Look around', { cmd: NOSY_COMMAND, outputs: [] }, {})
    // As actions/checkout leaves them with persist-credentials: true (v4 in .git/config, v6 in
    // a file under RUNNER_TEMP included for this repository).
    const runnerTemp = sandbox.directory('runner-temp')
    const included = path.join(runnerTemp, 'git-credentials-0d9a.config')
    fs.writeFileSync(
      included,
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRETS.included}\n`
    )
    ds.git(
      'config',
      'http.https://github.com/.extraheader',
      `AUTHORIZATION: basic ${SECRETS.persisted}`
    )
    ds.git('config', `includeIf.gitdir:${ds.path}/.git.path`, included)
    ds.git('config', `includeIf.gitdir:${ds.path}/.git/worktrees/*.path`, included)
    configBefore = fs.readFileSync(path.join(ds.path, '.git', 'config'), 'utf8')
    run = await runAction(sandbox, {
      workspace: ds.path,
      api,
      eventName: 'workflow_dispatch',
      payload: { repository: REPOSITORY_PAYLOAD },
      inputs: { 'github-token': SECRETS.input, isolation: 'required' },
      env: { GITHUB_TOKEN: SECRETS.env, ACTIONS_RUNTIME_TOKEN: SECRETS.runtime },
      runnerTemp,
      homeFiles: {
        '.git-credentials': `https://x-access-token:${SECRETS.stored}@github.com\n`,
        '.config/gh/hosts.yml': `github.com:\n    oauth_token: ${SECRETS.cli}\n`
      },
      globalGitConfig: `[http]\n\textraheader = AUTHORIZATION: bearer ${SECRETS.header}\n[url "https://x-access-token:${SECRETS.inUrl}@github.com/"]\n\tinsteadOf = https://github.com/\n`
    })
  })

  afterAll(async () => {
    await api?.stop()
    await sandbox?.dispose()
  })

  it('runs the command isolated, reaching none of the tokens the runner holds', () => {
    expect(run.outputs.result).toBe('success')
    const tail = run.report?.commits[0]?.log?.tail ?? ''
    // The probes ran: the environment, the config and the file commands directory were there.
    expect(tail).toContain('PATH=')
    expect(tail).toMatch(/^file:.*\.git\/config\s+core\.bare=false$/m)
    expect(tail).toContain('[core]')
    const visible = Object.entries(SECRETS).filter(([, secret]) => tail.includes(secret))
    expect(visible.map(([where]) => where)).toEqual([])
    expect(tail).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_OUTPUT|GITHUB_ENV|GITHUB_STEP_SUMMARY)/m)
    expect(tail).not.toContain('set_env_1')
    expect(tail).not.toContain('uncovered ')
    expect(run.report?.isolated).toBe(true)
    // Nothing to warn about: the persisted credentials were covered.
    expect(run.stdout).not.toContain('::warning::the checkout left credentials')
  })

  it('keeps the workflow file commands out of reach, and the user config as it was', () => {
    expect(run.workflowEnv).not.toContain('INJECTED')
    expect(run.summary).not.toContain('INJECTED')
    expect(fs.readFileSync(path.join(ds.path, '.git', 'config'), 'utf8')).toBe(configBefore)
  })

  it('prints the command output only between stop-commands markers', () => {
    const fenced = /::stop-commands::([0-9a-f-]{36})\n([\s\S]*?)\n::\1::/g
    const insideFences = [...run.stdout.matchAll(fenced)].map(m => m[2]).join('\n')
    expect(insideFences).toContain('::error file=in.txt::planted')
    expect(insideFences).toContain('::add-mask::alpha')
    const outside = run.stdout.replace(fenced, '')
    expect(outside).not.toContain('planted')
    expect(outside).not.toContain('::add-mask::alpha')
  })
})
