import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isShadowtestError } from '../src/errors.js'
import { CURRENT_SCHEMA_VERSION, LEGACY_POLICY_SNAPSHOT, migrations, parseBaselineFile, validateBaselineFile } from '../src/model/index.js'
import { FileBaselineStore } from '../src/store/index.js'
import { draft, tempDir } from './fixtures/baseline-factory.js'

const V1 = fileURLToPath(new URL('./fixtures/v1/quote.baseline.json', import.meta.url))
const fn = { id: 'pricing.quote', module: 'src/pricing.ts', exportName: 'quote' }

describe('migrations', () => {
  it('is an explicit, ordered chain ending at the current version', () => {
    expect(migrations.map((m) => [m.from, m.to])).toEqual([[1, 2]])
    expect(migrations.at(-1)?.to).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('loads the committed schemaVersion 1 file as the current layout', async () => {
    const text = await readFile(V1, 'utf8')
    const file = parseBaselineFile(text, { file: V1 })
    expect(file.schemaVersion).toBe(2)
    expect(file.function).toEqual(fn)
    expect(file.policy).toEqual(LEGACY_POLICY_SNAPSHOT)
    expect(Object.keys(file.scenarios).sort()).toEqual(['33a892e239f8', 'd8421300b3db', 'e2007eaca846'])
    const approved = file.scenarios.d8421300b3db
    expect(approved).toMatchObject({ id: 'pricing.quote:d8421300b3db', status: 'approved', seq: 1, label: 'two A-1 in the EU' })
    expect(approved).not.toHaveProperty('semanticId')
    expect(approved?.history.map((h) => [h.action, h.version])).toEqual([
      ['record', 1],
      ['approve', 1],
    ])
    expect(file.scenarios['33a892e239f8']?.outcome).toEqual({ kind: 'throw', error: { $st: 'error', name: 'RangeError', message: 'empty cart' } })
  })

  it('the store reads a v1 file in place and writes it back as the current version, losing nothing', async () => {
    const { dir, cleanup } = await tempDir()
    try {
      const store = new FileBaselineStore({ rootDir: dir })
      const target = store.fileFor(fn)
      await mkdir(path.dirname(target), { recursive: true })
      await copyFile(V1, target)
      expect((await store.read(fn.id))?.schemaVersion).toBe(2)
      // reading never rewrites
      expect(await readFile(target, 'utf8')).toBe(await readFile(V1, 'utf8'))
      const result = await store.upsertScenarios(fn, [draft(fn.id, [{ region: 'EU', items: [], coupon: 'X' }], 0)], { by: 'rec' })
      expect(result.added).toHaveLength(1)
      const written = JSON.parse(await readFile(target, 'utf8'))
      expect(written.schemaVersion).toBe(2)
      expect(written.policy.id).not.toBe(LEGACY_POLICY_SNAPSHOT.id)
      expect(Object.keys(written.scenarios)).toHaveLength(4)
      const added = Object.values(written.scenarios as Record<string, { seq: number; status: string }>).find((s) => s.seq === 4)
      expect(added?.status).toBe('pending')
    } finally {
      await cleanup()
    }
  })

  it('duplicate semantic ids in a v1 array → DUPLICATE_ID', async () => {
    const json = JSON.parse(await readFile(V1, 'utf8'))
    json.scenarios.push({ ...json.scenarios[0] })
    try {
      validateBaselineFile(json, { file: 'legacy.json' })
      expect.unreachable()
    } catch (error) {
      expect(isShadowtestError(error) && error.code).toBe('VALIDATION:DUPLICATE_ID')
      expect((error as Error).message).toContain('pricing.quote:d8421300b3db appears twice')
    }
  })

  it('a broken v1 file is reported in v1 terms, and the input object is not modified', async () => {
    const json = JSON.parse(await readFile(V1, 'utf8'))
    json.scenarios = { not: 'an array' }
    const before = JSON.stringify(json)
    try {
      validateBaselineFile(json, { file: 'legacy.json' })
      expect.unreachable()
    } catch (error) {
      expect(isShadowtestError(error) && error.code).toBe('VALIDATION:BASELINE_INVALID')
      expect((error as Error).message).toContain('legacy.json: scenarios: expected array (schemaVersion 1 layout)')
    }
    expect(JSON.stringify(json)).toBe(before)
  })

  it('a v1 file with a bad field is reported after migration, saying so', async () => {
    const json = JSON.parse(await readFile(V1, 'utf8'))
    json.scenarios[1].status = 'waiting'
    try {
      validateBaselineFile(json, { file: 'legacy.json' })
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).toContain('scenarios.e2007eaca846.status: expected one of')
      expect((error as Error).message).toContain('after migrating the file from schemaVersion 1')
    }
  })
})

describe('bad files on disk stay byte-identical (store path)', () => {
  let root: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir: root, cleanup } = await tempDir()))
  afterEach(() => cleanup())

  it.each([
    ['unknown schema version', (t: string) => t.replace('"schemaVersion": 1', '"schemaVersion": 99'), 'VALIDATION:UNKNOWN_SCHEMA_VERSION'],
    ['truncated', (t: string) => t.slice(0, t.length / 2), 'VALIDATION:CORRUPT_JSON'],
    ['wrong type', (t: string) => t.replace('"seq": 2', '"seq": "2"'), 'VALIDATION:BASELINE_INVALID'],
    ['id/input mismatch', (t: string) => t.replace('"sku": "B-7"', '"sku": "B-8"'), 'VALIDATION:ID_MISMATCH'],
    ['duplicate id', (t: string) => t.replace('"semanticId": "33a892e239f8"', '"semanticId": "d8421300b3db"').replace('"id": "pricing.quote:33a892e239f8"', '"id": "pricing.quote:d8421300b3db"'), 'VALIDATION:DUPLICATE_ID'],
  ])('%s → %s on read and upsert; file unchanged', async (_name, corrupt, code) => {
    const store = new FileBaselineStore({ rootDir: root })
    const target = store.fileFor(fn)
    await mkdir(path.dirname(target), { recursive: true })
    const bad = corrupt(await readFile(V1, 'utf8'))
    await writeFile(target, bad)
    for (const attempt of [() => store.read(fn.id), () => store.upsertScenarios(fn, [draft(fn.id, [7], 7)], { by: 'x' })]) {
      let error: unknown
      await attempt().catch((e: unknown) => (error = e))
      expect(isShadowtestError(error) && error.code).toBe(code)
      expect(await readFile(target, 'utf8')).toBe(bad)
    }
  })
})
