/** A problem with how rerun-action was called or configured (exit code 2), not with a commit. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** What a caught value says: its message when it is an Error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
