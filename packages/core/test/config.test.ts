import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineConfig, loadConfig, loadConfigSync, resolveConfig } from '../src/config/index.js'
import { loadConfigSchema, PII_PATTERNS } from '../src/config/config-schema.js'
import { tempDir } from './fixtures/baseline-factory.js'
import { rejectedError as rejection } from './fixtures/shadowtest-errors.js'

let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-config-'))
  await writeFile(path.join(root, 'package.json'), '{ "name": "app", "type": "module" }\n')
})
afterEach(() => cleanup())

const noEnv = {}

describe('schema/config.schema.json', () => {
  it('lists exactly the redaction patterns the resolver fills in', () => {
    const schema = loadConfigSchema() as { properties: { redaction: { properties: { patterns: { properties: object } } } } }
    expect(Object.keys(schema.properties.redaction.properties.patterns.properties).sort()).toEqual([...PII_PATTERNS].sort())
  })

  it('a JSON config may point its $schema at it', async () => {
    await writeFile(path.join(root, '.shadowtestrc.json'), '{ "$schema": "./node_modules/@shadowtest/core/schema/config.schema.json", "gate": { "strict": true } }')
    expect((await loadConfig({ cwd: root, env: noEnv })).gate.strict).toBe(true)
  })
})

describe('defaults', () => {
  it('without a config file: documented defaults, absolute dirs under cwd', async () => {
    const config = await loadConfig({ cwd: root, env: noEnv })
    expect(config.configFile).toBeUndefined()
    expect(config.rootDir).toBe(root)
    expect(config.baselineDir).toBe(path.join(root, '__baselines__'))
    expect(config.captureDir).toBe(path.join(root, '.shadowtest/captures'))
    expect(config.generatedDir).toBe(path.join(root, '__shadowtest__'))
    expect(config.capture).toMatchObject({
      enabled: true,
      samplingRate: 1,
      maxScenariosPerFunction: 1000,
      onLimit: 'stop',
      dedupe: true,
      maxPendingBytes: 16 * 1024 * 1024,
      batchSize: 256,
      flushIntervalMs: 1000,
      rotateBytes: 8 * 1024 * 1024,
      retention: { maxAgeDays: 14, maxFiles: 50 },
      http: { recordHeaders: ['content-type', 'accept'] },
      clock: true,
    })
    expect(config.redaction.patterns.email).toBe(true)
    expect(config.replay).toEqual({ mode: 'strict', http: { origin: 'ignore' } })
    expect(config.gate).toEqual({ strict: false, approve: false, noiseRuns: 2, failOnObsolete: 'ci' })
    expect(config.codegen).toMatchObject({ outDir: config.generatedDir, perScenario: false, maxRetries: 2, timeoutMs: 60_000 })
    expect(config.diff.id).toBe('default')
    expect(config.governance.policy.transitions.approve).toEqual({ from: ['pending'], to: 'approved' })
  })
})

