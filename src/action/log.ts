/**
 * Printing text from the repository (commit subjects, commands, their output, file names) into
 * the runner log. The runner executes workflow commands (`::add-mask::`, `::error ...::`) found in
 * any log line, so such text is neutralised (controls escaped, workflow commands defused, see
 * src/report/neutralise.ts) and, as a second line of defence, fenced with `::stop-commands::` and
 * a token nobody can guess.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'
import type { CommitVerdict } from '../engine/model.js'
import { renderCommitLog } from '../report/commit-log.js'
import { plainBlock, type PlainTextOptions } from '../report/neutralise.js'
import { progressLine } from '../report/text-report.js'

/** Read once: set wherever a runner reads this log for workflow commands. */
const LOG: PlainTextOptions = { defuseWorkflowCommands: process.env.GITHUB_ACTIONS !== undefined }

/** Prints text that is already neutralised between `::stop-commands::` markers. */
function printFenced(text: string): void {
  const token = randomUUID()
  process.stdout.write(`::stop-commands::${token}${EOL}${text}${EOL}::${token}::${EOL}`)
}

export function printUntrusted(text: string): void {
  printFenced(plainBlock(text, LOG))
}

/** One collapsible group per commit, titled with its progress line. */
export function printCommitGroup(verdict: CommitVerdict, index: number, total: number): void {
  // The title is the data of a `::group::` command, which core escapes.
  core.startGroup(progressLine(verdict, index, total, LOG))
  printFenced(renderCommitLog(verdict, LOG))
  core.endGroup()
}
