import { describe, expect, it } from '@jest/globals'
import {
  buildAnnotations,
  selectForWorkflowCommands,
  toCheckRunAnnotations,
  type Annotation
} from '../../src/report/annotations.js'
import { EVERYTHING, FAILED, many, MISMATCH, resultOf } from './fixtures.js'

describe('buildAnnotations', () => {
  const annotations = buildAnnotations(EVERYTHING, '')

  it('annotates each differing output at its first differing line, titled with the commit', () => {
    expect(annotations.find(a => a.file === 'results/summary.txt')).toEqual({
      level: 'error',
      title: '22222222 Summarise <results> & "stats"',
      message: 'results/summary.txt: modified (content differs); likely cause: timestamps',
      file: 'results/summary.txt',
      line: 3
    })
    expect(annotations.find(a => a.file === 'results/stats.json')?.line).toBe(2)
    // Binary files have no lines: line 1.
    expect(annotations.find(a => a.file === 'plot.png')?.line).toBe(1)
  })

  it('annotates whole commits that failed, errored or could not be verified', () => {
    expect(annotations.filter(a => a.file === undefined)).toEqual([
      {
        level: 'error',
        title: '33333333 Fit the model',
        message: 'failed: command exited with 1, the record says 0'
      },
      {
        level: 'error',
        title: '55555555 Broken record',
        message: 'error: run record is not valid JSON: Unexpected token } in JSON at position 12'
      },
      {
        level: 'warning',
        title: '44444444 Measure the lost file',
        message:
          'unverifiable: annexed input content could not be fetched (data/lost.dat: not available; git-annex expected it in: vault)'
      }
    ])
  })

  it('puts errors first and every commit’s first finding before any commit’s second', () => {
    expect(annotations.map(a => `${a.level} ${a.title.slice(0, 8)} ${a.file ?? '-'}`)).toEqual([
      'error 22222222 results/summary.txt',
      'error 33333333 -',
      'error 55555555 -',
      'error 22222222 results/stats.json',
      'error 22222222 plot.png',
      'warning 44444444 -',
      'warning 22222222 scratch.log'
    ])
  })

  it('prefixes paths with where the dataset sits in the workspace', () => {
    const nested = buildAnnotations(resultOf([MISMATCH]), 'datasets/raw')
    expect(nested[0]?.file).toBe('datasets/raw/results/summary.txt')
  })

  it('cuts titles to the 255 characters GitHub accepts', () => {
    const long = buildAnnotations(resultOf([{ ...FAILED, subject: 'x'.repeat(400) }]), '')
    expect(long[0]?.title).toHaveLength(255)
    expect(long[0]?.title.endsWith('…')).toBe(true)
  })
})

describe('selectForWorkflowCommands', () => {
  const errors = buildAnnotations(resultOf(many(FAILED, 30)), '')
  const warnings: Annotation[] = errors.map(a => ({ ...a, level: 'warning' }))

  it('shows at most max annotations, counting the rest', () => {
    expect(selectForWorkflowCommands(errors, 4)).toMatchObject({ omitted: 26 })
    expect(selectForWorkflowCommands(errors, 4).shown).toHaveLength(4)
  })

  it('never shows more than 10 per level, as the runner would drop them', () => {
    const { shown, omitted } = selectForWorkflowCommands([...errors, ...warnings], 50)
    expect(shown.filter(a => a.level === 'error')).toHaveLength(10)
    expect(shown.filter(a => a.level === 'warning')).toHaveLength(10)
    expect(omitted).toBe(40)
  })

  it('shows none with max 0', () => {
    expect(selectForWorkflowCommands(errors, 0)).toEqual({ shown: [], omitted: 30 })
  })
})

describe('toCheckRunAnnotations', () => {
  it('maps levels and attaches whole-commit findings to the dataset config', () => {
    const checkRun = toCheckRunAnnotations(buildAnnotations(EVERYTHING, 'ds'), 'ds')
    expect(checkRun[0]).toEqual({
      path: 'ds/results/summary.txt',
      start_line: 3,
      end_line: 3,
      annotation_level: 'failure',
      title: '22222222 Summarise <results> & "stats"',
      message: 'results/summary.txt: modified (content differs); likely cause: timestamps'
    })
    expect(checkRun[1]).toMatchObject({ path: 'ds/.datalad/config', start_line: 1 })
    expect(checkRun.at(-1)).toMatchObject({ annotation_level: 'warning' })
  })
})
