import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, parseBaselineFile, serializeBaselineFile, validateBaselineFile } from '../src/model/index.js'
import { baselineFile, scenario } from './fixtures/baseline-factory.js'
import { thrownError as failure } from './fixtures/shadowtest-errors.js'

const FILE = '__baselines__/pricing/quote.baseline.json'
const valid = baselineFile('pricing.quote', [scenario('pricing.quote', [{ total: 10 }], { price: 12 })])
const key = Object.keys(valid.scenarios)[0] as string
const id = `pricing.quote:${key}`
const text = serializeBaselineFile(valid)

describe('serializeBaselineFile', () => {
  it('writes pretty JSON with keys sorted at every level and a trailing newline', () => {
    const out = serializeBaselineFile({ ...valid, engineVersion: '9', function: { id: 'pricing.quote' } })
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.indexOf('"engineVersion"')).toBeLessThan(out.indexOf('"function"'))
    expect(out.indexOf('"capturedAt"')).toBeLessThan(out.indexOf('"dependencies"'))
    expect(out).toContain('\n  "schemaVersion": 2')
  })

  it('is stable: parse → serialize gives the same bytes', () => {
    expect(serializeBaselineFile(parseBaselineFile(text, { file: FILE }))).toBe(text)
    expect(CURRENT_SCHEMA_VERSION).toBe(2)
  })
})

describe('source.pid', () => {
  const withSource = (source: unknown) => ({ ...valid, scenarios: { [key]: { ...valid.scenarios[key], source } } })

  it('a scenario source may name the capturing process (pid), and round-trips', () => {
    const file = validateBaselineFile(withSource({ kind: 'record', host: 'web-3', pid: 48213, runId: 'r-1' }), { file: FILE })
    expect(file.scenarios[key]?.source).toEqual({ kind: 'record', host: 'web-3', pid: 48213, runId: 'r-1' })
    expect(parseBaselineFile(serializeBaselineFile(file), { file: FILE }).scenarios[key]?.source.pid).toBe(48213)
  })

  it.each([[-1], [1.5], ['48213']])('pid %j is BASELINE_INVALID at its path', (pid) => {
    const error = failure(() => validateBaselineFile(withSource({ kind: 'record', pid }), { file: FILE }))
    expect(error.code).toBe('VALIDATION:BASELINE_INVALID')
    expect(error.message).toContain(`scenarios.${key}.source.pid`)
  })
})

