/**
 * Sidecar run records: `.datalad/runinfo/<id>` in the run commit's own tree, xz-compressed JSON
 * lines (datalad's dump2stream), usually annexed. datalad reads it from the working tree and never
 * fetches it; we read the commit's tree and fetch annexed content.
 */
import { keyFromPointer, keyFromSymlinkTarget, type AnnexKey } from '../annex/annex-key.js'
import { streamProcess } from '../process.js'
import { MAX_RECORD_BYTES, RecordError } from './run-record.js'
import { messageOf } from '../errors.js'

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

/**
 * Decompress a sidecar, reading at most MAX_RECORD_BYTES of its content: a few KiB of xz can
 * expand to gigabytes, so xz is stopped there and the record refused.
 */
async function decompress(compressed: Buffer, where: string): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  let result
  try {
    result = await streamProcess(
      'xz',
      ['--decompress', '--stdout', '--quiet'],
      { cwd: process.cwd(), input: compressed },
      chunk => {
        size += chunk.length
        if (size > MAX_RECORD_BYTES) {
          throw new RecordError(
            `sidecar record ${where} is too large to be read (it decompresses to more than the limit of ${MAX_RECORD_BYTES} bytes)`
          )
        }
        chunks.push(chunk)
      }
    )
  } catch (e) {
    if (e instanceof RecordError) throw e
    throw new RecordError(`cannot read sidecar record ${where}: the xz program is not installed`)
  }
  if (result.code !== 0) {
    throw new RecordError(
      `sidecar record ${where} is not valid xz data (${result.stderr.toString('utf8').trim()})`
    )
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Decode xz-compressed JSON lines and return the first record, as datalad's load_stream does. */
export async function decodeSidecar(
  compressed: Buffer,
  where: string
): Promise<Record<string, unknown>> {
  const firstLine = (await decompress(compressed, where))
    .split('\n')
    .find(line => line.trim() !== '')
  if (firstLine === undefined) throw new RecordError(`sidecar record ${where} is empty`)
  let value: unknown
  try {
    value = JSON.parse(firstLine)
  } catch (e) {
    throw new RecordError(`sidecar record ${where} is not valid JSON (${messageOf(e)})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(`sidecar record ${where} does not hold a JSON object`)
  }
  return value as Record<string, unknown>
}
