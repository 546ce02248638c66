// `npm run demo`: build a small DataLad-style dataset in a temp dir, verify it with the bundled
// CLI, and explain the result. One run commit is deliberately non-deterministic.
//
// The dataset is made with plain git, writing run records exactly as `datalad run` formats them
// (see the README), so the demo needs neither datalad nor git-annex.
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const keep = process.argv.includes('--keep')
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-action-demo-'))
const dsid = crypto.randomUUID()
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo Scientist',
  GIT_AUTHOR_EMAIL: 'demo@example.org',
  GIT_COMMITTER_NAME: 'Demo Scientist',
  GIT_COMMITTER_EMAIL: 'demo@example.org'
}
const git = (...args) =>
  execFileSync('git', args, { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] })
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), text)
}

/** Run a command and commit its outputs with a run record, as `datalad run` does. */
function datalad_run(subject, cmd, inputs, outputs, expanded) {
  execFileSync('/bin/sh', ['-c', expanded], { cwd: dir })
  const record = { chain: [], cmd, dsid, exit: 0, extra_inputs: [], inputs, outputs, pwd: '.' }
  const json = JSON.stringify(record, null, 1)
  git('add', '--all')
  git(
    'commit',
    '--quiet',
    '-m',
    `[DATALAD RUNCMD] ${subject}\n\n=== Do not change lines below ===\n${json}\n^^^ Do not change lines above ^^^`
  )
}

git('init', '--quiet', '--initial-branch=main')
write('.datalad/config', `[datalad "dataset"]\n\tid = ${dsid}\n`)
write('data/measurements.csv', 'sample,value\nA,4.2\nB,3.9\nC,5.1\nD,4.7\n')
write(
  'code/mean.sh',
  '#!/bin/sh\n# Mean of the second CSV column.\nawk -F, \'NR > 1 { s += $2; n++ } END { printf "mean %.3f over %d samples\\n", s / n, n }\' "$1"\n'
)
git('add', '--all')
git('commit', '--quiet', '-m', 'Add measurements and analysis code')

datalad_run(
  'Sort measurements by value',
  'sort -t, -k2 -n {inputs} > {outputs}',
  ['data/measurements.csv'],
  ['results/sorted.csv'],
  'mkdir -p results && sort -t, -k2 -n data/measurements.csv > results/sorted.csv'
)
datalad_run(
  'Compute the mean',
  'sh code/mean.sh {inputs[0]} > {outputs}',
  ['data/measurements.csv', 'code/mean.sh'],
  ['results/mean.txt'],
  'sh code/mean.sh data/measurements.csv > results/mean.txt'
)
datalad_run(
  'Write a report with a timestamp',
  '(date +%s.%N; cat results/mean.txt) > {outputs}',
  ['results/mean.txt'],
  ['results/report.txt'],
  '(date +%s.%N; cat results/mean.txt) > results/report.txt'
)
datalad_run(
  'Count samples',
  'tail -n +2 {inputs} | wc -l > {outputs}',
  ['data/measurements.csv'],
  ['results/count.txt'],
  'tail -n +2 data/measurements.csv | wc -l > results/count.txt'
)

console.log(`Demo dataset with 4 run commits: ${dir}\n`)
console.log(`$ rerun-action verify --repo ${dir} --json report.json\n`)
const report = path.join(dir, '..', `${path.basename(dir)}.json`)
const run = spawnSync(process.execPath, [cli, 'verify', '--repo', dir, '--json', report], {
  stdio: 'inherit'
})

/** The run must catch exactly the deliberate mismatch, and nothing else. */
function caughtExactlyTheDeliberateMismatch() {
  try {
    const { commits } = JSON.parse(fs.readFileSync(report, 'utf8'))
    const mismatched = commits.filter(c => c.status !== 'reproduced').map(c => c.subject)
    return run.status === 1 && mismatched.length === 1 && mismatched[0].includes('timestamp')
  } catch {
    return false
  }
}
const ok = caughtExactlyTheDeliberateMismatch()
fs.rmSync(report, { force: true })
if (!keep) fs.rmSync(dir, { recursive: true, force: true })

if (ok) {
  console.log(
    '\nAs expected: the report embeds the current time (date +%s.%N), so re-executing that run commit\n' +
      'cannot give the committed bytes back, and rerun-action says so instead of calling it reproduced.\n' +
      'The other run commits reproduced exactly.' +
      (keep
        ? ` The dataset is kept at ${dir}.`
        : ' (Run `npm run demo -- --keep` to keep the dataset and explore it.)')
  )
} else {
  console.error(
    `\nThe demo did not give the expected verdicts (exit status ${run.status}); see the report above.`
  )
  process.exitCode = 1
}
