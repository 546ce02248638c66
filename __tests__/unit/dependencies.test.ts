import { describe, expect, it } from '@jest/globals'
import { MAX_DEPENDENCIES, runDependencies } from '../../src/engine/history/dependencies.js'
import type { PlannedCommit, TreeChange } from '../../src/engine/model.js'

interface Step {
  inputs?: string[]
  extraInputs?: string[]
  outputs?: string[]
  /** Paths the commit changed; `-path` for a deletion. Default: its outputs. */
  changed?: string[]
  pwd?: string
}

function run(sha: string, step: Step): PlannedCommit {
  const outputs = step.outputs ?? []
  const changes: TreeChange[] = (step.changed ?? outputs).map(p =>
    p.startsWith('-') ? { status: 'D', path: p.slice(1) } : { status: 'A', path: p }
  )
  return {
    sha,
    parents: ['parent'],
    subject: sha,
    committedAt: 0,
    changes,
    substitutions: {},
    record: {
      cmd: 'true',
      exit: 0,
      inputs: step.inputs ?? [],
      extraInputs: step.extraInputs ?? [],
      outputs,
      pwd: step.pwd ?? '.',
      chain: []
    }
  }
}

/** The dependencies of each commit, by sha. */
function dependencies(commits: PlannedCommit[]): Record<string, string[]> {
  return Object.fromEntries(
    [...runDependencies(commits)].map(([sha, found]) => [sha, found.dependencies])
  )
}