describe('finding the config file', () => {
  it('loads shadowtest.config.ts with TypeScript syntax (async and sync), relative dirs from its folder', async () => {
    await writeFile(
      path.join(root, 'shadowtest.config.ts'),
      `interface Partial { baselineDir: string; capture: { samplingRate: number } }
const config: Partial = { baselineDir: 'test/__baselines__', capture: { samplingRate: 0.25 } }
export default config
`,
    )
    await mkdir(path.join(root, 'src/deep'), { recursive: true })
    const fromDeep = await loadConfig({ cwd: path.join(root, 'src/deep'), env: noEnv })
    expect(fromDeep.configFile).toBe(path.join(root, 'shadowtest.config.ts'))
    expect(fromDeep.rootDir).toBe(root)
    expect(fromDeep.baselineDir).toBe(path.join(root, 'test/__baselines__'))
    expect(fromDeep.capture.samplingRate).toBe(0.25)
    expect(loadConfigSync({ cwd: path.join(root, 'src/deep'), env: noEnv }).capture.samplingRate).toBe(0.25)
  })

  it.each([
    ['shadowtest.config.mjs', `export default { gate: { noiseRuns: 5 } }\n`],
    ['shadowtest.config.json', `{ "gate": { "noiseRuns": 5 } }\n`],
    ['.shadowtestrc', `{ "gate": { "noiseRuns": 5 } }\n`],
    ['.shadowtestrc.js', `export default { gate: { noiseRuns: 5 } }\n`],
  ])('loads %s (async and sync)', async (name, content) => {
    await writeFile(path.join(root, name), content)
    expect((await loadConfig({ cwd: root, env: noEnv })).gate.noiseRuns).toBe(5)
    expect(loadConfigSync({ cwd: root, env: noEnv }).gate.noiseRuns).toBe(5)
  })

  it('reads the "shadowtest" key of package.json', async () => {
    await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'app', shadowtest: { replay: { mode: 'tolerant' } } }))
    expect((await loadConfig({ cwd: root, env: noEnv })).replay.mode).toBe('tolerant')
  })

  it('stops at the nearest package.json: a parent project config is not picked up', async () => {
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "gate": { "noiseRuns": 9 } }')
    const pkg = path.join(root, 'packages/app')
    await mkdir(pkg, { recursive: true })
    await writeFile(path.join(pkg, 'package.json'), '{}')
    const config = await loadConfig({ cwd: pkg, env: noEnv })
    expect(config.configFile).toBeUndefined()
    expect(config.gate.noiseRuns).toBe(2)
  })

  it('loads an explicit configFile without searching; rootDir in it is relative to its folder', async () => {
    await mkdir(path.join(root, 'conf'), { recursive: true })
    await writeFile(path.join(root, 'conf/custom.json'), '{ "rootDir": "..", "captureDir": "tmp/caps", "codegen": { "outDir": "gen" } }')
    const config = await loadConfig({ cwd: root, env: noEnv, configFile: 'conf/custom.json' })
    expect(config.configFile).toBe(path.join(root, 'conf/custom.json'))
    expect(config.rootDir).toBe(root)
    expect(config.captureDir).toBe(path.join(root, 'tmp/caps'))
    expect(config.codegen.outDir).toBe(path.join(root, 'gen'))
    expect(loadConfigSync({ cwd: root, env: noEnv, configFile: 'conf/custom.json' }).rootDir).toBe(root)
  })

  it('defineConfig returns its argument (types only)', () => {
    const c = { baselineDir: 'x' }
    expect(defineConfig(c)).toBe(c)
  })
})

describe('environment overrides win over the file', () => {
  it('applies every SHADOWTEST_* variable', async () => {
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "baselineDir": "a", "capture": { "enabled": true, "samplingRate": 0.5 }, "secret": "file" }')
    const config = await loadConfig({
      cwd: root,
      env: {
        SHADOWTEST_BASELINE_DIR: 'b',
        SHADOWTEST_CAPTURE_DIR: '/tmp/caps',
        SHADOWTEST_SAMPLING_RATE: '0.1',
        SHADOWTEST_CAPTURE: 'off',
        SHADOWTEST_APPROVE: '1',
        SHADOWTEST_SECRET: 'env-secret',
      },
    })
    expect(config.baselineDir).toBe(path.join(root, 'b'))
    expect(config.captureDir).toBe('/tmp/caps')
    expect(config.capture.samplingRate).toBe(0.1)
    expect(config.capture.enabled).toBe(false)
    expect(config.gate.approve).toBe(true)
    expect(config.secret).toBe('env-secret')
  })

  it.each([
    ['SHADOWTEST_SAMPLING_RATE', '1.5'],
    ['SHADOWTEST_SAMPLING_RATE', 'ten percent'],
    ['SHADOWTEST_CAPTURE', 'maybe'],
    ['SHADOWTEST_APPROVE', 'yes please'],
  ])('%s=%s → CONFIG:INVALID naming the variable', async (name, value) => {
    const error = await rejection(() => loadConfig({ cwd: root, env: { [name]: value } }))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toContain(name)
  })
})

