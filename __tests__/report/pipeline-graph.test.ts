import { describe, expect, it } from '@jest/globals'
import type { CommitVerdict } from '../../src/engine/model.js'
import {
  commitAnchor,
  MAX_EDGES,
  MAX_NODES,
  pipelineMermaid,
  pipelineText
} from '../../src/report/pipeline-graph.js'
import { LINKS, MISMATCH, PIPELINE, REPRODUCED, resultOf } from './fixtures.js'

const PLAIN = { defuseWorkflowCommands: false }

/** The lines of the flowchart inside the ```mermaid fence. */
function flowchart(block: string): string[] {
  const match = /^```mermaid\n([\s\S]*?)\n```/.exec(block)
  if (!match?.[1]) throw new Error(`not a mermaid block:\n${block}`)
  return match[1].split('\n')
}

/** Node ids with their labels, as declared (`c0["…"]` or `f3(["…"])`). */
function nodes(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const line of lines) {
    const node = /^ {2}([cf]\d+)\(?\["([^"]*)"\]\)?$/.exec(line)
    if (node?.[1] !== undefined && node[2] !== undefined) found.set(node[1], node[2])
  }
  return found
}

/** Every line of a flowchart must be one of the statements this renderer writes. */
const STATEMENT =
  /^(flowchart (LR|TD)| {2}[cf]\d+\(?\["([A-Za-z0-9 ,.()/+=?!_-]|#\d+;)*"\]\)?| {2}[cf]\d+ --> [cf]\d+| {2}classDef [a-z]+ [a-z0-9:#,-]+| {2}class [cf]\d+(,[cf]\d+)* [a-z]+| {2}click c\d+ href "[^"\s;]*")$/

/** A distinct sha for each number, its first 8 digits distinct too. */
const shaOf = (i: number): string => (0x10000000 + i).toString(16).padEnd(40, '0')

/** A linear history of `count` run commits, each reading what the one before produced. */
function chain(count: number, problems: ReadonlyMap<number, CommitVerdict>): CommitVerdict[] {
  return Array.from({ length: count }, (_, i) => ({
    ...(problems.get(i) ?? REPRODUCED),
    sha: shaOf(i),
    subject: `Step ${i}`,
    dependencies: i > 0 ? [shaOf(i - 1)] : []
  }))
}

describe('the pipeline as a Mermaid flowchart', () => {
  it('draws a branching pipeline, coloured by verdict, the problem linked to its details', () => {
    const block = pipelineMermaid(PIPELINE, { commitUrl: LINKS.commitUrl })
    expect(block).toMatchSnapshot()
    const lines = flowchart(block)
    for (const line of lines) expect(line).toMatch(STATEMENT)
    expect(lines).toEqual(
      expect.arrayContaining([
        '  c0 --> c1',
        '  c1 --> c2',
        '  c1 --> c3',
        '  c2 --> c4',
        '  c3 --> c4',
        '  class c2 mismatch',
        `  click c2 href "#${commitAnchor('c'.repeat(40))}"`
      ])
    )
  })

  it('names a commit’s details anchor by its first 12 hex digits, whatever the sha holds', () => {
    expect(commitAnchor('0123456789ABCDEF0123456789abcdef01234567')).toBe('commit-0123456789ab')
    expect(commitAnchor('"><script>12')).toBe('commit-c12')
  })

  it('draws nothing for fewer than two commits or when no commit reads what another made', () => {
    expect(pipelineMermaid(resultOf([PIPELINE.commits[0] ?? REPRODUCED]))).toBe('')
    const unrelated = PIPELINE.commits.map(c => ({ ...c, dependencies: [] }))
    expect(pipelineMermaid(resultOf(unrelated))).toBe('')
    // Dependencies on commits outside the report (another shard's) draw no edge.
    const elsewhere = PIPELINE.commits.map(c => ({ ...c, dependencies: ['f'.repeat(40)] }))
    expect(pipelineMermaid(resultOf(elsewhere))).toBe('')
  })

  it('folds a 200-commit history to the problems and their neighbours', () => {
    const problems = new Map<number, CommitVerdict>([
      [40, MISMATCH],
      [90, { ...MISMATCH, status: 'failed' }],
      [150, { ...MISMATCH, status: 'error' }],
      [199, MISMATCH]
    ])
    const commits = chain(200, problems)
    const block = pipelineMermaid(resultOf(commits))
    const lines = flowchart(block)
    for (const line of lines) expect(line).toMatch(STATEMENT)
    // A long pipeline is drawn top down, so that it keeps a readable size in the page's width.
    expect(lines[0]).toBe('flowchart TD')
    const drawn = nodes(lines)
    expect(drawn.size).toBeLessThanOrEqual(MAX_NODES)
    // Every problem and its direct producer and reader are drawn as themselves.
    for (const i of [39, 40, 41, 89, 90, 91, 149, 150, 151, 198, 199]) {
      expect(drawn.get(`c${i}`)).toContain(`Step ${i}`)
    }
    // The reproduced commits between them are folded, each run into one node.
    expect(drawn.get('f0')).toBe('#8230; 39 reproduced commits')
    expect(drawn.get('f42')).toBe('#8230; 47 reproduced commits')
    expect(lines).toEqual(
      expect.arrayContaining(['  f0 --> c39', '  c41 --> f42', '  f42 --> c89'])
    )
    expect(block.length).toBeLessThan(50_000)
  })

  it('folds failing commits too when there are more than it can draw, and stays within bounds', () => {
    // Every commit fails, and each reads what all of the ten before it made.
    const commits = Array.from({ length: 300 }, (_, i) => ({
      ...MISMATCH,
      sha: shaOf(i),
      subject: `Step ${i} ${'é'.repeat(60)}`,
      dependencies: Array.from({ length: Math.min(i, 10) }, (_, k) => shaOf(i - 1 - k))
    }))
    const block = pipelineMermaid(resultOf(commits))
    const lines = flowchart(block)
    expect(nodes(lines).size).toBeLessThanOrEqual(MAX_NODES)
    expect(lines.filter(l => l.includes('-->')).length).toBeLessThanOrEqual(MAX_EDGES)
    expect(block.length).toBeLessThan(50_000)
    expect(nodes(lines).get('f29')).toBe('#8230; 271 mismatch commits')
    // The oldest failures come first: the first breakage explains the rest.
    expect(nodes(lines).get('c0')).toContain('Step 0')
  })

  it('says how many dependencies it leaves out when there are too many to draw', () => {
    const commits = Array.from({ length: MAX_NODES }, (_, i) => ({
      ...REPRODUCED,
      sha: shaOf(i),
      subject: `Step ${i}`,
      dependencies: Array.from({ length: i }, (_, k) => shaOf(k))
    }))
    const block = pipelineMermaid(resultOf(commits))
    const total = (MAX_NODES * (MAX_NODES - 1)) / 2
    expect(flowchart(block).filter(l => l.includes('-->'))).toHaveLength(MAX_EDGES)
    expect(block).toContain(`${total - MAX_EDGES} more dependencies are not drawn`)
  })

  it('keeps hostile subjects inside their labels', () => {
    const hostile = [
      'a"] --> evil["pwned',
      '%%{init: {"securityLevel": "loose"}}%%',
      'x\nclick c0 call alert(1)\n',
      '<img src=x onerror=alert(1)> & <script>alert(1)</script>',
      '`**markdown**` #quot; #35; ]) }} ;; :::',
      'end --> c1\r\n%% comment',
      'subgraph x\u202e\u0000 @someone #123'
    ]
    const commits = hostile.map((subject, i) => ({
      ...(i === 2 ? MISMATCH : REPRODUCED),
      sha: `${i}`.repeat(40),
      subject,
      dependencies: i > 0 ? [`${i - 1}`.repeat(40)] : []
    }))
    const block = pipelineMermaid(resultOf(commits), {
      commitUrl: sha => `https://example.invalid/"x" onclick=alert(1);/${sha}`,
      detailsUrl: sha => `https://example.invalid/summary#${commitAnchor(sha)}%%{init}%%`
    })
    const lines = flowchart(block)
    expect(lines).toHaveLength(1 + commits.length + (commits.length - 1) + 4 + commits.length)
    for (const line of lines) expect(line).toMatch(STATEMENT)
    const labels = [...nodes(lines).values()]
    expect(labels).toHaveLength(commits.length)
    for (const label of labels) expect(label).not.toMatch(/[`"%<>&:\n\r{}[\]]/)
    expect(block).not.toContain('%%')
    expect(lines.filter(line => /^\s*click/.test(line))).toHaveLength(commits.length)
    // The subject is still there to read, as entities Mermaid decodes; controls as escapes.
    expect(labels[0]).toContain('a#34;#93; --#62; evil#91;#34;pwned')
    expect(labels[2]).toContain('x#92;nclick c0 call alert(1)#92;n')
    expect(labels[6]).toContain('subgraph x#92;u202e#92;x00 ')
  })
})

describe('the pipeline as text (--graph)', () => {
  it('lists each commit with what it reads from and what reads it, and what a problem feeds', () => {
    expect(pipelineText(PIPELINE.commits, PLAIN)).toMatchSnapshot()
    const text = pipelineText(PIPELINE.commits, PLAIN)
    expect(text).toContain('Pipeline of 5 run commits and 5 dependencies')
    expect(text).toMatch(
      /mismatch {5}cccccccc {2}Compute statistics\n {6}reads from bbbbbbbb\n {6}read by {4}eeeeeeee\n/
    )
    expect(text).toMatch(/eeeeeeee {2}Write the paper {2}← downstream of a commit not reproduced/)
    expect(text).not.toMatch(/dddddddd.*downstream/)
  })

  it('draws a plan, whose commits have no verdicts yet', () => {
    const planned = PIPELINE.commits.map(c => ({ ...c, status: 'planned' as const }))
    const text = pipelineText(planned, PLAIN)
    expect(text).toContain('planned      bbbbbbbb  Clean the data\n      reads from aaaaaaaa\n')
    expect(text).not.toContain('downstream')
  })

  it('neutralises subjects and names at most 20 commits a line', () => {
    const commits = chain(30, new Map()).map((c, i) => ({
      ...c,
      subject: i === 0 ? '\u001b[2J::error::planted' : c.subject,
      dependencies: i === 29 ? chain(29, new Map()).map(p => p.sha) : c.dependencies,
      dependenciesTruncated: i === 29 ? true : undefined
    }))
    const text = pipelineText(commits, { defuseWorkflowCommands: true })
    expect(text).not.toContain('\u001b')
    expect(text).toContain('\\x1b[2J::error::planted')
    expect(text).toMatch(/reads from 10000000, 10000001, .*, 10000013 and 9 more\n/)
    const dotted = pipelineText([{ ...REPRODUCED, subject: '::warning::x' }], {
      defuseWorkflowCommands: true
    })
    expect(dotted).not.toMatch(/^\s*::warning/m)
  })
})
