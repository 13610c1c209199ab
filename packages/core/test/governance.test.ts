import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isShadowtestError } from '../src/errors.js'
import {
  approveScenarios,
  DEFAULT_GOVERNANCE_POLICY,
  deprecateScenarios,
  resolveGovernancePolicy,
  transition,
} from '../src/governance/index.js'
import { serializeBaselineFile, type BaselineFile, type Scenario } from '../src/model/index.js'
import { FileBaselineStore } from '../src/store/index.js'
import { baselineFile, scenario, tempDir } from './fixtures/baseline-factory.js'
import { thrownError as rejected } from './fixtures/shadowtest-errors.js'

const AT = '2026-03-01T10:00:00.000Z'
const pending = scenario('pricing.quote', [1], 10)
const recording = { outcome: { kind: 'return' as const, value: 11 }, dependencies: [], capturedAt: AT, source: { kind: 'record' as const } }

describe('transition', () => {
  it('pending → approved → deprecated, each decision in history, input never mutated', () => {
    const snapshot = JSON.stringify(pending)
    const approved = transition(pending, 'approve', { by: 'alice', reason: 'matches the spec', at: AT })
    expect(approved.status).toBe('approved')
    expect(approved.history.at(-1)).toEqual({ action: 'approve', from: 'pending', to: 'approved', at: AT, by: 'alice', reason: 'matches the spec', version: 1 })
    const deprecated = transition(approved, 'deprecate', { by: 'bob', at: AT })
    expect(deprecated.status).toBe('deprecated')
    expect(deprecated.history.map((h) => h.action)).toEqual(['record', 'approve', 'deprecate'])
    expect(JSON.stringify(pending)).toBe(snapshot)
  })

  it('propose then approve-change promotes the new outcome and bumps the version', () => {
    const approved = transition(pending, 'approve', { by: 'a', at: AT })
    const proposed = transition(approved, 'propose', { by: 'rec', at: AT, recording })
    expect(proposed.outcome).toEqual(pending.outcome)
    expect(proposed.proposed?.outcome).toEqual(recording.outcome)
    const changed = transition(proposed, 'approve-change', { by: 'a', at: AT })
    expect(changed).toMatchObject({ status: 'approved', version: 2, outcome: recording.outcome })
    expect(changed.proposed).toBeUndefined()
    expect(changed.history.at(-1)).toMatchObject({ action: 'approve-change', version: 2 })
  })

  it.each([
    ['unknown action', pending, 'publish', {}, 'UNKNOWN_ACTION'],
    ['deprecating twice', { ...pending, status: 'deprecated' }, 'deprecate', {}, 'ALREADY_DEPRECATED'],
    ['approving a deprecated scenario', { ...pending, status: 'deprecated' }, 'approve', {}, 'INVALID_FROM_STATUS'],
    ['approve-change with nothing proposed', { ...pending, status: 'approved' }, 'approve-change', {}, 'NOTHING_PROPOSED'],
    ['re-recording a pending scenario', pending, 'rerecord', {}, 'INVALID_FROM_STATUS'],
    ['a missing reason the policy requires', pending, 'approve', { policy: { requireReason: ['approve'] } }, 'REASON_REQUIRED'],
  ] as const)('rejects %s with its reason code', (_name, s, action, extra, reason) => {
    const error = rejected(() => transition(s as Scenario, action, { by: 'x', ...extra }))
    expect(error.code).toBe('GOVERNANCE:TRANSITION_REJECTED')
    expect(error.details.reason).toBe(reason)
    expect(error.scenarioId).toBe(pending.id)
  })

  it('says what to do when approving a deprecated scenario', () => {
    const error = rejected(() => transition({ ...pending, status: 'deprecated' }, 'approve', { by: 'x' }))
    expect(error.message).toContain('record it again')
  })

  it('a user policy can forbid deprecating approved scenarios', () => {
    const policy = { transitions: { deprecate: { from: ['pending' as const], to: 'deprecated' as const } } }
    const approved = transition(pending, 'approve', { by: 'a' })
    expect(rejected(() => transition(approved, 'deprecate', { by: 'a', policy })).details.reason).toBe('INVALID_FROM_STATUS')
    expect(transition(pending, 'deprecate', { by: 'a', policy }).status).toBe('deprecated')
  })
})

describe('resolveGovernancePolicy', () => {
  it('merges a user policy over the default, action by action', () => {
    const resolved = resolveGovernancePolicy({ requireReason: ['deprecate'] })
    expect(resolved.transitions).toEqual(DEFAULT_GOVERNANCE_POLICY.transitions)
    expect(resolved.requireReason).toEqual(['deprecate'])
  })
  it.each([
    [{ transitions: { publish: { from: ['pending'], to: 'approved' } } }, 'governance.policy.transitions.publish: unknown action "publish"'],
    [{ transitions: { approve: { from: ['aproved'], to: 'approved' } } }, 'transitions.approve.from[0]: unknown status "aproved"'],
    [{ transitions: { approve: { from: ['pending'], to: 'done' } } }, 'transitions.approve.to: unknown status "done"'],
    [{ requireReason: ['aprove'] }, 'requireReason[0]: unknown action "aprove"'],
    [{ transition: {} }, 'unknown key "transition"'],
  ])('rejects %j with CONFIG:INVALID naming it', (policy, message) => {
    const error = rejected(() => resolveGovernancePolicy(policy as never))
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toContain(message)
  })
})

