/**
 * The environment and options every git and git-annex process of rerun-action runs with. A
 * replayed command runs as the same user as rerun-action and may plant configuration wherever
 * that user can write (global config, attributes, hooks): git must read none of it, run no
 * program it names, and see none of the runner's tokens.
 */

/** Variables git and git-annex may see: what they need to find programs, remotes and a locale. */
const PASSED_NAMES = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  // git-annex fetches input content from remotes: ssh agents and proxies are how it gets there.
  'SSH_AUTH_SOCK',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  // The locale: the categories the C library reads.
  'LC_ALL',
  'LC_CTYPE',
  'LC_MESSAGES',
  'LC_COLLATE',
  'LC_NUMERIC',
  'LC_TIME',
  'LC_MONETARY',
  'LC_PAPER',
  'LC_NAME',
  'LC_ADDRESS',
  'LC_TELEPHONE',
  'LC_MEASUREMENT',
  'LC_IDENTIFICATION'
]

/**
 * Set for every call. No system or global config (a command can write ~/.gitconfig), no replace
 * objects or grafts (a command could make git show a forged run commit), no prompts, pagers or
 * editors. git-annex commits to its branch and needs an identity that CI runners often lack.
 */
const FIXED: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_ATTR_NOSYSTEM: '1',
  GIT_NO_REPLACE_OBJECTS: '1',
  // A path that does not exist: grafts would rewrite history, and an empty file draws a warning.
  GIT_GRAFT_FILE: '/nonexistent/rerun-action/grafts',
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: '/bin/false',
  SSH_ASKPASS: '/bin/false',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_EDITOR: '/bin/false',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_AUTHOR_NAME: 'rerun-action',
  GIT_AUTHOR_EMAIL: 'rerun-action@localhost',
  GIT_COMMITTER_NAME: 'rerun-action',
  GIT_COMMITTER_EMAIL: 'rerun-action@localhost'
}

/**
 * `-c` options for every call: git runs no hook and no fsmonitor program whatever a
 * repository's config says, reads no per-user attributes or ignore files, and verifies no
 * signatures (which would run gpg); git-annex runs none of the commands its config may name for
 * freezing, thawing or erasing content, HTTP headers or commit messages (an unisolated command
 * could have planted one in the repository's config). `safe.directory` is honoured only from the
 * command line once global config is off; rerun-action only runs git in the user's repository
 * and its own.
 */
export const HARDENED_CONFIG: readonly string[] = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.attributesFile=/dev/null',
  'core.excludesFile=/dev/null',
  'log.showSignature=false',
  'annex.freezecontent-command=',
  'annex.thawcontent-command=',
  'annex.secure-erase-command=',
  'annex.http-headers-command=',
  'annex.commitmessage-command=',
  'safe.directory=*'
]

export function hardenedArguments(args: readonly string[]): string[] {
  return [...HARDENED_CONFIG.flatMap(option => ['-c', option]), ...args]
}

/** The allow-listed environment of a git process, from `source` (rerun-action's own). */
export function hardenedEnvironment(
  source: NodeJS.ProcessEnv = process.env,
  extra: Readonly<Record<string, string>> = {}
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  // Each looked up by name: listing process.env goes through Node's C++ for every variable, and
  // a CI runner's environment holds a hundred.
  for (const name of PASSED_NAMES) {
    const value = source[name]
    if (value !== undefined) env[name] = value
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin'
  // git-annex cannot handle non-ASCII file names in the C locale.
  if (!env.LANG && !env.LC_ALL) env.LANG = 'C.UTF-8'
  return { ...env, ...FIXED, ...extra }
}
