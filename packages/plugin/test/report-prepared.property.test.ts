import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  buildRunReport,
  mergeResults,
  prepareResults,
  type EmptyCheck,
  type FunctionSummary,
  type GateRunReport,
  type ScenarioResult,
  type ScenarioResultStatus,
  type StoredScenarioRef,
} from '@shadowtest/plugin/vitest'
import { didYouMean } from '@shadowtest/core'

// The Vitest reporter folds each test file's results as the file ends (prepareResults) and, for
// several files, folds their merged results again in run order. These tests hold that path to the
// report as it was built before: all results at once, merged with a comparator sort.

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const severity: Record<ScenarioResultStatus, number> = { matched: 0, pending: 1, new: 2, updated: 3, failed: 4 }

function referenceMerge(results: ScenarioResult[]): ScenarioResult[] {
  const byId = new Map<string, ScenarioResult>()
  for (const result of results) {
    const seen = byId.get(result.scenarioId)
    if (!seen || severity[result.status] > severity[seen.status]) byId.set(result.scenarioId, result)
  }
  return [...byId.values()].sort((a, b) => byText(a.scenarioId, b.scenarioId))
}

/** buildRunReport as it was before results could be prepared. */
function referenceReport(input: { results: ScenarioResult[]; stored: StoredScenarioRef[]; fullRun: boolean; empty: EmptyCheck[]; functionIds: string[] }): GateRunReport {
  const results = referenceMerge(input.results)
  const replayed = new Set(results.map((r) => r.scenarioId))
  const obsolete = input.fullRun ? input.stored.filter((s) => s.status === 'approved' && !replayed.has(s.scenarioId)).sort((a, b) => byText(a.scenarioId, b.scenarioId)) : []
  const functions = new Map<string, FunctionSummary>()
  const summaryOf = (functionId: string): FunctionSummary => {
    let summary = functions.get(functionId)
    if (!summary) functions.set(functionId, (summary = { functionId, matched: 0, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 0, noise: 0 }))
    return summary
  }
  for (const r of results) {
    summaryOf(r.functionId)[r.status] += 1
    if (r.noise.length > 0) summaryOf(r.functionId).noise += 1
  }
  for (const o of obsolete) summaryOf(o.functionId).obsolete += 1
  const checked = new Set(results.map((r) => r.functionId))
  const emptyById = new Map<string, GateRunReport['emptyChecks'][number]>()
  for (const check of input.empty) {
    if (checked.has(check.functionId) || emptyById.has(check.functionId)) continue
    const suggestion = check.reason === 'no-baseline' ? didYouMean(check.functionId, input.functionIds.filter((id) => id !== check.functionId)) : undefined
    emptyById.set(check.functionId, { functionId: check.functionId, reason: check.reason, file: check.file, ...(suggestion === undefined ? {} : { didYouMean: suggestion }) })
  }
  return {
    schemaVersion: 1,
    timestamp: new Date(0).toISOString(),
    shadowtestVersion: '1.2.3',
    baselineCount: input.stored.filter((s) => s.status !== 'deprecated').length,
    replayedCount: results.length,
    mismatchCount: results.filter((r) => r.status === 'failed').length,
    fullRun: input.fullRun,
    testRunState: 'passed',
    scenarios: [
      ...results.map((r) => ({
        scenarioId: r.scenarioId,
        functionId: r.functionId,
        label: r.label,
        status: r.status === 'failed' ? ('fail' as const) : r.status === 'pending' ? ('pending' as const) : ('pass' as const),
        detail: r.status,
        diffSummary: r.diffSummary,
        diff: r.diff,
        baselineVersion: r.baselineVersion,
        noise: r.noise,
      })),
      ...obsolete.map((o) => ({
        scenarioId: o.scenarioId,
        functionId: o.functionId,
        label: o.label,
        status: 'obsolete' as const,
        detail: 'obsolete' as const,
        diffSummary: 'approved but not replayed by any test',
        diff: '',
        baselineVersion: o.version,
        noise: [],
      })),
    ],
    functions: [...functions.values()].sort((a, b) => byText(a.functionId, b.functionId)),
    emptyChecks: [...emptyById.values()].sort((a, b) => byText(a.functionId, b.functionId)),
    errors: [],
  }
}

