import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  codeBlock,
  defuseMentions,
  defuseWorkflowCommands,
  escapeControls,
  escapeHtml,
  htmlInline,
  htmlPre,
  plainBlock,
  plainLine
} from '../../src/report/neutralise.js'
import {
  ISSUE_REFERENCE,
  markdownLines,
  MENTION,
  terminalControls,
  workflowCommandLines
} from '../hardening/output-checks.js'
import { fencedBlocks, structureProblems } from './markdown-structure.js'

const RUNNER = { defuseWorkflowCommands: true }
const TERMINAL = { defuseWorkflowCommands: false }

/** Pieces of text that could form a workflow command: colons, hashes, brackets, invisibles, breaks. */
const commandPiece = fc.constantFrom(
  ':',
  '::',
  '#',
  '#[',
  '##[',
  '[',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '\n',
  '\r',
  '\u2028',
  '\x85',
  '\x1c',
  '\x00',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\ufeff',
  '\ufe0f'
)
/** Pieces a terminal or GitHub's markdown would act on. */
const renderedPiece = fc.constantFrom(
  'add-mask',
  '\r\n',
  '\x1b',
  '\x1b]52;c;',
  '\x07',
  '\x08',
  '\x7f',
  '\x9b',
  '\u202e',
  '\u2029',
  '@',
  'octocat',
  '123',
  'GH-',
  '<',
  '</pre>',
  '<pre>',
  '&',
  '|',
  '`',
  '````',
  '![img](x)',
  '# '
)
/** Text an attacker would write: those pieces, often, and anything else. */
const hostileText = fc
  .array(
    fc.oneof(
      { arbitrary: commandPiece, weight: 4 },
      { arbitrary: renderedPiece, weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }
    ),
    { maxLength: 24 }
  )
  .map(pieces => pieces.join(''))
/** Enough runs to meet the rarer combinations (a command split by an ignorable character). */
const RUNS = { numRuns: 2000 }

describe('escapeControls', () => {
  it('shows terminal controls as escapes', () => {
    expect(escapeControls('\x1b]52;c;aGk=\x07 \x1b[2J \x9b1m \x7f\b', 'one-line')).toBe(
      '\\x1b]52;c;aGk=\\x07 \\x1b[2J \\x9b1m \\x7f\\x08'
    )
    expect(escapeControls('ok\rfake\u202eevil', 'one-line')).toBe('ok\\rfake\\u202eevil')
  })

  it('keeps line feeds and tabs in multi-line text, reading CRLF as a line feed', () => {
    expect(escapeControls('a\tb\r\nc\rd\ne', 'multi-line')).toBe('a\tb\nc\\rd\ne')
    expect(escapeControls('a\tb\r\nc', 'one-line')).toBe('a\\tb\\r\\nc')
  })

  it('leaves ordinary text alone', () => {
    const text = 'Grüße, 数据 — naïve 👩‍🔬 C:\\path\\x1b'
    expect(escapeControls(text, 'one-line')).toBe(text)
  })
})

describe('defuseWorkflowCommands', () => {
  it.each([
    ['::add-mask::x', '\\x3a:add-mask::x'],
    ['ok\n::error::pwned', 'ok\n\\x3a:error::pwned'],
    ['ok\r  ::error::pwned', 'ok\r  \\x3a:error::pwned'],
    ['\u3000\t::warning::x', '\u3000\t\\x3a:warning::x'],
    [':\u200b:error::x', '\\x3a\u200b:error::x'],
    ['\u2060::error::x', '\u2060\\x3a:error::x'],
    ['##[set-output name=a;]b', '\\x23#[set-output name=a;]b'],
    ['echo ##[error]x', 'echo \\x23#[error]x'],
    ['###[x]', '#\\x23#[x]'],
    ['#\u00ad#[x]', '\\x23\u00ad#[x]']
  ])('%j → %j', (text, defused) => {
    expect(defuseWorkflowCommands(text)).toBe(defused)
  })

  it('leaves colons and hashes that cannot form a command alone', () => {
    const text = 'std::vector a::b\n# heading\nx #[derive] :: y'
    expect(defuseWorkflowCommands(text)).toBe(text)
  })

  it('finds every command even in text whose controls are not escaped', () => {
    fc.assert(
      fc.property(hostileText, text => {
        expect(workflowCommandLines(defuseWorkflowCommands(text))).toEqual([])
      }),
      RUNS
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const once = defuseWorkflowCommands(text)
        expect(defuseWorkflowCommands(once)).toBe(once)
      })
    )
  })
})

