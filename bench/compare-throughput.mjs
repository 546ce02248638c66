// Benchmark: comparing a 1 GiB output (identical, and differing 1 KiB before the end) against
// md5sum and a streamed MD5 in Node on the same file, with peak memory. Target: at least 80% of
// md5sum's throughput, flat memory. Run with `node bench/compare-throughput.mjs [size-in-MiB]`.
//
// The comparison modules are TypeScript: they are compiled into .bench-work/compare-throughput/
// (git-ignored, inside the repository so that `diff` and `yaml` resolve from node_modules). The
// data files go to the OS temporary directory. Both are removed at the end.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { best, have, machine, measure, ROOT, workDir } from './lib.mjs'

const sizeMiB = Number(process.argv[2] ?? 1024)
const MiB = 1 << 20
const build = path.join(ROOT, '.bench-work', 'compare-throughput')

function compile() {
  fs.rmSync(build, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      ...['--outDir', build, '--rootDir', path.join(ROOT, 'src')],
      ...['--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022'],
      ...['--strict', '--skipLibCheck', '--types', 'node'],
      path.join(ROOT, 'src/engine/compare/content/analyse-difference.ts')
    ],
    { stdio: 'inherit' }
  )
  fs.writeFileSync(path.join(build, 'package.json'), '{"type":"module"}\n')
}

/** Lines like a numeric result table: one 4 MiB block of them, written over and over. */
function writeDataFile(file, bytes) {
  const lines = []
  for (let row = 0; row < 100_000; row++) {
    lines.push(
      `${row}\t${(row * 0.7071).toFixed(6)}\t${Math.sin(row).toFixed(9)}\tsample-${row % 97}\n`
    )
  }
  const block = Buffer.from(lines.join(''))
  const out = fs.openSync(file, 'w')
  for (let written = 0; written < bytes;) {
    written += fs.writeSync(out, block, 0, Math.min(block.length, bytes - written))
  }
  fs.closeSync(out)
}

/** Wall time of an in-process async run, with this process's peak RSS (sampled every 5 ms). */
async function measureHere(run) {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const start = process.hrtime.bigint()
  const result = await run()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { seconds, peakMiB: peak / MiB, growthMiB: (peak - before) / MiB, result }
}

/** lib.mjs's `best`, for async runs: the fastest of `repeat` (the page cache is warm). */
async function bestHere(repeat, run) {
  let winner
  for (let i = 0; i < repeat; i++) {
    const m = await measureHere(run)
    if (!winner || m.seconds < winner.seconds) winner = m
  }
  return winner
}

async function nodeMd5(file) {
  const hash = createHash('md5')
  await pipeline(fs.createReadStream(file, { highWaterMark: MiB }), hash)
  return hash.digest('hex')
}

if (!have('md5sum')) {
  console.error('md5sum (GNU coreutils) is needed: it is the baseline of this benchmark')
  process.exit(2)
}
const dir = workDir('compare')
try {
  console.log(`compiling the comparison modules into ${path.relative(ROOT, build)}/ …`)
  compile()
  const content = path.join(build, 'engine/compare/content')
  const { analyseDifference } = await import(path.join(content, 'analyse-difference.js'))
  const { compareBinary } = await import(path.join(content, 'binary-difference.js'))

  const committed = path.join(dir, 'committed.tsv')
  const identical = path.join(dir, 'identical.tsv')
  const differing = path.join(dir, 'differing.tsv')
  console.log(`writing ${sizeMiB} MiB test files to ${dir} …`)
  writeDataFile(committed, sizeMiB * MiB)
  fs.copyFileSync(committed, identical)
  fs.copyFileSync(committed, differing)
  // One digit changed 1 KiB before the end.
  const handle = fs.openSync(differing, 'r+')
  const position = sizeMiB * MiB - 1024
  const byte = Buffer.alloc(1)
  fs.readSync(handle, byte, 0, 1, position)
  fs.writeSync(handle, Buffer.from(byte[0] === 0x31 ? '2' : '1'), 0, 1, position)
  fs.closeSync(handle)
  execFileSync('md5sum', [committed, identical, differing]) // warm the page cache

  const md5sum = files => best(3, () => measure(['md5sum', ...files], { expectCodes: [0] }))
  const rows = [
    { name: 'md5sum (coreutils), one file', ...md5sum([committed]), growthMiB: undefined },
    {
      name: 'md5sum (coreutils), both files',
      ...md5sum([committed, differing]),
      growthMiB: undefined
    },
    { name: 'MD5 streamed in Node, one file', ...(await bestHere(3, () => nodeMd5(committed))) },
    // A TSV above the structured-size cap, so the streamed line comparison runs.
    {
      name: 'analyseDifference (text), identical',
      ...(await bestHere(3, () => analyseDifference(committed, identical, 'out.tsv')))
    },
    {
      name: 'analyseDifference (text), differing',
      ...(await bestHere(3, () => analyseDifference(committed, differing, 'out.tsv')))
    },
    {
      name: 'compareBinary (SHA-256 of both), identical',
      ...(await bestHere(3, () => compareBinary(committed, identical)))
    },
    {
      name: 'compareBinary (SHA-256 of both), differing',
      ...(await bestHere(3, () => compareBinary(committed, differing)))
    }
  ]

  const baseline = rows[0].seconds
  const megabytes = (sizeMiB * MiB) / 1e6
  const about = machine()
  console.log(`\noutput size ${sizeMiB} MiB; ${about.cpu}; ${about.memory}; node ${about.node}`)
  console.log('what | seconds | output MB/s | vs md5sum | peak RSS MiB | RSS growth MiB')
  for (const row of rows) {
    console.log(
      [
        row.name,
        row.seconds.toFixed(3),
        (megabytes / row.seconds).toFixed(0),
        `${(baseline / row.seconds).toFixed(2)}×`,
        row.peakMiB.toFixed(0),
        row.growthMiB === undefined ? '—' : row.growthMiB.toFixed(1)
      ].join(' | ')
    )
  }
  const text = rows[4].result
  const binary = rows[6].result
  console.log(
    `\nreported: first differing line ${text.diff?.firstDifferentLine},` +
      ` first differing byte ${binary.firstDifferentByte}`
  )
  console.log('vs md5sum: md5sum time on one file / this time (≥ 1: at least as fast).')
  console.log('peak RSS: of md5sum itself, and of this whole Node process for the others.')
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(build, { recursive: true, force: true })
  // .bench-work itself only if nothing else uses it.
  if (fs.readdirSync(path.dirname(build)).length === 0) fs.rmdirSync(path.dirname(build))
}
