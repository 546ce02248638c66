// Benchmark: comparing a 1 GiB output (identical, and differing 1 KiB before the end) against
// md5sum and a streamed MD5 in Node on the same file, with peak memory. Target: at least 80% of
// md5sum's throughput, flat memory. Run with `node bench/compare-throughput.mjs [size-in-MiB]`.
//
// Two parts: the content steps alone (digest, analysis), and the engine's whole per-output step
// (compareOutputs: tree look-ups, finding the committed annexed content, comparing and
// explaining) on a real git-annex repository whose output is committed as datalad commits it
// (MD5E key) and regenerated as a plain file, as a rerun leaves it.
//
// The comparison modules are TypeScript: they are compiled into .bench-work/compare-throughput/
// (git-ignored, inside the repository so that `diff` and `yaml` resolve from node_modules). The
// data files go to the OS temporary directory. Both are removed at the end.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { best, gitEnv, have, machine, measure, ROOT, workDir } from './lib.mjs'

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
      path.join(ROOT, 'src/engine/compare/content/analyse-difference.ts'),
      path.join(ROOT, 'src/engine/compare/compare-outputs.ts')
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

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()
}

/** A copy of `source` whose first byte is NUL, so that the comparison treats it as binary. */
function binaryCopy(source, target) {
  fs.copyFileSync(source, target)
  const handle = fs.openSync(target, 'r+')
  fs.writeSync(handle, Buffer.from([0]), 0, 1, 0)
  fs.closeSync(handle)
}

/**
 * compareOutputs, the engine's per-output step, on a git-annex repository holding the committed
 * outputs (MD5E keys, as datalad makes them): each case regenerates one output as a plain file
 * (a hard link to the prepared content) and compares it with the run commit.
 */
