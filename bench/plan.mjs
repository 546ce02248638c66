// Benchmark 2: planning a 50,000-commit history with 5,000 run commits (`verify --plan`) against a
// bare `git log --format=%H%x00%B` of the same history, both in a plain `git clone` of an annex
// dataset, as CI has it. Target: at most 2x.
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { asJson, best, CLI, gitEnv, have, measure, workDir } from './lib.mjs'
import { countProcesses } from './where-time-goes.mjs'

/** Write a linear history with git fast-import: every tenth commit is a run commit. */
export function makeHistory(dir, commits, runEvery) {
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir])
  const dsid = crypto.randomUUID()
  const chunks = []
  const data = text => `data ${Buffer.byteLength(text)}\n${text}\n`
  const config = `[datalad "dataset"]\n\tid = ${dsid}\n`
  for (let i = 1; i <= commits; i++) {
    const run = i % runEvery === 0
    const message = run
      ? `[DATALAD RUNCMD] step ${i}\n\n=== Do not change lines below ===\n${JSON.stringify(
          {
            chain: [],
            cmd: `echo ${i} > {outputs}`,
            dsid,
            exit: 0,
            extra_inputs: [],
            inputs: [`in/${(i - 1) % 100}/${i - 1}.txt`],
            outputs: [`out/${i % 100}/${i}.txt`],
            pwd: '.'
          },
          null,
          1
        )}\n^^^ Do not change lines above ^^^`
      : `Add input ${i}\n\nSome description of commit ${i}.`
    chunks.push(
      `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.org> ${1700000000 + i} +0000\n${data(message)}`
    )
    if (i > 1) chunks.push(`from :${i - 1}\n`)
    if (i === 1) chunks.push(`M 100644 inline .datalad/config\n${data(config)}`)
    chunks.push(
      run
        ? `M 100644 inline out/${i % 100}/${i}.txt\n${data(`${i}\n`)}`
        : `M 100644 inline in/${i % 100}/${i}.txt\n${data(`input ${i}\n`)}`
    )
    chunks.push('\n')
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], {
      cwd: dir,
      env: gitEnv,
      stdio: ['pipe', 'inherit', 'inherit']
    })
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`))
    )
    child.stdin.end(chunks.join(''))
  }).then(() => execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: dir }))
}

/**
 * The repository CI plans in: a plain `git clone` of `source` (actions/checkout's), which has
 * the source's git-annex branch as origin/git-annex but never initialised git-annex itself.
 * Without git-annex installed, a clone of a repository without git-annex.
 */
function plainCloneOfAnnexDataset(source, clone) {
  const annex = have('git-annex')
  if (annex) execFileSync('git', ['annex', 'init', '--quiet'], { cwd: source, env: gitEnv })
  execFileSync('git', ['clone', '--quiet', source, clone])
  return annex
}

export async function benchPlan({ commits = 50000, runEvery = 10, repeat = 3 } = {}) {
  const dir = workDir('plan')
  try {
    const source = path.join(dir, 'source')
    const clone = path.join(dir, 'clone')
    await makeHistory(source, commits, runEvery)
    const annexBranch = plainCloneOfAnnexDataset(source, clone)
    const gitLog = best(repeat, () =>
      measure(['git', 'log', '--format=%H%x00%B'], { cwd: clone, expectCodes: [0] })
    )
    const plan = best(repeat, () =>
      measure([process.execPath, CLI, 'verify', '--plan'], { cwd: clone, expectCodes: [0] })
    )
    const processes = have('strace')
      ? countProcesses([process.execPath, CLI, 'verify', '--plan'], {
          cwd: clone,
          traceFile: path.join(dir, 'plan.trace')
        })
      : null
    return {
      commits,
      runCommits: Math.floor(commits / runEvery),
      annexBranch,
      processes,
      gitLog,
      plan,
      ratio: plan.seconds / gitLog.seconds
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const small = process.argv.includes('--quick')
  console.log(asJson(await benchPlan(small ? { commits: 5000 } : {})))
}
