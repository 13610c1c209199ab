import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { certainlyValidBaselineFile, certainlyValidScenario, SCHEMA_FINGERPRINT } from '../src/model/fast-validation.js'
import { parseBaselineFile, serializeBaselineFile, validateBaselineFile } from '../src/model/index.js'
import { getValidators, SCHEMA_DIR } from '../src/model/schema-registry.js'
import { baselineFile, scenario } from './fixtures/baseline-factory.js'
import { jsonMutations, type Json } from './fixtures/json-mutations.js'
import { thrownError } from './fixtures/shadowtest-errors.js'

// Ajv's validators, the ones parseBaselineFile ran alone before the fast pass.
const ajvFile = getValidators().baselineFile as unknown as (data: unknown) => boolean
const ajvScenario = getValidators().scenario as unknown as (data: unknown) => boolean


// Every shape the schemas allow, in a few scenarios: each dependency kind, a proposal, every
// optional field.
const F = 'pricing.quote'
const rich = baselineFile(F, [
  scenario(F, [1], { n: 1, tags: ['a'] }, {
    status: 'approved',
    noise: ['$.at', '$'],
    durationMs: 0.5,
    source: { kind: 'vitest', command: 'vitest run', host: 'h', pid: 7, runId: 'r' },
    history: [
      { action: 'record', from: null, to: 'pending', at: '2026-01-01T00:00:00.000Z', by: 'a', version: 1 },
      { action: 'approve', from: 'pending', to: 'approved', at: '2026-01-02T00:00Z', by: 'b', reason: 'ok', version: 1 },
    ],
  }),
  scenario(F, [{ $st: 'undefined' }], null, { outcome: { kind: 'throw', error: { $st: 'error', message: 'no' } }, input: { args: [{ $st: 'undefined' }], this: { x: 1 } } as never }),
  scenario(F, [2], 2, {
    dependencies: [
      { kind: 'call', functionId: 'f', scenarioId: 'f:0123456789ab', input: { args: [] }, outcome: { kind: 'return', value: 1 }, order: 0 },
      { kind: 'http', order: 1, request: { method: 'GET', url: 'http://x', headers: { a: 'b' } }, response: { status: 200, statusText: 'OK', headers: {}, body: 'x' } },
      { kind: 'clock', start: 1, reads: [1, 2] },
    ],
  }),
  scenario(F, [3], 3, {
    status: 'deprecated',
    proposed: { outcome: { kind: 'return', value: 4 }, dependencies: [], capturedAt: '2026-01-01T00:00:00.000Z', source: { kind: 'jest' }, durationMs: 1 },
  }),
]) as unknown as Json
// The input ids are not the schema's business (checkScenarioIds checks them); the file must pass Ajv.
// Scenario 2's stored input differs from the one its id was made from: fine for the schema.

// Values at the edges of what the schemas accept: wrong types, boundary numbers, near-miss strings.
const REPLACEMENTS: unknown[] = [
  null, true, false, 0, -0, -1, 1, 1.5, -0.5, 2, 999, 1000, NaN, Infinity, -Infinity, '', ' ', 'x', 'a b', '\u00a0', '\ud800', '𝒳',
  '$', '$.x', 'x$', 'approved', 'pending', 'deprecated', 'record', 'approve', 'deprecate', 'propose', 'approve-change', 'rerecord',
  'return', 'throw', 'call', 'http', 'clock', 'vitest', 'jest', 'import', '2026-01-01T00:00', '2026-01-01 00:00', '2026-1-01T00:00',
  'pricing.quote:0123456789ab', 'pricing quote:0123456789ab', ':0123456789ab', 'f:0123456789AB', '0123456789ab', [], [1], ['$'], [{}],
  {}, { kind: 'return' }, { kind: 'return', value: 1 }, { kind: 'throw', error: 1 }, { args: [] }, { args: {} }, { kind: 'record' },
  { a: 'b' }, { a: 1 }, { kind: 'clock', start: 1, reads: [] }, { kind: 'clock', start: 1, reads: [NaN] }, 'GET',
]
const NEW_KEYS = ['extra', 'noise', 'proposed', 'durationMs', 'reason', 'this', 'module', 'exportName', '$schema', 'pid', 'body', 'statusText', 'start', 'order', '0123456789ab', 'ABC', '__proto__', 'constructor']

