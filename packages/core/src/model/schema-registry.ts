import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { ValidateFunction } from 'ajv'
import type { BaselineFile, CaptureRecord, Scenario } from './generated-types.js'

/** Folder of the JSON Schema files: `packages/core/schema`, the same relative place from src/ and dist/. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url))

/** Folder of the generated validators: `packages/core/generated`, the same relative place from src/model, dist/model and dist/bundle. */
const GENERATED_DIR = fileURLToPath(new URL('../../generated/', import.meta.url))

export type SchemaName = 'scenario' | 'baseline-file' | 'capture-record'

interface Validators {
  baselineFile: ValidateFunction<BaselineFile>
  captureRecord: ValidateFunction<CaptureRecord>
  /** The function `baselineFile` calls for each scenario (fast-validation.ts hands it the scenarios it does not check itself). */
  scenario: ValidateFunction<Scenario>
}

// Not called `require`: the bundler would inline a `require('…')` it can resolve.
const load = createRequire(import.meta.url)

let validators: Validators | undefined
let configValidator: ValidateFunction | undefined

/**
 * The validators are compiled ahead of time (Ajv standalone code in packages/core/generated/*.cjs,
 * regenerated from schema/ by `npm run gen:types`, checked by `--check` in `npm test`), with the
 * options the run-time compilation had: allErrors off (the first error is reported, the one the
 * user must fix first and the cheapest to find), the discriminator keyword (`Outcome`/`Dependency`
 * errors point at the right branch instead of "must match exactly one schema") and verbose
 * (errors carry their schema, whose description words a pattern error for humans). Compiling the
 * schemas at run time cost ~30–80 ms per process.
 *
 * They are loaded (synchronously, CommonJS) on first use, not with core: ~190 KB of code that a
 * process whose baseline files pass the fast check and that loads no config never runs, and V8
 * compiles every byte of a module it loads (docs/performance.md, Round 5, Less code to load).
 */
export function getValidators(): Validators {
  return (validators ??= load(`${GENERATED_DIR}model-validators.cjs`) as Validators)
}

/** schema/config.schema.json's validator (its own file: a config load does not need the model's). */
export function getConfigValidator(): ValidateFunction {
  return (configValidator ??= (load(`${GENERATED_DIR}config-validator.cjs`) as { config: ValidateFunction }).config)
}
