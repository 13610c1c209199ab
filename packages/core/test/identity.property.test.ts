import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalizeByCopy } from '../src/identity/canonicalize.js'
import { canonicalize, createRedactor, encode, encodeInput, scenarioId, semanticIdOf, type Encoded } from '@shadowtest/core'

const redactor = createRedactor({ secret: 'property-secret' })
const id = (value: unknown) => semanticIdOf(encode(value))

/** Rebuilds a value with every object's keys (and Map/Set entries) in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered)
  if (value instanceof Map) return new Map([...value].reverse().map(([k, v]) => [reordered(k), reordered(v)]))
  if (value instanceof Set) return new Set([...value].reverse().map(reordered))
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).reverse()) {
      Object.defineProperty(out, key, { value: reordered((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

const { tree } = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt(), fc.date({ noInvalidDate: false })),
  tree: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object'), tie('map'), tie('set')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(fc.string(), tie('tree'), { maxKeys: 5, noNullPrototype: true }),
  // String keys/members only: entries with equal canonical forms would collapse in a reordered copy.
  map: fc.uniqueArray(fc.tuple(fc.string(), tie('tree')), { selector: ([k]) => k, maxLength: 4 }).map((e) => new Map(e)),
  set: fc.uniqueArray(fc.string(), { maxLength: 4 }).map((s) => new Set(s)),
}))

class Money {
  constructor(
    public amount: number,
    public currency: string,
  ) {}
}

/** Everything the one-walk id path must hash exactly like canonicalize(redact(encodeInput(...))). */
const { rich } = fc.letrec((tie) => ({
  leafRich: fc.oneof(
    fc.string(),
    fc.constantFrom('jane@example.com', '4111 1111 1111 1111', 'x'.repeat(40)),
    fc.double(),
    fc.constantFrom(-0, NaN, 4111111111111111, 4111111111111111n, undefined, null, true),
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom(/a/g, new URL('https://x.test/a?b=1'), Buffer.from('hi'), new Float32Array([1, -0]), () => 1),
    fc.tuple(fc.double(), fc.string()).map(([a, c]) => new Money(a, c)),
  ),
  rich: fc.oneof({ depthSize: 'small' }, tie('leafRich'), tie('richArray'), tie('richObject'), tie('richError'), tie('richMap')),
  richArray: fc.sparseArray(tie('rich'), { maxLength: 4 }),
  richObject: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('$st', '10', '2', 'password', 'token', '__proto__')), tie('rich'), { maxKeys: 5, noNullPrototype: true }),
  richError: fc.tuple(fc.string(), tie('rich')).map(([m, cause]) => Object.assign(new RangeError(m, { cause }), { code: 'E', extra: cause })),
  richMap: fc.array(fc.tuple(fc.string(), tie('rich')), { maxLength: 2 }).map((e) => new Map(e)),
}))

