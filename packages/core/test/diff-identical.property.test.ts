import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffValues, encode, resolvePolicy, type DiffPolicyInput } from '@shadowtest/core'
import { diffValuesInFull } from '../src/diff/diff-values.js'

// diffValues answers identical sides without the full pipeline (mask, ignore, walk). These hold
// it to exactly what the full pipeline returns, over generated values and policies: identical
// pairs (same object, clones with shuffled keys), and pairs that differ in one place.

class Money {
  constructor(
    public amount: number,
    public currency: string,
  ) {}
}

const keys = fc.constantFrom('id', 'total', 'at', 'items', 'n', '$st', '__proto__', 'requestId', 'a b', 'value')
const { value: raw } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('2026-01-01T10:00:00Z', '123e4567-e89b-12d3-a456-426614174000', 'gold', ''),
    fc.double(),
    fc.constantFrom(0, -0, NaN, 1.5, 1e12 + 1),
    fc.integer({ min: -5, max: 5 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  ),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
}))

/** Raw values and their encodings: tags (Date, Map, Set, BigInt, -0, NaN, class instances, refs, depth cuts). */
const value = fc.oneof(
  raw,
  raw.map((v) => encode(v)),
  fc.tuple(raw, raw, fc.bigInt(), fc.date({ noInvalidDate: true })).map(([a, b, big, date]) => {
    const shared = { a }
    return encode({ map: new Map<unknown, unknown>([[a, b], ['k', big]]), set: new Set([a, b]), date, money: new Money(1.5, 'EUR'), shared, again: shared, deep: { x: { y: { z: b } } } }, { maxDepth: 3 })
  }),
)

const policy: fc.Arbitrary<DiffPolicyInput> = fc.record(
  {
    ignoredFields: fc.subarray(['requestId', 'at', 'n']),
    ignoredPaths: fc.subarray(['$.total', '$.items[*].id', '$..value']),
    floatTolerance: fc.record({ absolute: fc.constantFrom(0, 0.01), relative: fc.constantFrom(0, 0.001) }),
    sortLists: fc.constantFrom<DiffPolicyInput['sortLists']>('none', 'all', ['$.items']),
    maskTimestamps: fc.boolean(),
    maskUuids: fc.boolean(),
    rules: fc.subarray([{ path: '$.total', rule: 'exact' as const }, { path: '$.n', rule: 'withinRange' as const, min: -1, max: 10 }]),
  },
  { requiredKeys: [] },
)
const noise = fc.subarray(['$.n', '$.items[0]', '$.a'])

/** A structural copy with every object's keys in another order (the walk ignores key order). */
function shuffledClone(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => shuffledClone(x, seed + i))
  if (v === null || typeof v !== 'object') return v
  const entries = Object.entries(v)
  if (seed % 2) entries.reverse()
  const out: Record<string, unknown> = {}
  for (const [k, x] of entries) Object.defineProperty(out, k, { value: shuffledClone(x, seed + 1), enumerable: true, writable: true, configurable: true })
  return out
}

const both = (e: unknown, a: unknown, p: DiffPolicyInput, n: string[]) => {
  const resolved = resolvePolicy(p)
  expect(diffValues(e, a, resolved, { noise: n })).toEqual(diffValuesInFull(e, a, resolved, { noise: n }))
}

describe('diffValues: the identical-sides shortcut gives what the full pipeline gives', () => {
  it('for the same value, clones with keys in another order, and under every policy', () => {
    fc.assert(
      fc.property(value, policy, noise, fc.nat(), (v, p, n, seed) => {
        both(v, v, p, n)
        both(v, shuffledClone(v, seed), p, n)
        both(shuffledClone(v, seed + 1), v, p, n)
      }),
      { numRuns: 600 },
    )
  })

  it('for values that differ somewhere (a leaf, a key, -0 against 0, NaN)', () => {
    fc.assert(
      fc.property(value, value, policy, noise, (e, a, p, n) => {
        both(e, a, p, n)
        both({ x: e, y: 0 }, { x: e, y: -0 }, p, n)
        both([e, NaN], [e, NaN], p, n)
        both({ x: e }, { x: e, extra: undefined }, p, n)
      }),
      { numRuns: 400 },
    )
  })

  it('for class instances (raw values), which the shortcut leaves to the walk', () => {
    const proto = { inherited: 1 }
    const e = Object.create(proto) as Record<string, unknown>
    const a = Object.create(proto) as Record<string, unknown>
    expect(diffValues(e, a)).toEqual(diffValuesInFull(e, a))
    expect(diffValues(new Money(1, 'EUR'), new Money(1, 'EUR'))).toEqual(diffValuesInFull(new Money(1, 'EUR'), new Money(1, 'EUR')))
  })

  it('still rejects an invalid noise path on identical sides', () => {
    expect(() => diffValues({ a: 1 }, { a: 1 }, undefined, { noise: ['$.['] })).toThrow(/not a valid JSONPath/)
  })
})