describe('dependencies between run commits', () => {
  it('follow a branching pipeline from the commit that produced a file to those that read it', () => {
    expect(
      dependencies([
        run('raw', { outputs: ['data/raw.csv'] }),
        run('clean', { inputs: ['data/raw.csv'], outputs: ['data/clean.csv'] }),
        run('stats', { inputs: ['data/clean.csv'], outputs: ['results/stats.txt'] }),
        run('plot', { inputs: ['data/clean.csv'], outputs: ['results/plot.png'] }),
        run('paper', {
          inputs: ['results/stats.txt', 'results/plot.png'],
          extraInputs: ['paper.tex'],
          outputs: ['paper.pdf']
        })
      ])
    ).toEqual({
      raw: [],
      clean: ['raw'],
      stats: ['clean'],
      plot: ['clean'],
      paper: ['stats', 'plot']
    })
  })

  it('name only the latest earlier producer of a path, and never the commit itself', () => {
    expect(
      dependencies([
        run('first', { outputs: ['x.txt'] }),
        run('second', { outputs: ['x.txt'] }),
        // An in-place edit reads the previous version and produces the next.
        run('edit', { inputs: ['x.txt'], outputs: ['x.txt'] }),
        run('reader', { inputs: ['x.txt'] })
      ])
    ).toEqual({ first: [], second: [], edit: ['second'], reader: ['edit'] })
  })

  it('count the files a commit changed, declared or not, deletions included', () => {
    expect(
      dependencies([
        run('writer', { outputs: ['out.txt'], changed: ['out.txt', 'log/run.log'] }),
        run('cleaner', { changed: ['-stale.txt'] }),
        run('reader', { inputs: ['log/run.log', 'stale.txt'] })
      ])
    ).toMatchObject({ reader: ['writer', 'cleaner'] })
  })

  it('count a declared output the commit left unchanged (regenerated identically)', () => {
    expect(
      dependencies([
        run('a', { outputs: ['same.txt'], changed: [] }),
        run('b', { inputs: ['same.txt'] })
      ])
    ).toMatchObject({ b: ['a'] })
  })

  it('read a directory input as everything below it', () => {
    const commits = [
      run('a', { outputs: ['data/a.csv'] }),
      run('b', { outputs: ['data/sub/b.csv'] }),
      run('elsewhere', { outputs: ['database.csv'] }),
      run('dir', { inputs: ['data'] }),
      run('slash', { inputs: ['data/'] }),
      run('everything', { inputs: ['.'] })
    ]
    expect(dependencies(commits)).toMatchObject({
      dir: ['a', 'b'],
      slash: ['a', 'b'],
      everything: ['a', 'b', 'elsewhere']
    })
  })

  it('let the producer of a directory stand for the paths below it until one is produced later', () => {
    expect(
      dependencies([
        run('old', { outputs: ['results/a.txt', 'results/b.txt'] }),
        run('whole', { outputs: ['results'], changed: ['results/b.txt'] }),
        run('readsA', { inputs: ['results/a.txt'] }),
        run('newer', { outputs: ['results/a.txt'] }),
        run('readsA2', { inputs: ['results/a.txt'] }),
        run('readsAll', { inputs: ['results'] })
      ])
    ).toMatchObject({ readsA: ['whole'], readsA2: ['newer'], readsAll: ['whole', 'newer'] })
  })

  it('find the producer of a file in a directory output, however the file is read', () => {
    expect(
      dependencies([
        run('dir', { outputs: ['clean/'], changed: ['clean/sorted.txt'] }),
        run('file', { inputs: ['clean/sorted.txt'] }),
        run('glob', { inputs: ['clean/*.txt'] }),
        run('directory', { inputs: ['clean'] })
      ])
    ).toMatchObject({ file: ['dir'], glob: ['dir'], directory: ['dir'] })
  })

  it('match glob inputs as Python glob does, and cover what lies below a match', () => {
    expect(
      dependencies([
        run('csv', { outputs: ['data/a.csv'] }),
        run('png', { outputs: ['data/plot.png'] }),
        run('deep', { outputs: ['data/2024/b.csv'] }),
        run('hidden', { outputs: ['data/.c.csv'] }),
        run('results', { outputs: ['results-1/x.txt'] }),
        run('star', { inputs: ['data/*.csv'] }),
        run('any', { inputs: ['**/*.csv'] }),
        run('dot', { inputs: ['data/.*'] }),
        run('class', { inputs: ['data/[ab].csv'] }),
        run('dirs', { inputs: ['results-?'] })
      ])
    ).toMatchObject({
      star: ['csv'],
      any: ['csv', 'deep'],
      dot: ['hidden'],
      class: ['csv'],
      dirs: ['results']
    })
  })

  it('resolve paths against the record’s pwd and ignore paths outside the dataset', () => {
    expect(
      dependencies([
        run('root', { outputs: ['raw.csv'] }),
        run('sub', { pwd: 'analysis', inputs: ['../raw.csv'], outputs: ['out.csv'] }),
        run('reader', { inputs: ['analysis/out.csv', '/etc/passwd', '../../x'] }),
        run('escape', { pwd: '../..', inputs: ['raw.csv'] })
      ])
    ).toEqual({ root: [], sub: ['root'], reader: ['sub'], escape: [] })
  })

  it('have no dependencies for commits without a record', () => {
    const skipped: PlannedCommit = {
      ...run('skipped', {}),
      record: undefined,
      changes: [{ status: 'A', path: 'merged.txt' }]
    }
    expect(dependencies([skipped, run('reader', { inputs: ['merged.txt'] })])).toEqual({
      skipped: [],
      reader: ['skipped']
    })
  })

  it(`keep the newest ${MAX_DEPENDENCIES} when a commit reads from more, and say so`, () => {
    const producers = Array.from({ length: MAX_DEPENDENCIES + 20 }, (_, i) =>
      run(`p${i}`, { outputs: [`parts/${i}.txt`] })
    )
    const found = runDependencies([...producers, run('all', { inputs: ['parts'] })]).get('all')
    expect(found?.truncated).toBe(true)
    expect(found?.dependencies).toEqual(producers.slice(20).map(p => p.sha))
    expect(runDependencies(producers.slice(0, 3)).get('p2')?.truncated).toBe(false)
  })

  it('read a glob as the directory it starts from once the budget for globs is spent', () => {
    const commits = [
      run('csv', { outputs: ['data/a.csv'] }),
      run('png', { outputs: ['data/plot.png'] }),
      run('glob', { inputs: ['data/*.csv'] })
    ]
    const exact = runDependencies(commits).get('glob')?.dependencies
    expect(exact).toEqual(['csv'])
    for (const limits of [
      { visits: 1, matches: 100 },
      { visits: 100, matches: 0 }
    ]) {
      expect(runDependencies(commits, limits).get('glob')?.dependencies).toEqual(['csv', 'png'])
    }
  })

  it('stay exact on a long history where files are overwritten and read many times', () => {
    // 20,000 commits: each rewrites one of 50 files and reads the one written just before; every
    // hundredth reads the whole directory, whose latest producers are the last 50 commits.
    const count = 20_000
    const commits = Array.from({ length: count }, (_, i) =>
      run(`c${i}`, {
        inputs: i % 100 === 99 ? ['files'] : i > 0 ? [`files/${(i - 1) % 50}.txt`] : [],
        outputs: [`files/${i % 50}.txt`]
      })
    )
    const found = runDependencies(commits)
    expect(found.get('c5000')?.dependencies).toEqual(['c4999'])
    expect(found.get('c19999')?.dependencies).toEqual(
      Array.from({ length: 50 }, (_, k) => `c${19949 + k}`)
    )
  })

  it('cost what they find, not the history squared, when every commit reads everything', () => {
    // 50,000 commits each reading the whole dataset and adding a file: listing every earlier
    // producer would take 1.25 billion steps; the newest MAX_DEPENDENCIES take 5 million.
    const count = 50_000
    const commits = Array.from({ length: count }, (_, i) =>
      run(`c${i}`, { inputs: ['.'], outputs: [`out/${i}.txt`] })
    )
    const last = runDependencies(commits).get(`c${count - 1}`)
    expect(last?.truncated).toBe(true)
    expect(last?.dependencies).toEqual(
      Array.from({ length: MAX_DEPENDENCIES }, (_, k) => `c${count - 1 - MAX_DEPENDENCIES + k}`)
    )
  }, 120_000)
})
