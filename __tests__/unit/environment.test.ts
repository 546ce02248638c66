import { describe, expect, it } from '@jest/globals'
import { commandEnvironment, isForbiddenVariable } from '../../src/engine/execute/environment.js'

const runnerEnv = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  LC_ALL: 'C.UTF-8',
  GITHUB_TOKEN: 'ghs_secret',
  GH_TOKEN: 'ghs_secret',
  'INPUT_GITHUB-TOKEN': 'ghs_secret',
  ACTIONS_RUNTIME_TOKEN: 'secret',
  GITHUB_ENV: '/runner/_runner_file_commands/set_env',
  GITHUB_OUTPUT: '/runner/out',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  GIT_DIR: '/elsewhere/.git',
  AWS_SECRET_ACCESS_KEY: 'secret',
  MY_SETTING: 'x'
}

describe('commandEnvironment', () => {
  it('keeps the allow-list and drops everything else', () => {
    const env = commandEnvironment(runnerEnv, [])
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      LC_ALL: 'C.UTF-8'
    })
  })
  it('passes variables the user names, but never forbidden ones', () => {
    const env = commandEnvironment(runnerEnv, ['MY_SETTING', 'GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN'])
    expect(env.MY_SETTING).toBe('x')
    expect(env.GITHUB_TOKEN).toBeUndefined()
    expect(env['INPUT_GITHUB-TOKEN']).toBeUndefined()
  })
  it.each([
    'GITHUB_TOKEN',
    'gh_token',
    'INPUT_X',
    'ACTIONS_CACHE_URL',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GIT_DIR'
  ])('%s is forbidden', name => expect(isForbiddenVariable(name)).toBe(true))
})
