import { didYouMean } from './did-you-mean.js'
import type { EmptyCheck, EmptyCheckSummary, FunctionSummary, GateRunReport, ScenarioResult, ScenarioResultStatus, VerifyScenarioStatus } from './gate-report.js'

/** An approved scenario found in the store that no test replayed. */
export interface StoredScenarioRef {
  scenarioId: string
  functionId: string
  label: string
  status: 'pending' | 'approved' | 'deprecated'
  version: number
}

// Code-unit order, like every other ordering Shadowtest writes (baseline keys, ids): the same on
// every machine whatever its locale, and free. A collator (`localeCompare`) made the report's order
// depend on the process's locale and cost ≈ 5 ms to create in the main process.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// When two tests replay the same scenario, the report keeps the outcome a user must act on.
const severity: Record<ScenarioResultStatus, number> = { matched: 0, pending: 1, new: 2, updated: 3, failed: 4 }

/** One result per scenario id: the most severe one seen in the run. */
export function mergeResults(results: Iterable<ScenarioResult>): ScenarioResult[] {
  const byId = new Map<string, ScenarioResult>()
  for (const result of results) {
    const seen = byId.get(result.scenarioId)
    if (!seen || severity[result.status] > severity[seen.status]) byId.set(result.scenarioId, result)
  }
  // The ids are unique: sorting them with the default comparison (code units, in V8's own code) and
  // looking each up is several times cheaper than a comparator called from cold code.
  const ids = [...byId.keys()].sort()
  const merged = new Array<ScenarioResult>(ids.length)
  for (let i = 0; i < ids.length; i++) merged[i] = byId.get(ids[i]!)!
  return merged
}

/** Approved scenarios in the store that nobody replayed. Only meaningful for a full run. */
export function findObsolete(stored: Iterable<StoredScenarioRef>, replayed: ReadonlySet<string>): StoredScenarioRef[] {
  return [...stored]
    .filter((s) => s.status === 'approved' && !replayed.has(s.scenarioId))
    .sort((a, b) => byText(a.scenarioId, b.scenarioId))
}

const verifyStatus = (r: ScenarioResult): VerifyScenarioStatus =>
  r.status === 'failed' ? 'fail' : r.status === 'pending' ? 'pending' : 'pass'

export interface BuildReportInput {
  /** The workers' results, or the same already folded by `prepareResults`. */
  results: ScenarioResult[] | PreparedResults
  stored: StoredScenarioRef[]
  /** Live (approved + pending) scenarios in the store; default: counted from `stored`. */
  baselineCount?: number
  fullRun: boolean
  testRunState: GateRunReport['testRunState']
  shadowtestVersion: string
  errors?: string[]
  /** Whole-function checks that replayed nothing (from the workers). */
  empty?: EmptyCheck[]
  /** Every function id with a baseline file in the store, for "did you mean" on an empty check. */
  functionIds?: string[]
  now?: Date
}

/**
 * One entry per function whose check replayed nothing, unless another call of the run replayed
 * or stored something for it. A missing baseline gets the closest stored function id, if any.
 */
export function emptyChecks(empty: Iterable<EmptyCheck>, checked: ReadonlySet<string>, functionIds: readonly string[]): EmptyCheckSummary[] {
  const byId = new Map<string, EmptyCheckSummary>()
  for (const check of empty) {
    if (checked.has(check.functionId) || byId.has(check.functionId)) continue
    const others = functionIds.filter((id) => id !== check.functionId)
    const suggestion = check.reason === 'no-baseline' ? didYouMean(check.functionId, others) : undefined
    byId.set(check.functionId, {
      functionId: check.functionId,
      reason: check.reason,
      file: check.file,
      ...(suggestion === undefined ? {} : { didYouMean: suggestion }),
    })
  }
  return [...byId.values()].sort((a, b) => byText(a.functionId, b.functionId))
}

/**
 * The part of the run report that depends on the workers' results alone: merged, counted and
 * turned into report entries. The Vitest reporter prepares each test file's results as the file
 * ends, while the workers wind down, so the report after the run only adds the store's part
 * (docs/performance.md, Round 6). Read-only: `buildRunReport` copies what it changes.
 */
export interface PreparedResults {
  readonly kind: 'prepared'
  /** `mergeResults`' output: one result per scenario id, sorted. */
  readonly merged: readonly ScenarioResult[]
  readonly replayed: ReadonlySet<string>
  /** Per function, in order of first result; `obsolete` 0. */
  readonly counts: ReadonlyMap<string, Readonly<FunctionSummary>>
  readonly entries: GateRunReport['scenarios']
  readonly mismatchCount: number
}

