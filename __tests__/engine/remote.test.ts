/**
 * Clones whose annexed content lives elsewhere: inputs and sidecar records fetched from the
 * origin (in a `datalad clone` and in a plain `git clone` without git-annex initialised), and
 * inputs whose content cannot be had anywhere.
 */
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { AnnexRepository, type AnnexFetched } from '../../src/engine/annex/annex-repository.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { planVerification } from '../../src/engine/history/plan.js'
import {
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

const SIDECAR_UNAVAILABLE =
  /^run record sidecar \.datalad\/runinfo\/[0-9a-f]{32} \(MD5E-s\d+--[0-9a-f]{32}\) could not be fetched: .+/
const INPUT_UNAVAILABLE = /^annexed input content could not be fetched \(in\.txt: .+\)$/

/** A dataset whose input, outputs and sidecar record are annexed, with two run commits. */
function makeOrigin(sandbox: Sandbox, name: string): Dataset {
  const origin = Dataset.create(sandbox, name)
  origin.write('in.txt', 'content that only the origin has\n')
  origin.save('add input')
  origin.run('tr a-z A-Z < {inputs} > {outputs}', {
    message: 'inline record',
    inputs: ['in.txt'],
    outputs: ['out.txt']
  })
  origin.run('sed s/only/ONLY/ {inputs} > {outputs}', {
    message: 'sidecar record',
    inputs: ['in.txt'],
    outputs: ['side.txt'],
    sidecar: true
  })
  return origin
}

/** Whether this repository has the content of an annexed file. */
function hasContent(ds: Dataset, file: string): boolean {
  return ds.git('annex', 'find', '--in=here', '--', file).trim() === file
}

describeWithDatalad('annexed content held by other repositories', () => {
  let sandbox: Sandbox
  let origin: Dataset

  beforeAll(() => {
    sandbox = Sandbox.create()
    origin = makeOrigin(sandbox, 'origin')
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('fetches an input and a sidecar from the origin of a datalad clone', () => {
    const clone = Dataset.clone(sandbox, origin, 'datalad-clone', 'datalad')
    expect(clone.git('config', 'remote.origin.url')).toMatch(/^\.\.\//)
    expect(hasContent(clone, 'in.txt')).toBe(false)
    clone.addUserState()
    const run = verifyCli(clone, ['--since', ''], { json: true })
    expect(run.code).toBe(0)
    expect(run.report?.commits.map(c => [c.subject, c.status])).toEqual([
      ['inline record', 'reproduced'],
      ['sidecar record', 'reproduced']
    ])
    expect(outputStatuses(commitNamed(run.report, 'inline record'))).toEqual({
      'out.txt': 'match'
    })
    expect(hasContent(clone, 'in.txt')).toBe(true)
    // The committed output is compared by its key: its content is never downloaded.
    expect(hasContent(clone, 'out.txt')).toBe(false)
    expectUntouched(clone, run)
  })

  it('fetches annexed content in a plain git clone without initialising git-annex there', () => {
    const clone = Dataset.clone(sandbox, origin, 'git-clone', 'git')
    clone.addUserState()
    const run = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      `git-annex is not initialised in ${clone.path}: working in a private clone`
    )
    expect(run.report?.commits.map(c => [c.subject, c.status])).toEqual([
      ['inline record', 'reproduced'],
      ['sidecar record', 'reproduced']
    ])
    // git-annex worked in a private clone: no annex.uuid, hooks or filters in the user's config.
    expectUntouched(clone, run)
    expect(fs.readFileSync(path.join(clone.path, '.git', 'config'), 'utf8')).not.toMatch(/annex/)
  })

  it('names a sidecar record it fetches by its path, not its annex key', async () => {
    const clone = Dataset.clone(sandbox, origin, 'sidecar-name-clone', 'datalad')
    const fetched: AnnexFetched[] = []
    const git = await GitCli.open(clone.path)
    try {
      const annex = new AnnexRepository(clone.path, item => fetched.push(item))
      const plan = await planVerification(git, Promise.resolve(annex), { since: '' })
      expect(plan.commits.map(c => [c.subject, c.verdict?.status])).toEqual([
        ['inline record', undefined],
        ['sidecar record', undefined]
      ])
    } finally {
      git.close()
    }
    expect(fetched.map(item => item.file)).toEqual([
      expect.stringMatching(/^\.datalad\/runinfo\/[0-9a-f]{32}$/)
    ])
  })

  it('makes no private clone in a plain git clone whose run commits need no annexed content', () => {
    // text2git: the input and output are in git; only the dataset's git-annex branch is annex.
    const textual = Dataset.create(sandbox, 'textual-origin', { text2git: true })
    textual.write('in.txt', 'text that git holds\n')
    textual.save('add input')
    textual.run('tr a-z A-Z < {inputs} > {outputs}', {
      message: 'textual record',
      inputs: ['in.txt'],
      outputs: ['out.txt']
    })
    const clone = Dataset.clone(sandbox, textual, 'textual-git-clone', 'git')
    clone.addUserState()
    const run = verifyCli(clone, ['--since', '', '--no-cache'], { json: true })
    expect(run.report?.commits.map(c => [c.subject, c.status])).toEqual([
      ['textual record', 'reproduced']
    ])
    expect(run.code).toBe(0)
    // Cloning and `git annex init` would have been paid for nothing.
    expect(run.stderr).not.toContain('private clone')
    expectUntouched(clone, run)
  })

  it('fetches an input that several commits share once, with all of them running at once', () => {
    const shared = Dataset.create(sandbox, 'shared-input')
    // Large enough that the fetches overlap: git-annex refuses a second transfer of a key.
    shared.write('big.bin', randomBytes(24 * 1024 * 1024).toString('base64'))
    shared.save('add a big input')
    for (const n of [1, 2, 3, 4, 5, 6]) {
      shared.run(`wc -c < {inputs} > {outputs}`, {
        message: `reader ${n}`,
        inputs: ['big.bin'],
        outputs: [`size${n}.txt`]
      })
    }
    const clone = Dataset.clone(sandbox, shared, 'shared-clone', 'datalad')
    const run = verifyCli(clone, ['--no-cache', '--jobs', '6'], { json: true })
    expect(run.report?.commits.map(c => [c.subject, c.status, c.reason])).toEqual(
      [1, 2, 3, 4, 5, 6].map(n => [`reader ${n}`, 'reproduced', undefined])
    )
    expect(run.code).toBe(0)
    expectUntouched(clone, run)
  })

  it('reports an input whose only copy was dropped as unverifiable, naming the file', () => {
    const dropping = makeOrigin(sandbox, 'dropping-origin')
    const clone = Dataset.clone(sandbox, dropping, 'dropped-clone', 'datalad')
    dropping.git('annex', 'drop', '--force', '--quiet', 'in.txt')
    const run = verifyCli(clone, ['--since', ''], { json: true })
    expect(run.code).toBe(1)
    for (const subject of ['inline record', 'sidecar record']) {
      const verdict = commitNamed(run.report, subject)
      expect(verdict.status).toBe('unverifiable')
      expect(verdict.reason).toMatch(INPUT_UNAVAILABLE)
    }
    expectUntouched(clone, run)
  })

  it('reports the input and sidecar of a clone whose origin is gone as unverifiable', async () => {
    const vanishing = makeOrigin(sandbox, 'vanishing-origin')
    const clone = Dataset.clone(sandbox, vanishing, 'orphaned-clone', 'datalad')
    await vanishing.remove()
    const run = verifyCli(clone, ['--since', ''], { json: true })
    expect(run.code).toBe(1)
    const inline = commitNamed(run.report, 'inline record')
    expect(inline.status).toBe('unverifiable')
    expect(inline.reason).toMatch(INPUT_UNAVAILABLE)
    const sidecar = commitNamed(run.report, 'sidecar record')
    expect(sidecar.status).toBe('unverifiable')
    expect(sidecar.reason).toMatch(SIDECAR_UNAVAILABLE)
    expectUntouched(clone, run)
  })
})
