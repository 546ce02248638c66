/**
 * The pipeline as a picture: run commits as nodes, an edge from the commit that produced a file
 * to each commit that read it (the verdicts' `dependencies`, history/dependencies.ts). Pure:
 * verdicts in, text out — a Mermaid flowchart for the job summary, plain text for the CLI.
 *
 * Subjects come from the repository. In Mermaid they sit in quoted labels in which controls are
 * shown as escapes and every other character but letters, digits and a few punctuation marks is
 * written as an entity (`#34;`), so no subject can close its label, start a directive
 * (`%%{init}`), a comment, a `click` or an edge, or reach the page as HTML; backticks (markdown
 * labels) are dropped.
 */
import type { CommitDependencies } from '../engine/history/dependencies.js'
import type { PlannedCommand } from '../engine/history/plan-commands.js'
import type { CommitStatus, CommitVerdict } from '../engine/model.js'
import { isProblem } from './json-report.js'
import { escapeControls, plainLine, type PlainTextOptions } from './neutralise.js'
import { abbreviated } from './output-notes.js'
import { shortSha } from './text-report.js'

/** A run commit as the graph needs it; `planned` for `--plan`, which has no verdicts. */
export interface GraphCommit {
  sha: string
  subject: string
  status: CommitStatus | 'planned'
  dependencies?: readonly string[]
  dependenciesTruncated?: boolean
}

/** The commits of a plan (`--plan --graph`) as graph nodes: those that will run are `planned`. */
export function plannedGraph(
  commands: readonly PlannedCommand[],
  dependencies: Readonly<Record<string, CommitDependencies>> = {}
): GraphCommit[] {
  return commands.map(command => ({
    sha: command.sha,
    subject: command.subject,
    status: command.status === 'run' ? 'planned' : command.status,
    dependencies: dependencies[command.sha]?.dependencies,
    dependenciesTruncated: dependencies[command.sha]?.truncated
  }))
}

/** Most nodes drawn; a longer history is folded to its problem commits and their neighbours. */
export const MAX_NODES = 60
/** Most edges drawn (Mermaid refuses more than 500 by default, and a reader sees far fewer). */
export const MAX_EDGES = 200
/** Mermaid refuses a diagram longer than this (its maxTextSize default is 50,000). */
const MAX_TEXT = 45_000
/** Characters of a subject shown in a node. */
const SUBJECT_CHARS = 48
/** Commits named in a line of the text graph before "and N more". */
const TEXT_NAMED = 20

/** The id of a commit's details in the job summary: `commit-` and the first 12 hex digits. */
export function commitAnchor(sha: string): string {
  return `commit-${sha
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 12)}`
}

/** Run commits by index, with edges from producer to reader between commits of the list. */
interface Graph {
  commits: readonly GraphCommit[]
  producers: number[][]
  readers: number[][]
}

function graphOf(commits: readonly GraphCommit[]): Graph {
  const index = new Map(commits.map((c, i) => [c.sha, i]))
  const producers = commits.map(c => [
    // Dependencies outside the list (another shard's, a cancelled run's) have no node.
    ...new Set((c.dependencies ?? []).flatMap(sha => index.get(sha) ?? []))
  ])
  const readers = commits.map((): number[] => [])
  producers.forEach((from, reader) => from.forEach(p => readers[p]?.push(reader)))
  return { commits, producers, readers }
}

function edgeCount(graph: Graph): number {
  return graph.producers.reduce((total, from) => total + from.length, 0)
}

/** A commit that makes the run unsuccessful (planned commits have no verdict yet). */
function failing({ status }: GraphCommit): boolean {
  return status !== 'planned' && isProblem({ status })
}

/** Every commit that reads, directly or not, what a failing commit produced. */
function downstreamOfFailures(graph: Graph): Set<number> {
  const reached = new Set<number>()
  const stack = graph.commits.flatMap((c, i) => (failing(c) ? [i] : []))
  for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
    for (const reader of graph.readers[i] ?? []) {
      if (reached.has(reader)) continue
      reached.add(reader)
      stack.push(reader)
    }
  }
  return reached
}

// ---- Mermaid -------------------------------------------------------------------------------

export interface PipelineGraphOptions {
  /** Where the job summary shows a problem commit's details; default `#` + commitAnchor(sha). */
  detailsUrl?: (sha: string) => string
  /** A commit's page, linked from the commits that have no details in the summary. */
  commitUrl?: (sha: string) => string
}

/** Characters written as they are in a Mermaid label; everything else becomes an entity. */
const LABEL_SAFE = /[A-Za-z0-9 ,.()/+=?!_-]/

/**
 * Repository text as the inside of a quoted Mermaid label (see the module comment). Controls are
 * shown as escapes first: a line feed would break the label's line, a bidirectional override
 * reorder what it shows.
 */