/** Folds results for `buildRunReport`; preparing the concatenated `merged` of several, in run order, gives what preparing all their results at once gives. */
export function prepareResults(results: Iterable<ScenarioResult>): PreparedResults {
  const merged = mergeResults(results)
  const replayed = new Set<string>()
  const counts = new Map<string, FunctionSummary>()
  const entries: GateRunReport['scenarios'] = []
  let mismatchCount = 0
  for (let i = 0; i < merged.length; i++) {
    const r = merged[i]!
    replayed.add(r.scenarioId)
    let summary = counts.get(r.functionId)
    if (!summary) {
      summary = { functionId: r.functionId, matched: 0, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 0, noise: 0 }
      counts.set(r.functionId, summary)
    }
    summary[r.status] += 1
    if (r.noise.length > 0) summary.noise += 1
    if (r.status === 'failed') mismatchCount++
    entries.push({
      scenarioId: r.scenarioId,
      functionId: r.functionId,
      label: r.label,
      status: verifyStatus(r),
      detail: r.status,
      diffSummary: r.diffSummary,
      diff: r.diff,
      baselineVersion: r.baselineVersion,
      noise: r.noise,
    })
  }
  return { kind: 'prepared', merged, replayed, counts, entries, mismatchCount }
}

const isPrepared = (results: ScenarioResult[] | PreparedResults): results is PreparedResults => !Array.isArray(results)

/** Folds the workers' results and the store's content into the run report. */
export function buildRunReport(input: BuildReportInput): GateRunReport {
  const prepared = isPrepared(input.results) ? input.results : prepareResults(input.results)
  const obsolete = input.fullRun ? findObsolete(input.stored, prepared.replayed) : []
  const functions = new Map<string, FunctionSummary>()
  for (const [functionId, counts] of prepared.counts) functions.set(functionId, { ...counts })
  for (const o of obsolete) {
    let summary = functions.get(o.functionId)
    if (!summary) {
      summary = { functionId: o.functionId, matched: 0, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 0, noise: 0 }
      functions.set(o.functionId, summary)
    }
    summary.obsolete += 1
  }
  const scenarios = prepared.entries.slice()
  for (const o of obsolete) {
    scenarios.push({
      scenarioId: o.scenarioId,
      functionId: o.functionId,
      label: o.label,
      status: 'obsolete' as const,
      detail: 'obsolete' as const,
      diffSummary: 'approved but not replayed by any test',
      diff: '',
      baselineVersion: o.version,
      noise: [],
    })
  }
  return {
    schemaVersion: 1,
    timestamp: (input.now ?? new Date()).toISOString(),
    shadowtestVersion: input.shadowtestVersion,
    baselineCount: input.baselineCount ?? input.stored.filter((s) => s.status !== 'deprecated').length,
    replayedCount: prepared.merged.length,
    mismatchCount: prepared.mismatchCount,
    fullRun: input.fullRun,
    testRunState: input.testRunState,
    scenarios,
    functions: [...functions.values()].sort((a, b) => byText(a.functionId, b.functionId)),
    emptyChecks: emptyChecks(input.empty ?? [], new Set(prepared.counts.keys()), input.functionIds ?? []),
    errors: input.errors ?? [],
  }
}

const columns = ['matched', 'new', 'updated', 'failed', 'pending', 'obsolete', 'noise'] as const

/** The summary printed after Vitest's own output: one line per function, then the obsolete and noise details. */
export function renderSummary(report: GateRunReport, options: { failOnObsolete: boolean }): string[] {
  // Reports written before emptyChecks existed have no such field.
  const empty = report.emptyChecks ?? []
  if (report.functions.length === 0 && empty.length === 0 && report.errors.length === 0) return []
  const lines = [' Shadowtest baselines']
  for (const f of report.functions) {
    const parts = columns.filter((c) => f[c] > 0).map((c) => `${f[c]} ${c}`)
    lines.push(`   ${f.functionId}  ${parts.join(' · ') || 'nothing replayed'}`)
  }
  for (const e of empty) lines.push(`   ${e.functionId}  nothing replayed: ${emptyReason(e)}`)
  const obsolete = report.scenarios.filter((s) => s.status === 'obsolete')
  if (obsolete.length > 0) {
    lines.push(
      `   ${obsolete.length} obsolete baseline scenario${obsolete.length === 1 ? '' : 's'} (approved, replayed by no test)` +
        (options.failOnObsolete ? ': failing the run (gate.failOnObsolete)' : ''),
    )
    for (const o of obsolete) lines.push(`     ↳ ${o.scenarioId}  ${o.label}`)
    lines.push('     deprecate them with `shadowtest baseline deprecate <id>` or add a test that replays them')
  }
  if (!report.fullRun) lines.push('   obsolete check skipped: not every test ran (file or name filter, or skipped tests)')
  for (const r of report.scenarios) {
    if (r.noise.length > 0) lines.push(`   noise: ${r.scenarioId} ignores ${r.noise.join(', ')} (differed between two replays of the same code)`)
  }
  for (const e of report.errors) lines.push(`   error: ${e}`)
  return lines
}

const RECORD = '`shadowtest record -- <cmd>`'

/** Why an empty check replayed nothing, and what to do about it. */
function emptyReason(check: EmptyCheckSummary): string {
  if (check.reason === 'no-live-scenarios') return `its baseline has no approved or pending scenario (all deprecated? record new ones with ${RECORD})`
  const hint = `no baseline (is the capture id right? record with ${RECORD})`
  return check.didYouMean === undefined ? hint : `${hint}, did you mean ${check.didYouMean}?`
}
