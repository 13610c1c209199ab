import type { Encoded, Redactor } from '@shadowtest/core'
import { runInScope } from '../context.js'

/** A scenario label function: `capture(fn, { label: (order, customer) => \`quote(${order.id}, ${customer.id})\` })`. */
// `any` like capture()'s constraint (not `never`): the label gets the recorded call's arguments
// and receiver, whatever the function's own types are.
export type LabelFunction = (this: any, ...args: any[]) => string

/** Longer labels are cut: they are test names and list columns, not data. */
export const MAX_LABEL_LENGTH = 200

/** Leaves shorter than this are not searched for in a label: "1" or "EU" would mask half of it. */
const MIN_SECRET_LENGTH = 3

/**
 * The label of one recorded call, or undefined for the default label (the store's
 * `name(args…)` from the redacted input). Runs outside any scenario (a clock read in it is not
 * the scenario's) and never throws: a label function that throws, or returns no text, gets the
 * default label.
 *
 * The text goes through the function's redactor like every recorded value (emails, cards,
 * tokens… in it are masked), and any input value the redactor masked (by key, e.g. a `password`
 * field, or by pattern) is masked in the label too with the same mask, so a label never says
 * more than the stored input does.
 */
export function labelOf(
  label: LabelFunction,
  args: readonly unknown[],
  thisArg: unknown,
  encoded: { args: Encoded[]; this?: Encoded },
  redacted: { args: Encoded[]; this?: Encoded },
  redactor: Redactor,
  onFault: (error: unknown) => void,
): string | undefined {
  let text: unknown
  try {
    text = runInScope(undefined, () => Reflect.apply(label, thisArg, args))
  } catch (error) {
    onFault(error)
    return undefined
  }
  if (typeof text !== 'string') {
    onFault(new TypeError(`the label function returned ${text === null ? 'null' : typeof text}, not a string`))
    return undefined
  }
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return undefined
  let safe = redactor.redact(flat)
  if (typeof safe !== 'string') return undefined
  for (const [secret, mask] of maskedLeaves(encoded, redacted)) safe = safe.split(secret).join(mask)
  return safe.length > MAX_LABEL_LENGTH ? `${safe.slice(0, MAX_LABEL_LENGTH - 1)}…` : safe
}

/** Every scalar of the input that redaction replaced, longest first, with its mask. */
function maskedLeaves(before: unknown, after: unknown): Array<[string, string]> {
  const found = new Map<string, string>()
  const walk = (a: unknown, b: unknown, depth: number): void => {
    if (depth > 64) return
    if (a !== null && typeof a === 'object') {
      if (b === null || typeof b !== 'object') {
        // A whole object replaced by a mask: every scalar in it is secret.
        for (const leaf of scalars(a, 0)) found.set(leaf, typeof b === 'string' ? b : '<redacted>')
        return
      }
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)
      return
    }
    if (a === b || a === null || a === undefined || typeof a === 'boolean') return
    const secret = String(a)
    if (secret.length >= MIN_SECRET_LENGTH) found.set(secret, typeof b === 'string' ? b : '<redacted>')
  }
  walk(before, after, 0)
  return [...found].sort((x, y) => y[0].length - x[0].length)
}

function scalars(value: unknown, depth: number): string[] {
  if (depth > 64 || value === null || value === undefined || typeof value === 'boolean') return []
  if (typeof value !== 'object') {
    const text = String(value)
    return text.length >= MIN_SECRET_LENGTH ? [text] : []
  }
  return Object.values(value).flatMap((v) => scalars(v, depth + 1))
}
