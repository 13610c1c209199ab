/**
 * What the diff engine needs to know about Encoded JSON (docs/architecture.md, "Values"):
 * tagged values (`{ "$st": "date", … }`) are one logical value each, so a changed date is one
 * change, Map entries are compared by key and Set members without order.
 */

import type { PathSegment } from '../encoding/types.js'

export const TAG_KEY = '$st'

export type JsonObject = { [key: string]: unknown }

export type Kind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'tag' | 'missing'

export function kindOf(value: unknown): Kind {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return 'boolean'
    case 'number':
      return 'number'
    case 'string':
      return 'string'
    case 'undefined':
      return 'missing'
    case 'object':
      if (Array.isArray(value)) return 'array'
      return typeof (value as JsonObject)[TAG_KEY] === 'string' ? 'tag' : 'object'
    default:
      // Raw (unencoded) bigint/function/symbol values: compare them as opaque atoms.
      return 'string'
  }
}

export function tagOf(value: unknown): string | undefined {
  return kindOf(value) === 'tag' ? ((value as JsonObject)[TAG_KEY] as string) : undefined
}

/** How a tag is compared: as one atom, as keyed entries (Map), as unordered members (Set), or field by field. */
export type TagShape =
  | { shape: 'atom' }
  | { shape: 'entries'; field: string }
  | { shape: 'members'; field: string }
  | { shape: 'wrapper'; field: string }
  | { shape: 'fields' }

export function tagShape(value: JsonObject): TagShape {
  const tag = value[TAG_KEY]
  if (tag === 'map') {
    const field = arrayField(value, ['entries', 'value'])
    if (field !== undefined) return { shape: 'entries', field }
  }
  if (tag === 'set') {
    const field = arrayField(value, ['values', 'value', 'items', 'entries'])
    if (field !== undefined) return { shape: 'members', field }
  }
  // A class instance is its data plus a class name, an escaped object is its value: compare the
  // data at the same path, so paths read `$.customer.name`, not `$.customer.data.name`.
  if (tag === 'instance' && isObject(value.data)) return { shape: 'wrapper', field: 'data' }
  if (tag === 'object' && isObject(value.value)) return { shape: 'wrapper', field: 'value' }
  // An error is compared field by field (`$.message`, `$.code`), so a path to one of its fields
  // can be ignored or governed by a rule whatever else the error carries.
  if (tag === 'error') return { shape: 'fields' }
  // Dates, bigints, undefined, NaN, symbols, cut markers…: every field is a primitive, so the
  // tag is one value and a change shows once, not as a change of its inner `value` field.
  for (const key in value) {
    const field = value[key]
    if (field !== null && typeof field === 'object') return { shape: 'fields' }
  }
  return { shape: 'atom' }
}

/**
 * Sets an own data property, also for a key named `__proto__` (which plain assignment would
 * turn into a prototype change: JSON.parse makes such keys own properties, so they are data).
 */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

/** How a Map entry's key appears in a path: strings as they are, other keys by canonical form. */
export function entryKey(key: unknown): string {
  return typeof key === 'string' ? key : canonical(key)
}

/**
 * Rewrites the segments of a location in the encoded structure (as jsonpath-plus reports it,
 * e.g. `customer/data/name`, `rates/entries/0/1`) into the path a diff prints
 * (`customer.name`, `rates.EUR`), so queries and concrete paths name the same places.
 */
export function displaySegments(root: unknown, raw: readonly string[]): string[] {
  const out: string[] = []
  let node: unknown = root
  for (let i = 0; i < raw.length; i++) {
    const segment = raw[i] as string
    if (kindOf(node) === 'tag') {
      const tagged = node as JsonObject
      const shape = tagShape(tagged)
      if ((shape.shape === 'wrapper' || shape.shape === 'members') && segment === shape.field) {
        node = tagged[segment]
        continue
      }
      if (shape.shape === 'entries' && segment === shape.field) {
        const entry = (tagged[segment] as unknown[])[Number(raw[i + 1])]
        if (Array.isArray(entry)) {
          // `…/entries/3` is the entry, `…/entries/3/1` its value, `…/entries/3/0` its key: all name the entry.
          out.push(entryKey(entry[0]))
          node = entry[1]
          i += raw[i + 2] === undefined ? 1 : 2
          continue
        }
      }
    }
    out.push(segment)
    node = node !== null && typeof node === 'object' ? (node as JsonObject)[segment] : undefined
  }
  return out
}

/**
 * Calls `visit` for each child of a value as a diff sees it: array items, object properties,
 * a class instance's data properties, Map entries by key, Set members by index. Atoms have none.
 */
export function childrenOf(node: unknown, visit: (key: PathSegment, child: unknown) => void): void {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) visit(i, node[i])
    return
  }
  const object = node as JsonObject
  if (kindOf(object) === 'tag') {
    const shape = tagShape(object)
    if (shape.shape === 'atom') return
    if (shape.shape === 'wrapper') return fields(object[shape.field] as JsonObject, visit)
    if (shape.shape === 'members') return childrenOf(object[shape.field], visit)
    if (shape.shape === 'entries') {
      for (const entry of object[shape.field] as unknown[]) if (Array.isArray(entry)) visit(entryKey(entry[0]), entry[1])
      return
    }
  }
  fields(object, visit)
}

function fields(object: JsonObject, visit: (key: PathSegment, child: unknown) => void): void {
  for (const key in object) visit(key, object[key])
}

/** The child at `key` as a diff sees it (see `childrenOf`), or undefined. */
export function childAt(node: unknown, key: string | number): { key: PathSegment; value: unknown } | undefined {
  if (node === null || typeof node !== 'object') return undefined
  if (Array.isArray(node)) {
    const index = typeof key === 'number' ? key : /^\d+$/.test(key) ? Number(key) : -1
    return index >= 0 && index < node.length ? { key: index, value: node[index] } : undefined
  }
  if (kindOf(node) === 'object') {
    const name = String(key)
    return Object.prototype.hasOwnProperty.call(node, name) ? { key: name, value: (node as JsonObject)[name] } : undefined
  }
  let found: { key: PathSegment; value: unknown } | undefined
  const wanted = String(key)
  childrenOf(node, (childKey, child) => {
    if (found === undefined && String(childKey) === wanted) found = { key: childKey, value: child }
  })
  return found
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function arrayField(value: JsonObject, candidates: readonly string[]): string | undefined {
  for (const name of candidates) if (Array.isArray(value[name])) return name
  return undefined
}

/**
 * Stable, key-order-insensitive serialisation used to sort lists and to match equal members.
 * Two values have the same canonical form exactly when the diff would find them equal
 * (without tolerance).
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return '~'
    if (typeof value === 'bigint') return `${value}n`
    return JSON.stringify(value) ?? String(value)
  }
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonical(value[i])
    return out + ']'
  }
  const keys = Object.keys(value).sort()
  let out = '{'
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    out += (i ? ',' : '') + JSON.stringify(key) + ':' + canonical((value as JsonObject)[key])
  }
  return out + '}'
}

/** Deep equality of Encoded JSON, key-order insensitive, stopping at the first difference. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ak = Object.keys(a)
  if (ak.length !== Object.keys(b).length) return false
  for (const key of ak) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false
    if (!deepEqual((a as JsonObject)[key], (b as JsonObject)[key])) return false
  }
  return true
}
