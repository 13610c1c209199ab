import { ShadowtestError } from '../errors.js'

function where(configFile: string | undefined): string {
  return configFile === undefined ? 'config' : configFile
}

/** A `CONFIG:INVALID` naming the file and the key path (`capture.sink.kind`), with the JSONPath in `path`. */
export function configError(configFile: string | undefined, keyPath: string, message: string, details: Record<string, unknown> = {}): ShadowtestError {
  return new ShadowtestError('CONFIG:INVALID', `${where(configFile)}: ${keyPath === '' ? '' : `${keyPath}: `}${message}`, {
    ...(configFile === undefined ? {} : { file: configFile }),
    path: keyPath === '' ? '$' : `$.${keyPath}`,
    details: { key: keyPath, ...details },
  })
}

/** A value as an error message shows it: `string "half"`, `number 2`, `object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  if (typeof value === 'object') return 'object'
  return `${typeof value} ${String(value)}`
}
