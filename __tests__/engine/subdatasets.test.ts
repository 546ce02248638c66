/**
 * YODA datasets whose run commits read from and write into subdatasets (datalad-run-records.md
 * §10): subdatasets installed into each replay's checkout at the parent commit's gitlinks, from
 * the user's clone or from the URLs of `.gitmodules`, outputs inside them compared against the
 * subdataset commit the run commit names, and what cannot be had reported as such. The user's
 * clone gets nothing installed and no config change.
 */
import fs from 'node:fs'
import path from 'node:path'
import { hashDirMixed } from '../../src/engine/annex/annex-repository.js'
import { removeTree } from '../../src/engine/execute/workspace.js'
import { parseGitmodules, resolveAgainst } from '../../src/engine/execute/subdatasets.js'
import type { CommitVerdict } from '../../src/engine/model.js'
import {
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  Sandbox,
  verifyCli,
  type CliRun
} from '../helpers/dataset.js'

/** `datalad …` in a dataset, failing the test on a non-zero exit. */
function datalad(ds: Dataset, args: readonly string[], cwd = '.'): void {
  const result = ds.datalad(args, cwd)
  if (result.code !== 0)
    throw new Error(`datalad ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`)
}

/**
 * A superdataset with `inputs/raw` (annexed CSV) and, inside it, `inputs/raw/deeper` (text in
 * git), and run commits that read from both levels, write into them, and run from inside one.
 */
function makeYoda(sandbox: Sandbox, name: string): Dataset {
  const ds = Dataset.create(sandbox, name)
  datalad(ds, ['create', '-d', '.', 'inputs/raw'])
  datalad(ds, ['create', '-d', 'inputs/raw', '-c', 'text2git', 'inputs/raw/deeper'])
  ds.write('inputs/raw/x.csv', 'a,1\nb,2\nc,3\n')
  ds.write('inputs/raw/deeper/d.txt', 'deep data\n')
  datalad(ds, ['save', '-r', '-m', 'raw data'])
  ds.run('wc -l < {inputs} > {outputs}', {
    message: 'count rows',
    inputs: ['inputs/raw/x.csv'],
    outputs: ['rows.txt']
  })
  // A directory input: on an empty, uninstalled subdataset the command would list nothing.
  ds.run('ls {inputs} > {outputs}', {
    message: 'list raw',
    inputs: ['inputs/raw'],
    outputs: ['listing.txt']
  })
  // Only the gitlink changes in the superdataset: the file is in the subdataset's commit.
  ds.run('sort -r {inputs} > {outputs}', {
    message: 'derive into subdataset',
    inputs: ['inputs/raw/x.csv'],
    outputs: ['inputs/raw/derived.txt']
  })
  ds.run('cat {inputs} {inputs} > {outputs}', {
    message: 'deep',
    inputs: ['inputs/raw/deeper/d.txt'],
    outputs: ['deep.txt']
  })
  datalad(
    ds,
    [
      'run',
      '-d',
      '../../..',
      '-m',
      'from pwd',
      '-o',
      '../../../pwd-count.txt',
      'wc -c < d.txt > ../../../pwd-count.txt'
    ],
    'inputs/raw/deeper'
  )
  ds.run('date +%s%N > {outputs}', {
    message: 'stamp into subdataset',
    outputs: ['inputs/raw/stamp.txt']
  })
  return ds
}

function statuses(run: CliRun): [string, string][] {
  return (run.report?.commits ?? []).map(c => [c.subject, c.status])
}

function expectYodaVerdicts(run: CliRun): void {
  expect(statuses(run)).toEqual([
    ['count rows', 'reproduced'],
    ['list raw', 'reproduced'],
    ['derive into subdataset', 'reproduced'],
    ['deep', 'reproduced'],
    ['from pwd', 'reproduced'],
    ['stamp into subdataset', 'mismatch']
  ])
  const outputs = (subject: string): Record<string, string> =>
    outputStatuses(commitNamed(run.report, subject))
  expect(outputs('count rows')).toEqual({ 'rows.txt': 'match' })
  expect(outputs('list raw')).toEqual({ 'listing.txt': 'match' })
  expect(outputs('derive into subdataset')).toEqual({ 'inputs/raw/derived.txt': 'match' })
  expect(outputs('deep')).toEqual({ 'deep.txt': 'match' })
  expect(outputs('from pwd')).toEqual({ 'pwd-count.txt': 'match' })
  expect(outputs('stamp into subdataset')).toEqual({ 'inputs/raw/stamp.txt': 'modified' })
}

