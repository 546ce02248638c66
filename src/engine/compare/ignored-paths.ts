/**
 * Which files a rerun produced that git would ignore, judged by the `.gitignore` files of the run
 * commit (read from the object store) rather than by git in the checkout, whose `.gitignore`
 * files and config the command could have written. Matching follows git's rules (the `ignore`
 * package): each directory's file applies below it, deeper files override, and nothing below an
 * ignored directory can be re-included.
 */
import type createIgnore from 'ignore'
import type { Ignore } from 'ignore'
import type { GitCommandManager } from '../git/git-command-manager.js'

function ancestors(p: string): string[] {
  const parts = p.split('/').slice(0, -1)
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
}

export async function ignoredPaths(
  git: GitCommandManager,
  commit: string,
  paths: readonly string[]
): Promise<Set<string>> {
  if (paths.length === 0) return new Set()
  const dirs = new Set([''])
  for (const p of paths) for (const dir of ancestors(p)) dirs.add(dir)
  const specOf = (dir: string): string => `${commit}:${dir === '' ? '' : `${dir}/`}.gitignore`
  const files = await git.readObjects([...dirs].map(specOf))
  const rules = new Map<string, Ignore>()
  // Loaded only where some .gitignore applies: most datasets have none on their outputs' paths.
  let matcher: typeof createIgnore | undefined
  for (const dir of dirs) {
    const text = files.get(specOf(dir))
    if (!text) continue
    matcher ??= (await import('ignore')).default
    rules.set(dir, matcher().add(text.toString('utf8')))
  }
  /** Whether `entry` (a directory when it ends in `/`) is ignored: the deepest file with an opinion decides. */
  const decides = (entry: string): boolean => {
    const plain = entry.replace(/\/$/, '')
    for (const dir of ['', ...ancestors(plain)].reverse()) {
      const rule = rules.get(dir)
      if (!rule) continue
      const verdict = rule.test(dir === '' ? entry : entry.slice(dir.length + 1))
      if (verdict.ignored) return true
      if (verdict.unignored) return false
    }
    return false
  }
  const ignored = new Set<string>()
  for (const p of paths) {
    // Nothing below an ignored directory can be re-included.
    const dirs = ancestors(p).map(dir => `${dir}/`)
    if (dirs.some(decides) || decides(p)) ignored.add(p)
  }
  return ignored
}
