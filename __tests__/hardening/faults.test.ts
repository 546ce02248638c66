/**
 * Hostile records, faults and cancellation (issue 5): paths that try to leave the dataset,
 * commands that hang, fork, ignore SIGTERM or flood their output, a cancelled or killed run,
 * corrupt objects, and two verifications of one repository at once. Nothing outside the temporary
 * checkout is touched, no process survives, and the user's checkout stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JsonReport } from '../../src/report/json-report.js'
import {
  checkoutState,
  CLI,
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  Sandbox,
  stateChanges,
  verifyCli
} from '../helpers/dataset.js'

/** Processes whose command line holds `marker` (a unique string each test puts in its command). */
function survivors(marker: string): string[] {
  const result = spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' })
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .filter(pid => {
      // Zombies (no init reaping them on this VM) are not running.
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      return !/^State:\s+Z/m.test(status)
    })
}

function killAll(marker: string): void {
  spawnSync('pkill', ['-KILL', '-f', marker])
}

async function waitFor(condition: () => boolean, what: string, seconds = 20): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

/** Why a small tmpfs (a disk that fills up) cannot be mounted here, or null when it can. */
function tmpfsUnavailable(): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-tmpfs-probe-'))
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir])
    if (mounted.status !== 0) return String(mounted.stderr).trim() || 'mount failed'
    spawnSync('umount', [dir])
    return null
  } finally {
    fs.rmdirSync(dir)
  }
}

const noTmpfs = tmpfsUnavailable()
if (noTmpfs !== null) {
  console.warn(`SKIPPING the disk-full test: cannot mount a small tmpfs (${noTmpfs})`)
}
const describeWithSmallDisk = noTmpfs === null ? describe : describe.skip

