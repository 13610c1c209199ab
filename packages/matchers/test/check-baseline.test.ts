import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest'
import { FileBaselineStore, policySnapshot, resolveConfig, transition, type BaselineFile, type Scenario, type ShadowtestConfig } from '@shadowtest/core'
import { capture, createMemorySink, draftFromRecord, flushCaptures, resetCaptureDedupe, setCaptureSink } from '@shadowtest/plugin'
import { checkBaseline } from '../src/check-baseline.js'
import type { GateEnvironment } from '../src/gate-environment.js'
import type { UpdateMode } from '../src/update-mode.js'

let dir: string
let store: FileBaselineStore
const sink = createMemorySink()
const previous = setCaptureSink(sink)
afterAll(() => setCaptureSink(previous))

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-check-'))
  store = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
  sink.clear()
  resetCaptureDedupe()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function environment(mode: UpdateMode, strict = false, user: ShadowtestConfig = {}): GateEnvironment {
  return { config: resolveConfig(user, { cwd: dir, env: {} }), store, mode, strict, by: 'vitest -u', runner: 'vitest' }
}

type Order = { ref: string; qty: number; price: number }
const price = (discount: number) => (order: Order) => {
  if (order.qty <= 0) throw new RangeError(`order ${order.ref}: quantity must be positive`)
  return { ref: order.ref, total: Math.round(order.qty * order.price * (1 - discount) * 100) / 100 }
}

/** Captures real calls of `impl` under `id` and stores them (approved unless told otherwise). */
async function recordBaseline(id: string, impl: (order: Order) => unknown, orders: Order[], approve = true): Promise<BaselineFile> {
  const fn = capture(impl, { id })
  for (const order of orders) {
    try {
      fn(order)
    } catch {
      // a throw is an outcome like any other
    }
  }
  await flushCaptures()
  const records = sink.records().filter((r) => r.functionId === id)
  expect(records).toHaveLength(orders.length)
  await store.upsertScenarios({ id }, records.map(draftFromRecord), { by: 'test' })
  const file = await store.update({ id }, (current) =>
    current && approve
      ? { ...current, scenarios: Object.fromEntries(Object.entries(current.scenarios).map(([k, s]) => [k, transition(s, 'approve', { by: 'test' })])) }
      : current,
  )
  return file!
}

const orders: Order[] = [
  { ref: 'A', qty: 2, price: 10 },
  { ref: 'B', qty: 3, price: 7.5 },
  { ref: 'Z', qty: 0, price: 1 },
]

