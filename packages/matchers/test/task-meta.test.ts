import { deserialize, serialize } from 'node:v8'
import { describe, expect, test } from 'vitest'
import { buildRunReport, type BaselineReadReceipt, type GateTaskMeta, type ScenarioResult, type ScenarioResultStatus } from '@shadowtest/plugin/vitest'
import { receiptsOf, scenarioResultsOf } from '../../plugin/src/vitest/gate-report.js'
import { leaveResults, type TaskLike } from '../src/current-test.js'

// What a test sends home: the matcher leaves its results in `task.meta` (plain matched ones
// packed), Vitest serialises the meta to the main process, and the reporter unpacks it. The run
// report must be exactly the one built from the results as the matcher returned them.

/** A small deterministic PRNG (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const statuses: ScenarioResultStatus[] = ['matched', 'new', 'updated', 'failed', 'pending']
const files = ['/p/__baselines__/a.baseline.json', '/p/__baselines__/b.baseline.json', 'C:\\p\\__baselines__\\c.baseline.json']
const functions = ['shop.price', 'shop.tax', 'Billing.total']
const labels = ['price(1)', 'price({"qty":2})', 'ünïcødé ✓ "quoted"', '', 'a\nmultiline label']

function randomResult(next: () => number): ScenarioResult {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const functionId = pick(functions)
  const status = next() < 0.6 ? 'matched' : pick(statuses)
  // Mostly plain matched results, sometimes ones that cannot be packed (noise, diff text, changed).
  const odd = status !== 'matched' || next() < 0.1
  return {
    scenarioId: `${functionId}:${Math.floor(next() * 12).toString(16).padStart(12, '0')}`,
    functionId,
    label: pick(labels),
    status,
    changed: odd && next() < 0.5,
    baselineVersion: 1 + Math.floor(next() * 3),
    diffSummary: odd && next() < 0.5 ? '1 change: $.total' : '',
    diff: odd && next() < 0.5 ? '$.total: 10 → 11' : '',
    noise: odd && next() < 0.3 ? ['$.at'] : [],
    file: next() < 0.8 ? files[functions.indexOf(functionId)]! : pick(files),
  }
}

function randomReceipt(next: () => number, functionId: string): BaselineReadReceipt {
  const unreplayed: BaselineReadReceipt['unreplayed'] = []
  const count = Math.floor(next() * 6)
  for (let i = 0; i < count; i++) {
    unreplayed.push({ scenarioId: `${functionId}:${i.toString(16).padStart(12, '0')}`, functionId, label: labels[i % labels.length]!, status: 'approved', version: 1 + (i % 3) })
  }
  return { file: `/p/__baselines__/${functionId}.baseline.json`, digest: 'ab'.repeat(32), function: { id: functionId, module: 'src/shop.js' }, counted: count + 1, unreplayed }
}

/** Through Vitest's channel to the main process (child_process IPC with `serialization: 'advanced'`). */
const sent = (task: TaskLike): GateTaskMeta => (deserialize(serialize(task.meta)) as { shadowtest: GateTaskMeta }).shadowtest

const report = (results: ScenarioResult[]) =>
  buildRunReport({ results, stored: [], fullRun: false, testRunState: 'passed', shadowtestVersion: '0.1.0', now: new Date(0) })

/** Results of one status, in order: the report keeps the first of two equal-status results for a scenario. */
const byStatus = (results: ScenarioResult[]) => Object.fromEntries(statuses.map((s) => [s, results.filter((r) => r.status === s)]))

describe('task meta: packed matched results and receipts', () => {
  test('over 500 random sequences of matcher calls, the reporter gets the same results (per status, in order) and builds the same report', () => {
    const next = random(42)
    for (let run = 0; run < 500; run++) {
      const task: TaskLike = { meta: {} }
      const returned: ScenarioResult[] = []
      const calls = 1 + Math.floor(next() * 4)
      for (let call = 0; call < calls; call++) {
        const results = Array.from({ length: Math.floor(next() * 30) }, () => randomResult(next))
        returned.push(...results)
        leaveResults(task, results)
      }
      const unpacked = scenarioResultsOf(sent(task))
      expect(byStatus(unpacked)).toEqual(byStatus(returned))
      expect(report(unpacked)).toEqual(report(returned))
    }
  })

  test('plain matched results travel packed, everything else in full', () => {
    const task: TaskLike = { meta: {} }
    const plain: ScenarioResult = { scenarioId: 'shop.price:000000000001', functionId: 'shop.price', label: 'price(1)', status: 'matched', changed: false, baselineVersion: 2, diffSummary: '', diff: '', noise: [], file: files[0]! }
    const failed: ScenarioResult = { ...plain, scenarioId: 'shop.price:000000000002', status: 'failed', changed: true, diffSummary: '1 change: $', diff: '$: 1 → 2' }
    leaveResults(task, [plain, failed])
    expect(task.meta.shadowtest).toEqual({ scenarios: [failed], matched: [['shop.price', files[0], 'shop.price:000000000001', 'price(1)', 2]] })
    expect(scenarioResultsOf(sent(task))).toEqual([plain, failed])
  })

  test('receipts: the unreplayed approved scenarios travel packed and come back as they were', () => {
    const next = random(7)
    for (let run = 0; run < 100; run++) {
      const task: TaskLike = { meta: {} }
      const receipts = functions.map((id) => randomReceipt(next, id))
      // A reference the matcher does not make (another function's, or not approved) travels in full.
      receipts[0]!.unreplayed.push({ scenarioId: 'other:000000000000', functionId: 'other', label: 'x', status: 'approved', version: 1 })
      receipts[1]!.unreplayed.push({ scenarioId: `${functions[1]}:ffffffffffff`, functionId: functions[1]!, label: 'y', status: 'pending', version: 1 })
      for (const receipt of receipts) leaveResults(task, [], receipt)
      const back = receiptsOf(sent(task))
      const sorted = (list: BaselineReadReceipt[]) => list.map((r) => ({ ...r, unreplayed: [...r.unreplayed].sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)) }))
      expect(sorted(back)).toEqual(sorted(receipts))
      // The matcher's own receipts (only approved scenarios of their function) keep their order.
      expect(back[2]).toEqual(receipts[2])
    }
  })

  test('a meta written before packing existed (only `scenarios` and `files`) reads as before', () => {
    const receipt = randomReceipt(random(1), 'shop.price')
    const result: ScenarioResult = { scenarioId: 'shop.price:000000000001', functionId: 'shop.price', label: 'l', status: 'matched', changed: false, baselineVersion: 1, diffSummary: '', diff: '', noise: [], file: files[0]! }
    const meta: GateTaskMeta = { scenarios: [result], files: [receipt] }
    expect(scenarioResultsOf(meta)).toEqual([result])
    expect(receiptsOf(meta)).toEqual([receipt])
  })
})