describe('plainLine and plainBlock', () => {
  it('neutralise arbitrary text for the runner log', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const block = plainBlock(text, RUNNER)
        expect(workflowCommandLines(block)).toEqual([])
        expect(terminalControls(block)).toEqual([])
        const line = plainLine(text, RUNNER)
        expect(workflowCommandLines(line)).toEqual([])
        expect(terminalControls(line, true)).toEqual([])
      }),
      RUNS
    )
  })

  it('escape controls for a terminal, but defuse nothing there', () => {
    expect(plainBlock('::error::x\n\x1b[31mred', TERMINAL)).toBe('::error::x\n\\x1b[31mred')
    expect(plainLine('a\n::error::x', TERMINAL)).toBe('a\\n::error::x')
    fc.assert(
      fc.property(hostileText, text => {
        expect(terminalControls(plainBlock(text, TERMINAL))).toEqual([])
      })
    )
  })

  it('keep the lines of multi-line text', () => {
    expect(plainBlock('one\n::error::two\n\tthree\n', RUNNER)).toBe(
      'one\n\\x3a:error::two\n\tthree\n'
    )
  })
})

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
    )
  })
})

describe('defuseMentions', () => {
  it('breaks mentions and issue references with a word joiner', () => {
    expect(defuseMentions('@octocat @org/team #123 GH-7 gh-8')).toBe(
      '@\u2060octocat @\u2060org/team #\u2060123 GH\u2060-7 gh\u2060-8'
    )
  })

  it('leaves a lone @ or # alone', () => {
    expect(defuseMentions('a @ b, # c, #x')).toBe('a @ b, # c, #x')
  })
})

describe('htmlInline', () => {
  it('is one line, escaped, without mentions, pipes or markup', () => {
    expect(htmlInline('a|b\n\n![img](x) <b>@octocat</b> #1')).toBe(
      'a&#124;b\\n\\n![img](x) &lt;b&gt;@\u2060octocat&lt;/b&gt; #\u20601'
    )
    fc.assert(
      fc.property(hostileText, text => {
        const inline = htmlInline(text)
        expect(inline).not.toMatch(/[\n\r<>|]/)
        expect(inline).not.toMatch(MENTION)
        expect(inline).not.toMatch(ISSUE_REFERENCE)
        expect(terminalControls(inline, true)).toEqual([])
      })
    )
  })
})

describe('htmlPre', () => {
  it('keeps blank lines inside one <pre> block that only its own end closes', () => {
    const pre = htmlPre('a\n\n![img](x)\n# Heading\n</pre>\n@octocat')
    expect(pre).toBe('<pre>a\n\n![img](x)\n# Heading\n&lt;/pre&gt;\n@\u2060octocat</pre>')
    expect(markdownLines(`<p>before</p>\n\n${pre}\n<p>after</p>\n`)).toEqual([])
  })

  it('holds any text: no markdown outside the block, no mention inside', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const pre = htmlPre(text)
        const markdown = `<p>before</p>\n\n${pre}\nafter\n`
        // Only the line after the block is markdown: the text never escapes it.
        expect(markdownLines(markdown)).toEqual(['after'])
        expect(pre).not.toMatch(MENTION)
        expect(pre).not.toMatch(ISSUE_REFERENCE)
        expect(terminalControls(pre)).toEqual([])
      })
    )
  })
})

describe('codeBlock', () => {
  it('keeps the text as it is, in a fence longer than any run of backticks in it', () => {
    expect(codeBlock('-a <b>\n+@octocat #1', 'diff')).toBe('```diff\n-a <b>\n+@octocat #1\n```')
    expect(codeBlock('x\n```\n`````y\n', 'diff')).toBe('``````diff\nx\n```\n`````y\n``````')
  })

  it('escapes controls, keeping tabs and line breaks', () => {
    expect(codeBlock('a\tb\r\nc\x1b[2J\u2028d', 'yaml')).toBe(
      '```yaml\na\tb\nc\\x1b[2J\\u2028d\n```'
    )
  })

  it('holds any text: the block ends where it was closed, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('`', '```', '~~~', '\n', ' ', 'x', '</details>')),
        pieces => {
          const text = pieces.join('')
          const markdown = `<p>before</p>\n\n${codeBlock(text, 'diff')}\n\n<p>after</p>\n`
          expect(structureProblems(markdown)).toEqual([])
          expect(fencedBlocks(markdown, 'diff')).toEqual([text.replace(/\n$/, '')])
          expect(terminalControls(markdown)).toEqual([])
        }
      )
    )
  })
})

describe('the checks these tests use', () => {
  it('find what neutralising removes', () => {
    expect(workflowCommandLines('ok\n \u200b::error::x\r##[group]y\u2028:\u2060:z')).toEqual([
      ' \u200b::error::x',
      '##[group]y',
      ':\u2060:z'
    ])
    expect(terminalControls('a\tb\n\x1b\x9b')).toEqual(['\x1b', '\x9b'])
    expect(terminalControls('a\tb\n', true)).toEqual(['\t', '\n'])
    expect(markdownLines('<p>a\n\n![img](x)\n<pre>\n\nb</pre>\n# Heading')).toEqual([
      '![img](x)',
      '# Heading'
    ])
    expect('@octocat').toMatch(MENTION)
    expect('see #12').toMatch(ISSUE_REFERENCE)
    expect('&#39;').not.toMatch(ISSUE_REFERENCE)
  })
})
