import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { certainlyValidConfig, CONFIG_SCHEMA_FINGERPRINT } from '../src/config/fast-config-check.js'
import { loadConfig, loadConfigSync, resolveConfig } from '../src/config/index.js'
import { getConfigValidator, SCHEMA_DIR } from '../src/model/schema-registry.js'
import { tempDir } from './fixtures/baseline-factory.js'
import { jsonMutations, type Json } from './fixtures/json-mutations.js'
import { thrownError } from './fixtures/shadowtest-errors.js'

const require = createRequire(import.meta.url)
const validatorLoaded = (): boolean => Object.keys(require.cache).some((file) => file.endsWith(`${path.sep}config-validator.cjs`))

// Ajv's validator: what resolveConfig ran alone before the fast check. Loaded only inside tests,
// after the first one has checked that common configs never load it.
const ajv = (config: unknown): boolean => (getConfigValidator() as unknown as (data: unknown) => boolean)(config)


// Every key the schema knows, each with a valid value (both sink shapes appear through the mutations).
const rich: Json = {
  $schema: './node_modules/@shadowtest/core/schema/config.schema.json',
  rootDir: '.',
  baselineDir: '__baselines__',
  captureDir: '.shadowtest/captures',
  generatedDir: '__shadowtest__',
  secret: 's3cret',
  capture: {
    enabled: true,
    samplingRate: 0.5,
    functions: { 'pricing.quote': { enabled: false, samplingRate: 1, maxScenarios: 10, onLimit: 'sample' }, other: {} },
    maxScenariosPerFunction: 5000,
    onLimit: 'stop',
    dedupe: false,
    maxPendingBytes: 1024,
    batchSize: 16,
    flushIntervalMs: 0,
    rotateBytes: 4096,
    retention: { maxAgeDays: 0.5, maxFiles: 0 },
    http: { recordHeaders: ['content-type', 'x-id'] },
    clock: false,
    encoding: { maxDepth: 3, maxArrayLength: 10, maxStringLength: 100, maxBytes: 1000 },
    sink: { kind: 'postgres', table: 'ops.captures', urlEnv: 'DATABASE_URL' },
  },
  redaction: {
    enabled: true,
    keys: ['password'],
    allow: ['$.id', 'token'],
    patterns: { email: true, card: false, phone: true, ssn: false, jwt: true, bearer: false, apiKey: true, iban: false },
    custom: [{ name: 'ticket', pattern: 'T-\\d+' }],
  },
  diff: { ignoredFields: ['at'], floatTolerance: { absolute: 0.01 } },
  replay: { mode: 'tolerant', http: { origin: 'match' } },
  gate: { strict: true, approve: false, noiseRuns: 0, failOnObsolete: 'never' },
  governance: { policy: { requireReason: ['approve'] }, actor: 'ci' },
  codegen: { outDir: 'gen', perScenario: true, provider: 'openai', model: 'm', baseUrl: 'http://127.0.0.1:1', maxRetries: 0, timeoutMs: 1 },
}

// Values at the edges of what the schema accepts: wrong types, boundary and non-finite numbers,
// empty and near-miss strings, every enum member, both sink shapes, objects and arrays.
const REPLACEMENTS: unknown[] = [
  undefined, null, true, false, 0, -0, -1, 1, 0.5, 1.5, 2, 1e21, NaN, Infinity, -Infinity, '', ' ', 'x', '\ud800', '𝒳',
  'stop', 'sample', 'ndjson', 'postgres', 'mysql', 'strict', 'tolerant', 'validation-only', 'ignore', 'match', 'ci', 'always', 'never',
  'anthropic', 'openai', 'ops.captures', 'a.b.c', '1table', 'x'.repeat(64), 'DATABASE_URL', 'DATABASE-URL', [], [''], ['x'], [1], [{}],
  [{ name: 'n', pattern: 'p' }], [{ name: 'n' }], {}, { kind: 'ndjson' }, { kind: 'postgres', table: 'bad table' }, { kind: 'ndjson', urlEnv: 'X' },
  { table: 't' }, { enabled: true }, { maxScenarios: -1 }, { a: 1 }, new Date(0), new Map(), Object.create(null) as object,
]
const NEW_KEYS = ['extra', 'enabled', 'kind', 'table', 'sink', 'noiseRuns', 'maxFiles', 'iban', 'name', '$schema', '__proto__', 'constructor', 'toString', 'hasOwnProperty']

const { everyMutation, applyAll } = jsonMutations(rich, REPLACEMENTS, NEW_KEYS)

let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-config-check-'))
})
afterEach(() => cleanup())

