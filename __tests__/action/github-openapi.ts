/**
 * GitHub's own description of api.github.com (@octokit/openapi, OpenAPI 3.0) as validators for
 * the answers, request bodies and query parameters of its operations. The 13 MB description is
 * read once; its component schemas become one ajv schema document whose parts are compiled on
 * demand. ajv understands OpenAPI's `nullable` itself; `example` and the `x-…` extensions are
 * declared as annotations, so that strict mode still rejects anything else it does not know
 * (keywords, formats, types).
 */
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv'
import fs from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../helpers/dataset.js'

const DESCRIPTION = path.join(
  PROJECT_ROOT,
  'node_modules/@octokit/openapi/generated/api.github.com.json'
)
/** The id under which the component schemas are known to ajv. */
const COMPONENTS = 'https://api.github.com/openapi/components.json'

type Schema = AnySchemaObject
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  schema: Schema
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { content: Record<string, { schema: Schema }> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>
}
interface Description {
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, Parameter>
    responses: Record<string, { content?: Record<string, { schema: Schema }> }>
  }
}

/** The schema with its `#/components/schemas/…` references pointing into COMPONENTS. */
function rebased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebased)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')
        ? `${COMPONENTS}#/definitions/${inner.slice('#/components/schemas/'.length)}`
        : rebased(inner)
    ])
  )
}

function extensionKeywords(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const inner of value) extensionKeywords(inner, found)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('x-')) found.add(key)
      extensionKeywords(inner, found)
    }
  }
  return found
}

function messages(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
}

export class GitHubOpenApi {
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly templates: { template: string; pattern: RegExp }[]

  private constructor(
    private readonly description: Description,
    private readonly ajv: Ajv,
    /** Coerces query strings to the types their parameters declare. */
    private readonly queryAjv: Ajv
  ) {
    this.templates = Object.keys(description.paths).map(template => ({
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    }))
  }

  static load(): GitHubOpenApi {
    const description = JSON.parse(fs.readFileSync(DESCRIPTION, 'utf8')) as Description
    // GitHub's schemas require properties named only in a sibling (check runs' `conclusion`
    // when `status` is completed): valid JSON Schema, which strictRequired would refuse.
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
    ajv.addKeyword('example')
    for (const keyword of extensionKeywords(description.components.schemas)) ajv.addKeyword(keyword)
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/)
    ajv.addFormat('uri', (text: string) => URL.canParse(text))
    ajv.addFormat('int64', { type: 'number', validate: Number.isInteger })
    ajv.addSchema({ $id: COMPONENTS, definitions: rebased(description.components.schemas) })
    const queryAjv = new Ajv({ allErrors: true, strict: true, coerceTypes: true })
    queryAjv.addKeyword('example')
    return new GitHubOpenApi(description, ajv, queryAjv)
  }

  /**
   * The documented path a request's path matches, e.g. `/repos/{owner}/{repo}/check-runs`. A
   * `/repositories/{id}/…` path (GitHub writes those in Link headers) counts as its
   * `/repos/{owner}/{repo}/…` twin.
   */
  template(requestPath: string): string | null {
    const spelled = requestPath.replace(/^\/repositories\/\d+\//, '/repos/_/_/')
    return this.templates.find(t => t.pattern.test(spelled))?.template ?? null
  }

  private operation(method: string, requestPath: string): Operation {
    const template = this.template(requestPath)
    const operation = template
      ? this.description.paths[template]?.[method.toLowerCase()]
      : undefined
    if (!operation) throw new Error(`${method} ${requestPath} is not in GitHub's description`)
    return operation
  }

  private validator(key: string, schema: Schema, ajv = this.ajv): ValidateFunction {
    let validate = this.validators.get(key)
    if (!validate) {
      validate = ajv.compile(rebased(schema) as Schema)
      this.validators.set(key, validate)
    }
    return validate
  }

  private check(key: string, schema: Schema, value: unknown): string[] {
    const validate = this.validator(key, schema)
    return validate(value) ? [] : messages(validate.errors)
  }

  /**
   * Problems of an answer with `body` to a request, against the schema documented for its
   * status (an undocumented error status: against GitHub's basic error), or [].
   */
  responseProblems(method: string, requestPath: string, status: number, body: unknown): string[] {
    const operation = this.operation(method, requestPath)
    let response = operation.responses[String(status)]
    if (response?.$ref)
      response = this.description.components.responses[response.$ref.split('/').at(-1) ?? '']
    if (!response) {
      if (status < 400) return [`status ${status} is not documented for ${method} ${requestPath}`]
      const basicError = { $ref: '#/components/schemas/basic-error' }
      return this.check('basic-error', basicError, body)
    }
    const schema = response.content?.['application/json']?.schema
    if (!schema) return body === null || body === '' ? [] : ['a body where none is documented']
    return this.check(`${method} ${this.template(requestPath)} ${status}`, schema, body)
  }

  /** Problems of a request's JSON body against the operation's request-body schema, or []. */
  requestBodyProblems(method: string, requestPath: string, body: unknown): string[] {
    const schema = this.operation(method, requestPath).requestBody?.content['application/json']
      ?.schema
    if (!schema) return body === null ? [] : ['a body where none is documented']
    return this.check(`${method} ${this.template(requestPath)} body`, schema, body)
  }

  /** Problems of a request's query parameters (unknown names, values of the wrong type), or []. */
  queryProblems(method: string, requestPath: string, query: URLSearchParams): string[] {
    const parameters = (this.operation(method, requestPath).parameters ?? []).map(p =>
      '$ref' in p ? this.description.components.parameters[p.$ref.split('/').at(-1) ?? ''] : p
    )
    const problems: string[] = []
    for (const [name, value] of query) {
      const parameter = parameters.find(p => p?.in === 'query' && p.name === name)
      if (!parameter) {
        problems.push(`query parameter ${name} is not documented`)
        continue
      }
      const schema = { type: 'object', properties: { value: parameter.schema } }
      const validate = this.validator(
        `query ${name} ${JSON.stringify(schema)}`,
        schema,
        this.queryAjv
      )
      if (!validate({ value }))
        problems.push(...messages(validate.errors).map(m => `${name}: ${m}`))
    }
    return problems
  }
}
