// Benchmark 5: memory against the length of the history alone. Benchmark 1's dataset grows with
// its history (each run commit adds a file), so its memory mixes both; here every run commit
// rewrites the same output, so the dataset stays as it is while the history grows 25-fold.
// Measured: the peak RSS of the verification (isolated, --jobs 1, a plain clone) and its live
// heap, what V8 still holds after a full garbage collection when the report is written (the
// verdicts all held), with the machine code V8 compiled apart.
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { CLI, gitEnv, measure, ROOT, workDir } from './lib.mjs'

/** A history of `runs` run commits with git fast-import, each `echo N > out.txt`. */
function makeSteadyHistory(dir, runs) {
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir])
  const dsid = crypto.randomUUID()
  const data = text => `data ${Buffer.byteLength(text)}\n${text}\n`
  const commit = (mark, message, changes) =>
    `commit refs/heads/main\nmark :${mark}\ncommitter Bench <bench@example.org> ${1700000000 + mark} +0000\n${data(message)}${mark > 1 ? `from :${mark - 1}\n` : ''}${changes}\n`
  const chunks = [
    commit(
      1,
      'a dataset',
      `M 100644 inline .datalad/config\n${data(`[datalad "dataset"]\n\tid = ${dsid}\n`)}`
    )
  ]
  for (let i = 1; i <= runs; i++) {
    const record = {
      chain: [],
      cmd: `echo ${i} > out.txt`,
      dsid,
      exit: 0,
      extra_inputs: [],
      inputs: [],
      outputs: ['out.txt'],
      pwd: '.'
    }
    const message = `[DATALAD RUNCMD] step ${i}\n\n=== Do not change lines below ===\n${JSON.stringify(record, null, 1)}\n^^^ Do not change lines above ^^^`
    chunks.push(commit(i + 1, message, `M 100644 inline out.txt\n${data(`${i}\n`)}`))
  }
  const imported = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: gitEnv,
    input: chunks.join('')
  })
  if (imported.status !== 0) throw new Error(`fast-import: ${imported.stderr}`)
  execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: dir })
}

const LIVE_HEAP = pathToFileURL(path.join(ROOT, 'bench', 'live-heap.mjs')).href

export function benchMemory({ lengths = [40, 200, 1000] } = {}) {
  const scratch = workDir('memory')
  try {
    return lengths.map(runs => {
      const source = path.join(scratch, `source-${runs}`)
      makeSteadyHistory(source, runs)
      const clone = path.join(scratch, `clone-${runs}`)
      execFileSync('git', ['clone', '--quiet', source, clone])
      const args = ['verify', '--no-cache', '--jobs', '1', '--since', '']
      const run = measure([process.execPath, CLI, ...args], { cwd: clone, expectCodes: [0] })
      const live = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', LIVE_HEAP, CLI, ...args],
        { cwd: clone, encoding: 'utf8' }
      )
      const heap = /live heap after a full collection: (\d+) bytes, of which code (\d+) bytes/.exec(
        live.stderr
      )
      if (!heap) throw new Error(`no live heap reported: ${live.stderr.slice(-2000)}`)
      return {
        runs,
        seconds: run.seconds,
        peakMiB: run.peakMiB,
        liveMiB: Number(heap[1]) / 2 ** 20,
        codeMiB: Number(heap[2]) / 2 ** 20
      }
    })
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
