import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import type { BaselineFile, CaptureRecord } from './generated-types.js'

/** Folder of the JSON Schema files: `packages/core/schema`, the same relative place from src/ and dist/. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url))

export type SchemaName = 'scenario' | 'baseline-file' | 'capture-record'

function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')) as Record<string, unknown>
}

interface Validators {
  baselineFile: ValidateFunction<BaselineFile>
  captureRecord: ValidateFunction<CaptureRecord>
}

let ajv: Ajv | undefined
let baselineFile: ValidateFunction<BaselineFile> | undefined
let captureRecord: ValidateFunction<CaptureRecord> | undefined

function schemas(): Ajv {
  if (ajv) return ajv
  // allErrors off: the first error is reported, which is the one the user must fix first and
  // the cheapest to find. The discriminator keyword makes `Outcome`/`Dependency` errors point at
  // the right branch instead of "must match exactly one schema".
  // verbose: errors carry their schema, whose description words a pattern error for humans.
  ajv = new Ajv({ allErrors: false, discriminator: true, verbose: true })
  // json-schema-to-typescript's annotation, meaningless for validation.
  ajv.addKeyword('tsType')
  ajv.addSchema(loadSchema('scenario'))
  return ajv
}

/**
 * Each schema is compiled once per process, on first use (Ajv compilation costs milliseconds),
 * so a process that only reads baselines (a gate worker) never compiles the capture record's.
 */
const validators: Validators = {
  get baselineFile() {
    return (baselineFile ??= schemas().compile<BaselineFile>(loadSchema('baseline-file')))
  },
  get captureRecord() {
    return (captureRecord ??= schemas().compile<CaptureRecord>(loadSchema('capture-record')))
  },
}

export function getValidators(): Validators {
  return validators
}
