/** CSV/TSV outputs: RFC 4180 parsing, changed cells by row and column, added and removed rows. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { analyseDifference } from '../../src/engine/compare/content/analyse-difference.js'
import { MAX_STRUCTURED_CHANGES } from '../../src/engine/compare/content/limits.js'
import { parseDelimited } from '../../src/engine/compare/content/table-difference.js'
import { lines, rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

async function analyse(
  committed: string,
  regenerated: string,
  outputPath = 'results/table.csv',
  ...rest: [ReturnType<typeof rule>?]
) {
  return analyseDifference(...files.pair(committed, regenerated), outputPath, ...rest)
}

describe('parseDelimited', () => {
  it('parses quotes, embedded separators, quotes and newlines, and CRLF', () => {
    expect(parseDelimited('a,"b,c","say ""hi"""\r\n"multi\nline",2,\n', ',')).toEqual([
      { cells: ['a', 'b,c', 'say "hi"'], line: 1 },
      { cells: ['multi\nline', '2', ''], line: 2 }
    ])
  })

  it('keeps a last record without a newline and empty lines as records', () => {
    expect(parseDelimited('x\n\ny', ',')).toEqual([
      { cells: ['x'], line: 1 },
      { cells: [''], line: 2 },
      { cells: ['y'], line: 3 }
    ])
  })

  it('splits TSV on tabs and keeps stray quotes inside fields', () => {
    expect(parseDelimited('a\tb"c\t"d\te"\n', '\t')).toEqual([
      { cells: ['a', 'b"c', 'd\te'], line: 1 }
    ])
  })

  it('gives up on a quote that is never closed', () => {
    expect(parseDelimited('a,"b\nc\n', ',')).toBeNull()
  })
})

describe('CSV and TSV outputs', () => {
  const header = 'sample,mean,label\n'

  it('lists changed cells by data row and header name', async () => {
    const analysis = await analyse(
      `${header}s1,1.5,ok\ns2,2.5,ok\n`,
      `${header}s1,1.5,ok\ns2,2.75,bad\n`
    )
    expect(analysis.diff).toEqual({
      kind: 'table',
      cells: [
        { row: 2, column: 'mean', old: '2.5', new: '2.75' },
        { row: 2, column: 'label', old: 'ok', new: 'bad' }
      ],
      addedRows: 0,
      removedRows: 0,
      truncated: 0,
      firstDifferentLine: 3
    })
  })

  it('numbers columns when there is no header row, and reads TSV', async () => {
    const analysis = await analyse('1\t2\n3\t4\n', '1\t2\n3\t5\n', 'out.tsv')
    expect(analysis.diff).toMatchObject({ cells: [{ row: 2, column: '2', old: '4', new: '5' }] })
  })

  it('reports a renamed column in the header as row 0', async () => {
    const analysis = await analyse(`${header}s1,1,a\n`, 'sample,average,label\ns1,1,a\n')
    expect(analysis.diff).toMatchObject({
      cells: [{ row: 0, column: 'mean', old: 'mean', new: 'average' }]
    })
  })

  it('aligns rows, so an inserted row is one added row', async () => {
    const rows = lines(50, i => `s${i},${i},ok`)
    const analysis = await analyse(
      header + rows,
      header + rows.replace('s20,20,ok\n', 's20,20,ok\nnew,0,ok\n')
    )
    expect(analysis.diff).toMatchObject({
      cells: [],
      addedRows: 1,
      removedRows: 0,
      firstDifferentLine: 23
    })
  })

  it('reports removed rows, and a changed row among them', async () => {
    const rows = lines(30, i => `s${i},${i},ok`)
    const regenerated = rows.replace('s5,5,ok\ns6,6,ok\n', 's5,55,ok\n')
    const analysis = await analyse(header + rows, header + regenerated)
    expect(analysis.diff).toMatchObject({
      cells: [{ row: 6, column: 'mean', old: '5', new: '55' }],
      addedRows: 0,
      removedRows: 1
    })
  })

  it('caps the list of cells and counts the rest', async () => {
    const count = MAX_STRUCTURED_CHANGES + 7
    const analysis = await analyse(
      header + lines(count, i => `s${i},${i},ok`),
      header + lines(count, i => `s${i},${i + 1},ok`)
    )
    expect(analysis.diff).toMatchObject({ kind: 'table', truncated: 7 })
  })

  it('compares numeric cells within the tolerance', async () => {
    const tolerance = rule({ tolerance: { absolute: 1e-3 } })
    const close = await analyse(
      `${header}s1,1.5,ok\n`,
      `${header}s1,1.5004,ok\n`,
      undefined,
      tolerance
    )
    expect(close.equivalent).toBe(true)
    expect(close.deviation?.absolute).toBeCloseTo(4e-4, 12)
    const far = await analyse(`${header}s1,1.5,ok\n`, `${header}s1,1.6,ok\n`, undefined, tolerance)
    expect(far.diff).toMatchObject({ cells: [{ row: 1, column: 'mean' }] })
  })

  it('under a tolerance compares cell values, so quoting does not count', async () => {
    const analysis = await analyse(
      'a,b\n1,2\n',
      '"a","b"\n1,"2"\n',
      undefined,
      rule({ tolerance: {} })
    )
    expect(analysis).toEqual({ equivalent: true })
  })

  it('without a rule, a difference of quoting only is shown as text', async () => {
    const analysis = await analyse('a,b\n1,2\n', '"a","b"\n1,"2"\n')
    expect(analysis.diff).toMatchObject({ kind: 'text', firstDifferentLine: 1 })
  })

  it('falls back to text for an unterminated quote', async () => {
    const analysis = await analyse('a,b\n1,2\n', 'a,b\n1,"2\n')
    expect(analysis.diff?.kind).toBe('text')
  })
})
