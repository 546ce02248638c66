/** action.yml, docs/action.md and the test harness name the same inputs and outputs. */
import { expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../helpers/dataset.js'
import { DEFAULT_INPUTS } from './harness.js'

interface ActionMetadata {
  description: string
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

const metadata = parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')
) as ActionMetadata
const docs = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'action.md'), 'utf8')

/** The first-column names of the table under a `## heading`. */
function tableNames(heading: string): string[] {
  const section = docs.split(/^## /m).find(part => part.startsWith(`${heading}\n`)) ?? ''
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(match => match[1] ?? '')
}

it('documents every input of action.yml, and no other', () => {
  expect(tableNames('Inputs').sort()).toEqual(Object.keys(metadata.inputs).sort())
})

it('documents every output of action.yml, and no other', () => {
  expect(tableNames('Outputs').sort()).toEqual(Object.keys(metadata.outputs).sort())
})

it('gives the bundled action under test every input, as the runner does', () => {
  // The runner sets INPUT_* for every input action.yml declares; a missing one would read as ''.
  expect(Object.keys(DEFAULT_INPUTS).sort()).toEqual(Object.keys(metadata.inputs).sort())
})

it('has a description the Marketplace accepts (under 125 characters)', () => {
  expect(metadata.description.length).toBeLessThan(125)
})
