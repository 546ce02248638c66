/**
 * Committed annexed content fetched to show how an output differs is named by the output's path
 * (what a person recognises), not by its annex key, in the progress the action prints.
 */
import { afterAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseAnnexKey } from '../../src/engine/annex/annex-key.js'
import { AnnexRepository, type AnnexFetched } from '../../src/engine/annex/annex-repository.js'
import { explainDifference } from '../../src/engine/compare/explain-difference.js'
import { GitCli } from '../../src/engine/git/git-command-manager.js'
import { describeWithDatalad } from '../helpers/dataset.js'
import { rule, ScratchFiles } from './scratch-files.js'

const files = new ScratchFiles()
afterAll(() => files.remove())

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

describeWithDatalad('committed annexed content fetched for a diff', () => {
  it('is named by the output path in the fetch progress', async () => {
    const origin = path.join(files.dir, 'origin')
    fs.mkdirSync(path.join(origin, 'results'), { recursive: true })
    git(origin, 'init', '--quiet')
    git(origin, 'annex', 'init', '--quiet')
    fs.writeFileSync(path.join(origin, 'results', 'data.txt'), 'committed\n')
    git(origin, 'annex', 'add', '--quiet', 'results/data.txt')
    git(origin, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'data')
    const key = parseAnnexKey(git(origin, 'annex', 'lookupkey', 'results/data.txt'))
    if (!key) throw new Error('no annex key')

    const clone = path.join(files.dir, 'clone')
    git(files.dir, 'clone', '--quiet', origin, clone)
    git(clone, 'annex', 'init', '--quiet')
    const regenerated = path.join(files.dir, 'regenerated.txt')
    fs.writeFileSync(regenerated, 'regenerated\n')

    const fetched: AnnexFetched[] = []
    const explanation = await explainDifference(
      {
        git: await GitCli.open(clone),
        annex: new AnnexRepository(clone, item => fetched.push(item)),
        scratch: files.dir
      },
      'results/data.txt',
      { kind: 'annex', key, contentPath: null },
      { kind: 'file', path: regenerated, size: 12, executable: false },
      rule()
    )
    expect(explanation.diff?.kind).toBe('text')
    expect(fetched.map(item => item.file)).toEqual(['results/data.txt'])
    expect(fetched[0]?.key).toBe(key.key)
  })
})