describe('scenario id properties', () => {
  it('the one-walk id path equals hashing the stored input, for every kind of value', () => {
    fc.assert(
      fc.property(rich, fc.option(rich, { nil: undefined }), fc.constantFrom({}, { maxStringLength: 10 }, { maxDepth: 3 }), (value, receiver, limits) => {
        const stored = redactor.redact(encodeInput([value, 1], receiver, limits))
        const reloaded = JSON.parse(JSON.stringify(stored)) as Encoded
        expect(scenarioId('f', { args: [value, 1], this: receiver }, { redactor, encode: limits })).toBe(`f:${semanticIdOf(reloaded)}`)
      }),
      { numRuns: 400 },
    )
  })


  it('are insensitive to object key order and Map/Set insertion order', () => {
    fc.assert(
      fc.property(tree, (value) => {
        expect(id(reordered(value))).toBe(id(value))
      }),
      { numRuns: 300 },
    )
  })

  it('are insensitive to key order also when objects are shared', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1, maxKeys: 4, noNullPrototype: true }), (shared) => {
        const a = { first: shared, second: shared }
        const b = { second: shared, first: shared }
        expect(id(a)).toBe(id(b))
      }),
    )
  })

  it('are stable through a JSON round trip of the stored input', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const stored = redactor.redact(encodeInput([value]))
        const reloaded = JSON.parse(JSON.stringify(stored)) as Encoded
        expect(semanticIdOf(reloaded)).toBe(semanticIdOf(stored as never))
        expect(scenarioId('f', [value], { redactor })).toBe(`f:${semanticIdOf(stored as never)}`)
      }),
      { numRuns: 200 },
    )
  })

  it('tell types apart', () => {
    const pairs: [unknown, unknown][] = [
      [1, '1'],
      [0, -0],
      [null, undefined],
      [1, 1n],
      [true, 'true'],
      [NaN, 'NaN'],
      [new Map([['a', 1]]), { a: 1 }],
      [new Set([1]), [1]],
      [new Date(0), '1970-01-01T00:00:00.000Z'],
      [Buffer.from([1]), new Uint8Array([1])],
      [new Uint8Array([1]), new Int8Array([1])],
      [[1, , 2], [1, undefined, 2]],
      [{ a: undefined }, {}],
      [/a/, '/a/'],
      [new Error('x'), { name: 'Error', message: 'x' }],
      [{ $st: 'undefined' }, undefined],
    ]
    for (const [a, b] of pairs) expect(id(a), `${String(canonicalize(encode(a)))} vs ${String(canonicalize(encode(b)))}`).not.toBe(id(b))
  })

  it('different values give different ids (no collisions across a random sample)', () => {
    const seen = new Map<string, string>()
    fc.assert(
      fc.property(tree, (value) => {
        const canonical = canonicalize(encode(value))
        const semantic = semanticIdOf(encode(value))
        const prior = seen.get(semantic)
        if (prior !== undefined) expect(prior).toBe(canonical)
        seen.set(semantic, canonical)
      }),
      { numRuns: 500 },
    )
  })
})

/** The same value with every plain object's keys sorted: what a baseline file stores. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(out, key, { value: sortedKeys((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

describe('canonicalize of a value already in canonical form (its own JSON, no copy)', () => {
  it('gives the string the copying path gives for the same value with its keys reversed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), tree.map((v) => encode(v)), (json, encoded) => {
        for (const value of [json, encoded] as Encoded[]) {
          const stored = sortedKeys(value) as Encoded
          expect(canonicalize(stored)).toBe(canonicalize(reordered(value) as Encoded))
          expect(canonicalize(stored)).toBe(canonicalize(value))
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('canonicalize of `{ args: [primitives] }` (its own JSON, by a flat check)', () => {
  const primitive = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom<unknown>(-0, NaN, Infinity, -Infinity, undefined, 1e21, 5e-324),
  )
  it('gives what the copying path gives, for every input (tags for -0, NaN, infinities; holes and undefined)', () => {
    let flat = 0
    fc.assert(
      fc.property(fc.array(primitive, { maxLength: 6 }), fc.boolean(), (args, hole) => {
        const list = [...args]
        if (hole && list.length > 1) delete list[0]
        const input = { args: list } as unknown as Encoded
        if (list.every((a) => a === null || (typeof a !== 'object' && typeof a !== 'undefined' && !Object.is(a, -0) && (typeof a !== 'number' || Number.isFinite(a)))) && !(hole && list.length > 1)) flat++
        expect(canonicalize(input)).toBe(canonicalizeByCopy(input))
        // The same arguments parsed from a stored file (how the id check sees them).
        const stored = JSON.parse(JSON.stringify(input)) as Encoded
        expect(canonicalize(stored)).toBe(canonicalizeByCopy(stored))
        expect(semanticIdOf(stored)).toBe(semanticIdOf(JSON.parse(canonicalizeByCopy(stored)) as Encoded))
      }),
      { numRuns: 1500 },
    )
    expect(flat).toBeGreaterThan(300)
  })

  it('leaves every other shape to the other paths: a receiver, another key, an object argument, an inherited key', () => {
    const inputs = [
      { args: [1], this: { b: 1, a: 2 } },
      { this: 'x', args: [1] },
      { args: [{ b: 1, a: 2 }] },
      { args: [[2, 1]] },
      { args: [1], extra: true },
      { args: [{ $st: 'undefined' }] },
    ] as unknown as Encoded[]
    for (const input of inputs) expect(canonicalize(input)).toBe(canonicalizeByCopy(input))
    const inherited = Object.assign(Object.create({ inherited: 1 }) as object, { args: [1] }) as Encoded
    expect(canonicalize(inherited)).toBe(canonicalizeByCopy(inherited))
  })
})
