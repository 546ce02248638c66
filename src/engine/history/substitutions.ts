/**
 * Values of custom placeholders (`datalad.run.substitutions.<name>`) with datalad's precedence at
 * rerun time, lowest first: the commit's committed `.datalad/config`, the repository's git config,
 * `DATALAD_CONFIG_OVERRIDES_JSON`, `DATALAD_*` variables (datalad's ConfigManager reads them in
 * that order), and rerun-action's own overrides (`--substitution`, action input `substitutions`).
 */
import { messageOf, UsageError } from '../errors.js'
import type { SubstitutionSource } from '../model.js'
import type { GitCommandManager } from '../git/git-command-manager.js'

export const SUBSTITUTION_PREFIX = 'datalad.run.substitutions.'

/** Placeholders datalad fills itself; a custom value of the same name is never used. */
export const BUILTIN_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'inputs',
  'outputs',
  'pwd',
  'dspath',
  'tmpdir'
])

export interface Substitution {
  value: string
  source: SubstitutionSource
}

/** Placeholder name → value and where it came from. */
export type Substitutions = Map<string, Substitution>

const OVERRIDES_JSON = 'DATALAD_CONFIG_OVERRIDES_JSON'

/** The config key datalad reads from a `DATALAD_*` variable (config.py `_update_from_env`). */
export function configKeyOfVariable(variable: string): string {
  return variable.replace(/__/g, '-').replace(/_/g, '.').toLowerCase()
}

/** The characters that end a field's name in a format string. */
const FIELD_NAME_END: ReadonlySet<string> = new Set(['{', '}', '!', ':', '.', '['])

/** The custom placeholder names a command uses (`{name}`, `{name[0]}`, `{name!r}`, ...). */
export function customPlaceholderNames(cmd: string): string[] {
  // Every `{` left once the literal `{{` and `}}` are gone opens a field, whose name runs up to
  // the first of `{}!:.[`. A scan, not a regex: planning asks this of every run commit.
  const text = cmd.includes('{{') || cmd.includes('}}') ? cmd.replace(/\{\{|\}\}/g, '') : cmd
  let names: Set<string> | undefined
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
    let end = open + 1
    while (end < text.length && !FIELD_NAME_END.has(text.charAt(end))) end++
    const name = text.slice(open + 1, end)
    if (!BUILTIN_PLACEHOLDERS.has(name)) (names ??= new Set()).add(name)
  }
  return names ? [...names] : []
}

function nameOf(key: string): string | null {
  return key.startsWith(SUBSTITUTION_PREFIX) ? key.slice(SUBSTITUTION_PREFIX.length) : null
}

/**
 * `DATALAD_RUN_SUBSTITUTIONS_<NAME>` variables, over the substitutions in
 * `DATALAD_CONFIG_OVERRIDES_JSON` (what `datalad -c` hands to the processes it starts). A JSON
 * value that is not a string (a multi-valued key) gives its last string, as git reads such keys.
 */
export function substitutionsFromEnvironment(env: NodeJS.ProcessEnv): Substitutions {
  const found: Substitutions = new Map()
  const json = env[OVERRIDES_JSON]
  if (json) {
    let overrides: unknown
    try {
      overrides = JSON.parse(json)
    } catch (e) {
      throw new UsageError(`${OVERRIDES_JSON} is not valid JSON: ${messageOf(e)}`)
    }
    if (overrides && typeof overrides === 'object' && !Array.isArray(overrides)) {
      for (const [key, raw] of Object.entries(overrides as Record<string, unknown>)) {
        const name = nameOf(key)
        const values = (Array.isArray(raw) ? raw : [raw]).filter(v => typeof v === 'string')
        const value = values[values.length - 1]
        if (name && value !== undefined)
          found.set(name, { value, source: { kind: 'environment', variable: OVERRIDES_JSON } })
      }
    }
  }
  // Sorted, so that when two variables name the same key the outcome does not depend on the
  // order of the environment.
  for (const variable of Object.keys(env).sort()) {
    const value = env[variable]
    if (value === undefined || variable === OVERRIDES_JSON || !variable.startsWith('DATALAD_'))
      continue
    const name = nameOf(configKeyOfVariable(variable))
    if (name) found.set(name, { value, source: { kind: 'environment', variable } })
  }
  return found
}

/**
 * `datalad.run.substitutions.*` in the git config of the repository: its own config (and
 * worktree config and includes), read through the hardened git port, which ignores global and
 * system config (a replayed command could have written `~/.gitconfig`). Of a key set more than
 * once, the last value counts, as for git.
 */
async function substitutionsFromGitConfig(
  git: Pick<GitCommandManager, 'configEntries'>
): Promise<Substitutions> {
  const entries = await git.configEntries().catch((e: unknown) => {
    throw new UsageError(`cannot read ${SUBSTITUTION_PREFIX}* from the git config: ${messageOf(e)}`)
  })
  const found: Substitutions = new Map()
  for (const { key, value } of entries) {
    const name = nameOf(key)
    if (name) found.set(name, { value, source: { kind: 'git-config' } })
  }
  return found
}

/** A name that can stand in a placeholder (`{name}`), as Python's str.format parses one. */
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/**
 * `NAME=VALUE` assignments (CLI `--substitution`, action input `substitutions`) as a map; `what`
 * names the option in messages. The value is everything after the first `=`, possibly empty.
 */
export function parseSubstitutionAssignments(
  assignments: readonly string[],
  what: string
): Map<string, string> {
  const parsed = new Map<string, string>()
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=')
    const name = equals < 0 ? assignment : assignment.slice(0, equals)
    if (equals < 0 || !PLACEHOLDER_NAME.test(name)) {
      throw new UsageError(
        `${what} takes NAME=VALUE, where NAME is a placeholder name (letters, digits, _ and -), not ${JSON.stringify(assignment)}`
      )
    }
    if (BUILTIN_PLACEHOLDERS.has(name)) {
      throw new UsageError(
        `${what}: {${name}} is a placeholder datalad fills itself; it cannot be given a value`
      )
    }
    if (parsed.has(name)) throw new UsageError(`${what}: ${name} is given more than once`)
    parsed.set(name, assignment.slice(equals + 1))
  }
  return parsed
}

/**
 * Every value that overrides a commit's committed `.datalad/config`, each with its source:
 * the repository's git config, then the environment, then `overrides` (highest).
 */
export async function substitutionOverrides(
  git: Pick<GitCommandManager, 'configEntries'>,
  env: NodeJS.ProcessEnv,
  overrides: Readonly<Record<string, string>>
): Promise<Substitutions> {
  const merged: Substitutions = new Map([
    ...(await substitutionsFromGitConfig(git)),
    ...substitutionsFromEnvironment(env)
  ])
  for (const [name, value] of Object.entries(overrides))
    merged.set(name, { value, source: { kind: 'override' } })
  return merged
}
