import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serializeBaselineFile, type BaselineFile, type ScenarioDraft } from '../src/model/index.js'
import { createBaselineStore, FileBaselineStore } from '../src/store/index.js'
import { resolveConfig } from '../src/config/index.js'
import { baselineFile, draft, idFor, scenario, tempDir } from './fixtures/baseline-factory.js'
import { rejectedError as rejection } from './fixtures/shadowtest-errors.js'

const fn = { id: 'pricing.quote', module: 'src/pricing.ts', exportName: 'quote' }
let root: string
let cleanup: () => Promise<void>
let store: FileBaselineStore

beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir())
  store = new FileBaselineStore({ rootDir: root, baselineDir: '__baselines__' })
})
afterEach(() => cleanup())

describe('FileBaselineStore paths', () => {
  it('maps module + export name to a file, and falls back to the function id', () => {
    expect(store.fileFor(fn)).toBe(path.join(root, '__baselines__/src/pricing/quote.baseline.json'))
    expect(store.fileFor({ id: 'billing.invoice' })).toBe(path.join(root, '__baselines__/billing.invoice.baseline.json'))
    expect(store.fileFor({ id: 'x', module: '../outside.ts' })).toBe(path.join(root, '__baselines__/x.baseline.json'))
    expect(store.fileFor({ id: 'a/../../b' })).toBe(path.join(root, '__baselines__/a_.._.._b.baseline.json'))
  })
})

