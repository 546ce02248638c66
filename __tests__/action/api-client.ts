/**
 * The action's own Octokit (createOctokit: both plugins, the same retry bounds) against a fake
 * API, through the one test seam of ClientPacing: every wait takes no time and writes are not
 * spaced, so that tests exercise retries without sleeping.
 */
import Bottleneck from 'bottleneck'
import { createOctokit, type Octokit } from '../../src/action/github-api.js'
import type { FakeGitHubApi } from '../helpers/fake-github-api.js'

export function instantOctokit(
  api: FakeGitHubApi,
  onWait: (message: string) => void = () => undefined
): Octokit {
  return createOctokit('fake-token', {
    baseUrl: api.url,
    onWait,
    pacing: {
      msPerSecond: 0,
      write: new Bottleneck.Group({ maxConcurrent: 1 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1 })
    }
  })
}