async function engineRows(dir, sources) {
  const { compareOutputs } = await import(path.join(build, 'engine/compare/compare-outputs.js'))
  const { GitCli } = await import(path.join(build, 'engine/git/git-command-manager.js'))
  const { AnnexRepository } = await import(path.join(build, 'engine/annex/annex-repository.js'))
  const { EMPTY_RULES } = await import(path.join(build, 'engine/config/comparison-rules.js'))
  const repo = path.join(dir, 'repo')
  fs.mkdirSync(repo)
  git(repo, 'init', '--quiet')
  git(repo, 'annex', 'init', '--quiet')
  fs.copyFileSync(sources.committed, path.join(repo, 'out.tsv'))
  binaryCopy(sources.committed, path.join(repo, 'out.bin'))
  git(repo, '-c', 'annex.backend=MD5E', 'annex', 'add', '--quiet', 'out.tsv', 'out.bin')
  // Text in git, as a text2git dataset commits it; dated in the past so that git status never
  // finds it racily clean and hashes it again in the rows that do not measure it.
  const inGit = path.join(repo, 'out-git.tsv')
  fs.copyFileSync(sources.committed, inGit)
  const past = new Date(Date.now() - 3600_000)
  fs.utimesSync(inGit, past, past)
  git(repo, '-c', 'annex.largefiles=nothing', 'add', 'out-git.tsv')
  git(repo, 'commit', '--quiet', '-m', 'outputs')
  const runCommit = git(repo, 'rev-parse', 'HEAD')
  const links = Object.fromEntries(
    ['out.tsv', 'out.bin'].map(name => [name, fs.readlinkSync(path.join(repo, name))])
  )
  const restore = {
    'out.tsv': target => fs.symlinkSync(links['out.tsv'], target),
    'out.bin': target => fs.symlinkSync(links['out.bin'], target),
    'out-git.tsv': target => fs.linkSync(sources.committed, target)
  }
  const annex = new AnnexRepository(repo)
  const request = {
    git: new GitCli(repo),
    annex,
    annexObjects: await annex.objectsDir(),
    worktree: repo,
    runCommit,
    changes: [],
    excluded: new Set(),
    rules: EMPTY_RULES,
    scratch: dir
  }
  const compareAs = async (name, regenerated, expected) => {
    const target = path.join(repo, name)
    fs.unlinkSync(target)
    fs.linkSync(regenerated, target)
    try {
      const run = async () => {
        const verdicts = await compareOutputs({
          ...request,
          declared: [name],
          rerunChanges: [name]
        })
        const status = verdicts.map(v => `${v.path} ${v.status} ${v.diff?.kind ?? ''}`).join(', ')
        if (status !== expected) throw new Error(`expected "${expected}", got "${status}"`)
        return verdicts
      }
      return await bestHere(3, run)
    } finally {
      fs.unlinkSync(target)
      restore[name](target)
    }
  }
  const rows = [
    {
      name: 'engine, annexed text, committed content here, identical',
      ...(await compareAs('out.tsv', sources.identical, 'out.tsv match '))
    },
    {
      name: 'engine, annexed text, committed content here, differing',
      ...(await compareAs('out.tsv', sources.differing, 'out.tsv modified text'))
    },
    {
      name: 'engine, annexed binary, committed content here, differing',
      ...(await compareAs('out.bin', sources.differingBinary, 'out.bin modified binary'))
    }
  ]
  // As on a CI runner's fresh clone: the committed content was never downloaded.
  git(repo, 'annex', 'drop', '--quiet', '--force', 'out.tsv')
  rows.push(
    {
      name: 'engine, annexed, committed content not here, identical',
      ...(await compareAs('out.tsv', sources.identical, 'out.tsv match '))
    },
    {
      name: 'engine, annexed, committed content not here, differing',
      ...(await compareAs('out.tsv', sources.differing, 'out.tsv modified annex-unavailable'))
    }
  )
  // Last: once regenerated, the file in git stays stat-dirty, and every git status hashes it.
  const blob = git(repo, 'rev-parse', 'HEAD:out-git.tsv')
  rows.push(
    {
      name: 'engine, text in git, identical',
      ...(await compareAs('out-git.tsv', sources.identical, 'out-git.tsv match '))
    },
    {
      name: 'engine, text in git, differing',
      ...(await compareAs('out-git.tsv', sources.differing, 'out-git.tsv modified text'))
    },
    {
      name: 'git cat-file blob (inflating the committed blob)',
      ...best(3, () =>
        measure(['git', '-C', repo, 'cat-file', 'blob', blob], { expectCodes: [0] })
      ),
      growthMiB: undefined,
      result: [{ status: 'peer', reason: 'the floor for a differing file in git' }]
    }
  )
  request.git.close()
  return rows
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
  const differingBinary = path.join(dir, 'differing.bin')
  binaryCopy(differing, differingBinary)
  execFileSync('md5sum', [committed, identical, differing, differingBinary]) // warm the page cache

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
  const contentRows = rows.length
  if (have('git-annex')) {
    rows.push(...(await engineRows(dir, { committed, identical, differing, differingBinary })))
  } else console.log('git-annex is not installed: the engine rows are left out')

  const baseline = rows[0].seconds
  const megabytes = (sizeMiB * MiB) / 1e6
  const about = machine()
  console.log(`\noutput size ${sizeMiB} MiB; ${about.cpu}; ${about.memory}; node ${about.node}`)
  console.log('what | seconds | output MB/s | vs md5sum | peak RSS MiB | RSS growth MiB')
  for (const [index, row] of rows.entries()) {
    if (index === contentRows) console.log('— the whole per-output step of the engine —')
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
  for (const row of rows.slice(contentRows)) {
    const [verdict] = row.result
    console.log(`${row.name}: ${verdict.status}, ${verdict.reason ?? 'no reason'}`)
  }
  console.log('vs md5sum: md5sum time on one file / this time (≥ 1: at least as fast).')
  console.log('peak RSS: of md5sum itself, and of this whole Node process for the others.')
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(build, { recursive: true, force: true })
  // .bench-work itself only if nothing else uses it.
  if (fs.readdirSync(path.dirname(build)).length === 0) fs.rmdirSync(path.dirname(build))
}
