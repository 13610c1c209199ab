// Generates generated/{model-validators,config-validator}.cjs: the Ajv validators of the baseline file, the
// capture record and the config, compiled ahead of time with Ajv's standalone code generation.
// Compiling the schemas at run time cost ~80 ms per process (a gate worker and the Vitest main
// process each paid it); the generated functions are the exact code Ajv would compile, with the
// same options, so every loaded file is still validated and errors are the same objects
// (`verbose`: each error carries its schema and parent schema, inlined here).
// Run by generate-types.mjs (`npm run gen:types`, `--check` in `npm test`).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
/**
 * The two generated files, CommonJS so core can load each synchronously on first use (createRequire,
 * src/model/schema-registry.ts) instead of compiling ~190 KB in every process that imports core:
 * the model validators (baseline file, scenario, capture record) run only when the fast check does
 * not vouch for a file or when captures are read; the config validator when a config is loaded.
 * They live in packages/core/generated/, the same relative place (`../../generated/`) from src/model,
 * dist/model and dist/bundle.
 */
export const validatorFiles = {
  model: path.join(packageDir, 'generated/model-validators.cjs'),
  config: path.join(packageDir, 'generated/config-validator.cjs'),
}

const standaloneCode = standalone.default ?? standalone

async function loadSchema(name) {
  return JSON.parse(await readFile(path.join(packageDir, 'schema', `${name}.schema.json`), 'utf8'))
}

// Ajv's one runtime helper these schemas use (string length in code points), inlined so the
// file needs nothing from ajv at run time.
const UCS2LENGTH = `function ucs2length(str) {
  const len = str.length
  let length = 0
  let pos = 0
  let value
  while (pos < len) {
    length++
    value = str.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos)
      if ((value & 0xfc00) === 0xdc00) pos++
    }
  }
  return length
}`

function file(ajv, refs) {
  const source = standaloneCode(ajv, refs).replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length')
  if (source.includes('require(')) throw new Error('generate-validators: the standalone code needs a runtime require; inline it like ucs2length')
  const body = source.replace(/^"use strict";\n?/, '')
  return `/**
 * GENERATED FILE, DO NOT EDIT.
 * Ajv standalone validators for packages/core/schema/*.schema.json (scripts/generate-validators.mjs).
 * Regenerate with \`npm run gen:types\`; \`npm run gen:types -- --check\` (part of \`npm test\`) fails when stale.
 */
/* eslint-disable */
'use strict'

${body.includes('ucs2length') ? `${UCS2LENGTH}\n\n` : ''}${body}
`
}

/** File path → generated CommonJS source. */
export async function generateValidators() {
  const [scenario, baselineFile, captureRecord, config] = await Promise.all(
    ['scenario', 'baseline-file', 'capture-record', 'config'].map(loadSchema),
  )
  // The same options as the run-time compilation had (see schema-registry.ts, resolve-config.ts).
  const model = new Ajv({ allErrors: false, discriminator: true, verbose: true, code: { source: true, esm: false, lines: true } })
  model.addKeyword('tsType')
  model.addSchema(scenario)
  model.addSchema(baselineFile)
  model.addSchema(captureRecord)
  // `scenario` is the function the baseline file's validator calls for each scenario (the same
  // compiled schema, so the same function): fast-validation.ts hands it the scenarios it does not
  // check itself.
  const configAjv = new Ajv({ allErrors: false, verbose: true, code: { source: true, esm: false, lines: true } })
  configAjv.addSchema(config)
  return {
    [validatorFiles.model]: file(model, { baselineFile: baselineFile.$id, captureRecord: captureRecord.$id, scenario: scenario.$id }),
    [validatorFiles.config]: file(configAjv, { config: config.$id }),
  }
}