describe('subdataset plumbing', () => {
  it('resolves relative URLs against a remote as datalad does', () => {
    expect(resolveAgainst('/data/super', './inputs/raw')).toBe('/data/super/inputs/raw')
    expect(resolveAgainst('/data/super/', '../other')).toBe('/data/other')
    expect(resolveAgainst('http://host/super/.git', './outputs')).toBe(
      'http://host/super/outputs/.git'
    )
    expect(resolveAgainst('https://host/a/super', '../b')).toBe('https://host/a/b')
    expect(resolveAgainst('git@host:org/super', '../code')).toBe('git@host:org/code')
  })

  it('refuses a .gitmodules path that leaves the dataset or a URL git takes for an option', () => {
    const entry = (name: string, key: string, value: string) => ({
      key: `submodule.${name}.${key}`,
      value
    })
    expect(
      parseGitmodules([
        entry('inputs/raw', 'path', 'inputs/raw/'),
        entry('inputs/raw', 'url', './inputs/raw'),
        entry('inputs/raw', 'datalad-id', 'x')
      ])
    ).toEqual([{ name: 'inputs/raw', path: 'inputs/raw', url: './inputs/raw', dataladUrl: null }])
    expect(() => parseGitmodules([entry('x', 'path', '../outside')])).toThrow(/not a path inside/)
    expect(() => parseGitmodules([entry('x', 'path', 'a/.git/hooks')])).toThrow(/not a path/)
    expect(() =>
      parseGitmodules([entry('x', 'path', 'x'), entry('x', 'url', '--upload-pack=evil')])
    ).toThrow(/option/)
  })
})

