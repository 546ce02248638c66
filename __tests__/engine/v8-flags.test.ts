/**
 * The bundled entry points set V8 flags that keep a verification's memory flat in the length of
 * its history (see src/engine/v8-flags.ts): each is checked in a process that ran the bundle,
 * against a plain node of the same version.
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

/**
 * Preloaded with --allow-natives-syntax: when the process exits, asks V8 to optimise a function
 * on its next call, calls it, and reports its optimisation status (V8's bit field).
 */
const OPTIMISED = `
process.on('exit', () => {
  function add(a, b) { return a + b };
  %PrepareFunctionForOptimization(add);
  add(1, 2);
  add(3, 4);
  %OptimizeFunctionOnNextCall(add);
  add(5, 6);
  process.stderr.write('optimisation status: ' + %GetOptimizationStatus(add) + '\\n')
})
`
/** V8's status bit for code made by an optimising compiler (Maglev or TurboFan). */
const OPTIMIZED_BIT = 1 << 4

const ENTRY_POINTS: [string, string[]][] = [
  ['the CLI', [CLI, '--help']],
  // Without inputs the action stops at once with an error; the process still exits as usual.
  ['the action', [path.join(PROJECT_ROOT, 'dist', 'index.js')]]
]

describe('the V8 flags of the entry points', () => {
  let sandbox: Sandbox
  let preloads: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    preloads = sandbox.directory('preload')
    fs.writeFileSync(path.join(preloads, 'survivors.mjs'), SURVIVORS)
    fs.writeFileSync(path.join(preloads, 'optimised.mjs'), OPTIMISED)
  })
  afterAll(() => sandbox.dispose())

  /** What the preload `name` reported on stderr, matched by `pattern`. */
  function reported(name: string, pattern: RegExp, nodeArgs: readonly string[]): number {
    const run = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', path.join(preloads, name), ...nodeArgs],
      { cwd: sandbox.root, env: { PATH: process.env.PATH }, encoding: 'utf8' }
    )
    const found = pattern.exec(run.stderr)
    if (!found) throw new Error(`nothing reported: ${run.stderr}`)
    return Number(found[1])
  }

  it.each(ENTRY_POINTS)(
    'keep the young generation a fraction of what it grows to in a plain node, in %s',
    (_, args) => {
      const young = (nodeArgs: readonly string[]) =>
        reported('survivors.mjs', /young generation: (\d+) bytes, 400000 kept/, nodeArgs)
      // Node 20's V8 keeps it at its first 2 MiB; Node 24's sometimes lets it grow by other
      // means than the factor, to a fifth of what it reaches without.
      const plain = young(['-e', '0'])
      expect(plain).toBeGreaterThanOrEqual(16 * 2 ** 20)
      expect(young(args)).toBeLessThanOrEqual(plain / 4)
    }
  )

  it.each(ENTRY_POINTS)('leave no function to an optimising compiler, in %s', (_, args) => {
    const status = (nodeArgs: readonly string[]) =>
      reported('optimised.mjs', /optimisation status: (\d+)/, nodeArgs)
    // Node 24 reports a plain `-e 0` as never to be optimised: the event loop runs here once.
    expect(status(['-e', 'setTimeout(() => {}, 1)']) & OPTIMIZED_BIT).toBe(OPTIMIZED_BIT)
    expect(status(args) & OPTIMIZED_BIT).toBe(0)
  })
})
