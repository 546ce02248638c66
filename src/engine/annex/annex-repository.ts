/** The few git-annex operations the engine needs: is it used, fetch content, compute a key. */
import fs from 'node:fs'
import path from 'node:path'
import type { GitCommandManager } from '../git/git-command-manager.js'
import { runProcess } from '../process.js'

export interface AnnexGetFailure {
  file: string
  message: string
}

/** A dataset uses git-annex when it, or one of its remotes, has a git-annex branch. */
export async function usesAnnex(git: GitCommandManager): Promise<boolean> {
  if (await git.refExists('refs/heads/git-annex')) return true
  return (await git.listRefs('refs/remotes/*/git-annex')).length > 0
}

export async function annexInstalled(): Promise<boolean> {
  try {
    const result = await runProcess('git', ['annex', 'version', '--raw'], { cwd: process.cwd() })
    return result.code === 0
  } catch {
    return false
  }
}

export class AnnexRepository {
  constructor(readonly root: string) {}

  private annex(args: readonly string[], cwd = this.root) {
    return runProcess('git', ['annex', ...args], { cwd })
  }

  /** True once `git annex init` has run here (a fresh `git clone` has not). */
  async isInitialised(): Promise<boolean> {
    const result = await runProcess('git', ['config', '--get', 'annex.uuid'], { cwd: this.root })
    return result.code === 0 && result.stdout.toString('utf8').trim() !== ''
  }

  async initialise(): Promise<void> {
    const result = await this.annex(['init', '--quiet'])
    if (result.code !== 0) {
      throw new Error(`git annex init failed: ${result.stderr.toString('utf8').trim()}`)
    }
  }

  private static failures(stdout: Buffer, stderr: Buffer, code: number | null): AnnexGetFailure[] {
    const failures: AnnexGetFailure[] = []
    for (const line of stdout.toString('utf8').split('\n')) {
      if (!line.startsWith('{')) continue
      try {
        const entry = JSON.parse(line) as {
          success?: boolean
          file?: string | null
          key?: string
          'error-messages'?: string[]
          note?: string
        }
        if (entry.success === false) {
          const messages = (entry['error-messages'] ?? []).map(m => m.trim()).filter(Boolean)
          failures.push({
            file: entry.file ?? entry.key ?? '?',
            message: messages.join(' ') || entry.note || 'git-annex could not get it'
          })
        }
      } catch {
        // not a JSON line
      }
    }
    if (failures.length === 0 && code !== 0) {
      failures.push({
        file: '?',
        message: stderr.toString('utf8').trim() || `git annex get exited ${code}`
      })
    }
    return failures
  }

  /** Fetch the content of annexed files (paths relative to `cwd`) from any remote that has it. */
  async get(cwd: string, paths: readonly string[]): Promise<AnnexGetFailure[]> {
    if (paths.length === 0) return []
    const result = await this.annex(['get', '--json', '--json-error-messages', '--', ...paths], cwd)
    return AnnexRepository.failures(result.stdout, result.stderr, result.code)
  }

  /** Path of a key's content in the local annex, fetching it first when it is not present. */
  async contentOf(key: string): Promise<{ path: string } | { failure: string }> {
    const located = async (): Promise<string | null> => {
      const result = await this.annex(['contentlocation', key])
      const rel = result.stdout.toString('utf8').trim()
      return result.code === 0 && rel ? path.resolve(this.root, rel) : null
    }
    const present = await located()
    if (present) return { path: present }
    const result = await this.annex(['get', '--json', '--json-error-messages', '--key', key])
    const failures = AnnexRepository.failures(result.stdout, result.stderr, result.code)
    if (failures.length > 0) return { failure: failures.map(f => f.message).join('; ') }
    const fetched = await located()
    return fetched && fs.existsSync(fetched)
      ? { path: fetched }
      : { failure: `content of ${key} not found after git annex get` }
  }

  /** The key git-annex computes for a file with a given backend (for hashes node lacks). */
  async calculateKey(file: string, backend: string): Promise<string | null> {
    const result = await this.annex([`--backend=${backend}`, 'calckey', file])
    return result.code === 0 ? result.stdout.toString('utf8').trim() : null
  }
}