describe('checkBaseline', () => {
  test('functions that go async for some scenarios only: every result is what an all-synchronous check gives, in order', async () => {
    await recordBaseline('shop.price', price(0), orders)
    // A and Z answer synchronously, B through a promise; A changed (10% off).
    const mixed = (order: Order) => (order.ref === 'B' ? Promise.resolve().then(() => price(0)(order)) : price(order.ref === 'A' ? 0.1 : 0)(order))
    const outcome = await checkBaseline(capture(mixed, { id: 'shop.price' }), environment('new'))
    const reference = await checkBaseline(capture((order: Order) => price(order.ref === 'A' ? 0.1 : 0)(order), { id: 'shop.price' }), environment('new'))
    expect(outcome.pass).toBe(false)
    expect(outcome.results.map((r) => [r.label, r.status])).toEqual([
      [expect.stringContaining('"A"'), 'failed'],
      [expect.stringContaining('"B"'), 'matched'],
      [expect.stringContaining('"Z"'), 'matched'],
    ])
    expect(outcome.results).toEqual(reference.results)
    expect(outcome.message).toBe(reference.message)
    // Matched results are built apart from the others: same fields, in the same order (the JSON report shows them).
    expect(JSON.stringify(Object.keys(outcome.results[1]!))).toBe(JSON.stringify(Object.keys(outcome.results[0]!)))
    expect(outcome.results[1]).toEqual({ ...outcome.results[0], label: outcome.results[1]!.label, scenarioId: outcome.results[1]!.scenarioId, status: 'matched', changed: false, diffSummary: '', diff: '' })
    // A promise that rejects is a recorded throw like a synchronous one.
    const rejecting = (order: Order) => (order.ref === 'Z' ? Promise.resolve().then(() => price(0)(order)) : price(0)(order))
    const again = await checkBaseline(capture(rejecting, { id: 'shop.price' }), environment('new'))
    expect(again.results.map((r) => r.status)).toEqual(['matched', 'matched', 'matched'])
  })

  test('the redactor is prepared once per check: a SHADOWTEST_SECRET changed between two checks counts in the second', async () => {
    const saved = process.env['SHADOWTEST_SECRET']
    const contact = (order: Order) => ({ ref: order.ref, email: `buyer.${order.ref.toLowerCase()}@example.com` })
    try {
      // Unset while the capture settings load (a secret set then would be the config's `secret` for the process):
      // the redactor then reads SHADOWTEST_SECRET itself, when it is built.
      delete process.env['SHADOWTEST_SECRET']
      const file = await recordBaseline('shop.contact', contact, orders)
      const stored = JSON.stringify(Object.values(file.scenarios).map((s) => s.outcome))
      expect(stored).not.toContain('@example.com')
      const check = () => checkBaseline(capture(contact, { id: 'shop.contact' }), environment('new'))
      expect((await check()).results.map((r) => r.status)).toEqual(['matched', 'matched', 'matched'])
      // Another secret masks the same emails differently: every scenario now differs, in the email only.
      process.env['SHADOWTEST_SECRET'] = 'another-secret'
      expect((await check()).results.map((r) => [r.status, r.diffSummary])).toEqual(orders.map(() => ['failed', '1 change: $.email']))
      delete process.env['SHADOWTEST_SECRET']
      expect((await check()).results.map((r) => r.status)).toEqual(['matched', 'matched', 'matched'])
    } finally {
      if (saved === undefined) delete process.env['SHADOWTEST_SECRET']
      else process.env['SHADOWTEST_SECRET'] = saved
    }
  })

  test('unchanged code matches every scenario, including a recorded throw', async () => {
    await recordBaseline('shop.price', price(0), orders)
    const outcome = await checkBaseline(capture(price(0), { id: 'shop.price' }), environment('new'))
    expect(outcome.pass).toBe(true)
    expect(outcome.results.map((r) => r.status)).toEqual(['matched', 'matched', 'matched'])
  })

  test('a changed outcome fails with one report naming each scenario, its label and path; nothing is written', async () => {
    const file = await recordBaseline('shop.price', price(0), orders)
    const before = await readFile(store.fileFor(file.function), 'utf8')
    const outcome = await checkBaseline(capture(price(0.1), { id: 'shop.price' }), environment('new'))
    expect(outcome.pass).toBe(false)
    expect(outcome.message).toContain('2 of 3 scenarios of shop.price differ from the approved baseline')
    const changed = Object.values(file.scenarios).filter((s) => s.outcome.kind === 'return')
    for (const s of changed) {
      expect(outcome.message).toContain(s.id)
      expect(outcome.message).toContain(s.label)
    }
    expect(outcome.message).toContain('$.total')
    expect(outcome.results.find((r) => r.status === 'failed')?.diffSummary).toBe('1 change: $.total')
    expect(await readFile(store.fileFor(file.function), 'utf8')).toBe(before)
  })

  test('a return that became a throw (and the reverse) is a change', async () => {
    await recordBaseline('shop.price', price(0), orders)
    const neverThrows = (order: Order) => ({ ref: order.ref, total: Math.round(order.qty * order.price * 100) / 100 })
    const outcome = await checkBaseline(capture(neverThrows, { id: 'shop.price' }), environment('new'))
    expect(outcome.pass).toBe(false)
    expect(outcome.message).toContain('1 of 3 scenarios')
    expect(outcome.message).toContain('$.kind')
  })

  test("update mode 'all' re-approves a changed scenario as version 2 through governance", async () => {
    const file = await recordBaseline('shop.price', price(0), orders)
    const outcome = await checkBaseline(capture(price(0.5), { id: 'shop.price' }), environment('all'))
    expect(outcome.pass).toBe(true)
    expect(outcome.results.map((r) => r.status).sort()).toEqual(['matched', 'updated', 'updated'])
    const after = (await store.read('shop.price'))!
    const a = Object.values(after.scenarios).find((s) => JSON.stringify(s.input).includes('"A"'))!
    expect(a.version).toBe(2)
    expect(a.outcome).toEqual({ kind: 'return', value: { ref: 'A', total: 10 } })
    expect(a.history.slice(-2).map((h) => [h.action, h.by])).toEqual([
      ['propose', 'vitest -u'],
      ['approve-change', 'vitest -u'],
    ])
    expect(Object.keys(after.scenarios)).toEqual(Object.keys(file.scenarios))
    const again = await checkBaseline(capture(price(0.5), { id: 'shop.price' }), environment('none'))
    expect(again.pass).toBe(true)
  })

  test("two workers approving the same change at once produce version 2 once, not version 3", async () => {
    await recordBaseline('shop.price', price(0), orders)
    // Two stores = two workers, each with its own index; the file lock serialises the writes.
    const other = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
    const changed = capture(price(0.25), { id: 'shop.price' })
    const [a, b] = await Promise.all([
      checkBaseline(changed, environment('all')),
      checkBaseline(changed, { ...environment('all'), store: other }),
    ])
    expect(a.pass && b.pass).toBe(true)
    const after = Object.values((await store.read('shop.price'))!.scenarios)
    const bumped = after.filter((s) => s.outcome.kind === 'return')
    expect(bumped.map((s) => s.version)).toEqual([2, 2])
    for (const s of bumped) expect(s.history.filter((h) => h.action === 'approve-change')).toHaveLength(1)
  })

  test('a green `-u` run under a changed diff policy re-stamps the file with it (clears POLICY_DRIFT); a normal run does not', async () => {
    const file = await recordBaseline('shop.price', price(0), orders)
    const user: ShadowtestConfig = { diff: { ignoredFields: ['note'] } }
    const wanted = policySnapshot(environment('new', false, user).config.diff)
    expect(file.policy.hash).not.toBe(wanted.hash)
    const fn = capture(price(0), { id: 'shop.price' })
    await checkBaseline(fn, environment('new', false, user))
    expect((await store.read('shop.price'))!.policy.hash).toBe(file.policy.hash)
    await checkBaseline(fn, environment('all', false, user))
    expect((await store.read('shop.price'))!.policy).toEqual(wanted)
  })

  test("update mode 'none' fails when the function has no baseline at all; 'new' does not", async () => {
    const fn = capture(price(0), { id: 'shop.none' })
    const ci = await checkBaseline(fn, environment('none'))
    expect(ci.pass).toBe(false)
    expect(ci.message).toContain('No baseline for shop.none, and nothing may be written')
    expect((await checkBaseline(fn, environment('new'))).pass).toBe(true)
    expect(await store.read('shop.none')).toBeUndefined()
  })

  test('a whole-function check with nothing to replay says why (no baseline / no live scenario); a one-scenario check does not', async () => {
    const none = capture(price(0), { id: 'shop.none' })
    const local = await checkBaseline(none, environment('new'))
    expect(local).toMatchObject({ pass: true, results: [], empty: { functionId: 'shop.none', reason: 'no-baseline', file: expect.stringMatching(/__baselines__\/.*none\.baseline\.json$/) } })
    expect((await checkBaseline(none, environment('none'))).empty).toEqual(local.empty)

    const file = await recordBaseline('shop.price', price(0), orders)
    await store.update({ id: 'shop.price' }, (current) => ({
      ...current!,
      scenarios: Object.fromEntries(Object.entries(current!.scenarios).map(([k, s]) => [k, transition(s, 'deprecate', { by: 'test' })])),
    }))
    const retired = await checkBaseline(capture(price(0), { id: 'shop.price' }), environment('new'))
    expect(retired).toMatchObject({ pass: true, results: [], empty: { functionId: 'shop.price', reason: 'no-live-scenarios', file: store.fileFor(file.function) } })

    const scenarioId = Object.values(file.scenarios)[0]!.id
    const one = await checkBaseline(capture(price(0), { id: 'shop.price' }), environment('new'), {}, { scenarioId })
    expect(one.pass).toBe(false)
    expect(one.empty).toBeUndefined()
  })

  test('pending scenarios are replayed and reported, and fail only when strict', async () => {
    await recordBaseline('shop.price', price(0), orders, false)
    const changed = capture(price(0.2), { id: 'shop.price' })
    const lenient = await checkBaseline(changed, environment('new'))
    expect(lenient.pass).toBe(true)
    expect(lenient.results.map((r) => [r.status, r.changed])).toEqual([
      ['pending', true],
      ['pending', true],
      ['pending', false],
    ])
    const strict = await checkBaseline(changed, environment('new', true))
    expect(strict.pass).toBe(false)
    expect(strict.message).toContain('[pending, strict]')
  })

  test("update mode 'all' approves pending scenarios and stores the paths that differ between two replays as noise", async () => {
    let calls = 0
    const withNonce = (order: Order) => ({ ref: order.ref, total: order.qty * order.price, nonce: `n-${(calls += 1)}` })
    await recordBaseline('shop.nonce', withNonce, orders.slice(0, 1), false)
    const fn = capture(withNonce, { id: 'shop.nonce' })
    const approved = await checkBaseline(fn, environment('all'))
    expect(approved.pass).toBe(true)
    expect(approved.results[0]).toMatchObject({ status: 'new', noise: ['$.nonce'] })
    const stored = Object.values((await store.read('shop.nonce'))!.scenarios)[0]!
    expect(stored.status).toBe('approved')
    expect(stored.noise).toEqual(['$.nonce'])
    // The nonce keeps changing, the gate no longer cares.
    expect((await checkBaseline(fn, environment('none'))).pass).toBe(true)
  })

  test('calls the test makes are new scenarios: pending by default, approved with -u, a failure in CI', async () => {
    const fn = capture(price(0), { id: 'shop.fresh' })
    const taken = new Set<string>()
    const takeCaptures = async (functionId: string) => {
      await flushCaptures()
      const fresh = sink.records().filter((r) => r.functionId === functionId && !taken.has(r.semanticId))
      for (const r of fresh) taken.add(r.semanticId)
      return fresh
    }
    fn({ ref: 'N', qty: 1, price: 5 })
    const ci = await checkBaseline(fn, { ...environment('none'), takeCaptures })
    expect(ci.pass).toBe(false)
    expect(ci.message).toContain('no baseline')
    expect(await store.read('shop.fresh')).toBeUndefined()

    taken.clear()
    const local = await checkBaseline(fn, { ...environment('new'), takeCaptures })
    expect(local.pass).toBe(true)
    expect(local.results).toMatchObject([{ status: 'new', diffSummary: 'new scenario, stored as pending' }])
    const pending = Object.values((await store.read('shop.fresh'))!.scenarios)
    expect(pending.map((s) => [s.status, s.source.kind])).toEqual([['pending', 'vitest']])

    fn({ ref: 'M', qty: 2, price: 5 })
    const approved = await checkBaseline(fn, { ...environment('all'), takeCaptures })
    expect(approved.pass).toBe(true)
    expect(approved.results.map((r) => r.status).sort()).toEqual(['new', 'new'])
    const stored = Object.values((await store.read('shop.fresh'))!.scenarios)
    expect(stored.map((s) => s.status)).toEqual(['approved', 'approved'])
  })

  test('a new scenario from a test call is checked for noise when it is added', async () => {
    let calls = 0
    const fn = capture((order: Order) => ({ ref: order.ref, at: `t${(calls += 1)}` }), { id: 'shop.stamp' })
    fn({ ref: 'S', qty: 1, price: 1 })
    await flushCaptures()
    const records = sink.records().filter((r) => r.functionId === 'shop.stamp')
    const outcome = await checkBaseline(fn, { ...environment('new'), takeCaptures: async () => records })
    expect(outcome.results).toMatchObject([{ status: 'new', noise: ['$.at'] }])
    const stored = Object.values((await store.read('shop.stamp'))!.scenarios)[0]!
    expect(stored).toMatchObject({ status: 'pending', noise: ['$.at'] })
  })

  test('a function that is not captured is a coded error that says what to do', async () => {
    await expect(checkBaseline(() => 1, environment('new'))).rejects.toMatchObject({ code: 'REPLAY:NOT_CAPTURED' })
  })
})

