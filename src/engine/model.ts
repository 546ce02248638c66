/** Domain types shared by every stage of the engine (records → plan → execute → compare → verdicts). */

/** A run record as `datalad run` writes it, after normalisation (see docs/datalad-run-records.md §1.2). */
export interface RunRecord {
  /** The command with placeholders kept, normalised to a string. */
  cmd: string
  /** Expected exit code; a record without `exit` means 0. */
  exit: number
  dsid?: string
  inputs: string[]
  extraInputs: string[]
  outputs: string[]
  /** Working directory relative to the dataset root. */
  pwd: string
  chain: string[]
}

/** Where a record came from: inline JSON in the message, or a sidecar file in the commit's tree. */
export type RecordSource = { kind: 'inline' } | { kind: 'sidecar'; id: string; path: string }

export type CommitStatus =
  'reproduced' | 'mismatch' | 'failed' | 'unverifiable' | 'error' | 'skipped'

export const COMMIT_STATUSES: readonly CommitStatus[] = [
  'reproduced',
  'mismatch',
  'failed',
  'unverifiable',
  'error',
  'skipped'
]

export type OutputStatus = 'match' | 'modified' | 'missing' | 'unexpected' | 'unverifiable'

/** One file change of the run commit against its first parent (from `git diff-tree --raw`). */
export interface TreeChange {
  status: 'A' | 'M' | 'D' | 'T'
  path: string
  /** Mode and object in the run commit; absent for deletions. */
  mode?: string
  object?: string
}

/** A commit from the range, with what the plan decided about it. */
export interface PlannedCommit {
  sha: string
  parents: string[]
  subject: string
  /** Committer time, seconds since the epoch. */
  committedAt: number
  source?: RecordSource
  record?: RunRecord
  /** Files the run commit added, modified, deleted or retyped. */
  changes: TreeChange[]
  /** `datalad.run.substitutions.*` from that commit's `.datalad/config`, by placeholder name. */
  substitutions: Record<string, string>
  /** Set when the commit will not be executed: the final status and why. */
  verdict?: { status: 'skipped' | 'error' | 'unverifiable'; reason: string }
}

/** How a file differs, in terms a person can act on. */
export interface OutputDetail {
  committed?: FileIdentity
  regenerated?: FileIdentity
  note?: string
}

export interface FileIdentity {
  kind: 'git' | 'annex' | 'symlink' | 'directory' | 'subdataset'
  size?: number
  /** Git blob id, annex key, or symlink target. */
  id?: string
  /** Content digest used for the comparison, with its algorithm. */
  digest?: string
  mode?: string
}

export interface OutputVerdict {
  path: string
  status: OutputStatus
  declared: boolean
  reason?: string
  detail?: OutputDetail
}

export interface CommandLog {
  /** The last bytes of the command's combined stdout and stderr. */
  tail: string
  /** Bytes captured in total; `tail` keeps only the end. */
  totalBytes: number
  truncatedBytes: number
}

export interface CommitVerdict {
  sha: string
  subject: string
  status: CommitStatus
  reason?: string
  command?: string
  exit?: { recorded: number; actual: number | null }
  durationMs: number
  outputs: OutputVerdict[]
  log?: CommandLog
}

export interface VerificationRange {
  since: string | null
  until: string
  commits: string[] | null
}

export interface VerificationResult {
  repository: string
  range: VerificationRange
  commits: CommitVerdict[]
  startedAt: string
  durationMs: number
}
