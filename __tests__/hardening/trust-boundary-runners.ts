/**
 * What the two trust-boundary suites share: who runs rerun-action and how isolated, and small
 * helpers for the attacks' scripts and the verdicts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { commitNamed, NOBODY, Sandbox, type CliRun } from '../helpers/dataset.js'

export interface Runner {
  title: string
  isolation: 'auto' | 'required' | 'off'
  /** Run the CLI as this user instead of root. */
  asUser?: number
}

export const ISOLATED_AS_ROOT: Runner[] = [
  { title: 'as root, --isolation auto', isolation: 'auto' },
  { title: 'as root, --isolation required', isolation: 'required' }
]
export const ISOLATED_AS_NOBODY: Runner[] = [
  { title: 'as nobody, --isolation auto', isolation: 'auto', asUser: NOBODY },
  { title: 'as nobody, --isolation required', isolation: 'required', asUser: NOBODY }
]
export const UNISOLATED: Runner = { title: 'as root, --isolation off', isolation: 'off' }

/** A sandbox whose git (the tests' own) reads the repositories handed over to nobody. */
export function sandboxSharedWithNobody(): Sandbox {
  const sandbox = Sandbox.create()
  fs.appendFileSync(path.join(sandbox.root, 'gitconfig'), '[safe]\n\tdirectory = *\n')
  return sandbox
}

/** A shell word for `text`. */
export const q = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** A shell script as a record's `cmd`: its braces are literal, not datalad placeholders. */
export const literal = (script: string): string => script.replace(/[{}]/g, brace => brace + brace)

/** A directory of `sandbox` anyone may write: markers, a channel between commands. */
export function sharedDirectory(sandbox: Sandbox, name: string): string {
  const dir = sandbox.directory(name)
  fs.chmodSync(dir, 0o777)
  return dir
}

/** A verdict with its reason, so that a failed expectation says why. */
export function verdictOf(run: CliRun, subject: string): string {
  const verdict = commitNamed(run.report, subject)
  return `${verdict.status}: ${verdict.reason ?? ''}`
}
