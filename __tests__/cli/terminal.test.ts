/**
 * The CLI's live status line (issue 12): on a terminal, while a slow first commit holds back the
 * ordered progress lines, a line at the bottom says how many commits are running and done; it is
 * erased at the end and when a signal stops the run, leaving the terminal as plain output would.
 * In a pipe, and on TERM=dumb, the output has no control sequences at all.
 *
 * The bundled CLI runs under a real pseudo-terminal (util-linux `script`); `main()` also runs in
 * this process with a stream that says it is a terminal, which checks the sources before the
 * bundle is rebuilt.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import { terminalIo } from '../../src/cli/status-line.js'
import { shellQuote } from '../../src/engine/shell-quote.js'
import {
  CLI,
  Dataset,
  describeWithDatalad,
  expectUntouched,
  Sandbox,
  verifyCli
} from '../helpers/dataset.js'
import { ERASE_LINE, hasTerminalControls, screenAfter } from './terminal-screen.js'

const haveScript = spawnSync('script', ['--version']).status === 0
if (!haveScript) {
  console.warn(
    'SKIPPING the CLI tests under a pseudo-terminal: `script` (util-linux) is not installed'
  )
}
const describeWithPseudoTerminal = haveScript ? describe : describe.skip

/** The live line once the two quick commits are done and the slow first one still runs. */
const HELD_BACK = /running 1 · done 2\/3 · \d+:\d\d/

/** Any drawing of the live line. */
const LIVE_LINE = /running \d+ · done \d+\/\d+/