function labelText(text: string): string {
  return Array.from(escapeControls(text, 'one-line').replace(/`/g, ''))
    .map(char => (LABEL_SAFE.test(char) ? char : `#${char.codePointAt(0) ?? 0};`))
    .join('')
}

/**
 * A URL in a quoted `click` line: percent-encoded but for the characters URLs are made of, so
 * nothing can end the string, form an entity (`;`) or a directive (`%%{`); a `%` stays only
 * where it already encodes a byte.
 */
function clickUrl(url: string): string {
  return url
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,=%]/g, c => encodeURIComponent(c))
}

type NodeClass = GraphCommit['status'] | 'folded'

const CLASS_STYLES: Record<NodeClass, string> = {
  reproduced: 'fill:#dafbe1,stroke:#1a7f37,color:#0a3622',
  mismatch: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#5c0011',
  failed: 'fill:#ffcecb,stroke:#a40e26,stroke-width:3px,color:#5c0011',
  unverifiable: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300',
  error: 'fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300',
  skipped: 'fill:#f6f8fa,stroke:#8c959f,color:#424a53',
  planned: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  folded: 'fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4,color:#424a53'
}

/** What is drawn: commits kept as nodes, and runs of the others folded into one node each. */
interface Folding {
  /** For each commit, the id of the node that stands for it. */
  nodeOf: string[]
  nodes: { id: string; members: number[] }[]
}

/**
 * The commits to draw as themselves when the history is too long to draw whole: the failing
 * ones (oldest first: the first breakage explains the rest), then their direct producers and
 * readers, within half the node budget (the folds between kept commits take the other half).
 */
function keptCommits(graph: Graph): Set<number> {
  const budget = Math.floor((MAX_NODES - 1) / 2)
  const failures = graph.commits.flatMap((c, i) => (failing(c) ? [i] : []))
  const kept = new Set(failures.slice(0, budget))
  for (const i of failures) {
    for (const neighbour of [...(graph.producers[i] ?? []), ...(graph.readers[i] ?? [])]) {
      if (kept.size >= budget) return kept
      kept.add(neighbour)
    }
  }
  return kept
}

function fold(graph: Graph): Folding {
  const all = graph.commits.length <= MAX_NODES
  const kept = all ? null : keptCommits(graph)
  const nodeOf: string[] = []
  const nodes: Folding['nodes'] = []
  graph.commits.forEach((_, i) => {
    if (kept === null || kept.has(i)) {
      nodes.push({ id: `c${i}`, members: [i] })
    } else {
      const last = nodes[nodes.length - 1]
      if (last?.id.startsWith('f') && nodeOf[i - 1] === last.id) last.members.push(i)
      else nodes.push({ id: `f${i}`, members: [i] })
    }
    nodeOf.push(nodes[nodes.length - 1]?.id ?? '')
  })
  return { nodeOf, nodes }
}

