import { transition, type BaselineFile, type BaselineStore, type GovernancePolicy, type Scenario } from '@shadowtest/core'
import type { ReplayMode, ReplayResult } from '@shadowtest/plugin/runtime'

/**
 * One change the matcher wants written. It is re-applied to the file as read under the store's
 * lock, and only if the scenario is still the one the matcher saw: two workers approving the
 * same scenario at once must not bump its version twice.
 */
export interface ScenarioUpdate {
  semanticId: string
  seen: { status: Scenario['status']; version: number }
  apply: (current: Scenario) => Scenario
}

/** What an approval by the gate records in the history. */
export interface Approver {
  by: string
  /** The config's governance policy, so the gate obeys the same rules as `shadowtest approve`. */
  policy?: GovernancePolicy | undefined
}

/** `vitest -u` on an approved scenario whose outcome changed: propose the replayed outcome, then approve it as version + 1. */
export function approveChanged(semanticId: string, scenario: Scenario, replayed: ReplayResult, noise: string[], approver: Approver): ScenarioUpdate {
  return {
    semanticId,
    seen: { status: scenario.status, version: scenario.version },
    apply: (current) => withNoise(acceptOutcome(current, replayed, approver, 'outcome changed; approved by update mode "all"'), noise),
  }
}

/** `vitest -u` on a pending scenario: approve it, then accept the replayed outcome if the code changed since it was recorded. */
export function approvePending(
  semanticId: string,
  scenario: Scenario,
  changed: ReplayResult | undefined,
  noise: string[],
  approver: Approver,
): ScenarioUpdate {
  return {
    semanticId,
    seen: { status: scenario.status, version: scenario.version },
    apply: (current) => {
      const at = new Date().toISOString()
      const approved = transition(current, 'approve', { ...approver, at, reason: 'approved by update mode "all"' })
      const next = changed ? acceptOutcome(approved, changed, approver, 'replayed outcome differs from the recording; approved by update mode "all"') : approved
      return withNoise(next, noise)
    },
  }
}

function acceptOutcome(current: Scenario, replayed: ReplayResult, approver: Approver, reason: string): Scenario {
  const at = new Date().toISOString()
  const recording = {
    outcome: replayed.outcome,
    dependencies: current.dependencies,
    capturedAt: at,
    source: { kind: 'vitest' as const },
    durationMs: replayed.durationMs,
  }
  const proposed = transition(current, 'propose', { ...approver, at, reason, recording })
  return transition(proposed, 'approve-change', { ...approver, at, reason })
}

/** Stores noise paths found on a scenario that stays as it is (a new pending one). */
export function recordNoise(semanticId: string, scenario: Scenario, noise: string[]): ScenarioUpdate {
  return { semanticId, seen: { status: scenario.status, version: scenario.version }, apply: (current) => withNoise(current, noise) }
}

function withNoise(scenario: Scenario, noise: string[]): Scenario {
  if (noise.length === 0) return scenario
  return { ...scenario, noise: [...new Set([...(scenario.noise ?? []), ...noise])].sort() }
}

/**
 * Writes the updates in one locked read-merge-write of the function's baseline file. `policy`
 * re-stamps the file's diff-policy snapshot: every scenario was just compared (and approved)
 * under that policy, which is what clears verify's POLICY_DRIFT.
 */
export async function writeUpdates(
  store: BaselineStore,
  fn: BaselineFile['function'],
  updates: ScenarioUpdate[],
  policy?: BaselineFile['policy'],
): Promise<void> {
  await store.update(fn, (current) => {
    if (!current) return current
    if (policy) current = { ...current, policy }
    const scenarios = { ...current.scenarios }
    for (const update of updates) {
      const scenario = scenarios[update.semanticId]
      if (!scenario || scenario.status !== update.seen.status || scenario.version !== update.seen.version) continue
      scenarios[update.semanticId] = update.apply(scenario)
    }
    return { ...current, scenarios }
  })
}

/**
 * Dependency issues that fail a scenario, as messages: a call the recording does not have
 * (REPLAY:UNRECORDED_DEPENDENCY, with the nearest recorded one), a transport failure, and in
 * strict mode a recorded dependency the code no longer makes (it changed shape).
 */
export function replayIssues(result: ReplayResult, mode: ReplayMode): string[] {
  const messages: string[] = []
  for (const issue of result.issues) {
    if (issue.kind === 'unused') {
      if (mode !== 'strict') continue
      const d = issue.dependency
      const what = d.kind === 'call' ? `call to ${d.functionId} (${d.scenarioId})` : `${d.request.method} ${d.request.url}`
      messages.push(`[REPLAY:UNUSED_DEPENDENCY] the recorded ${what} (order ${d.order}) was never made during replay: the code changed shape.`)
    } else {
      messages.push(issue.error.message)
    }
  }
  return [...new Set(messages)]
}
