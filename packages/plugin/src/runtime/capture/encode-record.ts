import { createRedactor, encode, encodeInput as encodeRawInput, scenarioIdFromEncoded } from '@shadowtest/core'
import type { Dependency, Encoded, EncodeOptions, Outcome, RedactionOptions, Redactor, ScenarioInput } from '@shadowtest/core'
import type { RawOutcome } from '../context.js'
import type { PendingDependency } from './record-scope.js'

/**
 * Raw values → stored form: encode, then redact. Capture and replay both go through these
 * functions with the same redactor and limits, so a replayed outcome compares with the
 * recorded one byte for byte when behaviour did not change.
 */

/** Merges the config's redaction with a call site's: lists concatenate, scalars of the call site win. */
export function mergeRedaction(base: RedactionOptions | undefined, extra: RedactionOptions | undefined): RedactionOptions | undefined {
  if (extra === undefined) return base
  if (base === undefined) return extra
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(extra)) {
    const prior = merged[key]
    if (Array.isArray(prior) && Array.isArray(value)) merged[key] = [...prior, ...value]
    else if (isPlainObject(prior) && isPlainObject(value)) merged[key] = { ...prior, ...value }
    else merged[key] = value
  }
  return merged as RedactionOptions
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp)
}

export function redactorFor(base: RedactionOptions | undefined, extra: RedactionOptions | undefined): Redactor {
  return createRedactor(mergeRedaction(base, extra))
}

export function encodeInput(args: readonly unknown[], thisArg: unknown, hasThis: boolean, redactor: Redactor, limits?: EncodeOptions): ScenarioInput {
  const input = encodeRawInput(args, hasThis ? thisArg : undefined, limits)
  return redactor.redact(input as unknown as Encoded) as unknown as ScenarioInput
}

export function encodeOutcome(raw: RawOutcome, redactor: Redactor, limits?: EncodeOptions): Outcome {
  const outcome: Outcome = raw.kind === 'return' ? { kind: 'return', value: encode(raw.value, limits) } : { kind: 'throw', error: encode(raw.error, limits) }
  return redactor.redact(outcome as unknown as Encoded) as unknown as Outcome
}

/** Encodes a body-like value, leaving undefined out (the field is optional in the stored form). */
function encodeOptional(value: unknown, limits: EncodeOptions | undefined): { body?: Encoded } {
  return value === undefined ? {} : { body: encode(value, limits) }
}

export function encodeDependency(dep: PendingDependency, redactor: Redactor, limits?: EncodeOptions): Dependency {
  if (dep.kind === 'call') {
    const own = dep.redactor ?? redactor
    const hasThis = Object.prototype.hasOwnProperty.call(dep.input, 'this')
    const input = encodeInput(dep.input.args, dep.input.this, hasThis, own, limits)
    return {
      kind: 'call',
      functionId: dep.functionId,
      scenarioId: scenarioIdFromEncoded(dep.functionId, input),
      input,
      outcome: encodeOutcome(dep.outcome, own, limits),
      order: dep.order,
    }
  }
  const request = redactor.redact({ ...dep.request, ...encodeOptional(dep.request.body, limits) } as unknown as Encoded)
  const response = redactor.redact({ ...dep.response, ...encodeOptional(dep.response.body, limits) } as unknown as Encoded)
  return { kind: 'http', order: dep.order, request, response } as unknown as Dependency
}
