import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, decode, decodeInput, encode, encodeJson, type Encoded, type EncodeOptions } from '@shadowtest/core'
import { decodeJson } from '../src/encoding/decode.js'
import { encodesToItself } from '../src/encoding/encode-json.js'

// encodeJson and decodeJson are shortcuts for plain JSON: each must give exactly what the full
// encoder/decoder gives, or give up (undefined). These generate values of every kind the full
// paths tag (undefined, -0, NaN, Infinity, BigInt, Date, Map, Set, class instances, holes, `$st`
// and `__proto__` keys, cycles), limits small enough to cut, and redactors that mask inline.

class Money {
  constructor(
    public amount: number,
    public currency: string,
  ) {}
}

const keys = fc.constantFrom('id', 'total', 'n', 'password', 'email', 'note', '$st', '__proto__', 'a b', 'token')
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('bob@example.com', '4111 1111 1111 1111', 'Bearer abc.def.ghi', 'gold', ''))

function withKey(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
  return out
}

/** Fresh trees (no object reached twice: encodeJson's contract), plain JSON mostly. */
const { value: tree } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    { weight: 6, arbitrary: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(-0, NaN, Infinity, 4111111111111111, 1e12, undefined) },
    { weight: 1, arbitrary: fc.oneof(fc.bigInt(), fc.date({ noInvalidDate: false })).map((v) => v as unknown) },
  ),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object'), tie('odd')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.array(fc.tuple(keys, tie('value')), { maxLength: 5 }).map(withKey),
  odd: fc.oneof(
    tie('value').map((v) => new Map([['k', v]])),
    tie('value').map((v) => new Set([v])),
    fc.tuple(fc.integer(), text).map(([a, c]) => new Money(a, c)),
    tie('value').map((v) => Object.assign(Object.create(null), { v }) as unknown),
    tie('value').map((v) => {
      const holey = [v]
      holey[2] = 1
      return holey
    }),
  ),
}))

const limits: fc.Arbitrary<EncodeOptions> = fc.record(
  {
    maxDepth: fc.integer({ min: 0, max: 5 }),
    maxArrayLength: fc.integer({ min: 0, max: 5 }),
    maxStringLength: fc.integer({ min: 0, max: 20 }),
    maxBytes: fc.integer({ min: 0, max: 300 }),
  },
  { requiredKeys: [] },
)

const redactors = [
  undefined,
  createRedactor(),
  createRedactor({ enabled: false }),
  createRedactor({ keys: ['note'], allow: ['email'] }),
  createRedactor({ allow: ['$.id'] }), // JSONPath allow rules: no inline redaction
  createRedactor({ custom: [{ name: 'gold', pattern: 'gold' }] }),
]

describe('encodeJson gives what encode gives, or undefined', () => {
  it('over generated values, limits and redactors', () => {
    let taken = 0
    fc.assert(
      fc.property(tree, limits, fc.nat(redactors.length - 1), (value, limit, r) => {
        const options: EncodeOptions = { ...limit, ...(redactors[r] ? { redactor: redactors[r] } : {}) }
        const fast = encodeJson(value, options)
        if (fast !== undefined) taken++
        if (fast !== undefined) expect(fast).toStrictEqual(encode(value, options))
      }),
      { numRuns: 2000 },
    )
    // Enough of the runs went through the shortcut for the comparison to mean something.
    expect(taken).toBeGreaterThan(200)
  })

  it('takes plain JSON within the limits (the shortcut is used, not only allowed)', () => {
    const value = { n: 3, total: 3.6, tier: 'gold', tags: ['a', 'b'], nested: { ok: true, none: null, email: 'bob@example.com', card: 4111111111111111 } }
    for (const redactor of [undefined, createRedactor(), createRedactor({ custom: [{ name: 'gold', pattern: 'gold' }] })]) {
      const options = redactor ? { redactor } : {}
      expect(encodeJson(value, options)).toBeDefined()
      expect(encodeJson(value, options)).toStrictEqual(encode(value, options))
    }
    // The built-in patterns mask inline, as encode does.
    expect(JSON.stringify(encodeJson(value, { redactor: createRedactor() }))).not.toContain('bob@example.com')
  })

  it('gives up where encode tags, cuts or redacts a whole subtree', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic['self'] = cyclic
    for (const value of [undefined, -0, NaN, 1n, new Date(0), [1, , 3], { $st: 'x' }, withKey([['__proto__', 1]]), Object.create(null), new Money(1, 'EUR'), cyclic]) {
      expect(encodeJson({ v: value })).toBeUndefined()
    }
    expect(encodeJson('abcdef', { maxStringLength: 3 })).toBeUndefined()
    expect(encodeJson([1, 2, 3], { maxArrayLength: 2 })).toBeUndefined()
    expect(encodeJson({ a: { b: {} } }, { maxDepth: 2 })).toBeUndefined()
    expect(encodeJson({ a: 'x'.repeat(50), b: 1 }, { maxBytes: 20 })).toBeUndefined()
    expect(encodeJson({ password: 'x' }, { redactor: createRedactor() })).toBeUndefined()
    expect(encodeJson({ id: 'x' }, { redactor: createRedactor({ allow: ['$.id'] }) })).toBeUndefined()
  })
})

