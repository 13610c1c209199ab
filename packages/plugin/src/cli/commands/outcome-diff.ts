import { diffValues, renderDiff, type Change, type DiffResult, type Outcome, type ResolvedPolicy } from '@shadowtest/core'

/**
 * The approved → proposed outcome as the gate compares them (matchers' compareOutcomes): the
 * payloads when both return or both throw, the whole outcome when one returns and one throws;
 * the scenario's noise paths are ignored.
 */
export function outcomeDiff(approved: Outcome, proposed: Outcome, policy: ResolvedPolicy, noise: readonly string[] = []): DiffResult {
  if (approved.kind === 'return' && proposed.kind === 'return') return diffValues(approved.value, proposed.value, policy, { noise: [...noise] })
  if (approved.kind === 'throw' && proposed.kind === 'throw') return diffValues(approved.error, proposed.error, policy, { noise: [...noise] })
  return diffValues(approved, proposed, policy)
}

/** What a reviewer reads for a change: the gate's rendering (`$.total.minor 38660 → 38662`). */
export interface RenderedChange {
  equal: boolean
  changes: Change[]
  text: string
}

export function renderOutcomeDiff(approved: Outcome, proposed: Outcome, policy: ResolvedPolicy, noise: readonly string[], color: boolean): RenderedChange {
  const result = outcomeDiff(approved, proposed, policy, noise)
  return { equal: result.equal, changes: result.changes, text: result.equal ? '(no difference under the current diff policy)' : renderDiff(result, { color }) }
}
