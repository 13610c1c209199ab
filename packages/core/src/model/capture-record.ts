import { ShadowtestError } from '../errors.js'
import type { CaptureRecord } from './generated-types.js'
import { getValidators } from './schema-registry.js'
import { explainAjvError, formatPath, toJsonPath } from './validation-error.js'

/**
 * Checks one parsed capture line against capture-record.schema.json.
 * @throws ShadowtestError `VALIDATION:CAPTURE_INVALID` naming the file/line and the JSON path.
 */
export function validateCaptureRecord(json: unknown, options: { file?: string; line?: number } = {}): CaptureRecord {
  const validate = getValidators().captureRecord
  if (validate(json)) return json
  const first = validate.errors?.[0]
  const { segments, text } = first ? explainAjvError(first, json) : { segments: [], text: 'invalid' }
  const where = `${options.file ?? 'capture record'}${options.line === undefined ? '' : `:${options.line}`}`
  throw new ShadowtestError(
    'VALIDATION:CAPTURE_INVALID',
    `${where}: ${formatPath(segments)}: ${text}. The line is skipped; it was written by an incompatible or failing recorder.`,
    {
      ...(options.file === undefined ? {} : { file: options.file }),
      path: toJsonPath(segments),
      details: { line: options.line, keyword: first?.keyword, reason: text },
    },
  )
}

/** True when the value is a valid capture record (no error built; for hot loops that count rejects). */
export function isCaptureRecord(json: unknown): json is CaptureRecord {
  return getValidators().captureRecord(json)
}
