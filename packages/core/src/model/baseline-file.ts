import { ShadowtestError } from '../errors.js'
import { findDuplicateKey } from './duplicate-keys.js'
import { certainlyValidBaselineFile } from './fast-validation.js'
import type { BaselineFile } from './generated-types.js'
import { migrateToCurrent, OLDEST_SCHEMA_VERSION } from './migrations.js'
import { getValidators } from './schema-registry.js'
import { stringifySorted } from './sorted-json.js'
import { checkScenarioIds } from './scenario-ids.js'
import { CURRENT_SCHEMA_VERSION } from './types.js'
import { describeValue, explainAjvError, formatPath, toJsonPath, validationError } from './validation-error.js'

export interface BaselineFileOptions {
  /** Shown in error messages and set as `error.file`. */
  file?: string | undefined
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Parses and validates the text of a baseline file (migrating older versions).
 * @throws ShadowtestError `VALIDATION:CORRUPT_JSON`, `VALIDATION:DUPLICATE_ID`, and everything `validateBaselineFile` throws.
 */
export function parseBaselineFile(text: string, options: BaselineFileOptions = {}): BaselineFile {
  const { file } = options
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (cause) {
    throw corruptJson(body, file, cause)
  }
  const duplicate = findDuplicateKey(body, json)
  if (duplicate) {
    const { parentPath, key, position } = duplicate
    const { line, column } = lineAndColumn(body, position)
    const isScenarioKey = parentPath.length === 1 && parentPath[0] === 'scenarios'
    const functionId = isObject(json) && isObject(json.function) ? json.function.id : undefined
    const scenarioId = isScenarioKey && typeof functionId === 'string' ? `${functionId}:${key}` : undefined
    const where = `${file ?? 'baseline file'}:${line}:${column}`
    throw new ShadowtestError(
      isScenarioKey ? 'VALIDATION:DUPLICATE_ID' : 'VALIDATION:BASELINE_INVALID',
      isScenarioKey
        ? `${where}: scenario ${scenarioId ?? key} appears twice in scenarios. A JSON reader would silently keep only the last one; keep the right copy by hand (usually a merge mistake). Nothing was written.`
        : `${where}: key ${JSON.stringify(key)} appears twice in ${formatPath(parentPath)}. Remove one of them. Nothing was written.`,
      {
        ...(file === undefined ? {} : { file }),
        ...(scenarioId === undefined ? {} : { scenarioId }),
        path: toJsonPath([...parentPath, key]),
        details: { key, line, column },
      },
    )
  }
  // Freshly parsed: nobody else holds it, so no defensive copy.
  return validateParsed(json, options, true)
}

/**
 * Validates an already parsed baseline file against the JSON Schema, after migrating it to the
 * current schemaVersion, and checks that every scenario's key and id match its input.
 * Returns a new object; the argument is never modified.
 */
export function validateBaselineFile(json: unknown, options: BaselineFileOptions = {}): BaselineFile {
  return validateParsed(json, options, false)
}

/**
 * `validateBaselineFile` for an object the caller owns and will not touch again (the store's
 * freshly built file): skips the defensive copy, which costs as much as the validation itself.
 */
export function validateOwnedBaselineFile(json: unknown, options: BaselineFileOptions = {}): BaselineFile {
  return validateParsed(json, options, true)
}

function validateParsed(json: unknown, options: BaselineFileOptions, owned: boolean): BaselineFile {
  const { file } = options
  if (!isObject(json)) {
    throw validationError('VALIDATION:BASELINE_INVALID', file, [], `expected object, got ${describeValue(json)}`, json)
  }
  const version = json.schemaVersion
  if (version === undefined) {
    throw validationError('VALIDATION:BASELINE_INVALID', file, ['schemaVersion'], 'missing (required)', json, {
      hint: 'Every baseline file starts with "schemaVersion"; is this a baseline file?',
    })
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw validationError('VALIDATION:BASELINE_INVALID', file, ['schemaVersion'], `expected integer, got ${describeValue(version)}`, json)
  }
  if (version > CURRENT_SCHEMA_VERSION || version < OLDEST_SCHEMA_VERSION) {
    const newer = version > CURRENT_SCHEMA_VERSION
    throw new ShadowtestError(
      'VALIDATION:UNKNOWN_SCHEMA_VERSION',
      `${file ?? 'baseline file'}: schemaVersion ${version} is ${newer ? 'newer than' : 'older than any version known to'} this engine (it reads ${OLDEST_SCHEMA_VERSION} to ${CURRENT_SCHEMA_VERSION}). ${
        newer ? 'The file was written by a newer Shadowtest: upgrade @shadowtest/* to read it.' : 'Re-record the scenarios.'
      } Nothing was written.`,
      { ...(file === undefined ? {} : { file }), path: '$.schemaVersion', details: { found: version, current: CURRENT_SCHEMA_VERSION } },
    )
  }
  const migrated = version < CURRENT_SCHEMA_VERSION ? migrateToCurrent(owned ? json : structuredClone(json), version, { file }) : json
  // The cheap pass answers only "valid"; anything else goes to Ajv (loaded then), which decides and words the error.
  if (!certainlyValidBaselineFile(migrated) && !getValidators().baselineFile(migrated)) {
    const first = getValidators().baselineFile.errors?.[0]
    const { segments, text } = first ? explainAjvError(first, migrated) : { segments: [], text: 'invalid' }
    throw validationError('VALIDATION:BASELINE_INVALID', file, segments, text, migrated, {
      details: { keyword: first?.keyword, migratedFrom: version === CURRENT_SCHEMA_VERSION ? undefined : version },
      ...(version === CURRENT_SCHEMA_VERSION
        ? {}
        : { hint: `(Reported after migrating the file from schemaVersion ${version}.) Fix the file by hand or restore it from version control; nothing was written.` }),
    })
  }
  checkScenarioIds(migrated, file)
  return migrated === json && !owned ? structuredClone(migrated) : migrated
}

/** Pretty JSON (2 spaces), keys sorted at every level, trailing newline: stable, reviewable diffs. */
export function serializeBaselineFile(file: BaselineFile): string {
  return `${stringifySorted(file)}\n`
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}

function corruptJson(text: string, file: string | undefined, cause: unknown): ShadowtestError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  const match = /position (\d+)/.exec(reason)
  const position = match ? Number(match[1]) : text.length
  const truncated = position >= text.trimEnd().length
  const { line, column } = lineAndColumn(text, position)
  const conflict = /^(<{7}|={7}|>{7})( |$)/m.test(text)
  const advice = conflict
    ? 'It contains git merge-conflict markers: resolve the conflict, keeping whole scenarios.'
    : truncated
      ? 'The file ends too early (truncated, perhaps an interrupted write or copy): restore it from version control.'
      : 'Restore it from version control or fix the JSON by hand.'
  return new ShadowtestError(
    'VALIDATION:CORRUPT_JSON',
    `${file ?? 'baseline file'}:${line}:${column}: not valid JSON (${reason}). ${advice} Nothing was written.`,
    { ...(file === undefined ? {} : { file }), cause, details: { position, line, column, truncated, conflict } },
  )
}
