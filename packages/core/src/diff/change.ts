import type { PathSegment } from './json-path.js'
import { formatPath } from './json-path.js'

export type ChangeKind = 'added' | 'removed' | 'changed'

/**
 * One difference between expected and actual, at a JSONPath (`$.lines[0].price`).
 * `rule` names the policy option that judged it (`exact`, `withinRange`, `floatTolerance`,
 * `ignoredPaths`, `noise`, …) and `reason` says why it passed or failed.
 */
export interface Change {
  path: string
  kind: ChangeKind
  before?: unknown
  after?: unknown
  rule?: string
  reason?: string
}

/** `equal` is true when no change survives the policy; `ignored` lists what the policy let through. */
export interface DiffResult {
  equal: boolean
  changes: Change[]
  ignored: Change[]
}

export const MISSING: unique symbol = Symbol('missing')

/** Builds a Change, leaving out the fields that do not apply (exactOptionalPropertyTypes). */
export function makeChange(
  segments: readonly PathSegment[],
  before: unknown,
  after: unknown,
  rule?: string,
  reason?: string,
): Change {
  const kind: ChangeKind = before === MISSING ? 'added' : after === MISSING ? 'removed' : 'changed'
  const change: Change = { path: formatPath(segments), kind }
  if (before !== MISSING) change.before = before
  if (after !== MISSING) change.after = after
  if (rule !== undefined) change.rule = rule
  if (reason !== undefined) change.reason = reason
  return change
}
