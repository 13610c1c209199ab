/**
 * The hot path's only real work: a copy of a value that the host's later mutations cannot
 * reach, taken as cheaply as possible. Encoding, redaction and hashing happen later, off the
 * calling thread, on this copy.
 *
 * Plain data (primitives, arrays, plain objects, Date, Map, Set, typed arrays) is copied
 * structurally; class instances and errors keep their prototype with their own data copied, so
 * the encoder still sees their class name. Functions and symbols are immutable enough to keep by
 * reference. Copying stops at `maxDepth` and after `maxNodes` containers: what is cut is the
 * encoder's `truncated` placeholder.
 */

import { types } from 'node:util'
import { Placeholder } from '@shadowtest/core'

const isBoxedPrimitive = types.isBoxedPrimitive

/** Replaces a part of a value the copy did not take; encodes to the encoder's own truncated tag. */
function cut(reason: 'depth' | 'size'): Placeholder {
  return new Placeholder({ $st: 'truncated', reason })
}

export interface SafeCopyLimits {
  maxDepth: number
  maxNodes: number
}

// Depth matches the encoder's default (capture.encoding.maxDepth), so the copy never cuts what encoding would keep.
export const DEFAULT_COPY_LIMITS: SafeCopyLimits = { maxDepth: 100, maxNodes: 100_000 }

const objectProto = Object.prototype
const arrayIsArray = Array.isArray

/**
 * Whether the last `safeCopy` saw plain JSON only (objects, arrays, strings, finite numbers
 * other than -0, booleans, null; no shared references): then `JSON.stringify` of the copy is
 * an exact key for it, which the pipeline uses to skip duplicates cheaply. A module variable
 * rather than a returned pair, so the hot path allocates nothing for it.
 */
export let lastCopyWasJson = true

function jsonPrimitive(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
    case 'object':
      return value === null
    default:
      return false
  }
}

/** Copies `value` so that mutating the original afterwards cannot change the copy. Never throws. */
export function safeCopy(value: unknown, limits: SafeCopyLimits = DEFAULT_COPY_LIMITS): unknown {
  // Primitives are the common case for arguments: no allocation at all.
  if (typeof value !== 'object' || value === null) {
    lastCopyWasJson = jsonPrimitive(value)
    return value
  }
  // One scratch state reused across copies (the hot path allocates nothing for bookkeeping);
  // a getter that re-enters capture while a copy runs gets a fresh one.
  const reuse = !scratchBusy
  const state: CopyState = reuse ? scratch : { originals: [], copies: [], seen: undefined, nodes: 0, limits, json: true }
  if (reuse) {
    scratchBusy = true
    state.limits = limits
  }
  try {
    const out = copy(value, 0, state)
    lastCopyWasJson = state.json
    return out
  } finally {
    if (reuse) {
      // Drop the references so the scratch state never keeps the host's objects alive.
      scratch.originals.length = 0
      scratch.copies.length = 0
      scratch.seen = undefined
      scratch.nodes = 0
      scratch.json = true
      scratchBusy = false
    }
  }
}

let scratchBusy = false
const scratch: CopyState = { originals: [], copies: [], seen: undefined, nodes: 0, limits: DEFAULT_COPY_LIMITS, json: true }

interface CopyState {
  json: boolean
  // Objects already copied (cycles and shared references keep their shape). Small values use two
  // arrays and a linear scan, cheaper than a Map for the handful of objects a typical argument
  // has; past SMALL_SEEN objects they move into a Map.
  originals: object[]
  copies: unknown[]
  seen: Map<object, unknown> | undefined
  nodes: number
  limits: SafeCopyLimits
}