describe('bad config → CONFIG:INVALID, file untouched', () => {
  const cases: Array<[string, string, string]> = [
    ['a typo at the top', '{ "baselineDirr": "x" }', 'baselineDirr: unknown key "baselineDirr". Did you mean "baselineDir"?'],
    ['a nested typo', '{ "capture": { "samplingRat": 0.5 } }', 'capture.samplingRat: unknown key "samplingRat". Did you mean "samplingRate"?'],
    ['a wrong type', '{ "capture": { "samplingRate": "half" } }', 'capture.samplingRate: must be number, got string "half"'],
    ['an out-of-range value', '{ "capture": { "samplingRate": 2 } }', 'capture.samplingRate: must be <= 1'],
    ['a bad enum', '{ "replay": { "mode": "lenient" } }', 'replay.mode: expected one of "strict", "tolerant", "validation-only"'],
    ['a per-function typo', '{ "capture": { "functions": { "pricing.quote": { "maxScenario": 3 } } } }', 'capture.functions.pricing.quote.maxScenario: unknown key'],
    ['a bad diff policy', '{ "diff": { "ignoredFeilds": ["a"] } }', 'ignoredFeilds'],
    ['a bad governance policy', '{ "governance": { "policy": { "transitions": { "aprove": { "from": ["pending"], "to": "approved" } } } } }', 'unknown action "aprove"'],
    ['a bad custom redaction pattern', '{ "redaction": { "custom": [{ "name": "x", "pattern": "([" }] } }', 'redaction.custom.0.pattern: not a valid regular expression'],
  ]
  it.each(cases)('%s', async (_name, json, message) => {
    const file = path.join(root, 'shadowtest.config.json')
    await writeFile(file, json)
    const error = await rejection(() => loadConfig({ cwd: root, env: noEnv }))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toContain(file)
    expect(error.message).toContain(message)
    expect(() => loadConfigSync({ cwd: root, env: noEnv })).toThrow(message)
    expect(await readFile(file, 'utf8')).toBe(json)
  })

  it('a config file that does not load → CONFIG:LOAD_FAILED naming it', async () => {
    const file = path.join(root, 'shadowtest.config.ts')
    await writeFile(file, 'export default {{ broken')
    const error = await rejection(() => loadConfig({ cwd: root, env: noEnv }))
    expect(error.code).toBe('CONFIG:LOAD_FAILED')
    expect(error.message).toContain(file)
  })

  it("replay.http.origin is 'ignore' or 'match'; anything else names the key", () => {
    expect(resolveConfig({ replay: { http: { origin: 'match' } } }, { cwd: root, env: noEnv }).replay.http.origin).toBe('match')
    expect(() => resolveConfig({ replay: { http: { origin: 'host' } } } as never, { cwd: root, env: noEnv })).toThrow(/replay\.http\.origin/)
  })

  it('resolveConfig validates objects passed in code too', () => {
    expect(() => resolveConfig({ gate: { noiseRun: 1 } } as never, { cwd: root, env: noEnv })).toThrow(/gate\.noiseRun: unknown key "noiseRun". Did you mean "noiseRuns"\?/)
  })
})

