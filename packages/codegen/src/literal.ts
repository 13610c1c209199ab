import ts from 'typescript'
import type { Encoded } from '@shadowtest/core'
import { isTagged, tagOf } from './tags.js'

const f = ts.factory

/**
 * Turns an encoded (and already redacted) value into a TypeScript expression that rebuilds it:
 * `new Date('…')`, `12n`, `new Map([...])`, `undefined`… Returns `undefined` when the value
 * holds something a literal cannot rebuild faithfully (a function placeholder, a circular
 * reference, a cut value, a class instance): the caller then leaves the input out of the test
 * rather than writing a lie.
 */
export function literalOf(value: Encoded): ts.Expression | undefined {
  if (value === null) return f.createNull()
  if (typeof value === 'boolean') return value ? f.createTrue() : f.createFalse()
  if (typeof value === 'number') return numberLiteral(value)
  if (typeof value === 'string') return f.createStringLiteral(value, true)
  if (Array.isArray(value)) return arrayLiteral(value)
  if (isTagged(value)) return taggedLiteral(value as Record<string, Encoded>)
  return objectLiteral(value as Record<string, Encoded>)
}

function numberLiteral(n: number): ts.Expression {
  if (Number.isNaN(n)) return f.createIdentifier('NaN')
  if (n === Infinity) return f.createIdentifier('Infinity')
  if (n === -Infinity) return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createIdentifier('Infinity'))
  if (n < 0 || Object.is(n, -0)) {
    return f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(String(-n)))
  }
  return f.createNumericLiteral(String(n))
}

function arrayLiteral(items: Encoded[]): ts.Expression | undefined {
  const elements: ts.Expression[] = []
  for (const item of items) {
    if (tagOf(item) === 'hole') {
      elements.push(f.createOmittedExpression())
      continue
    }
    const element = literalOf(item)
    if (element === undefined) return undefined
    elements.push(element)
  }
  return f.createArrayLiteralExpression(elements, false)
}

function objectLiteral(object: Record<string, Encoded>): ts.Expression | undefined {
  const properties: ts.ObjectLiteralElementLike[] = []
  for (const [key, item] of Object.entries(object)) {
    const initializer = literalOf(item)
    if (initializer === undefined) return undefined
    properties.push(f.createPropertyAssignment(propertyName(key), initializer))
  }
  return f.createObjectLiteralExpression(properties, false)
}

/** A key as an identifier when it is one (`total`), else a quoted string (`'a-b'`). */
export function propertyName(key: string): ts.PropertyName {
  // `{ __proto__: x }` would set the prototype; `{ ['__proto__']: x }` defines the own key recorded.
  if (key === '__proto__') return f.createComputedPropertyName(f.createStringLiteral(key, true))
  // Reserved words are valid property names; non-ASCII identifiers are simply quoted.
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? f.createIdentifier(key) : f.createStringLiteral(key, true)
}

type View = new (buffer: ArrayBuffer) => ArrayLike<number | bigint>

const typedArrays = new Map<string, View>([
  ['Int8Array', Int8Array],
  ['Uint8Array', Uint8Array],
  ['Uint8ClampedArray', Uint8ClampedArray],
  ['Int16Array', Int16Array],
  ['Uint16Array', Uint16Array],
  ['Int32Array', Int32Array],
  ['Uint32Array', Uint32Array],
  ['Float32Array', Float32Array],
  ['Float64Array', Float64Array],
  ['BigInt64Array', BigInt64Array],
  ['BigUint64Array', BigUint64Array],
])

function taggedLiteral(tagged: Record<string, Encoded>): ts.Expression | undefined {
  const tag = tagOf(tagged)
  const value = tagged.value
  // A container cut by an encoding limit cannot be rebuilt as it was: no literal.
  if (tagged.truncated !== undefined) return undefined
  switch (tag) {
    case 'undefined':
      return f.createIdentifier('undefined')
    case 'number':
      return typeof value === 'string' ? numberLiteral(Number(value)) : undefined
    case 'bigint':
      return typeof value === 'string' ? bigintLiteral(value) : undefined
    case 'date':
      return f.createNewExpression(f.createIdentifier('Date'), undefined, [
        typeof value === 'string' ? f.createStringLiteral(value, true) : f.createIdentifier('NaN'),
      ])
    case 'regexp': {
      const source = typeof tagged.source === 'string' ? tagged.source : undefined
      const flags = typeof tagged.flags === 'string' ? tagged.flags : ''
      return source === undefined ? undefined : f.createRegularExpressionLiteral(`/${source}/${flags}`)
    }
    case 'map':
      return collection('Map', tagged.entries)
    case 'set':
      return collection('Set', tagged.values)
    case 'object':
      // A plain object that had its own `$st` key: its data is stored under `value`.
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? objectLiteral(value as Record<string, Encoded>)
        : undefined
    case 'buffer':
      return typeof tagged.data === 'string'
        ? f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('Buffer'), 'from'), undefined, [
            f.createStringLiteral(tagged.data, true),
            f.createStringLiteral('base64', true),
          ])
        : undefined
    case 'typedarray':
      return typedArrayLiteral(tagged)
    default:
      return special(tag)
  }
}

/** `new Float64Array([1.5, 2])`: the elements read back from the stored bytes. */
function typedArrayLiteral(tagged: Record<string, Encoded>): ts.Expression | undefined {
  const type = typeof tagged.type === 'string' ? tagged.type : ''
  const View = typedArrays.get(type)
  if (View === undefined || typeof tagged.data !== 'string') return undefined
  const bytes = Buffer.from(tagged.data, 'base64')
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  const items = Array.from(new View(copy.buffer) as ArrayLike<number | bigint>)
  const elements = items.map((item) => (typeof item === 'bigint' ? bigintLiteral(String(item)) : numberLiteral(item)))
  return f.createNewExpression(f.createIdentifier(type), undefined, [f.createArrayLiteralExpression(elements, false)])
}

// Tags with no faithful literal: functions, symbols, refs, cut values, class instances, errors.
function special(_tag: string | undefined): undefined {
  return undefined
}

function bigintLiteral(digits: string): ts.Expression {
  return digits.startsWith('-')
    ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createBigIntLiteral(`${digits.slice(1)}n`))
    : f.createBigIntLiteral(`${digits}n`)
}

function collection(ctor: 'Map' | 'Set', entries: Encoded | undefined): ts.Expression | undefined {
  if (!Array.isArray(entries)) return undefined
  const inner = arrayLiteral(entries)
  if (inner === undefined) return undefined
  return f.createNewExpression(f.createIdentifier(ctor), undefined, entries.length === 0 ? [] : [inner])
}