describeWithDatalad('hostile records, faults and cancellation', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let outside: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'hostile', { text2git: true })
    outside = path.join(sandbox.directory('outside'), 'precious.txt')
    fs.writeFileSync(outside, 'must survive\n')
  })

  afterAll(async () => sandbox.dispose())

  it('refuses record paths that leave the dataset, and touches nothing outside the checkout', () => {
    const rel = path.relative(ds.path, outside)
    fs.symlinkSync(path.dirname(outside), path.join(ds.path, 'escape'))
    ds.git('add', 'escape')
    ds.git('commit', '--quiet', '-m', 'a symlink leading out of the dataset')
    ds.handMadeRunCommit('climbs out', { cmd: 'true', outputs: [rel] })
    ds.handMadeRunCommit('absolute', { cmd: 'true', inputs: [outside] })
    ds.handMadeRunCommit('pwd outside', { cmd: 'true', pwd: '..' })
    ds.handMadeRunCommit('through a symlink', {
      cmd: 'echo x > {outputs}',
      outputs: ['escape/precious.txt']
    })
    ds.handMadeRunCommit(
      'fine',
      { cmd: 'echo ok > {outputs}', outputs: ['ok.txt'] },
      { 'ok.txt': 'ok\n' }
    )
    const run = verifyCli(ds, ['--no-cache'], { json: true })
    expectUntouched(ds, run)
    for (const subject of ['climbs out', 'absolute', 'pwd outside', 'through a symlink']) {
      const verdict = commitNamed(run.report, subject)
      expect(verdict.status).toBe('error')
      expect(verdict.reason).toMatch(/outside|absolute/)
    }
    expect(commitNamed(run.report, 'fine').status).toBe('reproduced')
    expect(fs.readFileSync(outside, 'utf8')).toBe('must survive\n')
  })

  it('kills a command that ignores SIGTERM and leaves children behind, at the timeout', () => {
    const marker = `rerun-test-${randomUUID()}`
    ds.handMadeRunCommit('stubborn', {
      cmd: `trap '' TERM; (sleep 300; echo ${marker}) & sleep 300 # ${marker}`
    })
    const run = verifyCli(ds, ['--no-cache', '--timeout', '1', 'HEAD'], { json: true })
    expect(commitNamed(run.report, 'stubborn')).toMatchObject({
      status: 'failed',
      reason: 'timed out after 1 s'
    })
    expectUntouched(ds, run)
    expect(survivors(marker)).toEqual([])
  })

  it('keeps only the tail of a flood of output', () => {
    ds.handMadeRunCommit('chatty', { cmd: 'yes "a line of output" | head -c 30000000; exit 4' })
    const run = verifyCli(ds, ['--no-cache', 'HEAD'], { json: true })
    const log = commitNamed(run.report, 'chatty').log
    expect(log?.totalBytes).toBe(30000000)
    expect(log?.tail.length).toBeLessThanOrEqual(64 * 1024)
    expect(log?.truncatedBytes).toBe(30000000 - (log?.tail.length ?? 0))
  })

  it('ends a commit whose parent tree is corrupt as error, and still verifies the others', () => {
    const blob = ds.gitWithInput('only in one commit\n', 'hash-object', '-w', '--stdin').trim()
    ds.write('data/broken.txt', 'only in one commit\n')
    ds.git('add', 'data/broken.txt')
    ds.git('commit', '--quiet', '-m', 'add a file whose object will be lost')
    ds.handMadeRunCommit(
      'on a broken parent',
      { cmd: 'echo b > {outputs}', outputs: ['b.txt'] },
      { 'b.txt': 'b\n' }
    )
    ds.git('rm', '--quiet', 'data/broken.txt')
    ds.git('commit', '--quiet', '-m', 'remove it again')
    ds.handMadeRunCommit(
      'on a sound parent',
      { cmd: 'echo c > {outputs}', outputs: ['c.txt'] },
      { 'c.txt': 'c\n' }
    )
    fs.rmSync(path.join(ds.path, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
    const run = verifyCli(ds, ['--no-cache', 'HEAD~2', 'HEAD'], { json: true })
    expect(commitNamed(run.report, 'on a broken parent').status).toBe('error')
    expect(commitNamed(run.report, 'on a broken parent').reason).toMatch(
      /could not verify|unable|missing|corrupt|bad object/i
    )
    expect(commitNamed(run.report, 'on a sound parent').status).toBe('reproduced')
    expect(run.worktrees).toEqual([ds.path])
    expect(run.leftovers).toEqual([])
  })

  describeWithSmallDisk('on a disk that fills up', () => {
    it('ends a commit as error when the disk fills up during its checkout, and verifies the next', () => {
      const small = sandbox.directory('small-disk')
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', small])
      expect(String(mounted.stderr)).toBe('')
      try {
        ds.write('big.txt', 'a line of text that fills the disk\n'.repeat(300_000))
        ds.git('add', 'big.txt')
        ds.git('commit', '--quiet', '-m', 'a 10 MB file')
        ds.handMadeRunCommit(
          'on a parent too big for the disk',
          { cmd: 'echo 1 > {outputs}', outputs: ['one.txt'] },
          { 'one.txt': '1\n' }
        )
        ds.git('rm', '--quiet', 'big.txt')
        ds.git('commit', '--quiet', '-m', 'remove the big file')
        ds.handMadeRunCommit(
          'on a small parent',
          { cmd: 'echo 2 > {outputs}', outputs: ['two.txt'] },
          { 'two.txt': '2\n' }
        )
        const run = verifyCli(ds, ['--no-cache', '--jobs', '1', 'HEAD~2', 'HEAD'], {
          json: true,
          env: { RUNNER_TEMP: small, TMPDIR: small }
        })
        const full = commitNamed(run.report, 'on a parent too big for the disk')
        expect(full.status).toBe('error')
        expect(full.reason).toMatch(/could not write big\.txt into the checkout: .*no space left/is)
        expect(commitNamed(run.report, 'on a small parent').status).toBe('reproduced')
        expect(run.changes).toEqual([])
        expect(run.worktrees).toEqual([ds.path])
        expect(fs.readdirSync(small)).toEqual([])
      } finally {
        spawnSync('umount', [small])
      }
    })
  })

  it('stops, cleans up and writes a partial report marked incomplete when cancelled', async () => {
    const marker = `rerun-test-${randomUUID()}`
    ds.handMadeRunCommit('slow one', { cmd: `sleep 300 # ${marker}` })
    ds.handMadeRunCommit('never started', { cmd: 'true' })
    const temp = sandbox.directory('cancel-temp')
    const report = path.join(temp, '..', 'cancel-report.json')
    const before = checkoutState(ds.path)
    const child = spawn(
      process.execPath,
      [CLI, 'verify', '--no-cache', '--jobs', '1', '--json', report, 'HEAD~1', 'HEAD'],
      {
        cwd: ds.path,
        env: { ...sandbox.env, RUNNER_TEMP: temp, TMPDIR: temp },
        stdio: 'ignore'
      }
    )
    const exited = new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
    await waitFor(() => survivors(marker).length > 0, 'the slow command to start')
    child.kill('SIGINT')
    const code = await exited
    expect(code).toBe(130) // as a shell reports a death by SIGINT, not 1 like a mismatch
    const partial = JSON.parse(fs.readFileSync(report, 'utf8')) as JsonReport
    expect(partial.incomplete).toBe(true)
    expect(partial.commits.map(c => [c.subject, c.status])).toEqual([['slow one', 'error']])
    expect(survivors(marker)).toEqual([])
    expect(stateChanges(before, checkoutState(ds.path))).toEqual([])
    expect(fs.readdirSync(temp)).toEqual([])
    expect(ds.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1)
  })

  it('cleans up, on the next run, what a run killed with SIGKILL left behind', async () => {
    const marker = `rerun-test-${randomUUID()}`
    ds.handMadeRunCommit('killed midway', { cmd: `sleep 300 # ${marker}` })
    const temp = sandbox.directory('kill-temp')
    const before = checkoutState(ds.path)
    const child = spawn(process.execPath, [CLI, 'verify', '--no-cache', 'HEAD'], {
      cwd: ds.path,
      env: { ...sandbox.env, RUNNER_TEMP: temp, TMPDIR: temp },
      stdio: 'ignore'
    })
    const exited = new Promise(resolve => child.on('close', resolve))
    await waitFor(() => survivors(marker).length > 0, 'the command to start')
    child.kill('SIGKILL')
    await exited
    killAll(marker) // the orphaned command itself: what a runner does when it cancels a job
    expect(stateChanges(before, checkoutState(ds.path))).toEqual([])
    // What the killed run was working in is still there, for the next run to find.
    expect(fs.readdirSync(temp).length).toBeGreaterThan(0)

    ds.handMadeRunCommit(
      'after the kill',
      { cmd: 'echo fine > {outputs}', outputs: ['fine.txt'] },
      { 'fine.txt': 'fine\n' }
    )
    const next = verifyCli(ds, ['--no-cache', 'HEAD'], {
      json: true,
      env: { RUNNER_TEMP: temp, TMPDIR: temp }
    })
    expect(next.stderr).toMatch(/left behind by an earlier run that was killed/)
    expect(commitNamed(next.report, 'after the kill').status).toBe('reproduced')
    expect(next.worktrees).toEqual([ds.path])
    expect(fs.readdirSync(temp)).toEqual([])
  })

  it('lets two verifications of one repository run at once', async () => {
    for (const n of [1, 2, 3, 4]) {
      ds.handMadeRunCommit(
        `parallel ${n}`,
        { cmd: `echo ${n} > {outputs}`, outputs: [`p${n}.txt`] },
        { [`p${n}.txt`]: `${n}\n` }
      )
    }
    interface ConcurrentRun {
      code: number | null
      report: JsonReport
      stderr: string
    }
    const run = (name: string): Promise<ConcurrentRun> => {
      const temp = sandbox.directory(name)
      const report = path.join(temp, '..', `${name}.json`)
      const child = spawn(
        process.execPath,
        [
          CLI,
          'verify',
          '--no-cache',
          '--jobs',
          '2',
          '--json',
          report,
          'HEAD~3',
          'HEAD~2',
          'HEAD~1',
          'HEAD'
        ],
        {
          cwd: ds.path,
          env: { ...sandbox.env, RUNNER_TEMP: temp, TMPDIR: temp },
          stdio: ['ignore', 'ignore', 'pipe']
        }
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      return new Promise(resolve =>
        child.on('close', code =>
          resolve({
            code,
            report: JSON.parse(fs.readFileSync(report, 'utf8')) as JsonReport,
            stderr
          })
        )
      )
    }
    const before = checkoutState(ds.path)
    const [a, b] = await Promise.all([run('first'), run('second')])
    // On failure, say which commit failed and why, and what the CLI said.
    const outcome = (r: ConcurrentRun) => ({
      code: r.code,
      notReproduced: r.report.commits
        .filter(c => c.status !== 'reproduced')
        .map(c => `${c.subject}: ${c.status}: ${c.reason ?? ''} ${c.log?.tail ?? ''}`),
      stderr: r.code === 0 ? '' : r.stderr
    })
    expect([outcome(a), outcome(b)]).toEqual(
      [0, 0].map(() => ({ code: 0, notReproduced: [], stderr: '' }))
    )
    const statuses = (r: JsonReport): string[][] => r.commits.map(c => [c.subject, c.status])
    expect(statuses(a.report)).toEqual([1, 2, 3, 4].map(n => [`parallel ${n}`, 'reproduced']))
    expect(statuses(b.report)).toEqual(statuses(a.report))
    expect(stateChanges(before, checkoutState(ds.path))).toEqual([])
    expect(ds.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1)
  })
})
