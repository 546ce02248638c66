// Bundles the CLI (and the action) with ncc into dist/, reproducibly: check-dist rebuilds and diffs.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--source-map',
  '--license',
  'licenses.txt',
  '--quiet'
]
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]

fs.rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of bundles) {
  execFileSync(process.execPath, [...ncc, entry, '-o', out], { stdio: 'inherit' })
}
// The documented entry point of the CLI; ncc always names its bundle index.js.
fs.writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n", { mode: 0o755 })
fs.writeFileSync('dist/package.json', '{"type":"module"}\n')
