// Generates src/model/generated-validators.ts: the Ajv validators of the baseline file, the
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
export const validatorsFile = path.join(packageDir, 'src/model/generated-validators.ts')

const standaloneCode = standalone.default ?? standalone

async function loadSchema(name) {
  return JSON.parse(await readFile(path.join(packageDir, 'schema', `${name}.schema.json`), 'utf8'))
}

// Ajv's one runtime helper these schemas use (string length in code points), inlined so the
// module needs no `require`.
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

function code(ajv, refs) {
  const source = standaloneCode(ajv, refs).replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length')
  if (source.includes('require(')) throw new Error('generate-validators: the standalone code needs a runtime require; inline it like ucs2length')
  return source.replace(/^"use strict";\n?/, '')
}

export async function generateValidators() {
  const [scenario, baselineFile, captureRecord, config] = await Promise.all(
    ['scenario', 'baseline-file', 'capture-record', 'config'].map(loadSchema),
  )
  // The same options as the run-time compilation had (see schema-registry.ts, resolve-config.ts).
  const model = new Ajv({ allErrors: false, discriminator: true, verbose: true, code: { source: true, esm: true, lines: true } })
  model.addKeyword('tsType')
  model.addSchema(scenario)
  model.addSchema(baselineFile)
  model.addSchema(captureRecord)
  // `scenario` is the function the baseline file's validator calls for each scenario (the same
  // compiled schema, so the same function): fast-validation.ts hands it the scenarios it does not
  // check itself.
  const modelCode = code(model, { baselineFile: baselineFile.$id, captureRecord: captureRecord.$id, scenario: scenario.$id })
  const configAjv = new Ajv({ allErrors: false, verbose: true, code: { source: true, esm: true, lines: true } })
  configAjv.addSchema(config)
  // Both compilations name their functions validate10, schema11…: the config's gets its own scope.
  const configSource = code(configAjv, { config: config.$id })
  const exported = /^export const config = (validate\d+);$/m.exec(configSource)
  if (!exported) throw new Error('generate-validators: no config export in the standalone code')
  const configCode = `export const config = (() => {\n${configSource.replace(exported[0], '')}\nreturn ${exported[1]}\n})()`
  return `/**
 * GENERATED FILE, DO NOT EDIT.
 * Ajv standalone validators for packages/core/schema/*.schema.json (scripts/generate-validators.mjs).
 * Regenerate with \`npm run gen:types\`; \`npm run gen:types -- --check\` (part of \`npm test\`) fails when stale.
 */
// @ts-nocheck
/* eslint-disable */

${UCS2LENGTH}

${modelCode}

${configCode}
`
}
