/**
 * The `.rerun.yml` rule that would accept a difference, for pull-request comments. Only causes a
 * rule can express get a suggestion: drift (a tolerance) and timestamps (ignore-lines).
 */
import { escapeGlob } from '../../config/comparison-rules.js'
import type { CauseHint, Deviation } from '../../model.js'
import { FLOAT_DRIFT_RELATIVE, TIMESTAMP_LINE } from './causes.js'

/** The next power of ten at or above twice the observed deviation: a bit of headroom, readable. */
function roundedUp(observed: number): number {
  return Number(`1e${Math.ceil(Math.log10(observed * 2))}`)
}

function tolerance(deviation: Deviation | undefined): string | null {
  const relative = deviation?.relative
  if (relative === undefined) return null
  if (!(relative > 0) || !Number.isFinite(relative) || relative >= 1) return null
  return `    tolerance: { relative: ${roundedUp(relative)} }`
}

/**
 * A complete `.rerun.yml` (to merge into an existing one's `rules:`) accepting this difference of
 * `outputPath`, or null when no rule should: reordering, whitespace, line endings, a missing or
 * empty output are fixed in the command, not hidden by configuration.
 */
export function suggestRule(
  outputPath: string,
  cause: CauseHint | undefined,
  deviation?: Deviation
): string | null {
  let body: string | null
  switch (cause) {
    case 'float-drift':
      body = tolerance(deviation) ?? `    tolerance: { relative: ${FLOAT_DRIFT_RELATIVE} }`
      break
    case 'non-deterministic':
      body = tolerance(deviation)
      break
    case 'timestamps':
      body =
        "    # lines holding a date or time are not compared; narrow it, e.g. to '^Generated at '\n" +
        `    ignore-lines: ['${TIMESTAMP_LINE}']`
      break
    default:
      body = null
  }
  if (body === null) return null
  return `rules:\n  - path: ${JSON.stringify(escapeGlob(outputPath))}\n${body}\n`
}