const { clone, everyMutation, applyAll } = jsonMutations(rich, REPLACEMENTS, NEW_KEYS)

describe('certainlyValidBaselineFile (the fast pass before Ajv)', () => {
  it('was written against the current schemas: review fast-validation.ts when a schema changes, then update the fingerprint', () => {
    for (const [name, sha] of Object.entries(SCHEMA_FINGERPRINT)) {
      expect(createHash('sha256').update(readFileSync(path.join(SCHEMA_DIR, name))).digest('hex'), name).toBe(sha)
    }
  })

  it('accepts the valid file, every scenario shape without Ajv', () => {
    expect(ajvFile(rich)).toBe(true)
    expect(certainlyValidBaselineFile(rich)).toBe(true)
    const scenarios = Object.values((rich as { scenarios: Record<string, Json> }).scenarios)
    expect(scenarios.map((s) => certainlyValidScenario(s))).toEqual([true, true, true, true])
  })

  it('gives Ajv’s verdict on every file one mutation away (every path × every operation × every value)', () => {
    let rejected = 0
    let fastAccepted = 0
    let files = 0
    for (const { path, op, value, json: file } of everyMutation()) {
      const ajv = ajvFile(file)
      files++
      if (certainlyValidBaselineFile(file) !== ajv) expect({ path, op, value, fast: !ajv }).toBe('the same verdict as Ajv')
      if (!ajv) rejected++
      const scenarios = (file as { scenarios?: unknown } | null)?.scenarios
      if (scenarios === null || typeof scenarios !== 'object') continue
      for (const s of Object.values(scenarios)) {
        // A scenario the fast pass accepts, Ajv accepts.
        if (certainlyValidScenario(s)) {
          fastAccepted++
          if (!ajvScenario(s)) expect({ path, op, value }).toBe('a scenario Ajv accepts')
        }
      }
    }
    // The mutations reach both verdicts and the fast path.
    expect(files).toBeGreaterThan(10_000)
    expect(rejected).toBeGreaterThan(files / 4)
    expect(fastAccepted).toBeGreaterThan(files)
  }, 60_000)

  it('gives Ajv’s verdict on files with two or three mutations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 2, maxLength: 3 }), (mutations) => {
        const file = applyAll(mutations)
        expect(certainlyValidBaselineFile(file)).toBe(ajvFile(file))
      }),
      { numRuns: 2000 },
    )
  }, 60_000)

  it('an inherited enumerable key is seen like Ajv sees it (for…in)', () => {
    const s = clone((rich as { scenarios: Record<string, Json> }).scenarios[Object.keys((rich as { scenarios: object }).scenarios)[0]!]!)
    const child = Object.create(s as object) as Record<string, unknown>
    for (const [k, v] of Object.entries(s as object)) child[k] = v
    expect(certainlyValidScenario(child)).toBe(true)
    const withExtra = Object.create({ extra: 1 }) as Record<string, unknown>
    Object.assign(withExtra, s)
    expect(ajvScenario(withExtra)).toBe(false)
    expect(certainlyValidScenario(withExtra)).toBe(false)
  })

  it('parseBaselineFile reports the same error with the fast pass as Ajv alone', () => {
    const valid = baselineFile(F, [scenario(F, [1], 1)])
    const key = Object.keys(valid.scenarios)[0]!
    const broken = { ...valid, scenarios: { [key]: { ...valid.scenarios[key]!, history: [{ ...valid.scenarios[key]!.history[0]!, by: '' }] } } }
    const error = thrownError(() => parseBaselineFile(serializeBaselineFile(broken as never), { file: 'f.json' }))
    expect(error.code).toBe('VALIDATION:BASELINE_INVALID')
    expect(error.path).toBe(`$.scenarios.${key}.history[0].by`)
    // Ajv alone, on the same object: the error the message and path come from.
    expect(ajvFile(broken)).toBe(false)
    expect((getValidators().baselineFile as unknown as { errors: Array<{ instancePath: string; keyword: string }> }).errors[0]).toMatchObject({
      instancePath: `/scenarios/${key}/history/0/by`,
      keyword: 'minLength',
    })
    expect(error.message).toContain(`scenarios.${key}.history[0].by`)
    expect(thrownError(() => validateBaselineFile(broken, { file: 'f.json' })).message).toBe(error.message)
  })
})
