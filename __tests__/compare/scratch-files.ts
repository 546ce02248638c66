/** Committed/regenerated file pairs in a temporary directory, for the comparison tests. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ComparisonRule, Tolerance } from '../../src/engine/config/comparison-rules.js'

export class ScratchFiles {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-compare-'))
  private count = 0

  /** Write both versions; returns their paths. */
  pair(committed: string | Buffer, regenerated: string | Buffer): [string, string] {
    const base = path.join(this.dir, String(this.count++))
    fs.writeFileSync(`${base}.committed`, committed)
    fs.writeFileSync(`${base}.regenerated`, regenerated)
    return [`${base}.committed`, `${base}.regenerated`]
  }

  /** A file written in pieces, so a large one never has to be held in memory. */
  write(name: string, pieces: Iterable<string>): string {
    const file = path.join(this.dir, name)
    const out = fs.openSync(file, 'w')
    try {
      for (const piece of pieces) fs.writeSync(out, piece)
    } finally {
      fs.closeSync(out)
    }
    return file
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

export function rule(
  options: { tolerance?: Partial<Tolerance>; ignoreLines?: RegExp[] } = {}
): ComparisonRule {
  return {
    ignore: false,
    tolerance: options.tolerance && { absolute: 0, relative: 0, ...options.tolerance },
    ignoreLines: options.ignoreLines ?? []
  }
}

/** `count` lines made by `line(i)`, i from 0. */
export function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => `${line(i)}\n`).join('')
}
