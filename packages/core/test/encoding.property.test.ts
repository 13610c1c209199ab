import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode, encode, type Encoded } from '@shadowtest/core'

class Money {
  constructor(
    public amount: number,
    public currency: string,
  ) {}
}

const viaJson = (encoded: Encoded) => JSON.parse(JSON.stringify(encoded)) as Encoded
const roundTrip = (value: unknown) => decode(viaJson(encode(value)), { classes: { Money } })

/** Every kind encoding supports, nested (symbols and functions are checked apart: they are not equal to themselves after decoding). */
const { value: supported } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom(/a+/g, /^x$/imsu, /[0-9]{2,}/y, /(?<name>\w)\1/),
    fc.uint8Array().map((a) => Buffer.from(a)),
    fc.oneof(
      fc.int8Array(),
      fc.uint8Array(),
      fc.uint8ClampedArray(),
      fc.int16Array(),
      fc.uint16Array(),
      fc.int32Array(),
      fc.uint32Array(),
      fc.float32Array(),
      fc.float64Array(),
      fc.bigInt64Array(),
      fc.bigUint64Array(),
    ),
    fc.uint8Array().map((a) => a.slice().buffer),
    fc.tuple(fc.double(), fc.constantFrom('EUR', 'USD')).map(([a, c]) => new Money(a, c)),
    fc.webUrl().map((u) => new URL(u)),
  ),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('sparse'), tie('object'), tie('map'), tie('set'), tie('error')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  sparse: fc.sparseArray(tie('value'), { maxLength: 8 }),
  // Null-prototype objects decode as ordinary objects (tested apart); an own `constructor` key confuses
  // toStrictEqual's type check, so it is covered by a unit test instead.
  object: fc.dictionary(fc.oneof(fc.string().filter((k) => k !== 'constructor'), fc.constantFrom('$st', '__proto__', 'value')), tie('value'), {
    maxKeys: 5,
    noNullPrototype: true,
  }),
  map: fc.array(fc.tuple(tie('value'), tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
  set: fc.array(tie('value'), { maxLength: 4 }).map((items) => new Set(items)),
  error: fc
    .tuple(fc.constantFrom(Error, TypeError, RangeError), fc.string(), fc.option(fc.string(), { nil: undefined }), tie('value'))
    .map(([Ctor, message, code, cause]) => {
      const error = new Ctor(message, { cause }) as Error & { code?: string }
      if (code !== undefined) error.code = code
      return error
    }),
}))

/** A plain `__proto__` key from a dictionary arbitrary is created with defineProperty; compare structurally. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected)
  expect(encode(actual)).toStrictEqual(encode(expected))
}

describe('encoding properties', () => {
  it('decode(encode(v)) deep-equals v for every supported value, through JSON text', () => {
    fc.assert(
      fc.property(supported, (value) => {
        expectSame(roundTrip(value), value)
      }),
      { numRuns: 400 },
    )
  })

  it('the encoded form is plain JSON: stringify/parse does not change it', () => {
    fc.assert(
      fc.property(supported, (value) => {
        const encoded = encode(value)
        expect(viaJson(encoded)).toStrictEqual(encoded)
      }),
      { numRuns: 300 },
    )
  })

  it('encoding is deterministic and re-encoding a decoded value gives the same encoding', () => {
    fc.assert(
      fc.property(supported, (value) => {
        const encoded = encode(value)
        expect(encode(value)).toStrictEqual(encoded)
        expect(encode(decode(viaJson(encoded), { classes: { Money } }))).toStrictEqual(encoded)
      }),
      { numRuns: 200 },
    )
  })

  it('plain JSON values encode to themselves', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // fc.jsonValue can produce -0, which JSON cannot carry; compare with what JSON would keep.
        const json = JSON.parse(JSON.stringify(value)) as unknown
        expect(encode(json)).toStrictEqual(json)
      }),
    )
  })

  it('circular structures built from any supported value round-trip with identity kept', () => {
    fc.assert(
      fc.property(supported, fc.nat(3), (payload, shape) => {
        const root: Record<string, unknown> = { payload }
        if (shape === 0) root['self'] = root
        if (shape === 1) root['list'] = [root, { back: root }]
        if (shape === 2) root['map'] = new Map<unknown, unknown>([[root, root]])
        if (shape === 3) root['set'] = new Set([root, { payload }])
        const back = roundTrip(root) as Record<string, unknown>
        if (shape === 0) expect(back['self']).toBe(back)
        if (shape === 1) {
          const list = back['list'] as [unknown, { back: unknown }]
          expect(list[0]).toBe(back)
          expect(list[1].back).toBe(back)
        }
        if (shape === 2) expect([...(back['map'] as Map<unknown, unknown>).entries()][0]).toEqual([back, back])
        if (shape === 3) expect([...(back['set'] as Set<unknown>)][0]).toBe(back)
        expectSame(back['payload'], payload)
      }),
      { numRuns: 150 },
    )
  })

  it('encode never throws for fc.anything()', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withNullPrototype: true,
          withObjectString: true,
          withSet: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          const encoded = encode(value)
          expect(() => JSON.stringify(encoded)).not.toThrow()
          expect(() => decode(viaJson(encoded))).not.toThrow()
        },
      ),
      { numRuns: 500 },
    )
  })

  it('encode never throws for hostile objects at any position', () => {
    const hostile = fc.constantFrom(
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {})
        revoke()
        return proxy
      },
      () => new Proxy({}, { ownKeys: () => { throw new Error('ownKeys') } }),
      () => new Proxy([], { get: () => { throw new Error('get') } }),
      () => new Proxy(new Map(), { getPrototypeOf: () => { throw new Error('proto') } }),
      () => Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('getter') } }),
      () => Object.create(null) as object,
      () => {
        let deep: unknown = null
        for (let i = 0; i < 10_000; i++) deep = [deep]
        return deep
      },
      () => {
        const a: unknown[] = []
        a[1_000_000_000] = 1
        return a
      },
      () => Object.defineProperty(new Error('e'), 'code', { enumerable: true, get: () => { throw new Error('code getter') } }),
      () => new (class { get [Symbol.toStringTag](): never { throw new Error('tag') } })(),
    )
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 3 }), fc.jsonValue(), (makers, filler) => {
        const value = { filler, items: makers.map((make) => make()) }
        const encoded = encode(value)
        expect(JSON.parse(JSON.stringify(encoded))).toMatchObject({ items: expect.any(Array) })
      }),
      { numRuns: 100 },
    )
  })
})
