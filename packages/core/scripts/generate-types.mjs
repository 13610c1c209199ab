#!/usr/bin/env node
// Generates src/model/generated-types.ts (and, through generate-validators.mjs, the precompiled
// validators in generated/*.cjs) from the JSON Schemas in schema/, which are the single
// source of truth for the file formats. `--check` regenerates in memory and exits 1 when the
// committed file differs, so stale types fail `npm test` instead of drifting silently.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { compile } from 'json-schema-to-typescript'
import { format } from 'prettier'
import { generateValidators } from './generate-validators.mjs'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const schemaDir = path.join(packageDir, 'schema')
// `--out <file>` exists for the generator's own test, which checks a stale copy in a temp dir.
const outIndex = process.argv.indexOf('--out')
const outFile = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : path.join(packageDir, 'src/model/generated-types.ts')
const SCHEMAS = ['scenario.schema.json', 'baseline-file.schema.json', 'capture-record.schema.json']

const BANNER = `/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: packages/core/schema/*.schema.json. Regenerate with \`npm run gen:types\`;
 * \`npm run gen:types -- --check\` (part of \`npm test\`) fails when this file is stale.
 */

/** Any JSON value; stored values use Shadowtest's tagged encoding on top of plain JSON. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
`

async function generate() {
  // One wrapper schema referencing every file, so shared definitions are emitted once.
  const wrapper = {
    title: 'ShadowtestSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(SCHEMAS.map((name) => [name.replace('.schema.json', ''), { $ref: name }])),
  }
  const ts = await compile(wrapper, 'ShadowtestSchemas', {
    cwd: schemaDir,
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
  })
  // The wrapper itself is only a vehicle; drop its interface.
  const body = ts.replace(/export interface ShadowtestSchemas \{[\s\S]*?\n\}\n/, '')
  return format(`${BANNER}\n${body}`, {
    parser: 'typescript',
    semi: false,
    singleQuote: true,
    printWidth: 120,
  })
}

const check = process.argv.includes('--check')
const outputs = [[outFile, await generate()]]
// The precompiled Ajv validators are generated from the same schemas; `--out` (the generator's
// own test) only concerns the types, unless `--validators-dir <dir>` (the same test) says where to
// find the validator files instead of generated/.
const validatorsIndex = process.argv.indexOf('--validators-dir')
const validatorsDir = validatorsIndex > 0 ? path.resolve(process.argv[validatorsIndex + 1] ?? '') : undefined
if (outIndex < 0 || validatorsDir !== undefined) {
  for (const [file, source] of Object.entries(await generateValidators())) {
    outputs.push([validatorsDir === undefined ? file : path.join(validatorsDir, path.basename(file)), source])
  }
}
let stale = false
for (const [file, generated] of outputs) {
  if (check) {
    const current = await readFile(file, 'utf8').catch(() => '')
    if (current !== generated) {
      console.error(
        `${path.relative(process.cwd(), file)} is stale: it does not match the schemas in ${path.relative(process.cwd(), schemaDir)}/. Run \`npm run gen:types\` and commit the result.`,
      )
      stale = true
    } else console.log(`${path.relative(process.cwd(), file)} is up to date.`)
  } else {
    await writeFile(file, generated)
    console.log(`wrote ${path.relative(process.cwd(), file)}`)
  }
}
if (stale) process.exit(1)