// Few functions and ids, so results collide (same scenario from two tests, ties of one severity
// told apart by their label) and stored scenarios are replayed or not; ids with code units that a
// locale order would place elsewhere.
const functionId = fc.constantFrom('quote', 'tax', 'Quote', 'é.fn', '𝒳.fn')
const scenarioId = fc.tuple(functionId, fc.constantFrom('aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'AAAAAAAAAAAA', '0123456789ab', 'ffffffffffff')).map(([f, s]) => `${f}:${s}`)
const result: fc.Arbitrary<ScenarioResult> = fc.record({
  scenarioId,
  status: fc.constantFrom<ScenarioResultStatus>('matched', 'pending', 'new', 'updated', 'failed'),
  label: fc.string({ maxLength: 3 }),
  changed: fc.boolean(),
  baselineVersion: fc.integer({ min: 1, max: 3 }),
  diffSummary: fc.constantFrom('', '1 change: $.a'),
  diff: fc.constantFrom('', '$.a: 1 → 2'),
  noise: fc.constantFrom([], ['$.at']),
  file: fc.constantFrom('/p/a.baseline.json', '/p/b.baseline.json'),
}).map((r) => ({ ...r, functionId: r.scenarioId.slice(0, r.scenarioId.lastIndexOf(':')) }))
const stored: fc.Arbitrary<StoredScenarioRef> = fc
  .record({ scenarioId, label: fc.string({ maxLength: 3 }), status: fc.constantFrom<StoredScenarioRef['status']>('approved', 'pending', 'deprecated'), version: fc.integer({ min: 1, max: 3 }) })
  .map((s) => ({ ...s, functionId: s.scenarioId.slice(0, s.scenarioId.lastIndexOf(':')) }))
const emptyCheck: fc.Arbitrary<EmptyCheck> = fc.record({ functionId: fc.constantFrom('quote', 'qoute', 'tax', 'none'), reason: fc.constantFrom('no-baseline' as const, 'no-live-scenarios' as const), file: fc.constant('/p/x.baseline.json') })

/** Splits `results` into consecutive test files (run order kept), as the reporter sees them. */
const files = fc.tuple(fc.array(result, { maxLength: 40 }), fc.array(fc.nat({ max: 40 }), { maxLength: 4 })).map(([all, cuts]) => {
  const at = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((a, b) => a - b)
  const parts: ScenarioResult[][] = []
  let from = 0
  for (const cut of [...at, all.length]) {
    parts.push(all.slice(from, cut))
    from = cut
  }
  return parts
})

describe('prepared results (the reporter folds each test file as it ends)', () => {
  test('the report from per-file folds equals the report from all results at once, as built before', () => {
    fc.assert(
      fc.property(files, fc.array(stored, { maxLength: 12 }), fc.boolean(), fc.array(emptyCheck, { maxLength: 4 }), (parts, store, fullRun, empty) => {
        const functionIds = ['quote', 'tax', 'legacy']
        const all = parts.flat()
        const folds = parts.map((part) => prepareResults(part))
        const prepared = folds.length === 1 ? folds[0]! : prepareResults(folds.flatMap((f) => f.merged))
        const common = { stored: store, fullRun, testRunState: 'passed' as const, shadowtestVersion: '1.2.3', empty, functionIds, now: new Date(0) }
        const expected = referenceReport({ results: all, stored: store, fullRun, empty, functionIds })
        const fromFolds = buildRunReport({ ...common, results: prepared })
        const fromResults = buildRunReport({ ...common, results: all })
        // Same content and the same key order (the report is written as JSON).
        expect(JSON.stringify(fromFolds)).toBe(JSON.stringify(expected))
        expect(JSON.stringify(fromResults)).toBe(JSON.stringify(expected))
        expect(fromFolds).toEqual(expected)
      }),
      { numRuns: 1500 },
    )
  })

  test('mergeResults keeps the most severe result per id, the first of equals, in code-unit order', () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 60 }), (results) => {
        expect(mergeResults(results)).toEqual(referenceMerge(results))
        // The same objects, not copies.
        const merged = mergeResults(results)
        for (const r of merged) expect(results).toContain(r)
      }),
      { numRuns: 1500 },
    )
  })

  test('a prepared fold is not changed by building reports from it', () => {
    const results: ScenarioResult[] = [
      { scenarioId: 'quote:aaaaaaaaaaaa', functionId: 'quote', label: 'a', status: 'matched', changed: false, baselineVersion: 1, diffSummary: '', diff: '', noise: [], file: '/p/q.json' },
    ]
    const prepared = prepareResults(results)
    const store: StoredScenarioRef[] = [{ scenarioId: 'quote:bbbbbbbbbbbb', functionId: 'quote', label: 'b', status: 'approved', version: 1 }]
    const first = buildRunReport({ results: prepared, stored: store, fullRun: true, testRunState: 'passed', shadowtestVersion: '1', now: new Date(0) })
    expect(first.functions).toEqual([{ functionId: 'quote', matched: 1, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 1, noise: 0 }])
    expect(first.scenarios.map((s) => s.status)).toEqual(['pass', 'obsolete'])
    const second = buildRunReport({ results: prepared, stored: [], fullRun: true, testRunState: 'passed', shadowtestVersion: '1', now: new Date(0) })
    expect(second.functions).toEqual([{ functionId: 'quote', matched: 1, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 0, noise: 0 }])
    expect(second.scenarios.map((s) => s.status)).toEqual(['pass'])
    expect(prepared.entries).toHaveLength(1)
  })
})
