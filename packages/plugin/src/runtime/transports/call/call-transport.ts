import { decode } from '@shadowtest/core'
import type { Redactor } from '@shadowtest/core'
import type { ReplayScope } from '../../context.js'

/**
 * The nested-call transport in replay: a captured function called inside a scenario being
 * replayed does not run; it returns (or throws) what it returned when the scenario was
 * recorded, matched by function id, input and call order. (Recording nested calls is part of
 * the capture wrapper: see capture/call-paths.ts.)
 *
 * An async function answers with a promise, a sync one synchronously. A non-async function
 * that returned a promise at record time is replayed as async only when declared `async`
 * (the stored outcome is the settled value): see docs/instrumenting.md.
 */
export interface ServedFunction {
  readonly functionId: string
  readonly redactor: Redactor | undefined
  readonly recordsThis: boolean
  readonly isAsync: boolean
}

export function serveRecordedCall(fn: ServedFunction, scope: ReplayScope, thisArg: unknown, args: ArrayLike<unknown>): unknown {
  let settled: { ok: true; value: unknown } | { ok: false; error: unknown }
  try {
    const input = fn.recordsThis ? { args: Array.from(args), this: thisArg } : { args: Array.from(args) }
    const request = fn.redactor === undefined ? { functionId: fn.functionId, input } : { functionId: fn.functionId, input, redactor: fn.redactor }
    const dependency = scope.takeDependency('call', request)
    const outcome = dependency.outcome
    settled = outcome.kind === 'return' ? { ok: true, value: decode(outcome.value) } : { ok: false, error: decode(outcome.error) }
  } catch (error) {
    // Unrecorded call (already registered on the scope) or an undecodable recording.
    settled = { ok: false, error }
  }
  if (fn.isAsync) return settled.ok ? Promise.resolve(settled.value) : Promise.reject(settled.error)
  if (settled.ok) return settled.value
  throw settled.error
}