describe('upsertScenarios', () => {
  it('adds new scenarios as pending with monotonic seq and a record history entry', async () => {
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 10), draft(fn.id, [2], 20)], { by: 'alice', at: '2026-02-02T00:00:00.000Z' })
    expect(result.added).toHaveLength(2)
    expect(result.file).toBe(store.fileFor(fn))
    const file = (await store.read(fn.id)) as BaselineFile
    const scenarios = Object.values(file.scenarios).sort((a, b) => a.seq - b.seq)
    expect(scenarios.map((s) => [s.status, s.seq, s.version])).toEqual([
      ['pending', 1, 1],
      ['pending', 2, 1],
    ])
    expect(scenarios[0]?.history).toEqual([{ action: 'record', from: null, to: 'pending', at: '2026-02-02T00:00:00.000Z', by: 'alice', version: 1 }])
    expect(scenarios[0]?.label).toBe('quote(1)')
    expect(file.function).toEqual(fn)
    // what is on disk is the canonical serialization
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(serializeBaselineFile(file))
  })

  it('is idempotent: recording the same scenario again changes nothing on disk', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 10)], { by: 'a' })
    const before = await readFile(store.fileFor(fn), 'utf8')
    const again = await store.upsertScenarios(fn, [draft(fn.id, [1], 10, { capturedAt: '2027-01-01T00:00:00.000Z' })], { by: 'b' })
    expect(again.unchanged).toEqual([draft(fn.id, [1], 10).id])
    expect(again.added).toEqual([])
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)
  })

  it('seq keeps growing after scenarios exist (max + 1), never reused', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1), draft(fn.id, [2], 2)], { by: 'a' })
    await store.upsertScenarios(fn, [draft(fn.id, [3], 3)], { by: 'a' })
    const file = (await store.read(fn.id)) as BaselineFile
    expect(Object.values(file.scenarios).map((s) => s.seq).sort()).toEqual([1, 2, 3])
  })

  it('a changed outcome of an approved scenario is proposed, not overwritten', async () => {
    const approved = scenario(fn.id, [1], 10, { status: 'approved' })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [approved]), function: fn }))
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 11)], { by: 'bob' })
    expect(result.proposed).toEqual([approved.id])
    const stored = Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]
    expect(stored?.outcome).toEqual({ kind: 'return', value: 10 })
    expect(stored?.proposed?.outcome).toEqual({ kind: 'return', value: 11 })
    expect(stored?.history.at(-1)).toMatchObject({ action: 'propose', from: 'approved', to: 'approved', by: 'bob' })
    // the same proposal again is idempotent
    const again = await store.upsertScenarios(fn, [draft(fn.id, [1], 11)], { by: 'bob' })
    expect(again.unchanged).toEqual([approved.id])
  })

  it('recording the approved outcome again withdraws a waiting proposal, so a flaky run is never approved later', async () => {
    const approved = scenario(fn.id, [1], 10, { status: 'approved' })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [approved]), function: fn }))
    await store.upsertScenarios(fn, [draft(fn.id, [1], 11)], { by: 'flaky run' })
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 10)], { by: 'clean run' })
    expect(result.withdrawn).toEqual([approved.id])
    const stored = Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]
    expect(stored?.proposed).toBeUndefined()
    expect(stored).toMatchObject({ status: 'approved', version: approved.version, outcome: { kind: 'return', value: 10 } })
    expect(stored?.history.map((h) => h.action).slice(-2)).toEqual(['propose', 'record'])
    expect(stored?.history.at(-1)).toMatchObject({ from: 'approved', to: 'approved', by: 'clean run', reason: expect.stringContaining('withdrawn') })
    // nothing is left for `approve` to promote, and a further identical recording changes nothing
    const before = await readFile(store.fileFor(fn), 'utf8')
    const again = await store.upsertScenarios(fn, [draft(fn.id, [1], 10)], { by: 'clean run' })
    expect(again.unchanged).toEqual([approved.id])
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)
  })

  it('recording the approved outcome with different dependencies refreshes them in place: status and version kept, history says so', async () => {
    const http = (url: string, rate: number) =>
      ({ kind: 'http', order: 0, request: { method: 'GET', url, headers: {} }, response: { status: 200, headers: {}, body: { rate } } }) as const
    const clock = (start: number) => ({ kind: 'clock', start, reads: [start + 1] }) as const
    const approved = scenario(fn.id, [1], 10, { status: 'approved', version: 3, dependencies: [http('http://rates.old/v1/eur', 1.08), clock(1000)] })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [approved]), function: fn }))

    // Only the clock's wall-clock times differ: replay is served the same, nothing is rewritten.
    const before = await readFile(store.fileFor(fn), 'utf8')
    const sameDeps = await store.upsertScenarios(fn, [draft(fn.id, [1], 10, { dependencies: [http('http://rates.old/v1/eur', 1.08), clock(5000)] })], { by: 'ci' })
    expect(sameDeps.unchanged).toEqual([approved.id])
    expect(sameDeps.refreshed).toEqual([])
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)

    const fresh = [http('http://rates.new/v2/eur', 1.08), clock(9000)]
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 10, { dependencies: fresh, capturedAt: '2026-03-03T00:00:00.000Z' })], { by: 'bob', at: '2026-03-03T00:00:01.000Z' })
    expect(result.refreshed).toEqual([approved.id])
    expect(result.unchanged).toEqual([])
    expect(result.proposed).toEqual([])
    const stored = Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]
    expect(stored).toMatchObject({ status: 'approved', version: 3, outcome: { kind: 'return', value: 10 }, dependencies: fresh, capturedAt: '2026-03-03T00:00:00.000Z' })
    expect(stored?.proposed).toBeUndefined()
    expect(stored?.history.at(-1)).toEqual({
      action: 'record',
      from: 'approved',
      to: 'approved',
      at: '2026-03-03T00:00:01.000Z',
      by: 'bob',
      version: 3,
      reason: 'dependencies refreshed: recorded again with the same outcome and different dependencies (http GET http://rates.new/v2/eur)',
    })
    // idempotent: the same recording again changes nothing
    const again = await store.upsertScenarios(fn, [draft(fn.id, [1], 10, { dependencies: fresh })], { by: 'bob' })
    expect(again.unchanged).toEqual([approved.id])
  })

  it('a changed dependency answer with the same outcome also refreshes a pending scenario, and a waiting proposal is withdrawn with it', async () => {
    const call = (value: number) =>
      ({ kind: 'call', functionId: 'repo.find', scenarioId: idFor('repo.find', [7]), input: { args: [7] }, outcome: { kind: 'return', value }, order: 0 }) as const
    const pending = scenario(fn.id, [1], 10, { dependencies: [call(1)] })
    const approved = scenario(fn.id, [2], 20, { status: 'approved', seq: 2, dependencies: [call(1)] })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [pending, approved]), function: fn }))
    expect((await store.upsertScenarios(fn, [draft(fn.id, [2], 21)], { by: 'flaky' })).proposed).toEqual([approved.id])
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 10, { dependencies: [call(2)] }), draft(fn.id, [2], 20, { dependencies: [call(2)] })], { by: 'bob' })
    expect(result.refreshed.sort()).toEqual([pending.id, approved.id].sort())
    expect(result.withdrawn).toEqual([approved.id])
    const file = (await store.read(fn.id)) as BaselineFile
    const byId = new Map(Object.values(file.scenarios).map((s) => [s.id, s]))
    expect(byId.get(pending.id)).toMatchObject({ status: 'pending', dependencies: [call(2)] })
    expect(byId.get(approved.id)).toMatchObject({ status: 'approved', version: 1, dependencies: [call(2)] })
    expect(byId.get(approved.id)?.proposed).toBeUndefined()
    expect(byId.get(approved.id)?.history.at(-1)?.reason).toContain('dependencies refreshed')
    expect(byId.get(pending.id)?.history.at(-1)?.reason).toContain('call repo.find')
  })

  it('a dependency answering differently on every run refreshes the scenario each time, but consecutive refreshes share one history entry', async () => {
    const http = (stamp: string) =>
      ({ kind: 'http', order: 0, request: { method: 'GET', url: 'http://repo/orders/1', headers: {} }, response: { status: 200, headers: {}, body: { stamp } } }) as const
    const approved = scenario(fn.id, [1], 10, { status: 'approved', dependencies: [http('t0')] })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [approved]), function: fn }))
    const record = (stamp: string, at: string, extra: ScenarioDraft[] = []) =>
      store.upsertScenarios(fn, [draft(fn.id, [1], 10, { dependencies: [http(stamp)] }), ...extra], { by: 'ci', at })
    const history = async () => Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]?.history ?? []
    const length = approved.history.length

    expect((await record('t1', '2026-05-01T00:00:00.000Z')).refreshed).toEqual([approved.id])
    expect((await history()).length).toBe(length + 1)
    expect((await history()).at(-1)?.reason).toMatch(/^dependencies refreshed: recorded again/)
    // Two more runs, one of them recording the scenario twice (the run counts once).
    await record('t2', '2026-05-02T00:00:00.000Z')
    await record('t3', '2026-05-03T00:00:00.000Z', [draft(fn.id, [1], 10, { dependencies: [http('t3b')] })])
    const coalesced = await history()
    expect(coalesced.length).toBe(length + 1)
    expect(coalesced.at(-1)).toMatchObject({
      action: 'record',
      from: 'approved',
      to: 'approved',
      at: '2026-05-01T00:00:00.000Z',
      by: 'ci',
      reason: expect.stringMatching(/^dependencies refreshed 3 times in a row, last at 2026-05-03T00:00:00\.000Z: recorded again .*http GET http:\/\/repo\/orders\/1/),
    })
    const stored = Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]
    expect(stored?.dependencies).toEqual([http('t3b')])

    // Another decision in between (a proposal, then its withdrawal) ends the streak: a new entry.
    await store.upsertScenarios(fn, [draft(fn.id, [1], 11, { dependencies: [http('t3b')] })], { by: 'ci' })
    await record('t4', '2026-05-04T00:00:00.000Z')
    const after = await history()
    expect(after.length).toBe(length + 4)
    expect(after.map((h) => h.action).slice(-4)).toEqual(['record', 'propose', 'record', 'record'])
    expect(after.at(-2)?.reason).toMatch(/withdrawn/)
    expect(after.at(-1)).toMatchObject({ at: '2026-05-04T00:00:00.000Z', reason: expect.stringMatching(/^dependencies refreshed: /) })
    await record('t5', '2026-05-05T00:00:00.000Z')
    expect((await history()).length).toBe(length + 4)
    expect((await history()).at(-1)).toMatchObject({ at: '2026-05-04T00:00:00.000Z', reason: expect.stringMatching(/^dependencies refreshed 2 times in a row, last at 2026-05-05/) })
  })

  it('a deprecated scenario recorded again comes back as pending (rerecord)', async () => {
    const deprecated = scenario(fn.id, [1], 10, { status: 'deprecated' })
    await mkdir(path.dirname(store.fileFor(fn)), { recursive: true })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [deprecated]), function: fn }))
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 12)], { by: 'c' })
    expect(result.rerecorded).toEqual([deprecated.id])
    const stored = Object.values(((await store.read(fn.id)) as BaselineFile).scenarios)[0]
    expect(stored).toMatchObject({ status: 'pending', outcome: { kind: 'return', value: 12 } })
    expect(stored?.history.at(-1)).toMatchObject({ action: 'rerecord', from: 'deprecated', to: 'pending' })
  })

  it('dryRun plans the upsert (same result, governance and validation included) and writes nothing, not even the folder', async () => {
    const planned = await store.upsertScenarios(fn, [draft(fn.id, [1], 10)], { by: 'a', at: '2026-02-02T00:00:00.000Z', dryRun: true })
    expect(planned.added).toEqual([draft(fn.id, [1], 10).id])
    expect(await readdir(root)).toEqual([])
    const done = await store.upsertScenarios(fn, [draft(fn.id, [1], 10)], { by: 'a', at: '2026-02-02T00:00:00.000Z' })
    expect(done).toEqual(planned)

    // A transition the policy forbids is rejected by the plan, with the file left as it was.
    const strict = new FileBaselineStore({ rootDir: root, baselineDir: '__baselines__', governance: { transitions: { propose: { from: [], to: 'approved' } } } })
    const approved = scenario(fn.id, [2], 20, { status: 'approved' })
    await writeFile(store.fileFor(fn), serializeBaselineFile({ ...baselineFile(fn.id, [approved]), function: fn }))
    const before = await readFile(store.fileFor(fn), 'utf8')
    const error = await rejection(strict.upsertScenarios(fn, [draft(fn.id, [3], 30), draft(fn.id, [2], 21)], { by: 'a', dryRun: true }))
    expect(error.code).toBe('GOVERNANCE:TRANSITION_REJECTED')
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)
    // Without the forbidding policy the plan says what a real upsert would do, still writing nothing.
    const plan = await store.upsertScenarios(fn, [draft(fn.id, [3], 30), draft(fn.id, [2], 21)], { by: 'a', dryRun: true })
    expect(plan).toMatchObject({ added: [draft(fn.id, [3], 30).id], proposed: [approved.id] })
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)
  })

  it('a draft whose id is not the hash of its input is rejected before anything is written', async () => {
    const bad = { ...draft(fn.id, [1], 1), input: { args: [2] } }
    const error = await rejection(store.upsertScenarios(fn, [draft(fn.id, [3], 3), bad], { by: 'a' }))
    expect(error.code).toBe('VALIDATION:ID_MISMATCH')
    await expect(readdir(root)).resolves.toEqual([])
  })

  it('a draft of another function is rejected before anything is written', async () => {
    const error = await rejection(store.upsertScenarios(fn, [draft('billing.invoice', [1], 1)], { by: 'a' }))
    expect(error.code).toBe('VALIDATION:ID_MISMATCH')
    await expect(readdir(root)).resolves.toEqual([])
  })
})

