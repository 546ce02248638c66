/**
 * Where the dataset is, found with one git process: the object format, the common git directory
 * and the work tree's root, or nothing where the answer could be misread or git refuses (the
 * engine then asks for each alone, as it did before).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repositoryLocation } from '../../src/engine/git/git-command-manager.js'
import { Sandbox } from '../helpers/dataset.js'

let sandbox: Sandbox

beforeAll(() => {
  sandbox = Sandbox.create()
})

afterAll(async () => {
  await sandbox.dispose()
})

function repository(name: string, ...initArgs: string[]): string {
  const dir = path.join(sandbox.directory('repos'), name)
  execFileSync('git', ['init', '--quiet', ...initArgs, dir])
  return dir
}

describe('repositoryLocation', () => {
  it('tells the format, the common git directory and the root, from a subdirectory too', async () => {
    const repo = repository('plain')
    fs.mkdirSync(path.join(repo, 'sub'))
    const expected = { objectFormat: 'sha1', commonDir: path.join(repo, '.git'), root: repo }
    expect(await repositoryLocation(repo)).toEqual(expected)
    expect(await repositoryLocation(path.join(repo, 'sub'))).toEqual(expected)
  })

  it('tells the main repository as the common directory of a linked worktree', async () => {
    const repo = repository('main')
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', 'first'], { cwd: repo })
    const linked = path.join(sandbox.directory('worktrees'), 'linked')
    execFileSync('git', ['worktree', 'add', '--quiet', linked], { cwd: repo })
    expect(await repositoryLocation(linked)).toEqual({
      objectFormat: 'sha1',
      commonDir: path.join(repo, '.git'),
      root: linked
    })
  })

  it('answers nothing where a path holds a newline, which one answer per line cannot carry', async () => {
    const repo = repository('a\nb')
    expect(await repositoryLocation(repo)).toBeNull()
  })

  it.each([
    ['outside any repository', () => sandbox.directory('empty')],
    ['in a bare repository', () => repository('bare.git', '--bare')],
    ['in a directory that does not exist', () => path.join(sandbox.root, 'missing')]
  ])('answers nothing %s', async (_, dir) => {
    expect(await repositoryLocation(dir())).toBeNull()
  })
})
