import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateKey } from '../src/model/duplicate-keys.js'

// A JSON text built by hand so it can hold duplicate keys, odd whitespace and keys/strings full of
// quotes, backslashes and colons: what the key count must not be fooled by.
type Node = { kind: 'leaf'; text: string } | { kind: 'array'; items: Node[] } | { kind: 'object'; entries: Array<[string, Node]> }
const tricky = fc.string({ unit: fc.constantFrom('a', 'b', '"', '\\', ':', ' ', '\n', '{', '}', ',', '\\"', '":'), maxLength: 6 })
const ws = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n')
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(tricky.map((s) => JSON.stringify(s)), fc.constantFrom('1', '-2.5e3', 'true', 'null')).map((text) => ({ kind: 'leaf' as const, text })),
    fc.array(tie('node'), { maxLength: 4 }).map((items) => ({ kind: 'array' as const, items })),
    fc.array(fc.tuple(fc.oneof(tricky, fc.constantFrom('k', '__proto__')), tie('node')), { maxLength: 4 }).map((entries) => ({ kind: 'object' as const, entries })),
  ),
}))
const printed = fc.tuple(node, fc.array(ws, { minLength: 64, maxLength: 64 })).map(([root, spaces]) => {
  let n = 0
  const s = () => spaces[n++ % spaces.length]!
  const print = (x: Node): string =>
    x.kind === 'leaf'
      ? x.text
      : x.kind === 'array'
        ? `[${s()}${x.items.map(print).join(`${s()},${s()}`)}${s()}]`
        : `{${s()}${x.entries.map(([k, v]) => `${JSON.stringify(k)}${s()}:${s()}${print(v)}`).join(`${s()},${s()}`)}${s()}}`
  return print(root)
})

describe('findDuplicateKey', () => {
  it('with the parsed value (key count) finds exactly what the full scan finds', () => {
    fc.assert(
      fc.property(printed, (text) => {
        expect(findDuplicateKey(text, JSON.parse(text))).toEqual(findDuplicateKey(text))
      }),
      { numRuns: 500 },
    )
  })

  it('names the parent path and position of a nested duplicate', () => {
    const text = '{ "a": [ {}, { "x": "\\":", "y" : 1, "x": 2 } ], "b": "\\\\" }'
    expect(findDuplicateKey(text, JSON.parse(text))).toEqual({ parentPath: ['a', '1'], key: 'x', position: text.lastIndexOf('"x"') })
  })

  it('a colon after an escaped quote inside a string is not a key', () => {
    const text = '{ "note": "say \\": hi", "n": 1 }'
    expect(findDuplicateKey(text, JSON.parse(text))).toBeUndefined()
  })

  it('nested deeper than the recursive count goes (200 levels), the count still finds a duplicate or its absence', () => {
    const deep = (inner: string) => `${'{"a":['.repeat(400)}${inner}${']}'.repeat(400)}`
    const clean = deep('{"x":1,"y":2}')
    expect(findDuplicateKey(clean, JSON.parse(clean))).toBeUndefined()
    const duplicated = deep('{"x":1,"x":2}')
    expect(findDuplicateKey(duplicated, JSON.parse(duplicated))).toMatchObject({ key: 'x', position: duplicated.lastIndexOf('"x"') })
  })

  it('an enumerable key on Object.prototype cannot hide a duplicate', () => {
    // One inherited key per object would add what the duplicate takes away from the count.
    const text = '{"a":1,"a":2}'
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true })
    let found, clean
    try {
      found = findDuplicateKey(text, JSON.parse(text))
      clean = findDuplicateKey('{"a":1,"b":2}', JSON.parse('{"a":1,"b":2}'))
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted']
    }
    expect(found).toMatchObject({ key: 'a' })
    expect(clean).toBeUndefined()
  })
})