describe('reading and bad files on disk', () => {
  it('list() finds every file and read() finds a function by id', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    await store.upsertScenarios({ id: 'billing.invoice' }, [draft('billing.invoice', [1], 1)], { by: 'a' })
    const fresh = new FileBaselineStore({ rootDir: root })
    expect((await fresh.list()).map((r) => r.functionId)).toEqual(['billing.invoice', 'pricing.quote'])
    expect((await fresh.read('billing.invoice'))?.function.id).toBe('billing.invoice')
    expect(await fresh.read('nope')).toBeUndefined()
  })

  it('a leftover temp file from a crashed writer does not break reading or writing', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const dir = path.dirname(store.fileFor(fn))
    await writeFile(path.join(dir, '.quote.baseline.json.999.deadbeef.tmp'), '{"schemaVersion": 2, "trunc')
    const fresh = new FileBaselineStore({ rootDir: root })
    expect(await fresh.list()).toHaveLength(1)
    await fresh.upsertScenarios(fn, [draft(fn.id, [2], 2)], { by: 'a' })
    expect(Object.keys((await fresh.read(fn.id))!.scenarios)).toHaveLength(2)
  })

  it('a corrupt file → coded error on read and on update, and stays byte-identical', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const file = store.fileFor(fn)
    const corrupt = (await readFile(file, 'utf8')).slice(0, 200)
    await writeFile(file, corrupt)
    const fresh = new FileBaselineStore({ rootDir: root })
    expect((await rejection(fresh.list())).code).toBe('VALIDATION:CORRUPT_JSON')
    const error = await rejection(fresh.upsertScenarios(fn, [draft(fn.id, [2], 2)], { by: 'a' }))
    expect(error.code).toBe('VALIDATION:CORRUPT_JSON')
    expect(error.file).toBe(file)
    expect(await readFile(file, 'utf8')).toBe(corrupt)
    expect((await readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([])
  })

  it('a mutation producing an invalid file is rejected and nothing changes', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const before = await readFile(store.fileFor(fn), 'utf8')
    const error = await rejection(
      store.update(fn, (current) => {
        const next = current as BaselineFile
        ;(Object.values(next.scenarios)[0] as unknown as Record<string, unknown>).status = 'accepted'
        return next
      }),
    )
    expect(error.code).toBe('VALIDATION:BASELINE_INVALID')
    expect(await readFile(store.fileFor(fn), 'utf8')).toBe(before)
  })

  it('a file found elsewhere by a scan keeps being the one updated (no second file)', async () => {
    await store.upsertScenarios({ id: fn.id }, [draft(fn.id, [1], 1)], { by: 'a' })
    const fresh = new FileBaselineStore({ rootDir: root })
    await fresh.read(fn.id)
    const result = await fresh.upsertScenarios(fn, [draft(fn.id, [2], 2)], { by: 'a' })
    expect(result.file).toBe(path.join(root, '__baselines__/pricing.quote.baseline.json'))
    expect(await fresh.list()).toHaveLength(1)
    expect(Object.keys((await fresh.read(fn.id))!.scenarios)).toHaveLength(2)
  })

  it('two functions mapping to one file are refused', async () => {
    await store.upsertScenarios({ id: 'a.quote', module: 'src/pricing.ts', exportName: 'quote' }, [draft('a.quote', [1], 1)], { by: 'a' })
    const error = await rejection(store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' }))
    expect(error.code).toBe('STORE:FUNCTION_COLLISION')
  })
})

