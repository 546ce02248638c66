/**
 * The git queries and fetches the action needs around the engine: history depth, ancestry,
 * fetching from origin, config lookups. Output is captured, never echoed into the runner log.
 */
import { runGit } from '../engine/git/git-port.js'
import type { ProcessResult } from '../engine/process.js'

export class RepositoryGit {
  constructor(readonly root: string) {}

  private run(args: readonly string[]): Promise<ProcessResult> {
    return runGit(args, { cwd: this.root })
  }

  private async output(args: readonly string[]): Promise<string | null> {
    const result = await this.run(args)
    return result.code === 0 ? result.stdout.toString('utf8').trim() : null
  }

  async isShallow(): Promise<boolean> {
    return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true'
  }

  async resolveCommit(rev: string): Promise<string | null> {
    return this.output(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    return this.output(['merge-base', a, b])
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0
  }

  async hasRemote(name: string): Promise<boolean> {
    return (await this.output(['remote', 'get-url', name])) !== null
  }

  async remoteHasRef(remote: string, ref: string): Promise<boolean> {
    return (await this.run(['ls-remote', '--exit-code', remote, ref])).code === 0
  }

  /** `git fetch` from a remote; resolves to git's error text on failure, null on success. */
  async fetch(
    remote: string,
    refspecs: readonly string[],
    unshallow = false
  ): Promise<string | null> {
    const result = await this.run([
      'fetch',
      '--no-tags',
      '--quiet',
      ...(unshallow ? ['--unshallow'] : []),
      remote,
      ...refspecs
    ])
    return result.code === 0 ? null : result.stderr.toString('utf8').trim() || `exit ${result.code}`
  }

  /** Names (not values) of the config entries matching a regular expression. */
  async configNames(pattern: string): Promise<string[]> {
    const names = await this.output(['config', '--name-only', '--get-regexp', pattern])
    return names ? [...new Set(names.split('\n').filter(Boolean))] : []
  }
}
