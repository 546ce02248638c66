/**
 * Overriding a custom placeholder at verification time, as datalad lets a user at rerun time
 * (paper-remodnav's history asks its readers to set `{python}`): `--substitution` over
 * `DATALAD_RUN_SUBSTITUTIONS_<NAME>` over `DATALAD_CONFIG_OVERRIDES_JSON` over the repository's git
 * config over the commit's committed `.datalad/config`.
 */
import { spawnSync } from 'node:child_process'
import {
  commitNamed,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  outputStatuses,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'
import type { PlannedCommand } from '../../src/engine/history/plan-commands.js'

/** What the author's machine had: committed to .datalad/config, it does not exist here. */
const AUTHOR_PYTHON = '/home/author/miniconda3/bin/python'

/** This machine's interpreter, as datalad names one (sys.executable). */
const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).stdout.trim()

const SUBJECT = 'compute the answer'
const PLAIN_SUBJECT = 'no placeholder'

describeWithDatalad('substitution overrides', () => {
  let sandbox: Sandbox
  let ds: Dataset
  let step: string

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'substitutions', { text2git: true })
    ds.git('config', '-f', '.datalad/config', 'datalad.run.substitutions.python', AUTHOR_PYTHON)
    ds.save("the author's interpreter")
    // The author ran it with an override (`datalad -c`); the record keeps `{python}`.
    const made = ds.datalad([
      '-c',
      `datalad.run.substitutions.python=${PYTHON}`,
      'run',
      '-m',
      SUBJECT,
      '-o',
      'answer.txt',
      `{python} -c "print(6 * 7)" > {outputs}`
    ])
    if (made.code !== 0) throw new Error(`datalad run failed:\n${made.stderr}`)
    step = ds.head()
    ds.run('echo plain > plain.txt', { message: PLAIN_SUBJECT, outputs: ['plain.txt'] })
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  /** `verify --plan --json` on the run commits, with `args` and `env`. */
  function plan(args: string[], env: Record<string, string> = {}): PlannedCommand[] {
    const run = verifyCli(ds, ['--plan', ...args], { json: true, env })
    expect(run.code).toBe(0)
    expectUntouched(ds, run)
    return (run.report as unknown as { commands: PlannedCommand[] }).commands
  }

  function planned(commands: PlannedCommand[], subject: string): PlannedCommand {
    const found = commands.find(c => c.subject === subject)
    if (!found) throw new Error(`no ${subject} in the plan`)
    return found
  }

  it('records `{python}` unexpanded, so the committed value fails here', () => {
    expect(ds.git('log', '-1', '--format=%B', step)).toContain(
      '"cmd": "{python} -c \\"print(6 * 7)\\" > {outputs}"'
    )
    const run = verifyCli(ds, [step], { json: true })
    expect(commitNamed(run.report, SUBJECT)).toMatchObject({
      status: 'failed',
      command: `${AUTHOR_PYTHON} -c "print(6 * 7)" > answer.txt`,
      exit: { recorded: 0, actual: 127 }
    })
    expectUntouched(ds, run)
  })

  it('--substitution overrides it', () => {
    const run = verifyCli(ds, ['--substitution', `python=${PYTHON}`, step], { json: true })
    expect(run.code).toBe(0)
    const verdict = commitNamed(run.report, SUBJECT)
    expect(verdict).toMatchObject({
      status: 'reproduced',
      command: `${PYTHON} -c "print(6 * 7)" > answer.txt`
    })
    expect(outputStatuses(verdict)).toEqual({ 'answer.txt': 'match' })
    expectUntouched(ds, run)
  })

  it('--substitution overrides it in a plain git clone too, as a CI checkout is', () => {
    const clone = Dataset.clone(sandbox, ds, 'clone', 'git')
    const run = verifyCli(clone, ['--substitution', `python=${PYTHON}`, step], { json: true })
    expect(commitNamed(run.report, SUBJECT).status).toBe('reproduced')
    expectUntouched(clone, run)
  })

  it('DATALAD_RUN_SUBSTITUTIONS_PYTHON overrides it', () => {
    const run = verifyCli(ds, [step], {
      json: true,
      env: { DATALAD_RUN_SUBSTITUTIONS_PYTHON: PYTHON }
    })
    expect(run.code).toBe(0)
    expect(commitNamed(run.report, SUBJECT).status).toBe('reproduced')
  })

  it("the repository's git config overrides it", () => {
    ds.git('config', 'datalad.run.substitutions.python', PYTHON)
    try {
      const run = verifyCli(ds, [step], { json: true })
      expect(run.code).toBe(0)
      expect(commitNamed(run.report, SUBJECT).status).toBe('reproduced')
      expectUntouched(ds, run)
    } finally {
      ds.git('config', '--unset', 'datalad.run.substitutions.python')
    }
  })

  it('takes each source over the ones below it, and --plan says which one', () => {
    ds.git('config', 'datalad.run.substitutions.python', 'from-git-config')
    try {
      const json = JSON.stringify({ 'datalad.run.substitutions.python': 'from-json' })
      const all = {
        DATALAD_RUN_SUBSTITUTIONS_PYTHON: 'from-variable',
        DATALAD_CONFIG_OVERRIDES_JSON: json
      }
      const cases: [string[], Record<string, string>, string, PlannedCommand['substitutions']][] = [
        [
          ['--substitution', 'python=from-option'],
          all,
          'from-option',
          [{ name: 'python', value: 'from-option', source: { kind: 'override' } }]
        ],
        [
          [],
          all,
          'from-variable',
          [
            {
              name: 'python',
              value: 'from-variable',
              source: { kind: 'environment', variable: 'DATALAD_RUN_SUBSTITUTIONS_PYTHON' }
            }
          ]
        ],
        [
          [],
          { DATALAD_CONFIG_OVERRIDES_JSON: json },
          'from-json',
          [
            {
              name: 'python',
              value: 'from-json',
              source: { kind: 'environment', variable: 'DATALAD_CONFIG_OVERRIDES_JSON' }
            }
          ]
        ],
        [
          [],
          {},
          'from-git-config',
          [{ name: 'python', value: 'from-git-config', source: { kind: 'git-config' } }]
        ]
      ]
      for (const [args, env, value, substitutions] of cases) {
        const commands = plan(args, env)
        expect(planned(commands, SUBJECT)).toMatchObject({
          status: 'run',
          command: `${value} -c "print(6 * 7)" > answer.txt`,
          substitutions
        })
        // A command without the placeholder is not touched (nor is its verdict cache key).
        expect(planned(commands, PLAIN_SUBJECT).substitutions).toBeUndefined()
      }
    } finally {
      ds.git('config', '--unset', 'datalad.run.substitutions.python')
    }
    expect(planned(plan([]), SUBJECT).substitutions).toEqual([
      { name: 'python', value: AUTHOR_PYTHON, source: { kind: 'dataset' } }
    ])
  })

  it('shows the value and its source in the plan text', () => {
    const run = verifyCli(ds, ['--plan', '--substitution', 'python=python3', step])
    expect(run.stdout).toContain('    $ python3 -c "print(6 * 7)" > answer.txt\n')
    expect(run.stdout).toContain('    {python} = python3  (from --substitution)\n')
    const committed = verifyCli(ds, ['--plan', step])
    expect(committed.stdout).toContain(
      `    {python} = ${AUTHOR_PYTHON}  (from the commit's .datalad/config)\n`
    )
  })

  it('refuses a malformed --substitution as a usage error', () => {
    const run = verifyCli(ds, ['--substitution', 'pwd=/tmp', step])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('{pwd} is a placeholder datalad fills itself')
  })
})