describe('the receipt for the reporter', () => {
  test('describes the file it validated once per content: digest, live count, approved scenarios it did not replay', async () => {
    // Stored where the store puts the captured function's file (its module is known), as `shadowtest record` does.
    const fn = capture(price(0), { id: 'shop.receipt' })
    for (const qty of [1, 2, 3]) fn({ ref: 'R', qty, price: 4 })
    await flushCaptures()
    const records = sink.records().filter((r) => r.functionId === 'shop.receipt')
    const ref = { id: 'shop.receipt', ...(records[0]!.module ? { module: records[0]!.module } : {}), ...(records[0]!.exportName ? { exportName: records[0]!.exportName } : {}) }
    await store.upsertScenarios(ref, records.map(draftFromRecord), { by: 'test' })
    const file = (await store.update(ref, (current) => current && { ...current, scenarios: Object.fromEntries(Object.entries(current.scenarios).map(([k, s]) => [k, transition(s, 'approve', { by: 'test' })])) }))!
    const path = store.fileFor(ref)
    const text = await readFile(path, 'utf8')
    const [first, second] = Object.values(file.scenarios).sort((a, b) => a.seq - b.seq) as [Scenario, Scenario, Scenario]
    // One scenario only: the other two approved ones are left to the reporter's obsolete check.
    const one = await checkBaseline(fn, environment('new'), {}, { scenarioId: first.id })
    expect(one.read).toMatchObject({ file: path, digest: createHash('sha256').update(text).digest('hex'), function: file.function, counted: 3 })
    expect(one.read!.unreplayed.map((s) => s.scenarioId).sort()).toEqual(Object.values(file.scenarios).filter((s) => s.id !== first.id).map((s) => s.id).sort())
    // The same content again: the results say what was replayed, the file was described already.
    expect((await checkBaseline(fn, environment('new'), {}, { scenarioId: second.id })).read).toBeUndefined()
    // New content (deprecating one scenario) gets a new receipt.
    await store.update(file.function, (current) => current && { ...current, scenarios: { ...current.scenarios, [second.id.split(':')[1]!]: transition(second, 'deprecate', { by: 'test', reason: 'gone' }) } })
    const all = await checkBaseline(fn, environment('new'))
    expect(all.read).toMatchObject({ counted: 2, unreplayed: [] })
  })

  test('one test per scenario (`toMatchBaseline(s)`): each check sees what an earlier `-u` check in the same worker wrote', async () => {
    const file = await recordBaseline('shop.price', price(0), orders)
    const changed = capture(price(0.5), { id: 'shop.price' })
    const [a, b] = Object.values(file.scenarios).sort((x, y) => x.seq - y.seq) as [Scenario, Scenario, Scenario]
    // The worker has the file validated and cached before the first write.
    expect((await checkBaseline(changed, environment('none'), {}, { scenarioId: b.id })).results[0]).toMatchObject({ status: 'failed', baselineVersion: 1 })
    expect((await checkBaseline(changed, environment('all'), {}, { scenarioId: a.id })).results[0]).toMatchObject({ status: 'updated', baselineVersion: 2 })
    // Without -u: A is now matched at version 2 (the cached copy was dropped by the write), B still differs.
    expect((await checkBaseline(changed, environment('none'), {}, { scenarioId: a.id })).results[0]).toMatchObject({ status: 'matched', baselineVersion: 2 })
    expect((await checkBaseline(changed, environment('none'), {}, { scenarioId: b.id })).results[0]).toMatchObject({ status: 'failed', baselineVersion: 1 })
    // A second -u of A does not approve the same change again (version 3) from a stale copy.
    expect((await checkBaseline(changed, environment('all'), {}, { scenarioId: a.id })).results[0]).toMatchObject({ status: 'matched', baselineVersion: 2 })
    expect(Object.values((await store.read('shop.price'))!.scenarios).find((s) => s.id === a.id)!.version).toBe(2)
  })
})
