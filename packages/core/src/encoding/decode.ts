import { isShadowtestError, ShadowtestError } from '../errors.js'
import { BUILTIN_HANDLERS } from './handlers/index.js'
import { formatPath, parsePath } from './json-path.js'
import { Placeholder, TRUNCATED } from './placeholder.js'
import {
  TAG,
  type DecodeContext,
  type DecodeOptions,
  type Encoded,
  type EncodedObject,
  type PathSegment,
  type RestorableClass,
  type Tagged,
  type ValueHandler,
} from './types.js'

/** Tags that only ever decode to a placeholder. */
const PLACEHOLDER_TAGS = new Set(['truncated', 'unreadable', 'hole'])

const builtinByTag = new Map<string, ValueHandler<unknown>>(BUILTIN_HANDLERS.map((h) => [h.name, h]))

/**
 * Rebuilds the value `encode` produced. Circular and shared references come back as the same
 * object; functions, truncated and unreadable values come back as `Placeholder`s.
 * Throws `ENCODING:UNKNOWN_TAG` (with the JSON path) for a tag no handler knows.
 */
export function decode(encoded: Encoded, options: DecodeOptions = {}): unknown {
  return new Decoder(encoded, options).decode(encoded)
}

/** Past this many containers the plain-JSON decode gives up (its shared-node check is a linear scan). */
const PLAIN_CONTAINERS = 64

/**
 * `decode(encoded)` for untagged JSON (no `$st` key anywhere, no `__proto__` key, no node reached
 * twice): a structural copy, without the decoder's memo map and path. Returns undefined when the
 * value needs the full decoder; options do not matter here (handlers and classes only apply to tags).
 */
export function decodeJson(encoded: Encoded): unknown {
  const seen: object[] = []
  try {
    const out = plain(encoded, seen)
    return out === FULL ? undefined : out
  } catch {
    return undefined
  }
}

const FULL = Symbol('full decoder')

function plain(node: Encoded, seen: object[]): unknown {
  if (node === null || typeof node !== 'object') return node
  // A node reached twice decodes to one shared object in `decode`: leave that to it.
  if (seen.length >= PLAIN_CONTAINERS || seen.includes(node)) return FULL
  seen.push(node)
  if (Array.isArray(node)) {
    const out: unknown[] = new Array(node.length)
    for (let i = 0; i < node.length; i++) {
      const item = plain(node[i] as Encoded, seen)
      if (item === FULL) return FULL
      out[i] = item
    }
    return out
  }
  if (node[TAG] !== undefined) return FULL
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(node)) {
    if (key === '__proto__') return FULL
    const value = plain(node[key] as Encoded, seen)
    if (value === FULL) return FULL
    out[key] = value
  }
  return out
}

class Decoder implements DecodeContext {
  private readonly memo = new Map<object, unknown>()
  private readonly handlers: Map<string, ValueHandler<unknown>>
  private current: object | undefined
  /** Where decoding is, for error messages (tag fields are not tracked: a path ends at the tag). */
  private readonly path: PathSegment[] = []

  constructor(
    private readonly root: Encoded,
    readonly options: DecodeOptions,
  ) {
    const extra = options.handlers as readonly ValueHandler<unknown>[] | undefined
    this.handlers = extra?.length ? new Map([...builtinByTag, ...extra.map((h) => [h.name, h] as const)]) : builtinByTag
  }

  classFor(name: string): RestorableClass | undefined {
    const classes = this.options.classes
    if (classes === undefined) return undefined
    if (classes instanceof Map) return classes.get(name)
    return Object.hasOwn(classes, name) ? (classes as Record<string, RestorableClass>)[name] : undefined
  }

  created<T>(value: T): T {
    if (this.current !== undefined) this.memo.set(this.current, value)
    return value
  }

  decode(node: Encoded): unknown {
    if (node === null || typeof node !== 'object') return node
    if (this.memo.has(node)) return this.memo.get(node)
    if (Array.isArray(node)) return this.array(node)
    const tag = node[TAG]
    if (typeof tag !== 'string') return this.object(node, node)
    return this.tagged(node as Tagged, tag)
  }

  private array(node: Encoded[]): unknown[] {
    const out: unknown[] = new Array(node.length)
    this.memo.set(node, out)
    for (let i = 0; i < node.length; i++) {
      const item = node[i] as Encoded
      // A hole stays a hole: nothing is assigned at that index.
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && item[TAG] === 'hole') continue
      this.path.push(i)
      out[i] = this.decode(item)
      this.path.pop()
    }
    return out
  }

  private object(node: EncodedObject, fields: EncodedObject): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    this.memo.set(node, out)
    // Straight into the fresh object: an assignment makes the same own enumerable, writable,
    // configurable property that `assignData` defines, except for `__proto__` (a setter).
    for (const key of Object.keys(fields)) {
      this.path.push(key)
      const value = this.decode(fields[key] as Encoded)
      this.path.pop()
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
      else out[key] = value
    }
    return out
  }

  private tagged(node: Tagged, tag: string): unknown {
    switch (tag) {
      case 'ref':
        return this.ref(node)
      case 'object': {
        const value = node['value']
        const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
        const out = this.object(node, fields)
        const info = node['truncated']
        if (info !== null && typeof info === 'object' && !Array.isArray(info)) {
          Object.defineProperty(out, TRUNCATED, { value: new Placeholder({ $st: 'truncated', ...info }), enumerable: true })
        }
        return out
      }
    }
    if (PLACEHOLDER_TAGS.has(tag)) return new Placeholder(node)
    const handler = this.handlers.get(tag)
    if (handler === undefined) {
      const path = formatPath(this.path)
      throw new ShadowtestError(
        'ENCODING:UNKNOWN_TAG',
        `Unknown value tag "${tag}" at ${path}: this value was written by a newer Shadowtest or with a custom handler (pass it in DecodeOptions.handlers), or it was edited by hand.`,
        { path, details: { tag } },
      )
    }
    const outer = this.current
    this.current = node
    try {
      const value = handler.decode(node, this)
      if (!this.memo.has(node)) this.memo.set(node, value)
      return value
    } catch (error) {
      if (isShadowtestError(error)) throw error
      const path = formatPath(this.path)
      throw new ShadowtestError('ENCODING:DECODE_FAILED', `Cannot decode the "${tag}" value at ${path}: ${(error as Error)?.message ?? String(error)}. The stored value is malformed (edited by hand?).`, {
        path,
        cause: error,
        details: { tag },
      })
    } finally {
      this.current = outer
    }
  }

  private ref(node: Tagged): unknown {
    const path = node['path']
    const segments = typeof path === 'string' ? parsePath(path) : undefined
    let target: Encoded | undefined = this.root
    for (const segment of segments ?? []) {
      if (target === null || typeof target !== 'object') {
        target = undefined
        break
      }
      target = (target as Record<string | number, Encoded>)[segment]
    }
    if (segments === undefined || target === undefined) return new Placeholder({ $st: 'unreadable', error: `unresolved reference ${String(path)}` })
    return this.decode(target)
  }
}
