import { formatPath } from './json-path.js'
import { BUILTIN_HANDLERS } from './handlers/index.js'
import { Placeholder } from './placeholder.js'
import {
  DEFAULT_ENCODE_LIMITS,
  TAG,
  type Encoded,
  type EncodedObject,
  type EncodeContext,
  type EncodeOptions,
  type EncodeRedactor,
  type InlineRedaction,
  type PathSegment,
  type ResolvedEncodeOptions,
  type Tagged,
  type ValueHandler,
} from './types.js'

/** Where a container sits: its parent's frame plus the segments from the parent's node to it. */
interface Frame {
  readonly parent: Frame | undefined
  readonly segment: PathSegment | readonly PathSegment[]
}

const ROOT_SEGMENTS: readonly PathSegment[] = []

/**
 * Encodes any JS value into tagged JSON. Never throws: a value that cannot be read becomes
 * `{ "$st": "unreadable" }`, a value past a limit becomes `{ "$st": "truncated" }`.
 *
 * @example encode(new Map([['a', 1n]])) // { "$st": "map", "entries": [["a", { "$st": "bigint", "value": "1" }]] }
 */
export function encode(value: unknown, options?: EncodeOptions): Encoded {
  try {
    return new Encoder(options).root(value)
  } catch (error) {
    // Last resort (e.g. a stack overflow that escaped every inner guard).
    return unreadable(error)
  }
}

/**
 * Encodes with object keys (and tag fields) in canonical order, so that `JSON.stringify` of the
 * result is already the canonical form. Returns undefined when the value holds something whose
 * canonical form needs the full canonicalize pass (references, Maps, Sets, cut values, custom
 * handlers): the caller then takes the ordinary path. Internal to core (scenario ids).
 */
export function encodeCanonical(value: unknown, options?: EncodeOptions): Encoded | undefined {
  try {
    const encoder = new Encoder(options, true)
    const encoded = encoder.root(value)
    return encoder.needsCanonicalPass ? undefined : encoded
  } catch {
    return undefined
  }
}

const BUILTIN_SET = new Set<ValueHandler<unknown>>(BUILTIN_HANDLERS)

export function resolveEncodeOptions(options: EncodeOptions | undefined): ResolvedEncodeOptions {
  return {
    maxDepth: options?.maxDepth ?? DEFAULT_ENCODE_LIMITS.maxDepth,
    maxArrayLength: options?.maxArrayLength ?? DEFAULT_ENCODE_LIMITS.maxArrayLength,
    maxStringLength: options?.maxStringLength ?? DEFAULT_ENCODE_LIMITS.maxStringLength,
    maxBytes: options?.maxBytes ?? DEFAULT_ENCODE_LIMITS.maxBytes,
    errorStack: options?.errorStack ?? false,
  }
}

export function unreadable(error: unknown, handler?: string): Tagged {
  const tagged: Tagged = { [TAG]: 'unreadable', error: describeError(error) }
  if (handler !== undefined) tagged['handler'] = handler
  return tagged
}

function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500)
    return String(error).slice(0, 500)
  } catch {
    return 'unknown error'
  }
}

class Encoder implements EncodeContext {
  readonly options: ResolvedEncodeOptions
  private readonly handlers: readonly ValueHandler<unknown>[]
  private readonly seen = new Map<object, Frame>()
  private frame: Frame | undefined
  private depth = 0
  private bytes = 0
  /** Redaction done node by node during the walk; suspended inside subtrees that are redacted as a whole. */
  private inline: InlineRedaction | undefined
  /** A redactor that cannot work inline: applied to the finished value. */
  private readonly post: EncodeRedactor | undefined

  /** Set in canonical mode when the result still needs canonicalize (see encodeCanonical). */
  needsCanonicalPass = false

  constructor(
    options: EncodeOptions | undefined,
    private readonly canonical = false,
  ) {
    this.options = resolveEncodeOptions(options)
    const redactor = options?.redactor
    if (redactor !== undefined && redactor.enabled) {
      this.inline = redactor.inline?.()
      if (this.inline === undefined) this.post = redactor
    }
    const extra = options?.handlers as readonly ValueHandler<unknown>[] | undefined
    this.handlers = extra?.length ? [...extra, ...BUILTIN_HANDLERS] : BUILTIN_HANDLERS
  }

