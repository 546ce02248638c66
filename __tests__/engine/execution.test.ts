/**
 * How commands are replayed: exit codes, placeholder substitution, the environment they get
 * (never the runner's tokens) and the timeout (the whole process group is killed).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  commitNamed,
  type CliRun,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  runMessage,
  runRecord,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'

const SECRETS = {
  GITHUB_TOKEN: 'ghp_secretValueOfGithubToken1',
  GH_TOKEN: 'gho_secretValueOfGhToken2',
  'INPUT_GITHUB-TOKEN': 'secretValueOfInputToken3',
  ACTIONS_RUNTIME_TOKEN: 'secretValueOfActionsRuntime4'
}

/** Processes of a process group that are still running (zombies, already dead, do not count). */
function runningInGroup(pgid: number): string[] {
  const ps = spawnSync('ps', ['-A', '-o', 'pgid=,stat=,args='], { encoding: 'utf8' })
  return ps.stdout
    .split('\n')
    .map(line => line.trim().split(/\s+/))
    .filter(([group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'))
    .map(fields => fields.slice(2).join(' '))
}

describeWithDatalad('replaying commands', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let run: CliRun
  let githubEnv: string
  let pidFile: string
  let slow: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    githubEnv = path.join(sandbox.directory('runner'), 'github_env')
    pidFile = path.join(sandbox.directory('pids'), 'slow.pid')
    ds = Dataset.create(sandbox, 'execution', { text2git: true })
    ds.write('in1.txt', 'first\n')
    ds.write('in2.txt', 'second\n')
    ds.write('sub/local.txt', 'local\n')
    ds.git('config', '-f', '.datalad/config', 'datalad.run.substitutions.greeting', 'hello world')
    ds.save('inputs and a custom placeholder')

    ds.run('echo partial > fail.txt; exit 3', {
      message: 'recorded exit 3',
      outputs: ['fail.txt'],
      failing: true
    })
    ds.saveFailedRun(message => message)
    ds.run('echo partial > fail2.txt; exit 3', {
      message: 'edited to exit 0',
      outputs: ['fail2.txt'],
      failing: true
    })
    ds.saveFailedRun(message => message.replace('"exit": 3', '"exit": 0'))

    ds.run('cat {inputs} > {outputs[0]} && cp {inputs[0]} {outputs[1]}', {
      message: 'inputs and outputs',
      inputs: ['in1.txt', 'in2.txt'],
      outputs: ['joined.txt', 'first.txt']
    })
    ds.run('test {pwd} = {dspath}/sub && cat {dspath}/in1.txt {pwd}/local.txt > where.txt', {
      message: 'pwd and dspath',
      cwd: 'sub',
      inputs: ['../in1.txt'],
      outputs: ['where.txt']
    })
    ds.run('test -d {tmpdir} && sort -r {inputs} > {tmpdir}/s && cp {tmpdir}/s {outputs}', {
      message: 'tmpdir',
      inputs: ['in1.txt'],
      outputs: ['viatmp.txt']
    })
    ds.run("printf '%s\\n' '{{literal}}' > braces.txt", {
      message: 'literal braces',
      outputs: ['braces.txt']
    })
    ds.run('echo {greeting} > greeting.txt', {
      message: 'custom placeholder',
      outputs: ['greeting.txt']
    })
    ds.run('env | sort > env.txt; cat env.txt', { message: 'environment', outputs: ['env.txt'] })
    ds.addUserState()
    run = verifyCli(ds, ['--since', ''], {
      json: true,
      env: { ...SECRETS, GITHUB_ENV: githubEnv }
    })
    slow = ds.danglingCommit(
      runMessage(
        'sleeps for 30 s',
        runRecord(ds.id, {
          cmd: `echo $$ > ${pidFile}; sleep 30 & sleep 30; echo done > slow.txt`,
          outputs: ['slow.txt']
        })
      ),
      [ds.head()]
    )
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  it('verifies every commit and leaves the checkout untouched', () => {
    expect(run.report?.commits.map(c => [c.subject, c.status])).toEqual([
      ['recorded exit 3', 'reproduced'],
      ['edited to exit 0', 'failed'],
      ['inputs and outputs', 'reproduced'],
      ['pwd and dspath', 'reproduced'],
      ['tmpdir', 'reproduced'],
      ['literal braces', 'reproduced'],
      ['custom placeholder', 'reproduced'],
      ['environment', 'mismatch']
    ])
    expect(run.code).toBe(1)
    expectUntouched(ds, run)
  })

  it('accepts a recorded non-zero exit code when the command exits the same way', () => {
    const verdict = commitNamed(run.report, 'recorded exit 3')
    expect(verdict.exit).toEqual({ recorded: 3, actual: 3 })
    expect(outputStatuses(verdict)).toEqual({ 'fail.txt': 'match' })
  })

  it('fails a commit whose command exits differently from the record', () => {
    expect(commitNamed(run.report, 'edited to exit 0')).toMatchObject({
      status: 'failed',
      reason: 'command exited with 3, the record says 0',
      exit: { recorded: 0, actual: 3 }
    })
  })

  it('substitutes {inputs}, {outputs} and indexed placeholders', () => {
    const verdict = commitNamed(run.report, 'inputs and outputs')
    expect(verdict.command).toBe('cat in1.txt in2.txt > joined.txt && cp in1.txt first.txt')
    expect(outputStatuses(verdict)).toEqual({ 'first.txt': 'match', 'joined.txt': 'match' })
  })

  it('substitutes {pwd} and {dspath} with the replay checkout, not the original dataset', () => {
    const verdict = commitNamed(run.report, 'pwd and dspath')
    expect(verdict.command).toMatch(/^test (\/\S+)\/sub = \1\/sub && cat \1\/in1\.txt /)
    expect(verdict.command).not.toContain(ds.path)
    expect(outputStatuses(verdict)).toEqual({ 'sub/where.txt': 'match' })
  })

  it('gives {tmpdir} a fresh directory outside the checkout', () => {
    const verdict = commitNamed(run.report, 'tmpdir')
    const tmpdir = /^test -d (\S+) /.exec(verdict.command ?? '')?.[1] ?? ''
    expect(path.isAbsolute(tmpdir)).toBe(true)
    expect(commitNamed(run.report, 'pwd and dspath').command).not.toContain(path.dirname(tmpdir))
    expect(fs.existsSync(tmpdir)).toBe(false)
    expect(outputStatuses(verdict)).toEqual({ 'viatmp.txt': 'match' })
  })

  it('turns {{ and }} into literal braces', () => {
    expect(ds.read('braces.txt')).toBe('{literal}\n')
    const verdict = commitNamed(run.report, 'literal braces')
    expect(verdict.command).toBe("printf '%s\\n' '{literal}' > braces.txt")
    expect(outputStatuses(verdict)).toEqual({ 'braces.txt': 'match' })
  })

  it('substitutes datalad.run.substitutions from the commit’s .datalad/config', () => {
    const verdict = commitNamed(run.report, 'custom placeholder')
    expect(verdict.command).toBe('echo hello world > greeting.txt')
    expect(outputStatuses(verdict)).toEqual({ 'greeting.txt': 'match' })
  })

  it('never lets a token or a workflow file path reach the command or the report', () => {
    const verdict = commitNamed(run.report, 'environment')
    const environment = verdict.log?.tail ?? ''
    expect(environment).toMatch(/^PATH=/m)
    expect(environment).toMatch(/^TMPDIR=/m)
    for (const [name, value] of Object.entries({ ...SECRETS, GITHUB_ENV: githubEnv })) {
      expect(environment).not.toContain(name)
      expect(environment).not.toContain(value)
      expect(run.stdout + run.stderr + JSON.stringify(run.report)).not.toContain(value)
    }
    expect(fs.existsSync(githubEnv)).toBe(false)
    expect(outputStatuses(verdict)).toEqual({ 'env.txt': 'modified' })
  })

  it('kills the whole process group of a command that times out', () => {
    const started = Date.now()
    const timedOut = verifyCli(ds, ['--timeout', '1', slow], { json: true })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(timedOut.code).toBe(1)
    expect(commitNamed(timedOut.report, 'sleeps for 30 s')).toMatchObject({
      status: 'failed',
      reason: 'timed out after 1 s',
      exit: { recorded: 0, actual: null }
    })
    const pgid = Number(fs.readFileSync(pidFile, 'utf8'))
    expect(pgid).toBeGreaterThan(1)
    expect(runningInGroup(pgid)).toEqual([])
    expectUntouched(ds, timedOut)
  })
})
