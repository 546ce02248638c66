/** Custom placeholder values: datalad's reading of the environment, and rerun-action's overrides. */
import { describe, expect, it } from '@jest/globals'
import { parseCliArguments } from '../../src/cli/arguments.js'
import { UsageError } from '../../src/engine/errors.js'
import {
  configKeyOfVariable,
  customPlaceholderNames,
  parseSubstitutionAssignments,
  substitutionsFromEnvironment
} from '../../src/engine/history/substitutions.js'

describe('configKeyOfVariable (datalad config.py _update_from_env)', () => {
  it.each([
    ['DATALAD_RUN_SUBSTITUTIONS_PYTHON', 'datalad.run.substitutions.python'],
    ['DATALAD_RUN_SUBSTITUTIONS_PLOT__TOOL', 'datalad.run.substitutions.plot-tool'],
    ['DATALAD_RUN_SUBSTITUTIONS_MY_TOOL', 'datalad.run.substitutions.my.tool']
  ])('%s → %s', (variable, key) => {
    expect(configKeyOfVariable(variable)).toBe(key)
  })
})

describe('substitutionsFromEnvironment', () => {
  it('reads DATALAD_RUN_SUBSTITUTIONS_* and names the variable as the source', () => {
    const found = substitutionsFromEnvironment({
      PATH: '/usr/bin',
      DATALAD_RUN_SUBSTITUTIONS_PYTHON: 'python3',
      DATALAD_RUN_SUBSTITUTIONS_PLOT__TOOL: 'gnuplot -p',
      DATALAD_LOG_LEVEL: 'debug'
    })
    expect(Object.fromEntries(found)).toEqual({
      python: {
        value: 'python3',
        source: { kind: 'environment', variable: 'DATALAD_RUN_SUBSTITUTIONS_PYTHON' }
      },
      'plot-tool': {
        value: 'gnuplot -p',
        source: { kind: 'environment', variable: 'DATALAD_RUN_SUBSTITUTIONS_PLOT__TOOL' }
      }
    })
  })

  it('reads DATALAD_CONFIG_OVERRIDES_JSON (datalad -c), below the variables', () => {
    const json = JSON.stringify({
      'datalad.run.substitutions.python': 'python3.12',
      'datalad.run.substitutions.r': ['R-4.3', 'R-4.4'],
      'datalad.log.level': 'debug'
    })
    const both = substitutionsFromEnvironment({
      DATALAD_CONFIG_OVERRIDES_JSON: json,
      DATALAD_RUN_SUBSTITUTIONS_PYTHON: 'python3'
    })
    expect(both.get('python')?.value).toBe('python3')
    expect(both.get('r')).toEqual({
      value: 'R-4.4',
      source: { kind: 'environment', variable: 'DATALAD_CONFIG_OVERRIDES_JSON' }
    })
    expect(
      substitutionsFromEnvironment({ DATALAD_CONFIG_OVERRIDES_JSON: json }).get('python')?.value
    ).toBe('python3.12')
  })

  it('refuses DATALAD_CONFIG_OVERRIDES_JSON that is not JSON, rather than ignore it', () => {
    expect(() => substitutionsFromEnvironment({ DATALAD_CONFIG_OVERRIDES_JSON: '{' })).toThrow(
      UsageError
    )
  })
})

describe('parseSubstitutionAssignments', () => {
  it('splits at the first =, keeps the rest of the value as it is', () => {
    expect(
      Object.fromEntries(
        parseSubstitutionAssignments(['python=python3 -X utf8', 'q=a=b', 'empty='], '--x')
      )
    ).toEqual({ python: 'python3 -X utf8', q: 'a=b', empty: '' })
  })

  it.each([
    ['python', 'takes NAME=VALUE'],
    ['=python3', 'takes NAME=VALUE'],
    ['my.tool=x', 'takes NAME=VALUE'],
    ['0=x', 'takes NAME=VALUE'],
    ['outputs=x', '{outputs} is a placeholder datalad fills itself']
  ])('refuses %j', (assignment, message) => {
    expect(() => parseSubstitutionAssignments([assignment], '--substitution')).toThrow(message)
  })

  it('refuses a name given twice', () => {
    expect(() => parseSubstitutionAssignments(['a=1', 'a=2'], '--substitution')).toThrow(
      '--substitution: a is given more than once'
    )
  })
})

describe('customPlaceholderNames', () => {
  it('lists the names only substitutions can fill', () => {
    expect(
      customPlaceholderNames(
        "{python} -c 'print({{1}})' {inputs} > {outputs[0]} && {python!s} {tool[0]} {pwd}"
      )
    ).toEqual(['python', 'tool'])
    expect(customPlaceholderNames('cat {inputs} > {outputs}')).toEqual([])
  })

  it('reads a field name as str.format would, however the braces fall', () => {
    // The scan is checked against the plain statement of the rule: drop the literal `{{` and
    // `}}`, then each remaining `{` opens a field named up to the first of `{}!:.[`.
    const byRule = (cmd: string): string[] => [
      ...new Set(
        [...cmd.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}!:.[]*)/g)]
          .map(match => match[1] ?? '')
          .filter(name => !['inputs', 'outputs', 'pwd', 'dspath', 'tmpdir'].includes(name))
      )
    ]
    const pieces = ['{', '}', '{{', '}}', '!', ':', '.', '[', 'a', 'inputs', 'pwd', ' ', 'x_1']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let i = 0; i < 3000; i++) {
      const cmd = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join('')
      expect([cmd, customPlaceholderNames(cmd)]).toEqual([cmd, byRule(cmd)])
    }
    // `}}` and `{{` go first: `{a}}b}` is the field `ab`; `{}` is an (unfillable) empty name.
    expect(customPlaceholderNames('{a}}b} {{c} {}')).toEqual(['ab', ''])
  })
})

describe('verify --substitution', () => {
  it('is repeatable and reaches the settings by name', () => {
    const settings = parseCliArguments([
      'verify',
      '--substitution',
      'python=python3',
      '--substitution',
      'r=Rscript --vanilla'
    ])
    expect(settings).toMatchObject({ substitutions: { python: 'python3', r: 'Rscript --vanilla' } })
  })

  it('is a usage error when malformed', () => {
    expect(() => parseCliArguments(['verify', '--substitution', 'python'])).toThrow(UsageError)
  })
})