  root(value: unknown): Encoded {
    const encoded = this.value(value, ROOT_SEGMENTS)
    return this.post ? this.post.redact(encoded) : encoded
  }

  encode(value: unknown, ...path: PathSegment[]): Encoded {
    this.depth++
    try {
      return this.value(value, path.length === 1 ? (path[0] as PathSegment) : path)
    } finally {
      this.depth--
    }
  }

  withinBudget(): boolean {
    return this.bytes <= this.options.maxBytes
  }

  spend(n: number): void {
    this.bytes += n
  }

  ownData(value: object, skip?: ReadonlySet<string>): Record<string, unknown> {
    const data: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      if (skip?.has(key)) continue
      let child: unknown
      try {
        child = (value as Record<string, unknown>)[key]
      } catch (error) {
        child = new Placeholder(unreadable(error))
      }
      if (key === '__proto__') Object.defineProperty(data, key, { value: child, enumerable: true, writable: true, configurable: true })
      else data[key] = child
    }
    return data
  }

  private value(value: unknown, segment: PathSegment | readonly PathSegment[]): Encoded {
    switch (typeof value) {
      case 'string':
        return this.string(value)
      case 'number':
        this.bytes += 8
        // Finite and not -0: plain JSON.
        if (value === value && value !== Infinity && value !== -Infinity && (value !== 0 || 1 / value > 0)) {
          return value >= 1e12 && this.inline !== undefined ? this.inline.number(value) : value
        }
        return this.handledWhole(value)
      case 'boolean':
        this.bytes += 5
        return value
      case 'object':
        if (value === null) {
          this.bytes += 4
          return null
        }
        return this.object(value, segment)
      default:
        return this.handledWhole(value)
    }
  }

  private string(value: string): Encoded {
    if (this.bytes > this.options.maxBytes) return this.cut({ [TAG]: 'truncated', reason: 'bytes', type: 'string', length: value.length })
    if (value.length > this.options.maxStringLength) {
      this.needsCanonicalPass = true
      this.bytes += this.options.maxStringLength + 2
      return this.withFreeText({
        [TAG]: 'truncated',
        reason: 'string',
        length: value.length,
        prefix: value.slice(0, this.options.maxStringLength),
      })
    }
    this.bytes += value.length + 2
    return this.inline === undefined ? value : this.inline.string(value)
  }

  /** A tag the walker made that holds free text (a prefix, an error message): redacted like the rest. */
  private withFreeText(tagged: Tagged): Encoded {
    return this.inline === undefined ? tagged : this.inline.redact(tagged)
  }

  private object(value: object, segment: PathSegment | readonly PathSegment[]): Encoded {
    const prior = this.seen.get(value)
    if (prior !== undefined) return this.cut({ [TAG]: 'ref', path: formatPath(pathOf(prior)) })
    if (this.bytes > this.options.maxBytes) return this.cut({ [TAG]: 'truncated', reason: 'bytes' })
    if (this.depth >= this.options.maxDepth) return this.cut({ [TAG]: 'truncated', reason: 'depth' })
    const frame: Frame = { parent: this.frame, segment }
    const outer = this.frame
    this.frame = frame
    try {
      if (Array.isArray(value)) {
        this.seen.set(value, frame)
        return this.array(value)
      }
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto === Object.prototype || proto === null) {
        this.seen.set(value, frame)
        return this.plainObject(value as Record<string, unknown>)
      }
      if (!(value instanceof Placeholder)) this.seen.set(value, frame)
      return this.handledWhole(value)
    } catch (error) {
      return this.withFreeText(unreadable(error))
    } finally {
      this.frame = outer
    }
  }

  private array(value: readonly unknown[]): Encoded {
    const length = value.length
    const limit = Math.min(length, this.options.maxArrayLength)
    const out: Encoded[] = new Array(limit)
    this.bytes += 2
    this.depth++
    try {
      let i = 0
      for (; i < limit; i++) {
        if (this.bytes > this.options.maxBytes) break
        if (!(i in value)) {
          out[i] = { [TAG]: 'hole' }
          continue
        }
        let child: unknown
        try {
          child = value[i]
        } catch (error) {
          out[i] = this.withFreeText(unreadable(error))
          continue
        }
        out[i] = this.value(child, i)
      }
      if (i < length) {
        out.length = i
        out.push(this.cut({ [TAG]: 'truncated', reason: i < limit ? 'bytes' : 'length', omitted: length - i }))
      }
      return out
    } finally {
      this.depth--
    }
  }

  private plainObject(value: Record<string, unknown>): Encoded {
    const keys = Object.keys(value)
    if (this.canonical) keys.sort()
    const escaped = Object.hasOwn(value, TAG)
    const out: EncodedObject = {}
    const limit = Math.min(keys.length, this.options.maxArrayLength)
    if (escaped) this.frame = { parent: this.frame, segment: 'value' }
    this.bytes += 2
    this.depth++
    let i = 0
    try {
      for (; i < limit; i++) {
        if (this.bytes > this.options.maxBytes) break
        const key = keys[i] as string
        this.bytes += key.length + 3
        let child: unknown
        try {
          child = value[key]
        } catch (error) {
          setOwn(out, key, this.withFreeText(unreadable(error)))
          continue
        }
        const encoded = this.inline === undefined ? this.value(child, key) : this.redactedChild(child, key)
        if (key === '__proto__') setOwn(out, key, encoded)
        else out[key] = encoded
      }
    } finally {
      this.depth--
    }
    if (!escaped && i === keys.length) return out
    const tagged: Tagged = { [TAG]: 'object', value: out }
    if (i < keys.length) this.needsCanonicalPass = true
    if (i < keys.length) tagged['truncated'] = { reason: i < limit ? 'bytes' : 'length', omitted: keys.length - i }
    return tagged
  }

  /** The value under an object key while redacting inline: sensitive keys mask the whole (unredacted) value, allowed keys keep it clear. */
  private redactedChild(child: unknown, key: string): Encoded {
    const inline = this.inline as InlineRedaction
    const action = inline.key(key)
    if (action === 0) return this.value(child, key)
    this.inline = undefined
    try {
      const raw = this.value(child, key)
      return action === 1 ? inline.maskWhole(raw) : raw
    } finally {
      this.inline = inline
    }
  }

  /**
   * A handler's tag is redacted as one subtree after it is built (what `redact(encode(v))`
   * would do to it), so Map keys, error messages and instance data follow the same rules.
   */
  private handledWhole(value: unknown): Encoded {
    const inline = this.inline
    if (inline === undefined) return this.handled(value)
    this.inline = undefined
    let tagged: Encoded
    try {
      tagged = this.handled(value)
    } finally {
      this.inline = inline
    }
    return inline.redact(tagged)
  }

  /** Values whose encoding depends on walk order or needs sorting by content: in canonical mode, left to canonicalize. */
  private cut(tagged: Tagged): Tagged {
    this.needsCanonicalPass = true
    return tagged
  }

  /** A handler's tag with its fields in canonical order (its nested values were encoded in order already). */
  private canonicalTag(handler: ValueHandler<unknown>, tagged: Tagged): Tagged {
    const tag = tagged[TAG]
    if (!BUILTIN_SET.has(handler) || tag === 'map' || tag === 'set' || tag === 'truncated') {
      this.needsCanonicalPass = true
      return tagged
    }
    const keys = Object.keys(tagged)
    if (keys.length <= 2 && keys[0] === TAG) return tagged
    const sorted: Tagged = { [TAG]: tag }
    for (const key of keys.sort()) sorted[key] = tagged[key] as Encoded
    return sorted
  }

  private handled(value: unknown): Encoded {
    for (const handler of this.handlers) {
      let matched = false
      try {
        matched = handler.test(value)
        if (matched) return this.canonical ? this.canonicalTag(handler, handler.encode(value, this)) : handler.encode(value, this)
      } catch (error) {
        if (matched) return unreadable(error, handler.name)
        // A faulty test: try the next handler.
      }
    }
    return unreadable(new TypeError(`no handler for ${typeof value}`))
  }
}

function setOwn(target: EncodedObject, key: string, value: Encoded): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function pathOf(frame: Frame): PathSegment[] {
  const parts: (PathSegment | readonly PathSegment[])[] = []
  for (let f: Frame | undefined = frame; f !== undefined; f = f.parent) parts.push(f.segment)
  const segments: PathSegment[] = []
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as PathSegment | readonly PathSegment[]
    if (typeof part === 'object') segments.push(...part)
    else segments.push(part)
  }
  return segments
}