describe('certainlyValidConfig (the fast check before Ajv)', () => {
  // First in this file (each test file runs in its own process): nothing before it loaded the validator.
  it('loads common configs without loading config-validator.cjs', async () => {
    await writeFile(path.join(root, 'package.json'), '{ "name": "app" }\n')
    await writeFile(path.join(root, 'shadowtest.config.mjs'), "export default { baselineDir: '__baselines__', capture: { maxScenariosPerFunction: 5000 } }\n")
    expect(loadConfigSync({ cwd: root, env: {} }).capture.maxScenariosPerFunction).toBe(5000)
    expect((await loadConfig({ cwd: root, env: {} })).baselineDir).toBe(path.join(root, '__baselines__'))
    for (const config of [undefined, {}, { gate: { noiseRuns: 3, failOnObsolete: 'never' } }, { capture: { sink: 'postgres', samplingRate: 0.1 }, redaction: { keys: ['pin'] } }, rich]) {
      resolveConfig(config as never, { cwd: root, env: {} })
    }
    expect(validatorLoaded()).toBe(false)
    // An invalid config still gets Ajv's error, which loads it.
    expect(thrownError(() => resolveConfig({ gate: { noiseRuns: -1 } }, { cwd: root, env: {} })).code).toBe('CONFIG:INVALID')
    expect(validatorLoaded()).toBe(true)
  })

  it('was written against the current schema: review fast-config-check.ts when config.schema.json changes, then update the fingerprint', () => {
    expect(createHash('sha256').update(readFileSync(path.join(SCHEMA_DIR, 'config.schema.json'))).digest('hex')).toBe(CONFIG_SCHEMA_FINGERPRINT)
  })

  it('accepts the config holding every key, as Ajv does', () => {
    expect(ajv(rich)).toBe(true)
    expect(certainlyValidConfig(rich)).toBe(true)
  })

  it('gives Ajv’s verdict on every config one mutation away (every path × every operation × every value)', () => {
    let rejected = 0
    let configs = 0
    for (const { path, op, value, json: config } of everyMutation()) {
      const verdict = ajv(config)
      configs++
      if (certainlyValidConfig(config) !== verdict) expect({ path, op, value, fast: !verdict }).toBe('the same verdict as Ajv')
      if (!verdict) rejected++
    }
    // The mutations reach both verdicts.
    expect(configs).toBeGreaterThan(10_000)
    expect(rejected).toBeGreaterThan(configs / 3)
    expect(configs - rejected).toBeGreaterThan(configs / 10)
  }, 60_000)

  it('gives Ajv’s verdict on configs with two to four mutations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 2, maxLength: 4 }), (mutations) => {
        const config = applyAll(mutations)
        expect(certainlyValidConfig(config)).toBe(ajv(config))
      }),
      { numRuns: 3000 },
    )
  }, 60_000)

  it('sees inherited enumerable keys like Ajv (for…in, `!== undefined`)', () => {
    const inherits = Object.create({ gate: { noiseRuns: 1 } }) as Record<string, unknown>
    expect([certainlyValidConfig(inherits), ajv(inherits)]).toEqual([true, true])
    const inheritsBad = Object.create({ gate: { noiseRuns: -1 } }) as Record<string, unknown>
    expect([certainlyValidConfig(inheritsBad), ajv(inheritsBad)]).toEqual([false, false])
    const extra = Object.create({ extra: 1 }) as Record<string, unknown>
    expect([certainlyValidConfig(extra), ajv(extra)]).toEqual([false, false])
    class Config {
      baselineDir = 'b'
    }
    expect([certainlyValidConfig(new Config()), ajv(new Config())]).toEqual([true, true])
  })

  it('is "not sure" about what it cannot read, and resolveConfig fails as it did with Ajv alone', () => {
    const throwing = Object.defineProperty({}, 'gate', { enumerable: true, get: () => { throw new Error('getter') } })
    expect(certainlyValidConfig(throwing)).toBe(false)
    expect(() => resolveConfig(throwing as never, { cwd: root, env: {} })).toThrow('getter')
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    expect(certainlyValidConfig(revoked.proxy)).toBe(false)
  })

  it('resolveConfig gives the same config or the same error as with Ajv alone', () => {
    // With Ajv alone, the errors were explain(Ajv's first error): the fast check answers only "valid",
    // so an invalid config reaches the same code; a valid one skips nothing but Ajv's `true`.
    const samples = [rich, {}, { capture: { sink: 'ndjson' } }, { capture: { sink: { kind: 'ndjson' } } }, { gate: { noiseRuns: 1.5 } }, { captur: {} }, { codegen: { provider: 'x' } }, { redaction: { custom: [{ name: 'n' }] } }]
    for (const config of samples) {
      const fast = certainlyValidConfig(config)
      if (fast) expect(resolveConfig(config as never, { cwd: root, env: {} }).rootDir).toBe(path.resolve(root, (config as { rootDir?: string }).rootDir ?? '.'))
      else {
        expect(ajv(config)).toBe(false)
        expect(thrownError(() => resolveConfig(config as never, { cwd: root, env: {} })).code).toBe('CONFIG:INVALID')
      }
    }
  })
})