describe('locking', () => {
  it('a stale lock left by a crashed writer is taken over', async () => {
    const file = store.fileFor(fn)
    await mkdir(`${file}.lock`, { recursive: true })
    const old = new Date(Date.now() - 60_000)
    await utimes(`${file}.lock`, old, old)
    const result = await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    expect(result.added).toHaveLength(1)
    expect(await readdir(path.dirname(file))).toEqual(['quote.baseline.json'])
  })

  it('a live lock held too long → STORE:LOCKED naming the lock, nothing written', async () => {
    const impatient = new FileBaselineStore({ rootDir: root, lock: { retries: 1 } })
    const file = impatient.fileFor(fn)
    await mkdir(`${file}.lock`, { recursive: true })
    const error = await rejection(impatient.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' }))
    expect(error.code).toBe('STORE:LOCKED')
    expect(error.message).toContain(`${file}.lock`)
    expect(await readdir(path.dirname(file))).toEqual(['quote.baseline.json.lock'])
  })
})

describe('createBaselineStore', () => {
  it('stamps the configured diff policy into new files', async () => {
    const config = resolveConfig({ baselineDir: 'bl', diff: { id: 'money', ignoredFields: ['requestId'] } }, { cwd: root, env: {} })
    const configured = createBaselineStore(config)
    await configured.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const file = (await configured.read(fn.id)) as BaselineFile
    expect(configured.fileFor(fn)).toBe(path.join(root, 'bl/src/pricing/quote.baseline.json'))
    expect(file.policy).toEqual({ id: 'money', semanticsVersion: config.diff.semanticsVersion, hash: config.diff.hash })
  })
})
