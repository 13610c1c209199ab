import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ENGINE_VERSION, FileBaselineStore, resolveConfig } from '@shadowtest/core'
import { capture, createMemorySink, draftFromRecord, flushCaptures, setCaptureSink } from '@shadowtest/plugin'
import { auditBaselines, olderThan } from '../src/cli/commands/verify-audit.js'

let dir: string
let file: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-audit-'))
  const sink = createMemorySink()
  const previous = setCaptureSink(sink)
  const total = capture((order: { ref: string; qty: number }) => ({ ref: order.ref, total: order.qty * 3 }), { id: 'audit.total' })
  total({ ref: 'A', qty: 2 })
  await flushCaptures()
  setCaptureSink(previous)
  const store = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
  const upserted = await store.upsertScenarios({ id: 'audit.total' }, sink.records().filter((r) => r.functionId === 'audit.total').map(draftFromRecord), { by: 'test' })
  file = upserted.file
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const config = () => resolveConfig({}, { cwd: dir, env: {} })

test('a clean baseline has no finding and no warning', async () => {
  expect(await auditBaselines(config())).toEqual({ baselineCount: 1, pii: [], warnings: [] })
})

test('an older engine, a changed diff policy and unmasked PII are all named with file, scenario and path', async () => {
  const json = JSON.parse(await readFile(file, 'utf8'))
  json.engineVersion = '0.0.1'
  const [key] = Object.keys(json.scenarios)
  json.scenarios[key].outcome.value.owner = 'jane.doe@example.com'
  await writeFile(file, JSON.stringify(json, null, 2) + '\n')
  const audit = await auditBaselines(resolveConfig({ diff: { ignoredFields: ['total'] } }, { cwd: dir, env: {} }))
  expect(audit.warnings.map((w) => w.code).sort()).toEqual(['ENGINE_VERSION', 'POLICY_DRIFT'])
  expect(audit.warnings.find((w) => w.code === 'ENGINE_VERSION')?.message).toContain(`written by Shadowtest 0.0.1 (this is ${ENGINE_VERSION})`)
  expect(audit.pii).toEqual([
    // JSONPath quotes a key only when it must (a key starting with a digit).
    expect.objectContaining({ file, scenarioId: `audit.total:${key}`, path: expect.stringMatching(new RegExp(`^\\$\\.scenarios(\\.${key}|\\['${key}'\\])\\.outcome\\.value\\.owner$`)) }),
  ])
  expect(audit.pii[0]!.message).toContain('Unmasked email')
})

test('olderThan compares dotted versions and never calls an unparsable one older', () => {
  expect(olderThan('0.1.0', '0.2.0')).toBe(true)
  expect(olderThan('0.10.0', '0.9.9')).toBe(false)
  expect(olderThan('1.0', '1.0.0')).toBe(false)
  expect(olderThan('next', '0.1.0')).toBe(false)
})