async function waitFor(condition: () => boolean, what: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

/** The progress lines on a screen, without their durations and commit ids. */
function progressLines(screen: readonly string[]): string[] {
  return screen
    .filter(line => /^\[\d\/\d\]/.test(line))
    .map(line => line.replace(/^(\[\d\/\d\] \S+ \S+).* {2}(.*)$/, '$1 $2'))
}

const ALL_REPRODUCED = [
  '[1/3] ✓ reproduced slow',
  '[2/3] ✓ reproduced quick one',
  '[3/3] ✓ reproduced quick two'
]

interface TerminalSession {
  /** Everything the terminal received so far. */
  output: () => string
  /** Type into the terminal, as a user at its keyboard (`\x03` is Ctrl-C). */
  type: (text: string) => void
  /** The CLI's own process (not `script`'s). */
  cliPid: () => number
}

interface TerminalRun {
  output: string
  code: number | null
}

describeWithDatalad('the CLI on a terminal and in a pipe', () => {
  let sandbox: Sandbox
  let ds: Dataset
  /** The first run commit's command waits until this file exists. */
  let go: string
  const args = ['verify', '--no-cache', '--jobs', '2', '--isolation', 'off']

  beforeAll(() => {
    sandbox = Sandbox.create()
    ds = Dataset.create(sandbox, 'terminal', { text2git: true })
    go = path.join(sandbox.directory('go'), 'go')
    ds.handMadeRunCommit(
      'slow',
      {
        cmd: `while [ ! -e ${shellQuote(go)} ]; do sleep 0.1; done; echo slow > {outputs}`,
        outputs: ['slow.txt']
      },
      { 'slow.txt': 'slow\n' }
    )
    for (const [subject, file] of [
      ['quick one', 'one.txt'],
      ['quick two', 'two.txt']
    ] as const) {
      ds.handMadeRunCommit(
        subject,
        { cmd: `echo ${subject} > {outputs}`, outputs: [file] },
        { [file]: `${subject}\n` }
      )
    }
  })

  afterAll(async () => {
    await sandbox?.dispose()
  })

  const hold = (): void => fs.rmSync(go, { force: true })
  const release = (): void => fs.writeFileSync(go, '')

  /** The environment of a terminal that takes the live line (unless `env` says otherwise). */
  function terminalEnv(temp: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
    const inherited = { ...sandbox.env }
    delete inherited.NO_COLOR
    return { ...inherited, TERM: 'xterm', RUNNER_TEMP: temp, TMPDIR: temp, ...env }
  }

  /**
   * `node dist/cli.js ARGS` in the dataset under a pseudo-terminal; `whileRunning` watches the
   * output and may type. The slow commit is released at the end whatever happened.
   */
  async function onTerminal(
    cliArgs: readonly string[],
    env: NodeJS.ProcessEnv,
    whileRunning: (session: TerminalSession) => Promise<void> = () => Promise.resolve()
  ): Promise<TerminalRun> {
    const command = ['exec', process.execPath, CLI, ...cliArgs].map(shellQuote).join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ds.path,
      env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const exited = new Promise<number | null>(resolve => child.on('close', resolve))
    try {
      await whileRunning({
        output: () => output,
        type: text => child.stdin.write(text),
        cliPid: () => {
          // `script` runs the command in a shell, which `exec` replaced with the CLI.
          const children = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
          return Number(children.trim().split(' ')[0])
        }
      })
    } finally {
      release()
    }
    const code = await exited
    child.stdin.end()
    return { output, code }
  }

  describeWithPseudoTerminal('under a pseudo-terminal', () => {
    it('shows the live line while a slow first commit holds the others back, and prints every progress line in order', async () => {
      hold()
      const temp = sandbox.directory('tty-temp')
      const run = await onTerminal(args, terminalEnv(temp), async session => {
        await waitFor(() => HELD_BACK.test(session.output()), 'the live line: 2 of 3 done')
        const screen = screenAfter(session.output())
        // Nothing is final yet: the first commit's progress line comes first.
        expect(progressLines(screen)).toEqual([])
        expect(screen.at(-1)).toMatch(new RegExp(`^${HELD_BACK.source}$`))
      })
      expect(run.code).toBe(0)
      expect(run.output).toContain(`${ERASE_LINE}running 1 · done 0/3 · `)
      const screen = screenAfter(run.output)
      expect(screen[0]).toMatch(/^Verifying 3 run commits .* 2 job\(s\)$/)
      expect(progressLines(screen)).toEqual(ALL_REPRODUCED)
      expect(screen).toContainEqual(expect.stringMatching(/^3 run commits: 3 reproduced/))
      // The live line is gone: the screen reads as plain output would.
      expect(screen.join('\n')).not.toMatch(LIVE_LINE)
      expect(screen.at(-1)).toBe('')
      expect(fs.readdirSync(temp)).toEqual([])
    })

    it('writes no control sequences on TERM=dumb or with NO_COLOR, though it is a terminal', async () => {
      release()
      for (const plain of [{ TERM: 'dumb' }, { NO_COLOR: '1' }] as Record<string, string>[]) {
        const run = await onTerminal(args, terminalEnv(sandbox.directory('dumb-temp'), plain))
        expect(run.code).toBe(0)
        expect(hasTerminalControls(run.output)).toBe(false)
        expect(progressLines(screenAfter(run.output))).toEqual(ALL_REPRODUCED)
      }
    })

    it('exits 130 on Ctrl-C and 143 on SIGTERM, leaving no live line behind', async () => {
      const stop = {
        'Ctrl-C': (session: TerminalSession) => session.type('\x03'),
        SIGTERM: (session: TerminalSession) => process.kill(session.cliPid(), 'SIGTERM')
      }
      for (const [how, code] of [
        ['Ctrl-C', 130],
        ['SIGTERM', 143]
      ] as const) {
        hold()
        const run = await onTerminal(
          args,
          terminalEnv(sandbox.directory('stop-temp')),
          async session => {
            await waitFor(() => HELD_BACK.test(session.output()), 'the live line: 2 of 3 done')
            stop[how](session)
            await waitFor(() => /stopping replayed commands/.test(session.output()), 'stopping')
          }
        )
        expect({ how, code: run.code }).toEqual({ how, code })
        const screen = screenAfter(run.output)
        expect(screen).toContain(
          'rerun-action: stopping replayed commands and cleaning up (again to force)'
        )
        expect(screen).toContain('rerun-action: cancelled; the report is incomplete')
        expect(screen.join('\n')).not.toMatch(LIVE_LINE)
        expect(screen.at(-1)).toBe('')
      }
    })
  })

  it('in a pipe, prints the same lines with no control sequences at all', () => {
    release()
    const run = verifyCli(ds, args.slice(1), { env: { TERM: 'xterm' } })
    expectUntouched(ds, run)
    expect(run.code).toBe(0)
    expect(hasTerminalControls(run.stdout + run.stderr)).toBe(false)
    expect(progressLines(run.stdout.split('\n'))).toEqual(ALL_REPRODUCED)
  })

  it('through main(), on a stream that is a terminal: the live line while held back, none at the end', async () => {
    hold()
    const temp = sandbox.directory('main-temp')
    const runnerTemp = process.env.RUNNER_TEMP
    process.env.RUNNER_TEMP = temp
    let output = ''
    const write = (text: string): void => void (output += text)
    const io = terminalIo(
      { out: write, err: write },
      { isTTY: true, columns: 80 },
      { TERM: 'xterm' }
    )
    try {
      const code = main([...args, '--repo', ds.path], io)
      await waitFor(() => HELD_BACK.test(output), 'the live line: 2 of 3 done')
      expect(progressLines(screenAfter(output))).toEqual([])
      release()
      expect(await code).toBe(0)
    } finally {
      release()
      if (runnerTemp === undefined) delete process.env.RUNNER_TEMP
      else process.env.RUNNER_TEMP = runnerTemp
    }
    const screen = screenAfter(output)
    expect(progressLines(screen)).toEqual(ALL_REPRODUCED)
    expect(screen.join('\n')).not.toMatch(LIVE_LINE)
    expect(screen.at(-1)).toBe('')
    expect(fs.readdirSync(temp)).toEqual([])
  })
})