describe('parseBaselineFile bad input', () => {
  it('truncated file → CORRUPT_JSON with line and column, says truncated', () => {
    const error = failure(() => parseBaselineFile(text.slice(0, 120), { file: FILE }))
    expect(error.code).toBe('VALIDATION:CORRUPT_JSON')
    expect(error.message).toMatch(/quote\.baseline\.json:\d+:\d+: not valid JSON/)
    expect(error.message).toContain('truncated')
    expect(error.file).toBe(FILE)
  })

  it('corrupt JSON in the middle → CORRUPT_JSON at that position', () => {
    const broken = text.replace('"label": "a scenario",', '"label": "a scenario",,')
    const error = failure(() => parseBaselineFile(broken, { file: FILE }))
    expect(error.code).toBe('VALIDATION:CORRUPT_JSON')
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1
    expect(error.message).toContain(`${FILE}:${line}:`)
  })

  it('merge-conflict markers are named', () => {
    const conflicted = text.replace('"label": "a scenario",', '<<<<<<< HEAD\n"label": "a",\n=======\n"label": "b",\n>>>>>>> other\n')
    const error = failure(() => parseBaselineFile(conflicted, { file: FILE }))
    expect(error.code).toBe('VALIDATION:CORRUPT_JSON')
    expect(error.message).toContain('merge-conflict markers')
  })

  it('wrong type → BASELINE_INVALID naming file, scenario, path, expected and found', () => {
    const json = JSON.parse(text)
    json.scenarios[key].input = [1, 2]
    const typed = failure(() => validateBaselineFile(json, { file: FILE }))
    expect(typed.code).toBe('VALIDATION:BASELINE_INVALID')
    expect(typed.message).toContain(`${FILE}: scenarios.${key}.input: expected object, got array (scenario ${id})`)
    expect(typed.path).toBe(`$.scenarios.${key}.input`)
    expect(typed.scenarioId).toBe(id)
  })

  it('a misspelled key and a bad enum value are named', () => {
    const json = JSON.parse(text)
    json.scenarios[key].lable = 'x'
    expect(failure(() => validateBaselineFile(json, { file: FILE })).message).toContain(`scenarios.${key}.lable: unexpected property`)
    const json2 = JSON.parse(text)
    json2.scenarios[key].status = 'Approved'
    expect(failure(() => validateBaselineFile(json2, { file: FILE })).message).toContain(
      `scenarios.${key}.status: expected one of "pending", "approved", "deprecated", got string "Approved"`,
    )
    const json3 = JSON.parse(text)
    json3.scenarios[key].outcome = { kind: 'returned', value: 1 }
    expect(failure(() => validateBaselineFile(json3, { file: FILE })).message).toContain(`scenarios.${key}.outcome.kind: unknown kind "returned"`)
    const json4 = JSON.parse(text)
    delete json4.scenarios[key].outcome.value
    expect(failure(() => validateBaselineFile(json4, { file: FILE })).message).toContain(`scenarios.${key}.outcome.value: missing (required)`)
  })

  it('a malformed scenario key and a bad timestamp are worded for humans', () => {
    const json = JSON.parse(text)
    json.scenarios.XYZ = json.scenarios[key]
    expect(failure(() => validateBaselineFile(json, { file: FILE })).message).toContain(
      'scenarios.XYZ: invalid key: scenarios are keyed by their semantic id, 12 lowercase hex characters',
    )
    const json2 = JSON.parse(text)
    json2.scenarios[key].capturedAt = 'yesterday'
    expect(failure(() => validateBaselineFile(json2, { file: FILE })).message).toContain(
      `scenarios.${key}.capturedAt: expected an ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z, got string "yesterday"`,
    )
  })

  it('unknown (newer) schemaVersion → UNKNOWN_SCHEMA_VERSION telling to upgrade', () => {
    const error = failure(() => parseBaselineFile(text.replace('"schemaVersion": 2', '"schemaVersion": 7'), { file: FILE }))
    expect(error.code).toBe('VALIDATION:UNKNOWN_SCHEMA_VERSION')
    expect(error.message).toContain('upgrade')
    const old = failure(() => parseBaselineFile(text.replace('"schemaVersion": 2', '"schemaVersion": 0'), { file: FILE }))
    expect(old.code).toBe('VALIDATION:UNKNOWN_SCHEMA_VERSION')
    const str = failure(() => parseBaselineFile(text.replace('"schemaVersion": 2', '"schemaVersion": "2"'), { file: FILE }))
    expect(str.code).toBe('VALIDATION:BASELINE_INVALID')
  })

  it('duplicate scenario keys in the raw text → DUPLICATE_ID (JSON.parse would keep only the last)', () => {
    const start = text.indexOf(`    "${key}": {`)
    const block = text.slice(start, text.indexOf('\n    }', start) + '\n    }'.length)
    const doubled = text.replace(block, `${block},\n${block}`)
    expect(() => JSON.parse(doubled)).not.toThrow()
    const error = failure(() => parseBaselineFile(doubled, { file: FILE }))
    expect(error.code).toBe('VALIDATION:DUPLICATE_ID')
    expect(error.scenarioId).toBe(id)
    expect(error.message).toContain(`scenario ${id} appears twice`)
  })

  it('a scenario key that differs from its id → ID_MISMATCH', () => {
    const json = JSON.parse(text)
    json.scenarios['000000000000'] = json.scenarios[key]
    delete json.scenarios[key]
    const error = failure(() => validateBaselineFile(json, { file: FILE }))
    expect(error.code).toBe('VALIDATION:ID_MISMATCH')
    expect(error.message).toContain(`stored under key "000000000000"`)
  })

  it('an input edited by hand (id no longer its hash) → ID_MISMATCH naming the expected id', () => {
    const json = JSON.parse(text)
    json.scenarios[key].input.args[0].total = 11
    const error = failure(() => validateBaselineFile(json, { file: FILE }))
    expect(error.code).toBe('VALIDATION:ID_MISMATCH')
    expect(error.scenarioId).toBe(id)
    expect(error.message).toMatch(/but its input hashes to "pricing\.quote:[0-9a-f]{12}"/)
  })

  it('validateBaselineFile never modifies its argument', () => {
    const json = JSON.parse(text)
    const before = JSON.stringify(json)
    const result = validateBaselineFile(json, { file: FILE })
    result.scenarios[key]!.label = 'changed'
    expect(JSON.stringify(json)).toBe(before)
  })
})