describe('capture.sink', () => {
  const resolve = (sink: unknown, env: Record<string, string> = {}) => resolveConfig({ capture: { sink } } as never, { cwd: root, env }).capture.sink

  it('defaults to ndjson; a kind or an object selects Postgres, with the URL variable defaulting to SHADOWTEST_PG_URL', () => {
    expect(resolveConfig({}, { cwd: root, env: noEnv }).capture.sink).toEqual({ kind: 'ndjson' })
    expect(resolve('ndjson')).toEqual({ kind: 'ndjson' })
    expect(resolve({ kind: 'ndjson' })).toEqual({ kind: 'ndjson' })
    expect(resolve('postgres')).toEqual({ kind: 'postgres', table: undefined, urlEnv: 'SHADOWTEST_PG_URL' })
    expect(resolve({ kind: 'postgres', table: 'ops.captures', urlEnv: 'DATABASE_URL' })).toEqual({ kind: 'postgres', table: 'ops.captures', urlEnv: 'DATABASE_URL' })
  })

  it('SHADOWTEST_SINK and SHADOWTEST_PG_TABLE win over the file', async () => {
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "capture": { "sink": { "kind": "postgres", "table": "file_table", "urlEnv": "DATABASE_URL" } } }')
    expect((await loadConfig({ cwd: root, env: { SHADOWTEST_SINK: 'ndjson' } })).capture.sink).toEqual({ kind: 'ndjson' })
    expect((await loadConfig({ cwd: root, env: { SHADOWTEST_PG_TABLE: 'ops.env_table' } })).capture.sink).toEqual({ kind: 'postgres', table: 'ops.env_table', urlEnv: 'DATABASE_URL' })
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "capture": { "sink": "ndjson" } }')
    expect((await loadConfig({ cwd: root, env: { SHADOWTEST_SINK: 'PostgreSQL', SHADOWTEST_PG_TABLE: 't' } })).capture.sink).toEqual({ kind: 'postgres', table: 't', urlEnv: 'SHADOWTEST_PG_URL' })
    // SHADOWTEST_PG_TABLE means nothing to the NDJSON sink.
    expect((await loadConfig({ cwd: root, env: { SHADOWTEST_PG_TABLE: 'not-a-table' } })).capture.sink).toEqual({ kind: 'ndjson' })
  })

  it.each([
    ['SHADOWTEST_SINK', 'postgress', /SHADOWTEST_SINK="postgress": expected ndjson \| postgres\. Did you mean "postgres"\?/],
    ['SHADOWTEST_SINK', 'mongo', /SHADOWTEST_SINK="mongo": expected ndjson \| postgres\.$/],
    ['SHADOWTEST_PG_TABLE', 'a-b', /SHADOWTEST_PG_TABLE="a-b": expected a table name or schema\.table/],
  ])('%s=%s → CONFIG:INVALID naming the variable', async (name, value, message) => {
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "capture": { "sink": "postgres" } }')
    const error = await rejection(() => loadConfig({ cwd: root, env: { [name]: value } }))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toMatch(message)
  })

  it.each([
    ['a mistyped kind', '"postgress"', 'capture.sink: unknown sink kind "postgress". Did you mean "postgres"? Known kinds: ndjson, postgres.'],
    ['a mistyped kind in the object', '{ "kind": "ndjsn" }', 'capture.sink.kind: unknown sink kind "ndjsn". Did you mean "ndjson"?'],
    ['an unknown kind', '{ "kind": "kafka" }', 'capture.sink.kind: unknown sink kind "kafka". Known kinds: ndjson, postgres.'],
    ['no kind', '{ "table": "t" }', 'capture.sink.kind: missing (required)'],
    ['a mistyped key', '{ "kind": "postgres", "tabel": "t" }', 'capture.sink.tabel: unknown key "tabel". Did you mean "table"?'],
    ['a URL key', '{ "kind": "postgres", "url": "postgres://u:pw@db/app" }', 'capture.sink.url: unknown key "url"'],
    ['a bad table', '{ "kind": "postgres", "table": "drop table;" }', 'capture.sink.table: expected a table name or schema.table'],
    ['Postgres settings on the ndjson sink', '{ "kind": "ndjson", "table": "t" }', 'capture.sink.table: applies to kind "postgres" only'],
    ['a wrong type', '3', 'capture.sink: must be object, got number 3'],
  ])('%s → CONFIG:INVALID naming capture.sink', async (_name, sink, message) => {
    await writeFile(path.join(root, 'shadowtest.config.json'), `{ "capture": { "sink": ${sink} } }`)
    const error = await rejection(() => loadConfig({ cwd: root, env: noEnv }))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toContain(message)
  })

  it('a connection URL pasted into urlEnv is refused without being echoed', async () => {
    await writeFile(path.join(root, 'shadowtest.config.json'), '{ "capture": { "sink": { "kind": "postgres", "urlEnv": "postgres://app:hunter2@db:5432/app" } } }')
    const error = await rejection(() => loadConfig({ cwd: root, env: noEnv }))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toMatch(/capture\.sink\.urlEnv: must be the name of the environment variable holding the connection URL/)
    expect(error.message).not.toContain('hunter2')
    expect(JSON.stringify(error.details)).not.toContain('hunter2')
  })
})
