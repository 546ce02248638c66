/**
 * The verdict store (see src/engine/cache/verdict-cache.ts) in the Actions cache: restored before
 * verifying, saved afterwards under a key of its own, so that the next run restores the newest
 * store of the same environment. The cache only saves work: every failure here is a warning or a
 * notice, and the verification goes on without it.
 */
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { environmentFingerprint, VerdictStore } from '../engine/cache/verdict-cache.js'
import type { GitCommandManager } from '../engine/git/git-command-manager.js'
import type { CacheSetting } from './inputs.js'
import { messageOf } from '../engine/errors.js'

export interface CacheDecision {
  enabled: boolean
  why: string
}

/** Whether this step uses the verdict cache, and why, for the log. */
export function decideCache(setting: CacheSetting, eventName: string): CacheDecision {
  if (setting === 'false') return { enabled: false, why: 'cache: false' }
  if (setting === 'auto' && eventName === 'schedule') {
    return {
      enabled: false,
      why: 'a scheduled run re-executes every run commit to catch drift in the environment; set cache: true to use the cache'
    }
  }
  return { enabled: true, why: setting === 'true' ? 'cache: true' : 'cache: auto' }
}

export class VerdictStoreCache {
  private constructor(
    readonly store: VerdictStore,
    /** Every store saved for this environment starts with it; the newest one is restored. */
    readonly restorePrefix: string,
    /** Cache entries cannot be overwritten, so each job saves under a key of its own. */
    readonly saveKey: string
  ) {}

  /** The repository's own store, with keys from the environment fingerprint at HEAD. */
  static async open(
    git: GitCommandManager,
    keyFiles: readonly string[]
  ): Promise<VerdictStoreCache> {
    const store = await VerdictStore.forRepository(git)
    const fingerprint = await environmentFingerprint(git, 'HEAD', keyFiles)
    const prefix = `rerun-action-verdicts-v1-${process.platform}-${process.arch}-${fingerprint.slice(0, 16)}-`
    const run = `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
    return new VerdictStoreCache(store, prefix, `${prefix}${run}-${randomUUID()}`)
  }

  async restore(): Promise<void> {
    if (!cache.isFeatureAvailable()) {
      core.notice(
        `Verdict cache: the Actions cache service is not available (e.g. outside GitHub), so only the verdicts already in ${this.store.dir} are used.`
      )
      return
    }
    try {
      // No store has this job's own key yet: the prefix finds the newest of this environment.
      const matched = await cache.restoreCache([this.store.dir], this.saveKey, [this.restorePrefix])
      core.info(
        matched
          ? `Verdict cache: restored ${matched}.`
          : `Verdict cache: no saved store of this environment to restore (${this.restorePrefix}*).`
      )
    } catch (e) {
      core.warning(`Verdict cache: could not restore (${messageOf(e)}); verifying without it.`)
    }
  }

  /** Saves the store when this run added verdicts to it. */
  async save(newVerdicts: number): Promise<void> {
    if (newVerdicts === 0) {
      core.info('Verdict cache: no new reproduced verdicts, so nothing to save.')
      return
    }
    if (!cache.isFeatureAvailable()) return
    try {
      // -1: @actions/cache has already logged why it did not save.
      if ((await cache.saveCache([this.store.dir], this.saveKey)) !== -1) {
        core.info(`Verdict cache: saved ${newVerdicts} new verdict(s) as ${this.saveKey}.`)
      }
    } catch (e) {
      core.warning(
        `Verdict cache: could not save (${messageOf(e)}); the verification result is not affected.`
      )
    }
  }
}