describeWithDatalad('run commits that use subdatasets', () => {
  let sandbox: Sandbox
  let yoda: Dataset

  beforeAll(() => {
    sandbox = Sandbox.create()
    yoda = makeYoda(sandbox, 'yoda')
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('computes the annex directories of a key as git-annex lays them out', () => {
    const link = fs.readlinkSync(path.join(yoda.path, 'inputs/raw/x.csv'))
    const key = path.basename(link)
    expect(link).toContain(`/annex/objects/${hashDirMixed(key)}${key}/${key}`)
  })

  it('installs them from the datalad dataset itself, reading it only', () => {
    const run = verifyCli(yoda, ['--since', '', '--no-cache'], { json: true })
    expect(run.code).toBe(1)
    expectYodaVerdicts(run)
    expectUntouched(yoda, run)
  })

  it('clones them from .gitmodules URLs for a plain git clone without them or annexed content', () => {
    const clone = Dataset.clone(sandbox, yoda, 'git-clone', 'git')
    expect(fs.readdirSync(path.join(clone.path, 'inputs', 'raw'))).toEqual([])
    clone.addUserState()
    const configBefore = fs.readFileSync(path.join(clone.path, '.git', 'config'), 'utf8')
    const run = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
    expectYodaVerdicts(run)
    expectUntouched(clone, run)
    // Nothing installed in the user's clone, no config change.
    expect(fs.readdirSync(path.join(clone.path, 'inputs', 'raw'))).toEqual([])
    expect(fs.existsSync(path.join(clone.path, '.git', 'modules'))).toBe(false)
    expect(fs.readFileSync(path.join(clone.path, '.git', 'config'), 'utf8')).toBe(configBefore)
  })

  it("honours url.<base>.insteadOf of the user's repository", () => {
    const clone = Dataset.clone(sandbox, yoda, 'mirrored', 'git')
    const parent = path.dirname(yoda.path)
    clone.git('remote', 'set-url', 'origin', 'https://datasets.example.invalid/yoda/ds')
    clone.git('config', `url.${parent}/.insteadOf`, 'https://datasets.example.invalid/yoda/')
    const derive = clone.git('log', '--format=%H', '--grep=derive into subdataset').trim()
    const run = verifyCli(clone, ['--no-cache', derive], { json: true })
    expect(statuses(run)).toEqual([['derive into subdataset', 'reproduced']])
    expectUntouched(clone, run)
  })

  it('calls a subdataset that no source provides unverifiable, naming it and the sources tried', async () => {
    const lonely = Dataset.create(sandbox, 'lonely')
    datalad(lonely, ['create', '-d', '.', 'inputs/gone'])
    lonely.write('inputs/gone/x.csv', 'only here\n')
    datalad(lonely, ['save', '-r', '-m', 'data'])
    lonely.run('wc -l < {inputs} > {outputs}', {
      message: 'read gone',
      inputs: ['inputs/gone/x.csv'],
      outputs: ['n.txt']
    })
    const clone = Dataset.clone(sandbox, lonely, 'lonely-clone', 'git')
    // The only copy of the subdataset is gone: the clone never had it installed.
    await removeTree(path.join(lonely.path, 'inputs', 'gone'))
    const run = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
    const verdict = commitNamed(run.report, 'read gone')
    expect(verdict.status).toBe('unverifiable')
    expect(verdict.reason).toMatch(
      /^subdataset inputs\/gone \(commit [0-9a-f]{8}\) is not available from any source; tried: your clone's inputs\/gone \(not installed\); .*modules\/inputs\/gone \(absent\); .*lonely-\d+\/ds\/inputs\/gone \(clone failed: .+\)$/
    )
    expectUntouched(clone, run)
  })

  describe('in a dataset with broken subdataset records', () => {
    let broken: Dataset
    let run: CliRun
    const verdict = (subject: string): CommitVerdict => commitNamed(run.report, subject)

    beforeAll(() => {
      broken = Dataset.create(sandbox, 'broken')
      datalad(broken, ['create', '-d', '.', 'inputs/raw'])
      broken.write('inputs/raw/x.csv', 'a\nb\n')
      datalad(broken, ['save', '-r', '-m', 'data'])
      const reads = { cmd: 'wc -l < {inputs} > {outputs}', inputs: ['inputs/raw/x.csv'] }
      broken.handMadeRunCommit('reads before', { ...reads, outputs: ['n.txt'] }, { 'n.txt': '2\n' })
      // An output committed in the subdataset that the command does not write.
      broken.write('inputs/raw/never.txt', 'never written by the command\n')
      datalad(broken, ['save', '-d', 'inputs/raw', '-m', 'add never.txt'])
      broken.git('add', 'inputs/raw')
      broken.handMadeRunCommit('stopped writing into subdataset', {
        cmd: 'true',
        outputs: ['inputs/raw/never.txt']
      })
      // A gitlink to a commit that exists nowhere: what changed inside cannot be compared.
      const gitlink = broken.git('rev-parse', 'HEAD:inputs/raw').trim()
      broken.git('update-index', '--cacheinfo', `160000,${'1'.repeat(40)},inputs/raw`)
      broken.handMadeRunCommit('gitlink to nowhere', { cmd: 'true' })
      broken.git('update-index', '--cacheinfo', `160000,${gitlink},inputs/raw`)
      broken.commit('restore the gitlink')
      const gitmodules = broken.read('.gitmodules')
      broken.write('.gitmodules', '[submodule "inputs/raw"\n\tpath = inputs/raw\n')
      broken.git('add', '.gitmodules')
      broken.commit('break .gitmodules')
      broken.handMadeRunCommit(
        'reads with broken gitmodules',
        { ...reads, outputs: ['m.txt'] },
        {
          'm.txt': '2\n'
        }
      )
      broken.write('.gitmodules', gitmodules)
      broken.git('add', '.gitmodules')
      broken.commit('repair .gitmodules')
      broken.handMadeRunCommit('reads after', { ...reads, outputs: ['k.txt'] }, { 'k.txt': '2\n' })
      run = verifyCli(broken, ['--since', '', '--no-cache'], { json: true })
    })

    it('reports a changed gitlink whose content cannot be compared as unverifiable', () => {
      const nowhere = verdict('gitlink to nowhere')
      expect(nowhere.status).toBe('unverifiable')
      expect(outputStatuses(nowhere)).toEqual({ 'inputs/raw': 'unverifiable' })
      expect(nowhere.outputs[0]?.reason).toMatch(
        /^subdataset inputs\/raw \(commit 11111111\) is not available from any source; tried: your clone's inputs\/raw \(has no commit 11111111\)/
      )
    })

    it('reports an output committed in a subdataset that the rerun did not produce as missing', () => {
      expect(verdict('stopped writing into subdataset').status).toBe('mismatch')
      expect(outputStatuses(verdict('stopped writing into subdataset'))).toEqual({
        'inputs/raw/never.txt': 'missing'
      })
    })

    it('costs only the commit whose parent has an invalid .gitmodules an error', () => {
      expect(verdict('reads with broken gitmodules').status).toBe('error')
      expect(verdict('reads with broken gitmodules').reason).toMatch(
        /^\.gitmodules at [0-9a-f]{8} is invalid: git config failed: .+/
      )
      expect(verdict('reads before').status).toBe('reproduced')
      expect(verdict('reads after').status).toBe('reproduced')
    })

    it('leaves the dataset as it was', () => {
      expect(run.changes).toEqual([])
      expectUntouched(broken, run)
    })
  })
})
