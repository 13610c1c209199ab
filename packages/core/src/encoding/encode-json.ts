import { DEFAULT_ENCODE_LIMITS, TAG, type Encoded, type EncodedObject, type EncodeOptions, type InlineRedaction } from './types.js'

/** Returned (thrown through the walk) when the value needs the full encoder. */
const FULL = Symbol('full encoder')

interface JsonWalk {
  readonly maxDepth: number
  readonly maxArrayLength: number
  readonly maxStringLength: number
  readonly maxBytes: number
  readonly inline: InlineRedaction | undefined
  bytes: number
  depth: number
}

/** The walk state for `options`, or undefined when the redactor cannot work inline (only the full encoder can). */
function jsonWalk(options: EncodeOptions | undefined): JsonWalk | undefined {
  const redactor = options?.redactor
  let inline: InlineRedaction | undefined
  if (redactor !== undefined && redactor.enabled) {
    inline = redactor.inline?.()
    if (inline === undefined) return undefined
  }
  return {
    maxDepth: options?.maxDepth ?? DEFAULT_ENCODE_LIMITS.maxDepth,
    maxArrayLength: options?.maxArrayLength ?? DEFAULT_ENCODE_LIMITS.maxArrayLength,
    maxStringLength: options?.maxStringLength ?? DEFAULT_ENCODE_LIMITS.maxStringLength,
    maxBytes: options?.maxBytes ?? DEFAULT_ENCODE_LIMITS.maxBytes,
    inline,
    bytes: 0,
    depth: 0,
  }
}

/**
 * `encode(value, options)` for plain JSON data, without the encoder's bookkeeping (reference
 * map, path frames, handler lookup): returns exactly what `encode` returns, or undefined when the
 * value needs the full encoder (anything but strings, finite numbers other than -0, booleans,
 * null, arrays without holes and plain objects; a limit reached; a `$st` or `__proto__` key; a
 * redaction that masks or keeps a whole subtree; a redactor that cannot work inline).
 *
 * The caller guarantees what this walk does not check: no object is reached twice (shared or
 * circular references become `ref` tags in `encode`) and no property is an accessor (the walk
 * may read a property, give up, and let `encode` read it again). `safeCopy`'s output with
 * `lastCopyWasJson` set is such a value. Internal to Shadowtest (replay's hot path).
 */
export function encodeJson(value: unknown, options?: EncodeOptions): Encoded | undefined {
  const walk = jsonWalk(options)
  if (walk === undefined) return undefined
  try {
    const encoded = node(walk, value)
    return encoded === FULL ? undefined : encoded
  } catch {
    // A stack overflow on a very deep value: the full encoder has its own guards.
    return undefined
  }
}

// The byte accounting and limit checks mirror Encoder (encode.ts) step by step: wherever the
// encoder would cut (and emit a `truncated` tag), this walk gives up instead.
function node(w: JsonWalk, value: unknown): Encoded | typeof FULL {
  switch (typeof value) {
    case 'string':
      if (w.bytes > w.maxBytes || value.length > w.maxStringLength) return FULL
      w.bytes += value.length + 2
      return w.inline === undefined ? value : w.inline.string(value)
    case 'number':
      w.bytes += 8
      if (value !== value || value === Infinity || value === -Infinity || (value === 0 && 1 / value < 0)) return FULL
      return value >= 1e12 && w.inline !== undefined ? w.inline.number(value) : value
    case 'boolean':
      w.bytes += 5
      return value
    case 'object':
      if (value === null) {
        w.bytes += 4
        return null
      }
      if (w.bytes > w.maxBytes || w.depth >= w.maxDepth) return FULL
      if (Array.isArray(value)) return array(w, value)
      if (Object.getPrototypeOf(value) !== Object.prototype) return FULL
      return object(w, value as Record<string, unknown>)
    default:
      return FULL
  }
}

function array(w: JsonWalk, value: readonly unknown[]): Encoded[] | typeof FULL {
  const length = value.length
  if (length > w.maxArrayLength) return FULL
  const out: Encoded[] = new Array(length)
  w.bytes += 2
  w.depth++
  for (let i = 0; i < length; i++) {
    if (w.bytes > w.maxBytes || !(i in value)) return FULL
    const encoded = node(w, value[i])
    if (encoded === FULL) return FULL
    out[i] = encoded
  }
  w.depth--
  return out
}

function object(w: JsonWalk, value: Record<string, unknown>): EncodedObject | typeof FULL {
  const keys = Object.keys(value)
  if (keys.length > w.maxArrayLength || Object.hasOwn(value, TAG)) return FULL
  const out: EncodedObject = {}
  w.bytes += 2
  w.depth++
  for (let i = 0; i < keys.length; i++) {
    if (w.bytes > w.maxBytes) return FULL
    const key = keys[i] as string
    if (key === '__proto__' || (w.inline !== undefined && w.inline.key(key) !== 0)) return FULL
    w.bytes += key.length + 3
    const encoded = node(w, value[key])
    if (encoded === FULL) return FULL
    out[key] = encoded
  }
  w.depth--
  return out
}

/**
 * True when `encodeJson(value, options)` would give a value equal to `value` itself, key order
 * included: plain JSON within the limits that redaction leaves as it is. A caller that owns
 * `value` (a fresh copy nobody else holds, such as `safeCopy`'s) can then take it as its own
 * encoding, without building a second tree. Same contract as `encodeJson` (no object reached
 * twice, no accessors); false whenever `encodeJson` would give up or change anything.
 * Internal to Shadowtest (replay's hot path).
 */
export function encodesToItself(value: unknown, options?: EncodeOptions): boolean {
  const walk = jsonWalk(options)
  if (walk === undefined) return false
  try {
    return same(walk, value)
  } catch {
    return false
  }
}

// `node`, `array` and `object` above, step for step, answering whether each output equals its input.
function same(w: JsonWalk, value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      if (w.bytes > w.maxBytes || value.length > w.maxStringLength) return false
      w.bytes += value.length + 2
      return w.inline === undefined || w.inline.string(value) === value
    case 'number':
      w.bytes += 8
      if (value !== value || value === Infinity || value === -Infinity || (value === 0 && 1 / value < 0)) return false
      return value < 1e12 || w.inline === undefined || w.inline.number(value) === value
    case 'boolean':
      w.bytes += 5
      return true
    case 'object': {
      if (value === null) {
        w.bytes += 4
        return true
      }
      if (w.bytes > w.maxBytes || w.depth >= w.maxDepth) return false
      if (Array.isArray(value)) {
        const length = value.length
        if (length > w.maxArrayLength) return false
        w.bytes += 2
        w.depth++
        for (let i = 0; i < length; i++) {
          if (w.bytes > w.maxBytes || !(i in value) || !same(w, value[i])) return false
        }
        w.depth--
        return true
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false
      const keys = Object.keys(value)
      if (keys.length > w.maxArrayLength || Object.hasOwn(value, TAG)) return false
      w.bytes += 2
      w.depth++
      for (let i = 0; i < keys.length; i++) {
        if (w.bytes > w.maxBytes) return false
        const key = keys[i] as string
        if (key === '__proto__' || (w.inline !== undefined && w.inline.key(key) !== 0)) return false
        w.bytes += key.length + 3
        if (!same(w, (value as Record<string, unknown>)[key])) return false
      }
      w.depth--
      return true
    }
    default:
      return false
  }
}
