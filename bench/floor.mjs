// The floor of benchmark 1: the least any verifier of these run commits must do, in a shell
// script. A fresh `git clone`, then for each run commit, oldest first: check out its parent,
// run its recorded command (placeholders substituted, as `verify --plan` prints it) in `sh -c`,
// and ask `git status` what changed. Timed whole, the clone included.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { CLI } from './lib.mjs'

const quote = text => `'${text.replaceAll("'", `'\\''`)}'`

/**
 * Write the floor's script for the history of `branch` in `source` to `script`, from the plan
 * of `planRepo` (a clone of it at `branch`). Run it as `sh script TARGET`: TARGET must not
 * exist.
 */
export function writeFloorScript({ source, branch, planRepo, script }) {
  const planFile = `${script}.plan.json`
  execFileSync(
    process.execPath,
    [CLI, 'verify', '--plan', '--since', '', '--json', planFile, '--repo', planRepo],
    { stdio: 'ignore' }
  )
  const { commands } = JSON.parse(fs.readFileSync(planFile, 'utf8'))
  fs.rmSync(planFile)
  const parents = new Map(
    execFileSync(
      'git',
      ['log', '--no-walk=unsorted', '--format=%H %P', ...commands.map(c => c.sha)],
      { cwd: planRepo, encoding: 'utf8' }
    )
      .trim()
      .split('\n')
      .map(line => line.split(' '))
  )
  const steps = commands.map(({ sha, command, pwd }) => {
    if (pwd !== '.') throw new Error(`the floor runs commands at the dataset root only (${sha})`)
    // -f: the previous command's output is the next parent's file, untracked until then.
    return `git checkout -q -f --detach ${parents.get(sha)} && sh -c ${quote(command)} && git status --porcelain >/dev/null`
  })
  fs.writeFileSync(
    script,
    [
      'set -e',
      `git clone --quiet --branch ${quote(branch)} ${quote(path.resolve(source))} "$1"`,
      'cd "$1"',
      ...steps,
      ''
    ].join('\n')
  )
  return commands.length
}
