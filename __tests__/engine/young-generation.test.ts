/**
 * The bundled entry points keep V8's young generation at its first size (see
 * src/engine/young-generation.ts): otherwise it doubles as survivors pile up, and the peak memory
 * of a verification grows with the length of the history.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { CLI, PROJECT_ROOT, Sandbox } from '../helpers/dataset.js'

/**
 * Preloaded: when the process exits, keeps 400,000 small objects alive, many scavenges' worth of
 * survivors, then reports the size of the young generation.
 */
const SURVIVORS = `
import v8 from 'node:v8'
process.on('exit', () => {
  const kept = []
  for (let i = 0; i < 400000; i++) kept.push({ i, text: 'survivor ' + i })
  const young = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')
  process.stderr.write('young generation: ' + young.space_size + ' bytes, ' + kept.length + ' kept\\n')
})
`

describe('the young generation', () => {
  let sandbox: Sandbox
  let preload: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    preload = path.join(sandbox.directory('preload'), 'survivors.mjs')
    fs.writeFileSync(preload, SURVIVORS)
  })
  afterAll(() => sandbox.dispose())

  function youngGenerationAfterSurvivors(args: readonly string[]): number {
    const run = spawnSync(process.execPath, ['--import', preload, ...args], {
      cwd: sandbox.root,
      env: { PATH: process.env.PATH },
      encoding: 'utf8'
    })
    const reported = /young generation: (\d+) bytes, 400000 kept/.exec(run.stderr)
    if (!reported) throw new Error(`nothing reported: ${run.stderr}`)
    return Number(reported[1])
  }

  it.each([
    ['the CLI', [CLI, '--help']],
    // Without inputs the action stops at once with an error; the process still exits as usual.
    ['the action', [path.join(PROJECT_ROOT, 'dist', 'index.js')]]
  ])('stays a fraction of what it grows to in a plain node, in %s', (_, args) => {
    // Node 20's V8 keeps it at its first 2 MiB; Node 24's sometimes lets it grow by other means
    // than the factor, to a fifth of what it reaches without.
    const plain = youngGenerationAfterSurvivors(['-e', '0'])
    expect(plain).toBeGreaterThanOrEqual(16 * 2 ** 20)
    expect(youngGenerationAfterSurvivors(args)).toBeLessThanOrEqual(plain / 4)
  })
})