function copy(value: unknown, depth: number, state: CopyState): unknown {
  if (typeof value !== 'object' || value === null) {
    if (state.json && !jsonPrimitive(value)) state.json = false
    return value
  }
  if (depth >= state.limits.maxDepth || ++state.nodes > state.limits.maxNodes) {
    state.json = false
    return cut(depth >= state.limits.maxDepth ? 'depth' : 'size')
  }
  const prior = lookup(state, value)
  if (prior !== undefined) {
    state.json = false
    return prior
  }

  if (arrayIsArray(value)) {
    const out: unknown[] = new Array(value.length)
    remember(state, value, out)
    for (let i = 0; i < value.length; i++) {
      // Holes stay holes: the encoder tells a hole from an undefined element.
      if (i in value) out[i] = copy(value[i], depth + 1, state)
      else state.json = false
    }
    return out
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== objectProto) state.json = false
  if (proto === objectProto || proto === null) {
    const out: Record<string, unknown> = proto === null ? Object.create(null) : {}
    remember(state, value, out)
    copyOwnEnumerable(value as Record<string, unknown>, out, depth, state)
    return out
  }
  if (value instanceof Date) {
    const out = new Date(value.getTime())
    remember(state, value, out)
    return out
  }
  if (value instanceof Map) {
    const out = new Map()
    remember(state, value, out)
    for (const [k, v] of value) out.set(copy(k, depth + 1, state), copy(v, depth + 1, state))
    return out
  }
  if (value instanceof Set) {
    const out = new Set()
    remember(state, value, out)
    for (const v of value) out.add(copy(v, depth + 1, state))
    return out
  }
  if (ArrayBuffer.isView(value)) {
    // Buffer.prototype.slice shares memory; a typed-array copy through the constructor does not.
    const ctor = value.constructor as new (v: ArrayBufferView) => ArrayBufferView
    const out = Buffer.isBuffer(value) ? Buffer.from(value) : value instanceof DataView ? new DataView(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)) : new ctor(value)
    remember(state, value, out)
    return out
  }
  if (value instanceof ArrayBuffer) {
    const out = value.slice(0)
    remember(state, value, out)
    return out
  }
  // Immutable or unreadable built-ins are kept as they are; those with a mutable internal slot
  // are rebuilt through their constructor (a prototype-only copy would lose the slot).
  if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet || value instanceof WeakRef || isBoxedPrimitive(value)) return value
  if (value instanceof URL) {
    const out = new URL(value.href)
    remember(state, value, out)
    return out
  }
  if (value instanceof RegExp) {
    const out = new RegExp(value.source, value.flags)
    out.lastIndex = value.lastIndex
    remember(state, value, out)
    return out
  }
  // Class instances and errors: same prototype, own data copied (errors' message/stack/cause are
  // own but not enumerable, so take every own name there).
  const out = Object.create(proto as object) as Record<string, unknown>
  remember(state, value, out)
  if (value instanceof Error) {
    for (const key of Object.getOwnPropertyNames(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key)
      if (d === undefined || !('value' in d)) continue
      Object.defineProperty(out, key, { value: copy(d.value, depth + 1, state), enumerable: d.enumerable ?? false, writable: true, configurable: true })
    }
  } else {
    copyOwnEnumerable(value as Record<string, unknown>, out, depth, state)
  }
  return out
}

const SMALL_SEEN = 16

function lookup(state: CopyState, value: object): unknown {
  if (state.seen !== undefined) return state.seen.get(value)
  const originals = state.originals
  for (let i = 0; i < originals.length; i++) if (originals[i] === value) return state.copies[i]
  return undefined
}

function remember(state: CopyState, value: object, copied: unknown): void {
  if (state.seen !== undefined) {
    state.seen.set(value, copied)
    return
  }
  state.originals.push(value)
  state.copies.push(copied)
  if (state.originals.length > SMALL_SEEN) {
    state.seen = new Map(state.originals.map((o, i) => [o, state.copies[i]]))
  }
}

function copyOwnEnumerable(from: Record<string, unknown>, to: Record<string, unknown>, depth: number, state: CopyState): void {
  for (const key in from) {
    if (!Object.prototype.hasOwnProperty.call(from, key)) continue
    let v: unknown
    try {
      v = from[key]
    } catch (error) {
      // A throwing getter must not break the host; keep what it threw, marked as such.
      v = new Placeholder({ $st: 'unreadable', error: error instanceof Error ? error.message : String(error) })
    }
    const c = copy(v, depth + 1, state)
    // Define rather than assign a "__proto__" key so it stays data, never a prototype switch.
    if (key === '__proto__') Object.defineProperty(to, key, { value: c, enumerable: true, writable: true, configurable: true })
    else to[key] = c
  }
}

