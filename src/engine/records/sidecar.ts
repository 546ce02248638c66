/**
 * Sidecar run records: `.datalad/runinfo/<id>` in the run commit's own tree, xz-compressed JSON
 * lines (datalad's dump2stream), usually annexed. datalad reads it from the working tree and never
 * fetches it; we read the commit's tree and fetch annexed content.
 */
import { keyFromPointer, keyFromSymlinkTarget, type AnnexKey } from '../annex/annex-key.js'
import { runProcess } from '../process.js'
import { RecordError } from './run-record.js'

export const DEFAULT_RECORD_DIRECTORY = '.datalad/runinfo'

/**
 * The annex key a sidecar blob stands for (a locked file's symlink target or an unlocked file's
 * pointer), or null when the blob is the compressed record itself.
 */
export function sidecarKey(blob: Buffer): AnnexKey | null {
  if (blob.length < 4096 && !blob.includes(0)) {
    const key = keyFromSymlinkTarget(blob.toString('utf8'))
    if (key) return key
  }
  return keyFromPointer(blob)
}

/** Decode xz-compressed JSON lines and return the first record, as datalad's load_stream does. */
export async function decodeSidecar(
  compressed: Buffer,
  where: string
): Promise<Record<string, unknown>> {
  let result
  try {
    result = await runProcess('xz', ['--decompress', '--stdout', '--quiet'], {
      cwd: process.cwd(),
      input: compressed
    })
  } catch {
    throw new RecordError(`cannot read sidecar record ${where}: the xz program is not installed`)
  }
  if (result.code !== 0) {
    throw new RecordError(
      `sidecar record ${where} is not valid xz data (${result.stderr.toString('utf8').trim()})`
    )
  }
  const firstLine = result.stdout
    .toString('utf8')
    .split('\n')
    .find(line => line.trim() !== '')
  if (firstLine === undefined) throw new RecordError(`sidecar record ${where} is empty`)
  let value: unknown
  try {
    value = JSON.parse(firstLine)
  } catch (e) {
    throw new RecordError(
      `sidecar record ${where} is not valid JSON (${e instanceof Error ? e.message : String(e)})`
    )
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(`sidecar record ${where} does not hold a JSON object`)
  }
  return value as Record<string, unknown>
}
