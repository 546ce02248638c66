/**
 * Output comparison on datasets made by `datalad run`, once with annexed outputs (the datalad
 * default) and once with outputs in git (`datalad create -c text2git`): subdirectory pwd, output
 * directories, globs, spaces, and every way an output can fail to reproduce.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

const FLAVOURS = [
  { name: 'annexed outputs (datalad default)', text2git: false, kind: 'annex' },
  { name: 'outputs in git (text2git)', text2git: true, kind: 'git' }
] as const

for (const flavour of FLAVOURS) {
  describeWithDatalad(`outputs: ${flavour.name}`, () => {
    let sandbox: Sandbox
    let ds: Dataset
    let run: CliRun
    const shas: Record<'subdirectory' | 'globs', string> = { subdirectory: '', globs: '' }
    /** The message of a commit, with the run record as datalad wrote it. */
    const messageOf = (sha: string): string => ds.git('log', '-1', '--format=%B', sha)

    beforeAll(() => {
      sandbox = Sandbox.create()
      ds = Dataset.create(sandbox, 'outputs', { text2git: flavour.text2git })
      ds.write('in.txt', 'b\nc\na\n')
      ds.write('sub/keep.txt', 'keeps sub/ in git\n')
      for (const n of [1, 2, 3]) ds.write(`data/f${n}.dat`, `${n}2\n${n}1\n${n}3\n`)
      ds.write('my data/in put.txt', 'spaced\n')
      ds.write('stale.txt', 'written by an earlier version of the command\n')
      ds.write('.gitignore', '*.tmp\n')
      ds.write('obsolete.txt', 'the command deletes me\n')
      ds.write('olddir/gone.txt', 'the command deletes me too\n')
      ds.write('kept.txt', 'the command never deleted me\n')
      ds.save('inputs')

      ds.run('cat {inputs} > {outputs}', {
        message: 'basic',
        inputs: ['in.txt'],
        outputs: ['out.txt']
      })
      shas.subdirectory = ds.run('cat {inputs} | wc -l > {outputs}', {
        message: 'subdirectory',
        cwd: 'sub',
        inputs: ['../in.txt'],
        outputs: ['subout.txt']
      })
      ds.run(
        'mkdir -p results && sort in.txt > results/sorted.txt && wc -c < in.txt > results/size.txt',
        {
          message: 'output directory',
          outputs: ['results/']
        }
      )
      // An empty directory is invisible to git: the run relied on it, the parent commit lacks it.
      fs.mkdirSync(path.join(ds.path, 'emptydir'))
      ds.run('cat in.txt > emptydir/out.txt', {
        message: 'untracked empty directory',
        outputs: ['emptydir/out.txt']
      })
      const perInput = 'for f in {inputs}; do sort "$f" > "DIR/$(basename "$f" .dat).txt"; done'
      shas.globs = ds.run(`mkdir -p res && ${perInput.replace('DIR', 'res')}`, {
        message: 'expanded globs',
        expand: 'both',
        inputs: ['data/*.dat'],
        outputs: ['res/*.txt']
      })
      ds.run(`mkdir -p res2 && ${perInput.replace('DIR', 'res2')}`, {
        message: 'unexpanded globs',
        inputs: ['data/*.dat'],
        outputs: ['res2/*.txt']
      })
      ds.run("mkdir -p 'my results' && cat {inputs} > {outputs}", {
        message: 'names with spaces',
        inputs: ['my data/in put.txt'],
        outputs: ['my results/out put.txt']
      })
      ds.run('date +%N > nondet.txt', { message: 'non-deterministic', outputs: ['nondet.txt'] })
      ds.run('cat {inputs} > {outputs}', {
        message: 'tampered',
        inputs: ['in.txt'],
        outputs: ['tampered.txt']
      })
      ds.git('rm', '--quiet', 'tampered.txt')
      ds.write('tampered.txt', 'edited by hand after the run\n')
      ds.git('annex', 'add', '--quiet', 'tampered.txt')
      ds.git('commit', '--quiet', '--amend', '--no-edit')
      ds.run('echo other > other.txt', {
        message: 'stale declared output',
        outputs: ['stale.txt', 'other.txt']
      })
      ds.run('rm obsolete.txt && rm olddir/gone.txt && echo new > olddir/new.txt', {
        message: 'deletes declared outputs',
        outputs: ['obsolete.txt', 'olddir/']
      })
      ds.run('echo x > x.txt', { message: 'deletion by hand', outputs: ['x.txt', 'kept.txt'] })
      ds.git('rm', '--quiet', 'kept.txt')
      ds.git('commit', '--quiet', '--amend', '--no-edit')
      ds.run('echo a > decl.txt && echo b > extra.txt', {
        message: 'undeclared output saved',
        outputs: ['decl.txt']
      })
      ds.run('echo a > decl2.txt && echo b > loose.txt && echo c > cache.tmp', {
        message: 'undeclared output not saved',
        outputs: ['decl2.txt'],
        explicit: true
      })
      fs.rmSync(path.join(ds.path, 'loose.txt'))
      ds.addUserState()
      run = verifyCli(ds, ['--since', ''], { json: true })
    })

    afterAll(async () => {
      await sandbox?.dispose()
    })

    it('leaves the checkout untouched and fails because of the mismatches', () => {
      expect(run.code).toBe(1)
      expect(run.report?.commits).toHaveLength(14)
      expectUntouched(ds, run)
    })

    it(`compares a reproduced output stored as ${flavour.kind}`, () => {
      const verdict = commitNamed(run.report, 'basic')
      expect(verdict.status).toBe('reproduced')
      expect(outputStatuses(verdict)).toEqual({ 'out.txt': 'match' })
      expect(verdict.outputs[0]?.detail?.committed?.kind).toBe(flavour.kind)
    })

    it('runs in the recorded pwd and reports paths from the dataset root', () => {
      expect(messageOf(shas.subdirectory)).toContain('"pwd": "sub"')
      expect(messageOf(shas.subdirectory)).toContain('"inputs": [\n  "../in.txt"\n ]')
      const verdict = commitNamed(run.report, 'subdirectory')
      expect(verdict.status).toBe('reproduced')
      expect(verdict.command).toBe('cat ../in.txt | wc -l > subout.txt')
      expect(outputStatuses(verdict)).toEqual({ 'sub/subout.txt': 'match' })
    })

    it('compares every file in a declared output directory', () => {
      const verdict = commitNamed(run.report, 'output directory')
      expect(verdict.status).toBe('reproduced')
      expect(outputStatuses(verdict)).toEqual({
        'results/size.txt': 'match',
        'results/sorted.txt': 'match'
      })
    })

    it('creates the parent directory of a declared output that git did not track', () => {
      const verdict = commitNamed(run.report, 'untracked empty directory')
      expect(verdict.status).toBe('reproduced')
      expect(outputStatuses(verdict)).toEqual({ 'emptydir/out.txt': 'match' })
    })

    it('replays expanded and unexpanded globs', () => {
      expect(messageOf(shas.globs)).toContain('"res/f1.txt",\n  "res/f2.txt",\n  "res/f3.txt"')
      const expanded = commitNamed(run.report, 'expanded globs')
      expect(expanded.status).toBe('reproduced')
      expect(expanded.command).toContain('for f in data/f1.dat data/f2.dat data/f3.dat;')
      expect(outputStatuses(expanded)).toEqual({
        'res/f1.txt': 'match',
        'res/f2.txt': 'match',
        'res/f3.txt': 'match'
      })
      const unexpanded = commitNamed(run.report, 'unexpanded globs')
      expect(unexpanded.status).toBe('reproduced')
      expect(outputStatuses(unexpanded)).toEqual({
        'res2/f1.txt': 'match',
        'res2/f2.txt': 'match',
        'res2/f3.txt': 'match'
      })
    })

    it('quotes names with spaces', () => {
      const verdict = commitNamed(run.report, 'names with spaces')
      expect(verdict.status).toBe('reproduced')
      expect(verdict.command).toBe(
        "mkdir -p 'my results' && cat 'my data/in put.txt' > 'my results/out put.txt'"
      )
      expect(outputStatuses(verdict)).toEqual({ 'my results/out put.txt': 'match' })
    })

    it('catches a non-deterministic output', () => {
      const verdict = commitNamed(run.report, 'non-deterministic')
      expect(verdict.status).toBe('mismatch')
      expect(verdict.reason).toBe('1 output differs: nondet.txt (modified)')
      expect(outputStatuses(verdict)).toEqual({ 'nondet.txt': 'modified' })
    })

    it('catches an output edited by hand after the run', () => {
      const verdict = commitNamed(run.report, 'tampered')
      expect(verdict.status).toBe('mismatch')
      expect(outputStatuses(verdict)).toEqual({ 'tampered.txt': 'modified' })
    })

    it('never passes a stale declared output the command no longer writes', () => {
      const verdict = commitNamed(run.report, 'stale declared output')
      expect(verdict.status).toBe('mismatch')
      expect(outputStatuses(verdict)).toEqual({ 'other.txt': 'match', 'stale.txt': 'missing' })
    })

    it('lets the command delete the declared outputs its run deleted', () => {
      const verdict = commitNamed(run.report, 'deletes declared outputs')
      expect(verdict.status).toBe('reproduced')
      expect(outputStatuses(verdict)).toEqual({
        'obsolete.txt': 'match',
        'olddir/gone.txt': 'match',
        'olddir/new.txt': 'match'
      })
    })

    it('catches a deletion the command does not make', () => {
      const verdict = commitNamed(run.report, 'deletion by hand')
      expect(verdict.status).toBe('mismatch')
      expect(outputStatuses(verdict)).toEqual({ 'kept.txt': 'modified', 'x.txt': 'match' })
    })

    it('compares an undeclared output that the run commit saved', () => {
      const verdict = commitNamed(run.report, 'undeclared output saved')
      expect(verdict.status).toBe('reproduced')
      expect(verdict.outputs.map(o => [o.path, o.status, o.declared])).toEqual([
        ['decl.txt', 'match', true],
        ['extra.txt', 'match', false]
      ])
    })

    it('reports an undeclared, uncommitted output as unexpected without failing the commit', () => {
      const verdict = commitNamed(run.report, 'undeclared output not saved')
      expect(verdict.status).toBe('reproduced')
      // cache.tmp is gitignored, so it is not counted.
      expect(outputStatuses(verdict)).toEqual({ 'decl2.txt': 'match', 'loose.txt': 'unexpected' })
    })
  })
}