/** "… 37 reproduced commits" or "… 12 commits: 10 reproduced, 2 mismatch". */
function foldLabel(graph: Graph, members: readonly number[]): string {
  const counts = new Map<string, number>()
  for (const i of members) {
    const status = graph.commits[i]?.status ?? 'reproduced'
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  const noun = members.length === 1 ? 'commit' : 'commits'
  if (counts.size === 1) return `… ${members.length} ${[...counts.keys()].join('')} ${noun}`
  const parts = [...counts].map(([status, count]) => `${count} ${status}`)
  return `… ${members.length} ${noun}: ${parts.join(', ')}`
}

/**
 * Edges between drawn nodes, in plan order of their readers; at most MAX_EDGES, those that
 * touch a failing commit first.
 */
function drawnEdges(graph: Graph, folding: Folding): { edges: [string, string][]; left: number } {
  const seen = new Set<string>()
  const all: { edge: [string, string]; urgent: boolean }[] = []
  graph.producers.forEach((from, reader) => {
    for (const producer of from) {
      const a = folding.nodeOf[producer] ?? ''
      const b = folding.nodeOf[reader] ?? ''
      if (a === b || seen.has(`${a} ${b}`)) continue
      seen.add(`${a} ${b}`)
      const urgent = [producer, reader].some(i => {
        const commit = graph.commits[i]
        return commit !== undefined && failing(commit) && folding.nodeOf[i] === `c${i}`
      })
      all.push({ edge: [a, b], urgent })
    }
  })
  const urgent = all.filter(e => e.urgent)
  const kept = new Set([...urgent, ...all.filter(e => !e.urgent)].slice(0, MAX_EDGES))
  return { edges: all.filter(e => kept.has(e)).map(e => e.edge), left: all.length - kept.size }
}

/** The most nodes on one path drawn left to right; a longer pipeline is drawn top down. */
const MAX_ROW = 6

/** How many nodes the longest path through the drawn edges has (nodes are in plan order). */
function longestPath(folding: Folding, edges: readonly [string, string][]): number {
  const depth = new Map(folding.nodes.map(node => [node.id, 1]))
  const order = new Map(folding.nodes.map((node, i) => [node.id, i]))
  const byReader = [...edges].sort((x, y) => (order.get(x[1]) ?? 0) - (order.get(y[1]) ?? 0))
  for (const [a, b] of byReader) depth.set(b, Math.max(depth.get(b) ?? 1, (depth.get(a) ?? 1) + 1))
  return Math.max(...depth.values())
}

function mermaidText(
  graph: Graph,
  folding: Folding,
  edges: readonly [string, string][],
  options: PipelineGraphOptions,
  withSubjects: boolean
): string {
  // Left to right reads like a pipeline, but a long one would shrink to fit the page's width.
  const lines = [`flowchart ${longestPath(folding, edges) > MAX_ROW ? 'TD' : 'LR'}`]
  const classes = new Map<NodeClass, string[]>()
  const clicks: string[] = []
  for (const node of folding.nodes) {
    const commit = graph.commits[node.members[0] ?? -1]
    if (!commit) continue
    if (node.id.startsWith('f')) {
      lines.push(`  ${node.id}(["${labelText(foldLabel(graph, node.members))}"])`)
      classes.set('folded', [...(classes.get('folded') ?? []), node.id])
      continue
    }
    const { status } = commit
    const subject = withSubjects ? ` ${abbreviated(commit.subject, SUBJECT_CHARS)}` : ''
    const shown = status === 'reproduced' ? '' : ` (${status})`
    lines.push(`  ${node.id}["${labelText(`${shortSha(commit.sha)}${subject}${shown}`)}"]`)
    classes.set(status, [...(classes.get(status) ?? []), node.id])
    const url = failing(commit)
      ? (options.detailsUrl ?? (sha => `#${commitAnchor(sha)}`))(commit.sha)
      : options.commitUrl?.(commit.sha)
    if (url) clicks.push(`  click ${node.id} href "${clickUrl(url)}"`)
  }
  for (const [a, b] of edges) lines.push(`  ${a} --> ${b}`)
  for (const [name, ids] of classes) {
    lines.push(`  classDef ${name} ${CLASS_STYLES[name]}`)
    lines.push(`  class ${ids.join(',')} ${name}`)
  }
  return [...lines, ...clicks].join('\n')
}

/**
 * The pipeline as a ```mermaid block for the job summary, or '' when there is no picture worth
 * drawing: fewer than two run commits, or no commit reads what another produced. A history of
 * more than MAX_NODES commits is folded: failing commits and their direct producers and readers
 * are drawn, each run of other commits becomes one node ("… 37 reproduced commits"); if that
 * leaves no edge (every commit reproduced), there is nothing to draw either. Failing commits
 * link to their details in the summary (commitAnchor), the others to `commitUrl` when given.
 */
export function pipelineMermaid(
  result: { commits: readonly CommitVerdict[] },
  options: PipelineGraphOptions = {}
): string {
  const graph = graphOf(result.commits)
  if (graph.commits.length < 2 || edgeCount(graph) === 0) return ''
  const folding = fold(graph)
  const { edges, left } = drawnEdges(graph, folding)
  if (edges.length === 0) return ''
  let text = mermaidText(graph, folding, edges, options, true)
  // Subjects written as entities can make the text long: the short shas still tell the story.
  if (text.length > MAX_TEXT) text = mermaidText(graph, folding, edges, options, false)
  const note =
    left > 0
      ? `\n\n${left} more ${left === 1 ? 'dependency is' : 'dependencies are'} not drawn; the JSON report lists every commit's \`dependencies\`.`
      : ''
  return `\`\`\`mermaid\n${text}\n\`\`\`${note}\n`
}

// ---- Plain text ----------------------------------------------------------------------------

/**
 * The pipeline as text for `--graph`: each run commit oldest first with its status, then the
 * commits it reads from and those that read from it, and which commits are downstream of one
 * that was not reproduced (they read what a failing step made). '' for no run commits.
 */
export function pipelineText(commits: readonly GraphCommit[], options: PlainTextOptions): string {
  if (commits.length === 0) return ''
  const graph = graphOf(commits)
  const downstream = downstreamOfFailures(graph)
  const sha = (full: string): string => plainLine(shortSha(full), options)
  const shas = (indices: readonly number[], more: boolean): string => {
    const named = indices.slice(0, TEXT_NAMED).map(i => sha(graph.commits[i]?.sha ?? ''))
    const left = indices.length - named.length
    return named.join(', ') + (left > 0 ? ` and ${left} more` : more ? ' and more' : '')
  }
  const edges = edgeCount(graph)
  const lines = [
    `Pipeline of ${commits.length} run commit${commits.length === 1 ? '' : 's'} and ${edges} ${edges === 1 ? 'dependency' : 'dependencies'} (a commit reads from the run commits that produced files it reads):`
  ]
  graph.commits.forEach((commit, i) => {
    const mark = downstream.has(i) ? '  ← downstream of a commit not reproduced' : ''
    lines.push(
      `  ${commit.status.padEnd(12)} ${sha(commit.sha)}  ${plainLine(commit.subject, options)}${mark}`
    )
    const from = graph.producers[i] ?? []
    if (from.length > 0)
      lines.push(`      reads from ${shas(from, commit.dependenciesTruncated === true)}`)
    const to = graph.readers[i] ?? []
    if (to.length > 0) lines.push(`      read by    ${shas(to, false)}`)
  })
  return lines.join('\n') + '\n'
}
