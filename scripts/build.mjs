// Bundles the action and the CLI with ncc into dist/, reproducibly: check-dist rebuilds and diffs.
// No source maps: a map is one line of megabytes, so every rebuild committed would add its whole
// text to the history's diffs twice; stack traces name lines of the (readable, unminified) bundle.
// The bundles are built next to dist/ and swapped in at the end, so that tests running the bundle
// meanwhile never find it half-written.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

// Modules loaded with import() (the rules file's YAML parser, the analysis of a difference) are
// chunks of their own. ncc's license plugin writes one file per chunk ([name]); with one fixed
// name the last chunk's would overwrite the others, so they are merged into licenses.txt below.
const LICENSE_FILE = /\.licenses\.txt$/
const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--license',
  '[name].licenses.txt',
  '--quiet'
]
const staging = `.dist-build-${process.pid}`
const bundles = [
  { entry: 'src/action/index.ts', out: staging },
  { entry: 'src/cli/index.ts', out: `${staging}/cli` }
]

/** A bundled package's license as the plugin writes it: name, SPDX id, then the text. */
function licenseOf(name) {
  const manifest = `node_modules/${name}/package.json`
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name) || !fs.existsSync(manifest)) return null
  const { license } = JSON.parse(fs.readFileSync(manifest, 'utf8'))
  return typeof license === 'string' ? license : null
}

/**
 * The licenses of every chunk of the bundle in `dir`, each package once, by name. An entry
 * starts where a line names a bundled package and the next its license, after a blank line.
 */
function mergeLicenses(dir) {
  const entries = new Map()
  const files = fs.readdirSync(dir).filter(name => LICENSE_FILE.test(name))
  for (const file of files.sort()) {
    const lines = fs.readFileSync(`${dir}/${file}`, 'utf8').split('\n')
    let name = null
    let start = 0
    const close = end => {
      if (name !== null && !entries.has(name)) {
        entries.set(name, lines.slice(start, end).join('\n').replace(/\n+$/, ''))
      }
    }
    lines.forEach((line, i) => {
      const license = i === 0 || lines[i - 1] === '' ? licenseOf(line) : null
      if (license !== null && lines[i + 1] === license) {
        close(i)
        name = line
        start = i
      }
    })
    close(lines.length)
    fs.rmSync(`${dir}/${file}`)
  }
  const merged = [...entries.keys()].sort().map(name => entries.get(name))
  fs.writeFileSync(`${dir}/licenses.txt`, `${merged.join('\n\n\n')}\n`)
}

try {
  for (const { entry, out } of bundles) {
    execFileSync(process.execPath, [...ncc, entry, '-o', out], { stdio: 'inherit' })
    mergeLicenses(out)
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
