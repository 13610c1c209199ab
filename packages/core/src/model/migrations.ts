import { ShadowtestError } from '../errors.js'
import type { PolicySnapshot } from './generated-types.js'
import { CURRENT_SCHEMA_VERSION } from './types.js'
import { validationError } from './validation-error.js'

type Json = Record<string, unknown>

/** One step of the format's history: turns a file of version `from` into version `to`. */
export interface Migration {
  from: number
  to: number
  /** What changed, shown in docs and in errors raised while migrating. */
  description: string
  migrate(file: Json, context: { file?: string | undefined }): Json
}

/**
 * Files written before policy snapshots existed were never compared under a known policy; this
 * marker says so. The store replaces it with the current policy the next time it writes the file.
 */
export const LEGACY_POLICY_SNAPSHOT: PolicySnapshot = { id: 'legacy', semanticsVersion: 0, hash: '' }

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * schemaVersion 1 kept `scenarios` as an array whose items carried their own `semanticId`,
 * `function` as a plain id string (module and export name beside it), no policy snapshot, and
 * history entries without `version`.
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  description:
    'scenarios array → object keyed by semantic id; function string → { id, module, exportName }; policy snapshot added; history entries get version',
  migrate(old, { file }) {
    const fail = (segments: string[], text: string) =>
      validationError('VALIDATION:BASELINE_INVALID', file, segments, `${text} (schemaVersion 1 layout)`, old)
    if (typeof old.function !== 'string' || old.function === '') throw fail(['function'], `expected a function id string, got ${typeof old.function}`)
    if (!Array.isArray(old.scenarios)) throw fail(['scenarios'], 'expected array')
    const functionRef: Json = { id: old.function }
    if (typeof old.module === 'string') functionRef.module = old.module
    if (typeof old.exportName === 'string') functionRef.exportName = old.exportName
    const scenarios: Json = {}
    old.scenarios.forEach((item: unknown, index) => {
      if (!isObject(item)) throw fail(['scenarios', String(index)], 'expected object')
      const { semanticId, ...rest } = item
      if (typeof semanticId !== 'string') throw fail(['scenarios', String(index), 'semanticId'], 'expected string')
      if (Object.hasOwn(scenarios, semanticId)) {
        throw new ShadowtestError(
          'VALIDATION:DUPLICATE_ID',
          `${file ?? 'baseline file'}: scenario ${String(old.function)}:${semanticId} appears twice in scenarios (second at index ${index}). Keep one of them (usually a merge mistake); nothing was written.`,
          {
            ...(file === undefined ? {} : { file }),
            scenarioId: `${String(old.function)}:${semanticId}`,
            path: `$.scenarios[${index}]`,
            details: { semanticId },
          },
        )
      }
      const version = typeof rest.version === 'number' ? rest.version : 1
      if (Array.isArray(rest.history)) {
        rest.history = rest.history.map((entry: unknown) =>
          isObject(entry) && entry.version === undefined ? { ...entry, version } : entry,
        )
      }
      scenarios[semanticId] = rest
    })
    const { module: _module, exportName: _exportName, ...kept } = old
    return { ...kept, schemaVersion: 2, function: functionRef, policy: { ...LEGACY_POLICY_SNAPSHOT }, scenarios }
  },
}

/** Every migration, oldest first. A new format version adds one entry here and bumps CURRENT_SCHEMA_VERSION. */
export const migrations: readonly Migration[] = [v1ToV2]

/** The oldest schemaVersion that can still be read. */
export const OLDEST_SCHEMA_VERSION = Math.min(CURRENT_SCHEMA_VERSION, ...migrations.map((m) => m.from))

/**
 * Brings a parsed file up to CURRENT_SCHEMA_VERSION by applying the migrations in order.
 * Never mutates its argument. Callers have checked that `version` is in range.
 */
export function migrateToCurrent(json: Json, version: number, context: { file?: string | undefined }): Json {
  let current = json
  let at = version
  while (at < CURRENT_SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === at)
    if (!step) {
      throw new ShadowtestError(
        'VALIDATION:UNKNOWN_SCHEMA_VERSION',
        `${context.file ?? 'baseline file'}: no migration from schemaVersion ${at}; this engine reads versions ${OLDEST_SCHEMA_VERSION} to ${CURRENT_SCHEMA_VERSION}.`,
        { ...(context.file === undefined ? {} : { file: context.file }), path: '$.schemaVersion', details: { found: at } },
      )
    }
    current = step.migrate(current, context)
    at = step.to
  }
  return current
}
