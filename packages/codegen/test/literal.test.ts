import { describe, expect, test } from 'vitest'
import ts from 'typescript'
import fc from 'fast-check'
import { decode, encode, type Encoded } from '@shadowtest/core'
import { literalOf } from '../src/literal.js'

const printer = ts.createPrinter()
const scratch = ts.createSourceFile('x.ts', '', ts.ScriptTarget.ES2022)

function print(value: Encoded): string | undefined {
  const node = literalOf(value)
  return node === undefined ? undefined : printer.printNode(ts.EmitHint.Expression, node, scratch)
}

/** Evaluates the printed literal: what the generated test would rebuild at run time. */
function rebuild(code: string): unknown {
  return new Function('Buffer', `return (${code})`)(Buffer)
}

describe('literalOf', () => {
  const values: Array<[string, unknown]> = [
    ['plain JSON', { total: 19.5, lines: [{ sku: 'A-1', qty: 2 }], ok: true, note: null }],
    ['quotes, newlines and unicode in strings', { text: "it's \"quoted\"\n\ttab — ü 😀", 'key with-dash': 1, $weird: 2 }],
    ['negative numbers and -0', [-1.5, -0, 0, 1e21, -1e-7]],
    ['NaN and infinities', [NaN, Infinity, -Infinity]],
    ['undefined in objects and arrays', { a: undefined, b: [undefined, 1] }],
    ['bigint', [12n, -9007199254740993n]],
    ['dates, including invalid', [new Date('2026-01-02T03:04:05.678Z'), new Date(NaN)]],
    ['regexp', [/a\/b[c]+/gi]],
    ['Map and Set', [new Map<unknown, unknown>([['a', 1], [2, { b: new Set([1, 'x']) }]]), new Set()]],
    ['typed arrays and Buffer', [new Float64Array([1.5, -2]), new BigInt64Array([-3n]), new Uint8Array([1, 255]), Buffer.from('hé')]],
    ['sparse arrays keep their holes', [1, , 3]],
    ['an object with its own $st key', { $st: 'not a tag', x: 1 }],
    ['an own __proto__ key stays data', JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown],
  ]
  test.each(values)('%s rebuilds to an equal value', (_name, value) => {
    const code = print(encode(value))
    expect(code).toBeDefined()
    const rebuilt = rebuild(code as string)
    expect(rebuilt).toStrictEqual(value)
    // Buffer stays a Buffer (not a plain Uint8Array): replay and the test see the same type.
    if (Array.isArray(value) && Buffer.isBuffer(value[3])) expect(Buffer.isBuffer((rebuilt as unknown[])[3])).toBe(true)
  })

  test('-0 stays -0 and holes stay holes', () => {
    const rebuilt = rebuild(print(encode([-0, 1, , 2]) as string)) as unknown[]
    expect(Object.is(rebuilt[0], -0)).toBe(true)
    expect(2 in rebuilt).toBe(false)
  })

  test('reads well: new Date, bigint literals, Map constructor', () => {
    expect(print(encode({ at: new Date('2026-01-01T00:00:00.000Z'), n: 12n, m: new Map([['k', 1]]) }))).toBe(
      "{ at: new Date('2026-01-01T00:00:00.000Z'), n: 12n, m: new Map([['k', 1]]) }",
    )
  })

  test.each([
    ['a function', { f: () => 1 }],
    ['a circular reference', (() => { const o: Record<string, unknown> = {}; o.self = o; return o })()],
    ['a class instance', new (class Order { id = 1 })()],
    ['a value cut by a limit', 'x'.repeat(50)],
  ])('%s has no literal (the input is referenced, not faked)', (_name, value) => {
    expect(print(encode(value, { maxStringLength: 10 }))).toBeUndefined()
  })
})

describe('literalOf (property)', () => {
  // Values with a faithful literal: JSON plus the tagged kinds generated tests rebuild.
  const leaf = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.date({ noInvalidDate: true }),
  )
  const value = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('map'), tie('set')),
    array: fc.array(tie('tree'), { maxLength: 4 }),
    object: fc.dictionary(fc.string(), tie('tree'), { maxKeys: 4 }),
    map: fc.array(fc.tuple(leaf, tie('tree')), { maxLength: 3 }).map((entries) => new Map(entries)),
    set: fc.array(leaf, { maxLength: 3 }).map((items) => new Set(items)),
  })).tree

  test('every literal rebuilds exactly what decode(encode(value)) gives', () => {
    fc.assert(
      fc.property(value, (v) => {
        const encoded = encode(v)
        const code = print(encoded)
        expect(code).toBeDefined()
        expect(rebuild(code as string)).toStrictEqual(decode(encoded))
      }),
      { numRuns: 300 },
    )
  })
})
