/**
 * Splitting a plan across CI runners (a GitHub Actions matrix): deterministic, so every shard
 * computes the same split independently, and balanced by cost, so shards finish together.
 */
import { UsageError } from '../errors.js'
import type { PlannedCommit } from '../model.js'

export interface ShardSpec {
  /** 1-based index of this shard. */
  index: number
  count: number
}

export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(
      `shard must look like i/n with 1 ≤ i ≤ n (e.g. 2/3), not ${JSON.stringify(text)}`
    )
  }
  return { index, count }
}

/**
 * Longest-processing-time-first assignment: the most expensive commit goes to the currently
 * cheapest shard. Ties are broken by SHA, never by timing, so the split is reproducible.
 * @param cost estimated seconds per commit (a recorded duration, or 1 when unknown)
 * @returns for each commit of `commits`, the 1-based shard it belongs to
 */
export function assignShards(
  commits: readonly PlannedCommit[],
  count: number,
  cost: (commit: PlannedCommit) => number
): number[] {
  const order = commits
    .map((commit, position) => ({
      position,
      sha: commit.sha,
      cost: commit.verdict ? 0 : Math.max(0, cost(commit))
    }))
    .sort((a, b) => b.cost - a.cost || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0))
  const load = new Array<number>(count).fill(0)
  const sizes = new Array<number>(count).fill(0)
  const assignment = new Array<number>(commits.length).fill(1)
  for (const item of order) {
    let best = 0
    for (let shard = 1; shard < count; shard++) {
      const lighter = (load[shard] ?? 0) < (load[best] ?? 0)
      const tie = load[shard] === load[best] && (sizes[shard] ?? 0) < (sizes[best] ?? 0)
      if (lighter || tie) best = shard
    }
    load[best] = (load[best] ?? 0) + item.cost
    sizes[best] = (sizes[best] ?? 0) + 1
    assignment[item.position] = best + 1
  }
  return assignment
}
