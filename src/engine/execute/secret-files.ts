/**
 * Files a replayed command could read credentials from although its environment is scrubbed:
 * git config that a CI checkout (or the user) left tokens in, git's credential stores, and what
 * the caller names (a CI runner's own files). Each is paired with what an isolated command sees
 * in its place: a scrubbed copy of the config, an empty file, an empty directory.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfigEntries, type ConfigEntry } from '../git/git-command-manager.js'
import { runProcess } from '../process.js'

export type HideStep =
  /** Mount `source` over the file `target`. */
  | { kind: 'replace'; target: string; source: string }
  /** Mount an empty directory over `target`. */
  | { kind: 'empty-dir'; target: string }

/** Files and directories, named by the caller, that isolated commands see empty (when they exist). */
export interface HiddenPaths {
  files: readonly string[]
  directories: readonly string[]
}

export interface SecretSources {
  /** Git directories (`git rev-parse --git-common-dir`) whose config replayed commands read. */
  gitDirs: readonly string[]
  env: NodeJS.ProcessEnv
  hidden: HiddenPaths
}

/** An http(s) URL carrying a user name or token before the host. */
const URL_WITH_CREDENTIALS = /^(https?:\/\/)[^/@]+@/i

async function readConfigFile(file: string): Promise<ConfigEntry[] | null> {
  const result = await runProcess(
    'git',
    ['config', '--file', file, '--no-includes', '--null', '--list'],
    { cwd: path.dirname(file) }
  )
  return result.code === 0 ? parseConfigEntries(result.stdout) : null
}

/** Where an include.path / includeIf.*.path value points, as git resolves it. */
function includedFile(value: string, includingFile: string, home: string): string {
  if (value.startsWith('~/')) return path.join(home, value.slice(2))
  return path.resolve(path.dirname(includingFile), value)
}

/** The git commands that remove the credentials from a copy of a config file; none if clean. */
function scrubCommands(entries: readonly ConfigEntry[]): string[][] {
  const commands: string[][] = []
  const done = new Set<string>()
  for (const { key, value } of entries) {
    if (done.has(key)) continue
    const lower = key.toLowerCase()
    if (/^http\.(.*\.)?extraheader$/.test(lower)) {
      commands.push(['--unset-all', key])
      done.add(key)
    } else if (/^url\..*\.(insteadof|pushinsteadof)$/.test(lower)) {
      const base = key.slice('url.'.length, key.lastIndexOf('.'))
      if (URL_WITH_CREDENTIALS.test(base) && !done.has(`url.${base}`)) {
        commands.push(['--remove-section', `url.${base}`])
        done.add(`url.${base}`)
      }
    } else if (/\.(url|pushurl)$/.test(lower) && URL_WITH_CREDENTIALS.test(value)) {
      commands.push(['--unset-all', key])
      for (const other of entries.filter(e => e.key === key)) {
        commands.push(['--add', key, other.value.replace(URL_WITH_CREDENTIALS, '$1')])
      }
      done.add(key)
    }
  }
  return commands
}

async function existing(file: string, isDirectory: boolean): Promise<string | null> {
  const stat = await fs.promises.stat(file).catch(() => null)
  if (!stat || stat.isDirectory() !== isDirectory) return null
  return fs.promises.realpath(file)
}

let copies = 0

/**
 * Scrubbed copies of every config file in the chain git reads (repository, global, XDG, and
 * what they include) that holds credentials, written into `dir`.
 */
async function scrubbedConfigs(
  sources: SecretSources,
  { home, xdg }: { home: string; xdg: string },
  dir: string
): Promise<HideStep[]> {
  const pending = [
    ...sources.gitDirs.map(gitDir => path.join(gitDir, 'config')),
    path.join(home, '.gitconfig'),
    path.join(xdg, 'git', 'config'),
    ...(sources.env.GIT_CONFIG_GLOBAL ? [sources.env.GIT_CONFIG_GLOBAL] : [])
  ]
  const seen = new Set<string>()
  const steps: HideStep[] = []
  while (pending.length > 0) {
    const real = await existing(pending.shift() ?? '', false)
    if (!real || seen.has(real)) continue
    seen.add(real)
    const entries = await readConfigFile(real)
    if (!entries) continue
    for (const { key, value } of entries) {
      if (/^include(if\..*)?\.path$/i.test(key)) pending.push(includedFile(value, real, home))
    }
    const commands = scrubCommands(entries)
    if (commands.length === 0) continue
    const copy = path.join(dir, `config-${++copies}`)
    await fs.promises.copyFile(real, copy)
    for (const args of commands) {
      const result = await runProcess('git', ['config', '--file', copy, ...args], { cwd: dir })
      if (result.code !== 0) {
        throw new Error(
          `cannot scrub credentials from a copy of ${real}: ${result.stderr.toString('utf8').trim()}`
        )
      }
    }
    steps.push({ kind: 'replace', target: real, source: copy })
  }
  return steps
}

/** What to hide from replayed commands, and what they see instead; copies go into `dir`. */
export async function secretFiles(sources: SecretSources, dir: string): Promise<HideStep[]> {
  const home = sources.env.HOME || os.homedir()
  const xdg = sources.env.XDG_CONFIG_HOME || path.join(home, '.config')
  const empty = path.join(dir, 'empty')
  await fs.promises.writeFile(empty, '', { mode: 0o444 })
  const steps = await scrubbedConfigs(sources, { home, xdg }, dir)
  const files = [
    // git's credential stores (`credential.helper store`).
    path.join(home, '.git-credentials'),
    path.join(xdg, 'git', 'credentials'),
    ...sources.hidden.files
  ]
  for (const file of files) {
    const target = await existing(file, false)
    if (target) steps.push({ kind: 'replace', target, source: empty })
  }
  for (const directory of sources.hidden.directories) {
    const target = await existing(directory, true)
    if (target) steps.push({ kind: 'empty-dir', target })
  }
  return steps
}
