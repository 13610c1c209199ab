import { parsePath } from '../encoding/json-path.js'
import type { Encoded, EncodedObject } from '../encoding/types.js'

/** References expanded per canonical form before the rest are written as paths (guards against DAG blow-up). */
const MAX_REF_EXPANSIONS = 10_000

/**
 * The canonical string of an encoded value: object keys sorted, Map entries and Set members
 * sorted by their own canonical form, `-0` and `NaN` as their tags, and references made
 * independent of key order (a shared object is written out where it appears; a cycle becomes
 * `{"$st":"ref","up":n}`, n levels up). Equal inputs give equal strings on every machine.
 */
export function canonicalize(encoded: Encoded): string {
  return new Canonicalizer(encoded).value(encoded)
}

class Canonicalizer {
  private readonly stack: object[] = []
  private expansions = 0

  constructor(private readonly root: Encoded) {}

  value(node: Encoded): string {
    switch (typeof node) {
      case 'string':
        return JSON.stringify(node)
      case 'number':
        return canonicalNumber(node)
      case 'boolean':
        return node ? 'true' : 'false'
      case 'object':
        if (node === null) return 'null'
        return this.container(node)
      default:
        // Not valid Encoded (a raw undefined inside a hand-built value): give it its tag.
        return '{"$st":"undefined"}'
    }
  }

  private container(node: Encoded[] | EncodedObject): string {
    if (this.stack.includes(node)) return `{"$st":"ref","up":${this.stack.length - this.stack.lastIndexOf(node)}}`
    this.stack.push(node)
    try {
      if (Array.isArray(node)) {
        let out = '['
        for (let i = 0; i < node.length; i++) out += (i === 0 ? '' : ',') + this.value(node[i] as Encoded)
        return out + ']'
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

  /** An object with sorted keys; `verbatim` names a field written as a plain object, `unordered` one sorted by member. */
  private fields(node: EncodedObject, verbatim?: string, unordered?: string): string {
    const keys = Object.keys(node).sort()
    let out = '{'
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      const child = node[key] as Encoded
      let text: string
      if (key === verbatim && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        this.stack.push(child)
        try {
          text = this.fields(child)
        } finally {
          this.stack.pop()
        }
      } else if (key === unordered && Array.isArray(child)) {
        text = `[${child.map((item) => this.value(item)).sort().join(',')}]`
      } else {
        text = this.value(child)
      }
      out += (i === 0 ? '' : ',') + JSON.stringify(key) + ':' + text
    }
    return out + '}'
  }

  private ref(node: EncodedObject): string {
    const path = node['path']
    const target = typeof path === 'string' ? resolve(this.root, path) : undefined
    if (target === undefined || this.expansions >= MAX_REF_EXPANSIONS) return this.fields(node)
    // Measured from the reference's parent: the reference itself is not a level.
    this.stack.pop()
    try {
      if (target !== null && typeof target === 'object' && this.stack.includes(target)) {
        return `{"$st":"ref","up":${this.stack.length - this.stack.lastIndexOf(target)}}`
      }
      this.expansions++
      // Written out in full: a shared object then reads the same whatever the key order.
      return this.value(target)
    } finally {
      this.stack.push(node)
    }
  }
}

function canonicalNumber(n: number): string {
  if (Number.isFinite(n) && !Object.is(n, -0)) return JSON.stringify(n)
  const value = Number.isNaN(n) ? 'NaN' : n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : '-0'
  return `{"$st":"number","value":"${value}"}`
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
