import type { ErrorObject } from 'ajv'
import { ShadowtestError, type ErrorCode } from '../errors.js'

/** `["scenarios", "9f2c41d07a1b", "input"]` → `scenarios.9f2c41d07a1b.input` (brackets for odd keys). */
export function formatPath(segments: readonly string[]): string {
  let out = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out === '' ? '(root)' : out
}

/** The same location as a JSONPath, for `ShadowtestError.path`. */
export function toJsonPath(segments: readonly string[]): string {
  const rendered = formatPath(segments)
  if (rendered === '(root)') return '$'
  return rendered.startsWith('[') ? `$${rendered}` : `$.${rendered}`
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    return `string ${JSON.stringify(shown)}`
  }
  if (typeof value === 'number' && Number.isInteger(value)) return `integer ${value}`
  return `${typeof value} ${String(value)}`
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current = root
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

/** Turns Ajv's error into "what was expected, what was found", with the path it applies to. */
export function explainAjvError(error: ErrorObject, data: unknown): { segments: string[]; text: string } {
  const segments = decodePointer(error.instancePath)
  const found = valueAt(data, segments)
  const params = error.params as Record<string, unknown>
  if (error.propertyName !== undefined) {
    return {
      segments: [...segments, error.propertyName],
      text: 'invalid key: scenarios are keyed by their semantic id, 12 lowercase hex characters',
    }
  }
  switch (error.keyword) {
    case 'type':
      return { segments, text: `expected ${String(params.type)}, got ${describeValue(found)}` }
    case 'required':
      return { segments: [...segments, String(params.missingProperty)], text: 'missing (required)' }
    case 'additionalProperties':
      return {
        segments: [...segments, String(params.additionalProperty)],
        text: 'unexpected property (not part of the format; remove it or check its spelling)',
      }
    case 'enum':
      return {
        segments,
        text: `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(found)}`,
      }
    case 'const':
      return { segments, text: `expected ${JSON.stringify(params.allowedValue)}, got ${describeValue(found)}` }
    case 'discriminator':
      return {
        segments: [...segments, String(params.tag)],
        text:
          params.error === 'tag'
            ? `expected a string tag, got ${describeValue(valueAt(found, [String(params.tag)]))}`
            : `unknown kind ${JSON.stringify(params.tagValue)}`,
      }
    case 'pattern': {
      const description = (error.parentSchema as { description?: unknown } | undefined)?.description
      const expected =
        typeof description === 'string' ? description.replace(/\.$/, '').replace(/^An? /, (m) => m.toLowerCase()) : `a string matching ${String(params.pattern)}`
      return { segments, text: `expected ${expected}, got ${describeValue(found)}` }
    }
    default:
      return { segments, text: `${error.message ?? 'invalid'}, got ${describeValue(found)}` }
  }
}

/** The scenario a path points into, for `ShadowtestError.scenarioId`. */
export function scenarioIdAt(data: unknown, segments: readonly string[]): string | undefined {
  if (segments[0] !== 'scenarios' || segments[1] === undefined) return undefined
  const scenario = valueAt(data, segments.slice(0, 2))
  const id = valueAt(scenario, ['id'])
  if (typeof id === 'string') return id
  const functionId = valueAt(data, ['function', 'id'])
  return typeof functionId === 'string' ? `${functionId}:${segments[1]}` : undefined
}

export function validationError(
  code: ErrorCode,
  file: string | undefined,
  segments: readonly string[],
  text: string,
  data: unknown,
  extra: { details?: Record<string, unknown>; hint?: string } = {},
): ShadowtestError {
  const scenarioId = scenarioIdAt(data, segments)
  const where = file === undefined ? '' : `${file}: `
  const scenarioPart = scenarioId === undefined ? '' : ` (scenario ${scenarioId})`
  const hint = extra.hint ?? 'Fix the file by hand or restore it from version control; nothing was written.'
  return new ShadowtestError(code, `${where}${formatPath(segments)}: ${text}${scenarioPart}. ${hint}`, {
    ...(file === undefined ? {} : { file }),
    ...(scenarioId === undefined ? {} : { scenarioId }),
    path: toJsonPath(segments),
    details: { ...extra.details, reason: text },
  })
}
