import type { Encoded } from '@shadowtest/core'
import type { JSONSchema as JSONSchema4 } from 'json-schema-to-typescript'
import { isTagged, tagOf } from './tags.js'

/**
 * The merged shape of every value seen at one position. Each observed kind keeps its own
 * sub-shape, so merging `1`, `'a'` and `{ x: 1 }` gives `number | string | { x: number }`.
 */
export interface Shape {
  seen: number
  null?: true
  boolean?: true
  number?: true
  string?: true
  /** TypeScript types for tagged values: `Date`, `bigint`, `undefined`, `Error`, `RegExp`… */
  named: Set<string>
  array?: Shape
  object?: ObjectShape
  map?: { key: Shape; value: Shape }
  set?: Shape
}

interface ObjectShape {
  seen: number
  properties: Map<string, Shape>
}

export function emptyShape(): Shape {
  return { seen: 0, named: new Set() }
}

const typedArrayNames = /^(Big)?(Int|Uint|Float)(8|16|32|64)(Clamped)?Array$/

/** Merges one encoded value into `shape` (mutates and returns it). */
export function addValue(shape: Shape, value: Encoded): Shape {
  shape.seen++
  if (value === null) shape.null = true
  else if (typeof value === 'boolean') shape.boolean = true
  else if (typeof value === 'number') shape.number = true
  else if (typeof value === 'string') shape.string = true
  else if (Array.isArray(value)) {
    shape.array ??= emptyShape()
    for (const item of value) addValue(shape.array, item)
  } else if (isTagged(value)) addTagged(shape, value as Record<string, Encoded>)
  else addObject(shape, value as Record<string, Encoded>)
  return shape
}

function addObject(shape: Shape, object: Record<string, Encoded>): void {
  shape.object ??= { seen: 0, properties: new Map() }
  shape.object.seen++
  for (const [key, item] of Object.entries(object)) {
    let property = shape.object.properties.get(key)
    if (property === undefined) shape.object.properties.set(key, (property = emptyShape()))
    addValue(property, item)
  }
}

/** Tags whose decoded value has one named TypeScript type (a hole decodes to `undefined`). */
const NAMED_TAGS: Readonly<Record<string, string>> = {
  undefined: 'undefined',
  hole: 'undefined',
  bigint: 'bigint',
  date: 'Date',
  regexp: 'RegExp',
  buffer: 'Buffer',
  arraybuffer: 'ArrayBuffer',
  error: 'Error',
}

function addTagged(shape: Shape, tagged: Record<string, Encoded>): void {
  const tag = tagOf(tagged) ?? ''
  const named = Object.hasOwn(NAMED_TAGS, tag) ? NAMED_TAGS[tag] : undefined
  if (named !== undefined) {
    shape.named.add(named)
    return
  }
  switch (tag) {
    case 'number':
      shape.number = true
      return
    case 'typedarray': {
      const type = typeof tagged.type === 'string' ? tagged.type : ''
      shape.named.add(typedArrayNames.test(type) || type === 'DataView' ? type : 'unknown')
      return
    }
    case 'map': {
      shape.map ??= { key: emptyShape(), value: emptyShape() }
      for (const entry of list(tagged.entries)) {
        if (Array.isArray(entry)) {
          addValue(shape.map.key, entry[0] ?? null)
          addValue(shape.map.value, entry[1] ?? null)
        }
      }
      return
    }
    case 'set': {
      shape.set ??= emptyShape()
      for (const item of list(tagged.values)) addValue(shape.set, item)
      return
    }
    case 'object': {
      const value = tagged.value
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        addObject(shape, value as Record<string, Encoded>)
        return
      }
      shape.named.add('unknown')
      return
    }
    default:
      // Functions, symbols, refs, class instances and cut values have no faithful type: `unknown`.
      shape.named.add('unknown')
  }
}

function list(value: Encoded | undefined): Encoded[] {
  return Array.isArray(value) ? value : []
}

/** Shape of the argument lists of all scenarios: one shape per position, plus min/max arity. */
export interface ArgsShape {
  positions: Shape[]
  minArity: number
  maxArity: number
}

export function inferArgs(argLists: Encoded[][]): ArgsShape {
  const positions: Shape[] = []
  let minArity = Infinity
  let maxArity = 0
  for (const args of argLists) {
    minArity = Math.min(minArity, args.length)
    maxArity = Math.max(maxArity, args.length)
    args.forEach((arg, index) => addValue((positions[index] ??= emptyShape()), arg))
  }
  return { positions, minArity: Number.isFinite(minArity) ? minArity : 0, maxArity }
}

/**
 * JSON Schema of a shape for json-schema-to-typescript. Tagged types become `tsType`
 * (its extension keyword), so `Date`, `bigint` and `Map<string, number>` survive the
 * round trip through JSON Schema.
 */
export function schemaOf(shape: Shape): JSONSchema4 {
  const options: JSONSchema4[] = []
  if (shape.null) options.push({ type: 'null' })
  if (shape.boolean) options.push({ type: 'boolean' })
  if (shape.number) options.push({ type: 'number' })
  if (shape.string) options.push({ type: 'string' })
  if (shape.array) options.push({ type: 'array', items: schemaOf(shape.array) })
  if (shape.object) options.push(objectSchema(shape.object))
  if (shape.map) options.push({ tsType: `Map<${typeString(shape.map.key)}, ${typeString(shape.map.value)}>` })
  if (shape.set) options.push({ tsType: `Set<${typeString(shape.set)}>` })
  for (const name of [...shape.named].sort()) options.push({ tsType: name })
  if (options.length === 0) return { tsType: 'unknown' }
  return options.length === 1 ? (options[0] as JSONSchema4) : { anyOf: options }
}

function objectSchema(object: ObjectShape): JSONSchema4 {
  const properties: Record<string, JSONSchema4> = {}
  const required: string[] = []
  for (const key of [...object.properties.keys()].sort()) {
    const property = object.properties.get(key) as Shape
    properties[key] = schemaOf(property)
    // A key missing from some of the objects is optional.
    if (property.seen === object.seen) required.push(key)
  }
  return { type: 'object', properties, required, additionalProperties: false }
}

/**
 * The shape as a TypeScript type string, for the type arguments of `Map` and `Set`
 * (json-schema-to-typescript has no keyword for generic arguments).
 */
export function typeString(shape: Shape): string {
  const parts: string[] = []
  if (shape.null) parts.push('null')
  if (shape.boolean) parts.push('boolean')
  if (shape.number) parts.push('number')
  if (shape.string) parts.push('string')
  if (shape.array) parts.push(`Array<${typeString(shape.array)}>`)
  if (shape.object) {
    const members = [...shape.object.properties.keys()].sort().map((key) => {
      const property = shape.object?.properties.get(key) as Shape
      const optional = property.seen < (shape.object?.seen ?? 0) ? '?' : ''
      return `${JSON.stringify(key)}${optional}: ${typeString(property)}`
    })
    parts.push(`{ ${members.join('; ')} }`)
  }
  if (shape.map) parts.push(`Map<${typeString(shape.map.key)}, ${typeString(shape.map.value)}>`)
  if (shape.set) parts.push(`Set<${typeString(shape.set)}>`)
  parts.push(...[...shape.named].sort())
  if (parts.length === 0 || parts.includes('unknown')) return 'unknown'
  return parts.join(' | ')
}
