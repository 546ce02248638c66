// Bundles the action and the CLI with ncc into dist/, reproducibly: check-dist rebuilds and diffs.
// No source maps: a map is one line of megabytes, so every rebuild committed would add its whole
// text to the history's diffs twice; stack traces name lines of the (readable, unminified) bundle.
// The bundles are built next to dist/ and swapped in at the end, so that tests running the bundle
// meanwhile never find it half-written.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--license',
  'licenses.txt',
  '--quiet'
]
const staging = `.dist-build-${process.pid}`
const bundles = [
  { entry: 'src/action/index.ts', out: staging },
  { entry: 'src/cli/index.ts', out: `${staging}/cli` }
]

try {
  for (const { entry, out } of bundles) {
    execFileSync(process.execPath, [...ncc, entry, '-o', out], { stdio: 'inherit' })
  }
  // The documented entry point of the CLI; ncc always names its bundle index.js.
  fs.writeFileSync(`${staging}/cli.js`, "#!/usr/bin/env node\nimport './cli/index.js'\n", {
    mode: 0o755
  })
  fs.writeFileSync(`${staging}/package.json`, '{"type":"module"}\n')
  fs.rmSync('dist', { recursive: true, force: true })
  fs.renameSync(staging, 'dist')
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}
