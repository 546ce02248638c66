/** POSIX shell quoting exactly as Python's `shlex.quote`, which datalad uses for paths and list commands. */
const UNSAFE = /[^\w@%+=:,./-]/

export function shellQuote(value: string): string {
  if (value === '') return "''"
  if (!UNSAFE.test(value)) return value
  return `'${value.replace(/'/g, `'"'"'`)}'`
}
