/**
 * When a replayed command fails because a program it calls is not installed here — typically the
 * container runtime of a `datalad containers-run` record (singularity, apptainer, docker), or an
 * interpreter whose path the record has baked in — name that program, so that the report says
 * what to install instead of only "exited with 127". Pure: the output tail and exit code in, a
 * name out.
 */

/** The shell's exit code for "command not found" (POSIX). */
const NOT_FOUND_EXIT = 127

/**
 * How shells and `env` say that a program is not there, each capturing its name:
 * dash (Debian's /bin/sh) `/bin/sh: 1: singularity: not found`; busybox `sh: singularity: not
 * found`; bash `bash: line 1: singularity: command not found` (also pyenv's shims); zsh
 * `zsh:1: command not found: singularity`; bash ≥ 5.1 for a script whose `#!` interpreter is
 * missing `bash: ./run.sh: cannot execute: required file not found`; GNU env `env: ‘python’: No
 * such file or directory`.
 */
const PATTERNS: readonly RegExp[] = [
  /^\S*sh: (?:\d+: )?(?:exec: )?(.+?): not found$/,
  /: (?:line \d+: )?(.+?): command not found$/,
  /command not found: (.+)$/,
  /^\S*sh: (?:line \d+: )?(.+?): cannot execute: required file not found$/,
  /^\S*env: [‘'"]?(.+?)[’'"]?: No such file or directory$/
]

/** Longer than any program name: a line that long is not a shell's complaint. */
const MAX_NAME_LENGTH = 512

/**
 * The program the shell could not find, or null. Only for exit code 127, and from the last line
 * of the output that says so: the one that ended the command.
 */
export function missingProgram(tail: string, exitCode: number | null): string | null {
  if (exitCode !== NOT_FOUND_EXIT) return null
  const lines = tail.split(/\r?\n/)
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').trim()
    for (const pattern of PATTERNS) {
      const name = pattern.exec(line)?.[1]?.trim()
      if (name && name.length <= MAX_NAME_LENGTH) return name
    }
  }
  return null
}

/** What to install for the container runtimes that `datalad containers-run` records call. */
const CONTAINER_RUNTIMES: Readonly<Record<string, string>> = {
  singularity:
    'a container runtime (as `datalad containers-run` records call): install Apptainer, which provides `singularity`, or SingularityCE',
  apptainer: 'a container runtime (as `datalad containers-run` records call): install Apptainer',
  docker: 'a container runtime (as `datalad containers-run` records call): install Docker',
  podman: 'a container runtime: install Podman'
}

/**
 * The sentence a `failed` reason ends with when a program was not found (starting with `; `), or
 * '' when none was: for `judge()` in replay-commit.ts.
 */
export function missingProgramNote(tail: string, exitCode: number | null): string {
  const name = missingProgram(tail, exitCode)
  if (name === null) return ''
  const base = name.split('/').pop() ?? name
  const runtime = CONTAINER_RUNTIMES[base]
  if (runtime) return `; the program ${JSON.stringify(name)} was not found: ${runtime}`
  if (name.includes('/')) {
    return `; ${JSON.stringify(name)} was not found: the record names this path, which does not exist here (or it is a script whose #! interpreter is missing)`
  }
  return `; the program ${JSON.stringify(name)} was not found: install it, or put it on PATH`
}