describe('encodesToItself is true exactly where encodeJson gives the value back unchanged', () => {
  /** Same structure, leaves, key order and prototypes: what a caller taking the value as its encoding gets. */
  const unchanged = (fast: Encoded | undefined, value: unknown) =>
    fast !== undefined && JSON.stringify(fast) === JSON.stringify(value) && isStrictEqual(fast, value)
  const isStrictEqual = (a: unknown, b: unknown) => {
    try {
      expect(a).toStrictEqual(b)
      return true
    } catch {
      return false
    }
  }

  it('over generated values, limits and redactors (and the answer is true often enough to matter)', () => {
    let same = 0
    fc.assert(
      fc.property(tree, limits, fc.nat(redactors.length - 1), (value, limit, r) => {
        const options: EncodeOptions = { ...limit, ...(redactors[r] ? { redactor: redactors[r] } : {}) }
        const answer = encodesToItself(value, options)
        if (answer) same++
        expect(answer).toBe(unchanged(encodeJson(value, options), value))
        // And so what encode gives too, where the shortcut is taken.
        if (answer) expect(value).toStrictEqual(encode(value, options))
      }),
      { numRuns: 2000 },
    )
    expect(same).toBeGreaterThan(200)
  })

  it('is false where redaction changes a string, a large number or a key, or a limit cuts', () => {
    const redactor = createRedactor()
    expect(encodesToItself({ n: 3, tier: 'gold', tags: ['a', 'b'], ok: null }, { redactor })).toBe(true)
    expect(encodesToItself({ email: 'bob@example.com' }, { redactor })).toBe(false)
    expect(encodesToItself({ card: 4111111111111111 }, { redactor })).toBe(false)
    expect(encodesToItself({ password: 'x' }, { redactor })).toBe(false)
    expect(encodesToItself({ note: 'gold' }, { redactor: createRedactor({ custom: [{ name: 'gold', pattern: 'gold' }] }) })).toBe(false)
    expect(encodesToItself({ id: 1 }, { redactor: createRedactor({ allow: ['$.id'] }) })).toBe(false)
    expect(encodesToItself({ a: { b: {} } }, { maxDepth: 2 })).toBe(false)
    expect(encodesToItself({ a: 'x'.repeat(50), b: 1 }, { maxBytes: 20 })).toBe(false)
    expect(encodesToItself([1, 2, 3], { maxArrayLength: 2 })).toBe(false)
    expect(encodesToItself({ card: 4111111111111111 }, { redactor: createRedactor({ enabled: false }) })).toBe(true)
  })
})

describe('decodeJson gives what decode gives, or undefined', () => {
  const viaJson = (encoded: Encoded) => JSON.parse(JSON.stringify(encoded)) as Encoded

  it('over encodings of generated values (stored JSON) and hand-built inputs', () => {
    let taken = 0
    fc.assert(
      fc.property(tree, (value) => {
        const stored = viaJson(encode(value))
        const fast = decodeJson(stored)
        if (fast !== undefined) taken++
        if (fast !== undefined) expect(fast).toStrictEqual(decode(stored))
        const input = { args: [stored, stored] }
        // The same node twice decodes to one shared object: decodeJson leaves that to decode.
        if (stored !== null && typeof stored === 'object') expect(decodeJson(input)).toBeUndefined()
        expect(decodeInput(input)).toStrictEqual({ args: decode(input.args) })
      }),
      { numRuns: 1500 },
    )
    expect(taken).toBeGreaterThan(200)
  })

  it('decodeInput copies all-primitive arguments as decode does (a new array, holes become undefined)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), { maxLength: 6 }), (args) => {
        const input = viaJson({ args } as unknown as Encoded) as unknown as { args: Encoded[] }
        const decoded = decodeInput(input)
        expect(decoded).toStrictEqual({ args: decode(input.args) })
        expect(decoded.args).not.toBe(input.args)
      }),
      { numRuns: 500 },
    )
    const holey = [1, , 'x'] as Encoded[]
    expect(decodeInput({ args: holey })).toStrictEqual({ args: [1, undefined, 'x'] })
    expect(decodeInput({ args: [1], this: 'self' })).toStrictEqual({ args: [1], this: 'self' })
    expect(decodeInput({ args: [1, { $st: 'undefined' }] })).toStrictEqual({ args: [1, undefined] })
  })

  it('takes untagged JSON and gives up on tags and __proto__ keys', () => {
    const stored = viaJson(encode({ n: 1, tags: ['a'], deep: { x: [null, true, 'y'] } }))
    expect(decodeJson(stored)).toStrictEqual(decode(stored))
    expect(decodeJson({ when: { $st: 'date', iso: '2026-01-01T00:00:00.000Z' } })).toBeUndefined()
    expect(decodeJson(JSON.parse('{"__proto__": 1}') as Encoded)).toBeUndefined()
    const shared = { a: 1 }
    const decoded = decodeInput({ args: [shared, shared] })
    expect(decoded.args[0]).toBe(decoded.args[1])
  })
})
