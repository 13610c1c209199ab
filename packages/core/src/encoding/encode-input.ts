import { decode, decodeJson } from './decode.js'
import { encode } from './encode.js'
import type { DecodeOptions, Encoded, EncodeOptions } from './types.js'

/** The stored shape of a scenario's input: encoded arguments and, for methods, the receiver. */
export interface EncodedInput {
  args: Encoded[]
  this?: Encoded
}

export interface DecodedInput {
  args: unknown[]
  this?: unknown
}

/**
 * Encodes call arguments (and `this`) as one value, so references between arguments are kept
 * and paths read `$.args[0].customer`.
 */
export function encodeInput(args: readonly unknown[], thisArg?: unknown, options?: EncodeOptions): EncodedInput {
  const encoded = encode(inputRoot(args, thisArg), options)
  if (encoded !== null && typeof encoded === 'object' && !Array.isArray(encoded) && Array.isArray(encoded['args'])) {
    const input: EncodedInput = { args: encoded['args'] }
    if (encoded['this'] !== undefined) input.this = encoded['this']
    return input
  }
  // Only reachable when the size budget is smaller than the input frame itself.
  return { args: [encoded] }
}

/** The one value an input is encoded as: `{ args, this? }` (`this` left out when undefined). */
export function inputRoot(args: readonly unknown[], thisArg: unknown): { args: readonly unknown[]; this?: unknown } {
  const root: { args: readonly unknown[]; this?: unknown } = { args: Array.isArray(args) ? args : Array.from(args) }
  if (thisArg !== undefined) root.this = thisArg
  return root
}

/** Rebuilds `{ args, this? }` from a stored input. */
export function decodeInput(input: EncodedInput, options?: DecodeOptions): DecodedInput {
  // Arguments that are all primitives (most of a gate's scenarios) need no walk: a new array.
  if (input.this === undefined) {
    const args = primitiveCopy(input.args)
    if (args !== undefined) return { args }
  }
  const root: Record<string, Encoded> = { args: input.args }
  if (input.this !== undefined) root['this'] = input.this
  // Most inputs are untagged JSON: copied without the full decoder when they are.
  const decoded = (decodeJson(root) ?? decode(root, options)) as DecodedInput
  const out: DecodedInput = { args: decoded.args }
  if ('this' in decoded) out.this = decoded.this
  return out
}

/** A copy of `args` when every element is a primitive (what `decodeJson` gives for it), else undefined. */
function primitiveCopy(args: readonly Encoded[]): unknown[] | undefined {
  if (!Array.isArray(args)) return undefined
  const length = args.length
  const out: unknown[] = new Array(length)
  for (let i = 0; i < length; i++) {
    const item = args[i]
    if (item !== null && typeof item === 'object') return undefined
    out[i] = item
  }
  return out
}
