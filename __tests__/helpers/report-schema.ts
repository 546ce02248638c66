/** schema/report.schema.json compiled by ajv in strict mode, as a validator of reports. */
import fs from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { AnySchemaObject } from 'ajv'

export const REPORT_SCHEMA = JSON.parse(
  fs.readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')
) as AnySchemaObject

/** RFC 3339 date-time, as JSON Schema's `format: date-time` means (ajv-formats is not installed). */
function isDateTime(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(text) &&
    !Number.isNaN(Date.parse(text))
  )
}

/** Compiles the schema (throwing on anything strict mode refuses); the validator lists errors. */
export function strictReportValidator(): (report: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  ajv.addFormat('date-time', isDateTime)
  const validate = ajv.compile(REPORT_SCHEMA)
  return report =>
    validate(report) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
}
