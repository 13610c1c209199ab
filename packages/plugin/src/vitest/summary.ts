import { didYouMean } from '@shadowtest/core'
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
  return [...byId.values()].sort((a, b) => byText(a.scenarioId, b.scenarioId))
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
  results: ScenarioResult[]
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

/** Folds the workers' results and the store's content into the run report. */
export function buildRunReport(input: BuildReportInput): GateRunReport {
  const results = mergeResults(input.results)
  const replayed = new Set(results.map((r) => r.scenarioId))
  const obsolete = input.fullRun ? findObsolete(input.stored, replayed) : []
  const functions = new Map<string, FunctionSummary>()
  const summaryOf = (functionId: string): FunctionSummary => {
    let summary = functions.get(functionId)
    if (!summary) {
      summary = { functionId, matched: 0, new: 0, updated: 0, failed: 0, pending: 0, obsolete: 0, noise: 0 }
      functions.set(functionId, summary)
    }
    return summary
  }
  for (const r of results) {
    const summary = summaryOf(r.functionId)
    summary[r.status] += 1
    if (r.noise.length > 0) summary.noise += 1
  }
  for (const o of obsolete) summaryOf(o.functionId).obsolete += 1
  return {
    schemaVersion: 1,
    timestamp: (input.now ?? new Date()).toISOString(),
    shadowtestVersion: input.shadowtestVersion,
    baselineCount: input.baselineCount ?? input.stored.filter((s) => s.status !== 'deprecated').length,
    replayedCount: results.length,
    mismatchCount: results.filter((r) => r.status === 'failed').length,
    fullRun: input.fullRun,
    testRunState: input.testRunState,
    scenarios: [
      ...results.map((r) => ({
        scenarioId: r.scenarioId,
        functionId: r.functionId,
        label: r.label,
        status: verifyStatus(r),
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
    emptyChecks: emptyChecks(input.empty ?? [], new Set(results.map((r) => r.functionId)), input.functionIds ?? []),
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