describe('approveScenarios / deprecateScenarios', () => {
  let root: string
  let cleanup: () => Promise<void>
  let store: FileBaselineStore
  const a = scenario('pricing.quote', [1], 10, { seq: 1, label: 'one' })
  const b = scenario('pricing.quote', [2], 20, { seq: 2, label: 'two' })
  const c = scenario('pricing.quote', [3], 30, { seq: 3, status: 'deprecated' })
  const d = scenario('billing.invoice', [1], 5)
  let quoteFile: string

  beforeEach(async () => {
    ;({ dir: root, cleanup } = await tempDir())
    store = new FileBaselineStore({ rootDir: root })
    quoteFile = store.fileFor({ id: 'pricing.quote' })
    await mkdir(path.dirname(quoteFile), { recursive: true })
    await writeFile(quoteFile, serializeBaselineFile(baselineFile('pricing.quote', [a, b, c])))
    await writeFile(store.fileFor({ id: 'billing.invoice' }), serializeBaselineFile(baselineFile('billing.invoice', [d])))
  })
  afterEach(() => cleanup())

  const statuses = async (functionId: string) =>
    Object.fromEntries(Object.values(((await store.read(functionId)) as BaselineFile).scenarios).map((s) => [s.id, s.status]))

  it('approves by ids and reports what changed', async () => {
    const changes = await approveScenarios(store, { ids: [a.id] }, { by: 'alice', reason: 'ok', at: AT })
    expect(changes).toEqual([{ id: a.id, functionId: 'pricing.quote', label: 'one', action: 'approve', from: 'pending', to: 'approved', version: 1 }])
    expect(await statuses('pricing.quote')).toEqual({ [a.id]: 'approved', [b.id]: 'pending', [c.id]: 'deprecated' })
  })

  it('approves a whole function or everything, skipping deprecated scenarios', async () => {
    expect((await approveScenarios(store, { functionId: 'pricing.quote' }, { by: 'x' })).map((ch) => ch.id).sort()).toEqual([a.id, b.id].sort())
    expect((await approveScenarios(store, { all: true }, { by: 'x' })).map((ch) => ch.id)).toEqual([d.id])
    expect(await statuses('pricing.quote')).toEqual({ [a.id]: 'approved', [b.id]: 'approved', [c.id]: 'deprecated' })
  })

  it('is all-or-nothing: one rejected transition leaves every file byte-identical', async () => {
    const before = await readFile(quoteFile, 'utf8')
    const invoiceBefore = await readFile(store.fileFor({ id: 'billing.invoice' }), 'utf8')
    let error: unknown
    await approveScenarios(store, { ids: [d.id, a.id, c.id] }, { by: 'x' }).catch((e: unknown) => (error = e))
    expect(isShadowtestError(error) && error.code).toBe('GOVERNANCE:TRANSITION_REJECTED')
    expect(await readFile(quoteFile, 'utf8')).toBe(before)
    expect(await readFile(store.fileFor({ id: 'billing.invoice' }), 'utf8')).toBe(invoiceBefore)
  })

  it('an unknown id → SCENARIO_NOT_FOUND and nothing changes', async () => {
    const before = await readFile(quoteFile, 'utf8')
    for (const id of ['pricing.quote:000000000000', 'nope:123456789abc', 'garbage']) {
      let error: unknown
      await approveScenarios(store, { ids: [a.id, id] }, { by: 'x' }).catch((e: unknown) => (error = e))
      expect(isShadowtestError(error) && error.code).toBe('GOVERNANCE:SCENARIO_NOT_FOUND')
    }
    expect(await readFile(quoteFile, 'utf8')).toBe(before)
  })

  it('deprecates, keeps the scenario and its history, and refuses to deprecate twice', async () => {
    const changes = await deprecateScenarios(store, [a.id], { by: 'bob', reason: 'coupon retired' })
    expect(changes[0]).toMatchObject({ id: a.id, from: 'pending', to: 'deprecated' })
    const stored = ((await store.read('pricing.quote')) as BaselineFile).scenarios[a.id.split(':')[1] as string]
    expect(stored?.history.at(-1)).toMatchObject({ action: 'deprecate', by: 'bob', reason: 'coupon retired' })
    let error: unknown
    await deprecateScenarios(store, [a.id], { by: 'bob' }).catch((e: unknown) => (error = e))
    expect(isShadowtestError(error) && error.details.reason).toBe('ALREADY_DEPRECATED')
  })

  it('approving a changed approved scenario promotes its proposal as a new version', async () => {
    await approveScenarios(store, { ids: [a.id] }, { by: 'x' })
    await store.upsertScenarios({ id: 'pricing.quote' }, [{ ...recording, id: a.id, input: a.input }], { by: 'rec' })
    const [change] = await approveScenarios(store, { ids: [a.id] }, { by: 'x' })
    expect(change).toMatchObject({ action: 'approve-change', version: 2 })
    const stored = ((await store.read('pricing.quote')) as BaselineFile).scenarios[a.id.split(':')[1] as string]
    expect(stored?.outcome).toEqual(recording.outcome)
  })
})
