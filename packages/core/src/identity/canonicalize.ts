import { parsePath } from '../encoding/json-path.js'
import type { Encoded, EncodedObject } from '../encoding/types.js'

/** References expanded per canonical form before the rest are written as paths (guards against DAG blow-up). */
const MAX_REF_EXPANSIONS = 10_000

/**
 * The canonical string of an encoded value: object keys in a fixed order (array-index keys
 * ascending, then the rest sorted by code unit), Map entries and Set members sorted by their own
 * canonical form, `-0` and `NaN` as their tags, and references made independent of key order
 * (a shared object is written out where it appears; a cycle becomes `{"$st":"ref","up":n}`,
 * n levels up). Equal inputs give equal strings on every machine.
 *
 * Built as a reordered copy serialized by the native JSON.stringify, which is several times
 * faster than concatenating the string in JS.
 */
export function canonicalize(encoded: Encoded): string {
  // A stored input (parsed from a baseline file written with sorted keys) usually is in
  // canonical form already: then its own JSON is the canonical string, without the copy.
  // The commonest, `{ args: [primitives] }`, is told by a flat check (the id check of a
  // baseline file runs it for every scenario, cold).
  if (primitiveArgs(encoded) || alreadyCanonical(encoded, 0)) return JSON.stringify(encoded)
  return canonicalizeByCopy(encoded)
}

/** The canonical string through the reordered copy, without the shortcuts (what they must equal). */
export function canonicalizeByCopy(encoded: Encoded): string {
  return JSON.stringify(new Canonicalizer(encoded).value(encoded))
}

/**
 * True for a plain object whose only enumerable key is `args`, an array of strings, booleans,
 * nulls and finite numbers other than -0: its own JSON is the canonical string.
 */
function primitiveArgs(node: unknown): boolean {
  if (typeof node !== 'object' || node === null || Object.getPrototypeOf(node) !== Object.prototype) return false
  const args = (node as { args?: unknown }).args
  if (!Array.isArray(args)) return false
  // Inherited enumerable keys count too (JSON.stringify skips them, but the check stays simple).
  let keys = 0
  for (const key in node) if (++keys > 1 || key !== 'args') return false
  for (let i = 0; i < args.length; i++) {
    const item: unknown = args[i]
    switch (typeof item) {
      case 'string':
      case 'boolean':
        break
      case 'number':
        if (item !== item || item === Infinity || item === -Infinity || (item === 0 && 1 / item < 0)) return false
        break
      case 'object':
        if (item !== null) return false
        break
      default:
        return false
    }
  }
  return true
}

/** Deeper than this (or cyclic), the copying path decides. */
const MAX_CHECKED_DEPTH = 64

/**
 * True when `JSON.stringify(node)` is exactly the canonical string: plain JSON only (no tag, no
 * -0, NaN or non-JSON value, plain objects and arrays), and each object's keys already in
 * canonical order. Keys starting with a digit send it to the copying path, which knows how
 * index-like keys order; so does anything unusual.
 */
function alreadyCanonical(node: unknown, depth: number): boolean {
  switch (typeof node) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(node) && !Object.is(node, -0)
    case 'object': {
      if (node === null) return true
      if (depth > MAX_CHECKED_DEPTH) return false
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) if (!alreadyCanonical(node[i], depth + 1)) return false
        return true
      }
      const proto = Object.getPrototypeOf(node) as unknown
      if (proto !== Object.prototype && proto !== null) return false
      let previous = ''
      for (const key of Object.keys(node)) {
        const first = key.charCodeAt(0)
        if (key === '$st' || (first >= 0x30 && first <= 0x39) || key <= previous) return false
        if (!alreadyCanonical((node as Record<string, unknown>)[key], depth + 1)) return false
        previous = key
      }
      return true
    }
    default:
      return false
  }
}

class Canonicalizer {
  private readonly stack: object[] = []
  private expansions = 0

  constructor(private readonly root: Encoded) {}

  value(node: Encoded): Encoded {
    switch (typeof node) {
      case 'string':
      case 'boolean':
        return node
      case 'number':
        return Number.isFinite(node) && !Object.is(node, -0) ? node : numberTag(node)
      case 'object':
        if (node === null) return null
        return this.container(node)
      default:
        // Not valid Encoded (a raw undefined inside a hand-built value): give it its tag.
        return { $st: 'undefined' }
    }
  }

  private container(node: Encoded[] | EncodedObject): Encoded {
    const seen = this.stack.lastIndexOf(node)
    if (seen >= 0) return { $st: 'ref', up: this.stack.length - seen }
    this.stack.push(node)
    try {
      if (Array.isArray(node)) {
        const out: Encoded[] = new Array(node.length)
        for (let i = 0; i < node.length; i++) out[i] = this.value(node[i] as Encoded)
        return out
      }
      const tag = node['$st']
      if (typeof tag !== 'string') return this.fields(node)
      switch (tag) {
        case 'ref':
          return this.ref(node)
        case 'object':
          // `value` holds the object's own keys verbatim: its `$st` key is data, not a tag.
          return this.fields(node, 'value')
        case 'map':
          return this.fields(node, undefined, 'entries')
        case 'set':
          return this.fields(node, undefined, 'values')
        default:
          return this.fields(node)
      }
    } finally {
      this.stack.pop()
    }
  }

  /** A copy with sorted keys; `verbatim` names a field copied as a plain object, `unordered` one sorted by member. */
  private fields(node: EncodedObject, verbatim?: string, unordered?: string): EncodedObject {
    const keys = Object.keys(node).sort()
    const out: EncodedObject = {}
    for (const key of keys) {
      const child = node[key] as Encoded
      let copy: Encoded
      if (key === verbatim && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        this.stack.push(child)
        try {
          copy = this.fields(child)
        } finally {
          this.stack.pop()
        }
      } else if (key === unordered && Array.isArray(child)) {
        copy = child
          .map((item) => {
            const c = this.value(item)
            return { c, s: JSON.stringify(c) }
          })
          .sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0))
          .map((x) => x.c)
      } else {
        copy = this.value(child)
      }
      if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true })
      else out[key] = copy
    }
    return out
  }

  private ref(node: EncodedObject): Encoded {
    const path = node['path']
    const target = typeof path === 'string' ? resolve(this.root, path) : undefined
    if (target === undefined || this.expansions >= MAX_REF_EXPANSIONS) return this.fields(node)
    // Measured from the reference's parent: the reference itself is not a level.
    this.stack.pop()
    try {
      if (target !== null && typeof target === 'object') {
        const seen = this.stack.lastIndexOf(target)
        if (seen >= 0) return { $st: 'ref', up: this.stack.length - seen }
      }
      this.expansions++
      // Written out in full: a shared object then reads the same whatever the key order.
      return this.value(target)
    } finally {
      this.stack.push(node)
    }
  }
}

function numberTag(n: number): Encoded {
  const value = Number.isNaN(n) ? 'NaN' : n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : '-0'
  return { $st: 'number', value }
}

/** The encoded node a reference path points at, or undefined. */
export function resolve(root: Encoded, path: string): Encoded | undefined {
  const segments = parsePath(path)
  if (segments === undefined) return undefined
  let node: Encoded | undefined = root
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, Encoded>)[segment]
  }
  return node
}
