/**
 * Files a replayed command could read credentials from although its environment is scrubbed:
 * git config that a CI checkout (or the user) left tokens or credential helpers in, git's
 * credential stores and credential-cache sockets, and what the caller names (a CI runner's own
 * files). Each is paired with what an isolated command sees in its place: a scrubbed copy of
 * the config, an empty file, an empty directory. Every git config file git reads outside the
 * repository is also made read-only, so that a command cannot plant configuration (a pager, an
 * fsmonitor, a credential helper) that a later step of the job would run.
 *
 * Known limit: a global config file that does not exist (~/.gitconfig, the XDG one) cannot be
 * covered, as there is nothing to mount over, so a command may create one. rerun-action's own
 * git never reads it (git-environment.ts), but a later step of the job would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfigEntries, type ConfigEntry } from '../git/git-command-manager.js'
import { runGit } from '../git/git-port.js'

export type HideStep =
  /** Mount `source` over the file `target`, read-only; a `source` equal to `target` only makes it read-only. */
  | { kind: 'replace'; target: string; source: string }
  /** Mount an empty, read-only directory over `target`. */
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

async function readConfigFile(file: string, cwd: string): Promise<ConfigEntry[] | null> {
  const result = await runGit(['config', '--file', file, '--no-includes', '--null', '--list'], {
    cwd
  })
  return result.code === 0 ? parseConfigEntries(result.stdout) : null
}

interface Places {
  home: string
  xdgConfig: string
  xdgCache: string
}

function expandHome(value: string, home: string): string {
  const match = /^(~|\$HOME|\$\{HOME\})(\/|$)/.exec(value)
  return match ? path.join(home, value.slice(match[1].length)) : value
}

/** Where an include.path / includeIf.*.path value points, as git resolves it. */
function includedFile(value: string, includingFile: string, home: string): string {
  if (value.startsWith('~/')) return path.join(home, value.slice(2))
  return path.resolve(path.dirname(includingFile), value)
}

/**
 * The files a credential helper of git's own names: `store --file F`, `cache --socket S` (git
 * runs the value through the shell, hence `~` and $HOME). Relative paths depend on where git
 * runs and are left out; other helpers keep their secrets elsewhere.
 */
