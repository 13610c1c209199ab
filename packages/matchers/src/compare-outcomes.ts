import { diffValues, type DiffResult, type Outcome, type ResolvedPolicy } from '@shadowtest/core'

/**
 * Diffs two outcomes under the policy. A return compares the values and a throw compares the
 * errors, so paths read `$.total`, not `$.value.total`; a return that became a throw (or the
 * reverse) compares the whole outcomes, so the change shows up as `$.kind`.
 */
export function compareOutcomes(expected: Outcome, actual: Outcome, policy: ResolvedPolicy, noise: readonly string[] = []): DiffResult {
  const options = { noise: noise.slice() }
  if (expected.kind === 'return' && actual.kind === 'return') return diffValues(expected.value, actual.value, policy, options)
  if (expected.kind === 'throw' && actual.kind === 'throw') return diffValues(expected.error, actual.error, policy, options)
  return diffValues(expected, actual, policy)
}

/** Paths whose values differ between two replays of the same code: what the gate must ignore. */
export function noisePaths(first: Outcome, second: Outcome, policy: ResolvedPolicy): string[] {
  if (first.kind !== second.kind) return []
  const result = compareOutcomes(first, second, policy)
  return [...new Set(result.changes.map((c) => c.path))].sort()
}
