/**
 * Findings as annotations: one per output that differs (on that file, at the first differing
 * line when known), one per commit that failed as a whole. Pure: verdicts in, annotations out,
 * most important first. Text from the repository is neutralised: annotations are shown only by
 * GitHub, in the runner's log and the Checks UI, so workflow commands are always defused.
 */
import type { CommitVerdict, OutputVerdict, VerificationResult } from '../engine/model.js'
import { plainLine, type PlainTextOptions } from './neutralise.js'
import { shortSha } from './text-report.js'
import { shownCause } from './output-notes.js'

const ON_GITHUB: PlainTextOptions = { defuseWorkflowCommands: true }

export type AnnotationLevel = 'error' | 'warning'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  /**
   * Relative to the repository root (the workspace); absent for findings about a whole commit.
   * As the repository names it, so that GitHub finds the file: neutralise it before printing.
   */
  file?: string
  line?: number
}

/** The Checks API's annotation shape. */
export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

/** The runner shows at most this many annotations per level and step; the rest are dropped. */
const RUNNER_ANNOTATION_LIMIT = 10
/** GitHub's limit on an annotation title. */
const TITLE_LIMIT = 255

function titleOf(verdict: CommitVerdict): string {
  const title = `${shortSha(verdict.sha)} ${plainLine(verdict.subject, ON_GITHUB)}`
  return title.length > TITLE_LIMIT ? `${title.slice(0, TITLE_LIMIT - 1)}…` : title
}

/** The line an output annotation points at: the first difference for text, line 1 otherwise. */
function lineOf(output: OutputVerdict): number {
  const diff = output.diff
  if (diff && 'firstDifferentLine' in diff && diff.firstDifferentLine !== undefined)
    return diff.firstDifferentLine
  return 1
}

function outputMessage(output: OutputVerdict): string {
  const reason = output.reason ? ` (${plainLine(output.reason, ON_GITHUB)})` : ''
  const shown = shownCause(output)
  const cause = shown ? `; likely cause: ${plainLine(shown, ON_GITHUB)}` : ''
  return `${plainLine(output.path, ON_GITHUB)}: ${output.status}${reason}${cause}`
}

const OUTPUT_LEVELS: Partial<Record<OutputVerdict['status'], AnnotationLevel>> = {
  modified: 'error',
  missing: 'error',
  unverifiable: 'warning',
  unexpected: 'warning'
}

/** A commit's findings, errors before warnings. */
function commitAnnotations(verdict: CommitVerdict, pathPrefix: string): Annotation[] {
  const title = titleOf(verdict)
  const whole = (level: AnnotationLevel): Annotation[] => [
    { level, title, message: `${verdict.status}: ${plainLine(verdict.reason ?? '', ON_GITHUB)}` }
  ]
  if (verdict.status === 'failed' || verdict.status === 'error') return whole('error')
  if (verdict.status !== 'mismatch' && verdict.status !== 'unverifiable') return []
  const annotations: Annotation[] = []
  for (const output of verdict.outputs) {
    const level = OUTPUT_LEVELS[output.status]
    if (!level) continue
    annotations.push({
      level,
      title,
      message: outputMessage(output),
      file: pathPrefix ? `${pathPrefix}/${output.path}` : output.path,
      line: lineOf(output)
    })
  }
  if (annotations.length === 0) return whole('warning')
  return [
    ...annotations.filter(a => a.level === 'error'),
    ...annotations.filter(a => a.level === 'warning')
  ]
}

/**
 * Most important first: errors before warnings, and within a level every commit's first finding
 * before any commit's second, so one commit with many differing outputs cannot crowd out the rest.
 *
 * @param pathPrefix where the dataset sits in the workspace ('' when it is the workspace), so
 *   annotation paths link to the files in the pull request's diff
 */
export function buildAnnotations(result: VerificationResult, pathPrefix: string): Annotation[] {
  const ranked = result.commits.flatMap(verdict =>
    commitAnnotations(verdict, pathPrefix).map((annotation, rank) => ({ annotation, rank }))
  )
  const levelOrder = (a: Annotation): number => (a.level === 'error' ? 0 : 1)
  // Array.prototype.sort is stable: equal keys keep commit order.
  ranked.sort((a, b) => levelOrder(a.annotation) - levelOrder(b.annotation) || a.rank - b.rank)
  return ranked.map(r => r.annotation)
}

/**
 * The annotations printed as workflow commands: at most `max` in all and never more than the
 * runner shows per level, most important first. `omitted` counts the rest.
 */
export function selectForWorkflowCommands(
  annotations: readonly Annotation[],
  max: number
): { shown: Annotation[]; omitted: number } {
  const perLevel = new Map<AnnotationLevel, number>()
  const shown: Annotation[] = []
  for (const annotation of annotations) {
    const count = perLevel.get(annotation.level) ?? 0
    if (shown.length >= max || count >= RUNNER_ANNOTATION_LIMIT) continue
    perLevel.set(annotation.level, count + 1)
    shown.push(annotation)
  }
  return { shown, omitted: annotations.length - shown.length }
}

/**
 * Check-run annotations need a path; a finding about a whole commit is attached to the dataset's
 * configuration file, which every DataLad dataset has.
 */
export function toCheckRunAnnotations(
  annotations: readonly Annotation[],
  pathPrefix: string
): CheckRunAnnotation[] {
  const datasetFile = pathPrefix ? `${pathPrefix}/.datalad/config` : '.datalad/config'
  return annotations.map(a => ({
    path: a.file ?? datasetFile,
    start_line: a.line ?? 1,
    end_line: a.line ?? 1,
    annotation_level: a.level === 'error' ? 'failure' : 'warning',
    title: a.title,
    message: a.message
  }))
}