function helperFiles(value: string, home: string): string[] {
  const words = value
    .trim()
    .split(/\s+/)
    .map(word => word.replace(/^(['"])(.*)\1$/, '$2'))
  const helper = path.basename(words[0] ?? '').replace(/^git-credential-/, '')
  const option = { store: '--file', cache: '--socket' }[helper]
  if (!option) return []
  const files: string[] = []
  words.forEach((word, i) => {
    if (word === option && words[i + 1]) files.push(words[i + 1])
    else if (word.startsWith(`${option}=`)) files.push(word.slice(option.length + 1))
  })
  return files.map(file => expandHome(file, home)).filter(file => path.isAbsolute(file))
}

/** The git commands that remove the credentials from a copy of a config file; none if clean. */
function scrubCommands(entries: readonly ConfigEntry[]): string[][] {
  const commands: string[][] = []
  const done = new Set<string>()
  for (const { key, value } of entries) {
    if (done.has(key)) continue
    const lower = key.toLowerCase()
    if (lower.startsWith('credential.')) {
      // Helpers, user names, `credential.<url>.*`: the whole section, of every URL.
      const section = key.slice(0, key.lastIndexOf('.'))
      if (!done.has(section)) commands.push(['--remove-section', section])
      done.add(section)
    } else if (/^http\.(.*\.)?extraheader$/.test(lower)) {
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
 * Every config file in the chain git reads (system, repository, global, XDG, and what they
 * include): a scrubbed copy, written into `dir`, of each that holds credentials, the others as
 * they are, all read-only. Also the files their credential helpers name.
 */
async function configFiles(
  sources: SecretSources,
  places: Places,
  dir: string
): Promise<{ steps: HideStep[]; helperFiles: string[] }> {
  const pending = [
    '/etc/gitconfig',
    ...sources.gitDirs.map(gitDir => path.join(gitDir, 'config')),
    path.join(places.home, '.gitconfig'),
    path.join(places.xdgConfig, 'git', 'config'),
    ...(sources.env.GIT_CONFIG_GLOBAL ? [sources.env.GIT_CONFIG_GLOBAL] : [])
  ]
  const seen = new Set<string>()
  const named: string[] = []
  const scrubbed = async (real: string, entries: ConfigEntry[]): Promise<HideStep> => {
    const commands = scrubCommands(entries)
    if (commands.length === 0) return { kind: 'replace', target: real, source: real }
    const copy = path.join(dir, `config-${++copies}`)
    await fs.promises.copyFile(real, copy)
    for (const args of commands) {
      const result = await runGit(['config', '--file', copy, ...args], { cwd: dir })
      if (result.code !== 0) {
        throw new Error(
          `cannot scrub credentials from a copy of ${real}: ${result.stderr.toString('utf8').trim()}`
        )
      }
    }
    return { kind: 'replace', target: real, source: copy }
  }
  // A round at a time (the files, then those they include), each round's files read at once:
  // a git process each, which would otherwise add up before the first commit.
  const steps: HideStep[] = []
  let round = pending
  while (round.length > 0) {
    const reals: string[] = []
    for (const real of await Promise.all(round.map(file => existing(file, false)))) {
      if (!real || seen.has(real)) continue
      seen.add(real)
      reals.push(real)
    }
    const read = await Promise.all(
      reals.map(async real => ({ real, entries: (await readConfigFile(real, dir)) ?? [] }))
    )
    round = []
    for (const { real, entries } of read) {
      for (const { key, value } of entries) {
        const lower = key.toLowerCase()
        if (/^include(if\..*)?\.path$/.test(lower))
          round.push(includedFile(value, real, places.home))
        if (/^credential\.(.*\.)?helper$/.test(lower))
          named.push(...helperFiles(value, places.home))
      }
    }
    steps.push(...(await Promise.all(read.map(({ real, entries }) => scrubbed(real, entries)))))
  }
  return { steps, helperFiles: named }
}

/** What to hide from replayed commands, and what they see instead; copies go into `dir`. */
export async function secretFiles(sources: SecretSources, dir: string): Promise<HideStep[]> {
  const home = sources.env.HOME || os.homedir()
  const places: Places = {
    home,
    xdgConfig: sources.env.XDG_CONFIG_HOME || path.join(home, '.config'),
    xdgCache: sources.env.XDG_CACHE_HOME || path.join(home, '.cache')
  }
  const empty = path.join(dir, 'empty')
  await fs.promises.writeFile(empty, '', { mode: 0o444 })
  const configs = await configFiles(sources, places, dir)
  const steps = configs.steps
  const files = [
    // git's credential stores (`credential.helper store`), and the stores and credential-cache
    // sockets that helpers name.
    path.join(home, '.git-credentials'),
    path.join(places.xdgConfig, 'git', 'credentials'),
    ...configs.helperFiles,
    ...sources.hidden.files
  ]
  const directories = [
    // Where `credential.helper cache` keeps its socket.
    path.join(home, '.git-credential-cache'),
    path.join(places.xdgCache, 'git', 'credential'),
    ...sources.hidden.directories
  ]
  const covered = new Set(steps.map(step => step.target))
  for (const file of files) {
    const target = await existing(file, false)
    if (target && !covered.has(target)) steps.push({ kind: 'replace', target, source: empty })
    if (target) covered.add(target)
  }
  for (const directory of directories) {
    const target = await existing(directory, true)
    if (target && !covered.has(target)) steps.push({ kind: 'empty-dir', target })
    if (target) covered.add(target)
  }
  return steps
}
