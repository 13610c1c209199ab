import { fileURLToPath } from 'node:url'
import type { ValidateFunction } from 'ajv'
import * as generated from './generated-validators.js'
import type { BaselineFile, CaptureRecord } from './generated-types.js'

/** Folder of the JSON Schema files: `packages/core/schema`, the same relative place from src/ and dist/. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url))

export type SchemaName = 'scenario' | 'baseline-file' | 'capture-record'

interface Validators {
  baselineFile: ValidateFunction<BaselineFile>
  captureRecord: ValidateFunction<CaptureRecord>
}

/**
 * The validators are compiled ahead of time (Ajv standalone code in generated-validators.ts,
 * regenerated from schema/ by `npm run gen:types`, checked by `--check` in `npm test`), with the
 * options the run-time compilation had: allErrors off (the first error is reported, the one the
 * user must fix first and the cheapest to find), the discriminator keyword (`Outcome`/`Dependency`
 * errors point at the right branch instead of "must match exactly one schema") and verbose
 * (errors carry their schema, whose description words a pattern error for humans). Compiling the
 * schemas at run time cost ~30–80 ms per process.
 */
const validators: Validators = {
  baselineFile: generated.baselineFile as unknown as ValidateFunction<BaselineFile>,
  captureRecord: generated.captureRecord as unknown as ValidateFunction<CaptureRecord>,
}

export function getValidators(): Validators {
  return validators
}
