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

export type OutputStatus =
  'match' | 'within-tolerance' | 'ignored' | 'modified' | 'missing' | 'unexpected' | 'unverifiable'

/** The likely cause of a difference, named only when the evidence is clear. */
export type CauseHint =
  | 'timestamps'
  | 'float-drift'
  | 'reordered'
  | 'whitespace'
  | 'line-endings'
  | 'missing'
  | 'empty'
  | 'non-deterministic'

/** Largest numeric deviation found between committed and regenerated numbers. */
export interface Deviation {
  absolute: number
  relative: number
}

/** What changed in an output, in the form a person reads for that kind of file. */
export type OutputDiff =
  | {
      kind: 'text'
      /** Unified diff (committed → regenerated), capped; `truncatedLines` says how much was cut. */
      unified: string
      firstDifferentLine: number
      truncatedLines: number
    }
  | {
      kind: 'binary'
      committed: { size: number; sha256?: string }
      regenerated: { size: number; sha256?: string }
      /** Offset of the first differing byte; null when one file is a prefix of the other. */
      firstDifferentByte: number | null
    }
  | {
      kind: 'json'
      changes: {
        path: string
        change: 'added' | 'removed' | 'changed'
        old?: unknown
        new?: unknown
      }[]
      truncated: number
      firstDifferentLine?: number
    }
  | {
      kind: 'table'
      /** Changed cells; rows count from 1 at the first data row, columns are header names (or numbers). */
      cells: { row: number; column: string; old: string; new: string }[]
      addedRows: number
      removedRows: number
      truncated: number
      firstDifferentLine?: number
    }
  | {
      kind: 'annex-unavailable'
      /** The committed annexed content was not downloaded (or could not be); only key facts are known. */
      committedKey: string
      committedSize?: number
      regenerated: { size: number; digest?: string }
    }

/** One file change of the run commit against its first parent (from `git diff-tree --raw`). */
export interface TreeChange {
  status: 'A' | 'M' | 'D' | 'T'
  path: string
  /** Mode and object in the run commit; absent for deletions. */
  mode?: string
  object?: string
}

/** Where a custom placeholder's value came from, lowest precedence first. */
export type SubstitutionSource =
  | { kind: 'dataset' }
  | { kind: 'git-config' }
  | { kind: 'environment'; variable: string }
  | { kind: 'override' }

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
  /**
   * Values of custom placeholders (`datalad.run.substitutions.*`) by name: from that commit's
   * `.datalad/config`, overridden as datalad does at rerun time (see history/substitutions.ts).
   */
  substitutions: Record<string, string>
  /** Where each value in `substitutions` came from. */
  substitutionSources?: Record<string, SubstitutionSource>
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
  kind: 'git' | 'annex' | 'symlink' | 'directory' | 'special' | 'subdataset'
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
  diff?: OutputDiff
  cause?: CauseHint
  deviation?: Deviation
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
  /** Index of the commit in the whole plan (oldest first), also when only a shard was verified. */
  position?: number
  /** Set when the verdict comes from an earlier verification in the same environment. */
  cached?: { verifiedAt: string; run: string }
  reason?: string
  command?: string
  exit?: { recorded: number; actual: number | null }
  durationMs: number
  outputs: OutputVerdict[]
  log?: CommandLog
  /**
   * The run commits of the plan this one reads files from (history/dependencies.ts), oldest
   * first; set by verify. Absent in reports written before dependencies were computed.
   */
  dependencies?: string[]
  /** Set when the commit reads from more run commits than `dependencies` lists (the newest are kept). */
  dependenciesTruncated?: boolean
}

export interface VerificationRange {
  since: string | null
  until: string
  commits: string[] | null
}

export interface VerificationResult {
  repository: string
  range: VerificationRange
  /** Set when only one shard of the plan was verified. */
  shard?: { index: number; count: number }
  /** Set when the verification was cancelled: commits that never started are not listed. */
  incomplete?: boolean
  /** Whether replayed commands ran isolated, in namespaces that hide credentials (isolation.ts). */
  isolated?: boolean
  commits: CommitVerdict[]
  startedAt: string
  durationMs: number
}
