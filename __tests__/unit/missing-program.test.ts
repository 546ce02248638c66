/** Naming the program a replayed command could not find (exit 127), from real shells' messages. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { missingProgram, missingProgramNote } from '../../src/engine/execute/missing-program.js'

/** What a shell prints, and exits with, for a command line (stderr after stdout). */
function shell(file: string, command: string): { tail: string; code: number | null } {
  const result = spawnSync(file, ['-c', command], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin' }
  })
  return { tail: result.stdout + result.stderr, code: result.status }
}

describe('missingProgram', () => {
  it.each([
    ['dash (Debian /bin/sh)', '/bin/sh: 1: singularity: not found\n', 'singularity'],
    ['dash, exec', '/bin/sh: 1: exec: apptainer: not found\n', 'apptainer'],
    ['busybox sh', 'sh: docker: not found\n', 'docker'],
    ['bash', 'bash: line 1: singularity: command not found\n', 'singularity'],
    ['bash as sh', 'sh: singularity: command not found\n', 'singularity'],
    [
      'pyenv shim',
      "pyenv: python3.9: command not found\n\nThe `python3.9' command exists in these Python versions:\n  3.9.18\n",
      'python3.9'
    ],
    ['zsh', 'zsh:1: command not found: singularity\n', 'singularity'],
    [
      'bash, a script whose interpreter is missing',
      'bash: line 1: ./run.sh: cannot execute: required file not found\n',
      './run.sh'
    ],
    ['GNU env', '/usr/bin/env: ‘python’: No such file or directory\n', 'python'],
    ['env, ASCII quotes', "env: 'python3.11': No such file or directory\n", 'python3.11'],
    [
      'a baked-in interpreter path',
      'loading\n/bin/sh: 1: /home/alice/miniconda3/bin/python: not found\n',
      '/home/alice/miniconda3/bin/python'
    ],
    ['CRLF line endings', 'sh: docker: not found\r\n', 'docker']
  ])('%s', (_shell, tail, name) => {
    expect(missingProgram(tail, 127)).toBe(name)
  })

  it('takes the last complaint: the one that ended the command', () => {
    const tail =
      'sh: 1: optional-tool: not found\nfalling back\n/bin/sh: 1: singularity: not found\n'
    expect(missingProgram(tail, 127)).toBe('singularity')
  })

  it('names nothing for another exit code, or output that names no program', () => {
    expect(missingProgram('/bin/sh: 1: singularity: not found\n', 1)).toBeNull()
    expect(missingProgram('/bin/sh: 1: singularity: not found\n', null)).toBeNull()
    expect(
      missingProgram('Traceback ...\nModuleNotFoundError: No module named x\n', 127)
    ).toBeNull()
    expect(missingProgram('cat: data.csv: No such file or directory\n', 127)).toBeNull()
    expect(missingProgram('', 127)).toBeNull()
  })

  it('reads what this machine’s shells really print', () => {
    for (const file of ['/bin/sh', 'bash']) {
      const run = shell(file, 'echo working; rerun-action-no-such-program --version')
      expect(run.code).toBe(127)
      expect(missingProgram(run.tail, run.code)).toBe('rerun-action-no-such-program')
    }
    const absent = shell('/bin/sh', '/nonexistent/bin/python3 -m datalad_container.adapters.docker')
    expect(missingProgram(absent.tail, absent.code)).toBe('/nonexistent/bin/python3')
    const env = shell('/bin/sh', 'env rerun-action-no-such-program')
    expect(missingProgram(env.tail, env.code)).toBe('rerun-action-no-such-program')
  })
})

describe('missingProgramNote', () => {
  it('says what to install for a container runtime', () => {
    expect(missingProgramNote('/bin/sh: 1: singularity: not found\n', 127)).toBe(
      '; the program "singularity" was not found: a container runtime (as `datalad containers-run` records call): install Apptainer, which provides `singularity`, or SingularityCE'
    )
    expect(missingProgramNote('sh: /usr/local/bin/docker: not found\n', 127)).toContain(
      'install Docker'
    )
  })

  it('says that a path the record names does not exist here', () => {
    expect(
      missingProgramNote('/bin/sh: 1: /home/alice/miniconda3/bin/python: not found\n', 127)
    ).toBe(
      '; "/home/alice/miniconda3/bin/python" was not found: the record names this path, which does not exist here (or it is a script whose #! interpreter is missing)'
    )
  })

  it('names any other program, and adds nothing when none was missing', () => {
    expect(missingProgramNote('/bin/sh: 1: Rscript: not found\n', 127)).toBe(
      '; the program "Rscript" was not found: install it, or put it on PATH'
    )
    expect(missingProgramNote('Error: package missing\n', 1)).toBe('')
  })
})
