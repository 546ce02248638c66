/**
 * The environment a replayed command sees: an allow-list, never the runner's secrets.
 * Tokens (`INPUT_*`, `ACTIONS_*`, `GITHUB_TOKEN`, `GH_TOKEN`) and the workflow file-command paths
 * (`GITHUB_ENV`, `GITHUB_OUTPUT`, ...) can never be passed, not even on request.
 */
const ALLOWED_NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TERM',
  'CI',
  'PYTHONPATH',
  'PYTHONHASHSEED',
  'VIRTUAL_ENV',
  'CONDA_PREFIX',
  'CONDA_DEFAULT_ENV',
  'CONDA_EXE',
  'JAVA_HOME',
  'LD_LIBRARY_PATH',
  'PKG_CONFIG_PATH',
  'R_LIBS',
  'R_LIBS_USER',
  'R_LIBS_SITE',
  'OMP_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  'MKL_NUM_THREADS',
  'OPENBLAS_CORETYPE',
  'OPENBLAS_L2_SIZE'
])

const ALLOWED_PREFIXES = ['LC_']

const FORBIDDEN_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
])
const FORBIDDEN_PREFIXES = ['INPUT_', 'ACTIONS_', 'GIT_']

export function isForbiddenVariable(name: string): boolean {
  const upper = name.toUpperCase()
  return FORBIDDEN_NAMES.has(upper) || FORBIDDEN_PREFIXES.some(prefix => upper.startsWith(prefix))
}

/**
 * Picked once per verification (reading the process's environment is a call into Node's C++
 * for each variable); each execution adds its own TMPDIR and SOURCE_DATE_EPOCH.
 * @param source the environment to pick from (the process's own)
 * @param passThrough extra names the user asked for; forbidden names are rejected by the caller
 */
export function commandEnvironment(
  source: NodeJS.ProcessEnv,
  passThrough: readonly string[]
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  const extra = new Set(passThrough)
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || isForbiddenVariable(name)) continue
    if (
      ALLOWED_NAMES.has(name) ||
      extra.has(name) ||
      ALLOWED_PREFIXES.some(p => name.startsWith(p))
    ) {
      env[name] = value
    }
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin'
  return env
}
