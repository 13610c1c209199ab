import { describe, expect, it } from 'vitest'
import { diffValues, encode, isShadowtestError, resolvePolicy, type Change } from '@shadowtest/core'

const paths = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.path}`)

describe('diffValues: structure', () => {
  it('finds nothing between equal values, whatever the key order', () => {
    const result = diffValues({ a: 1, b: { c: [1, 2, { d: 'x' }] } }, { b: { c: [1, 2, { d: 'x' }] }, a: 1 })
    expect(result).toEqual({ equal: true, changes: [], ignored: [] })
  })

  it('reports changed, added and removed leaves with JSONPaths', () => {
    const expected = { total: 107.53, lines: [{ price: 10 }, { price: 20 }], coupon: 'SAVE10', 'odd key': 1 }
    const actual = { total: 107.54, lines: [{ price: 11 }, { price: 20 }, { price: 5 }], 'odd key': 2, note: null }
    const result = diffValues(expected, actual)
    expect(result.equal).toBe(false)
    expect(result.changes).toEqual([
      { path: '$.total', kind: 'changed', before: 107.53, after: 107.54 },
      { path: '$.lines[0].price', kind: 'changed', before: 10, after: 11 },
      { path: '$.lines[2]', kind: 'added', after: { price: 5 } },
      { path: '$.coupon', kind: 'removed', before: 'SAVE10' },
      { path: "$['odd key']", kind: 'changed', before: 1, after: 2 },
      { path: '$.note', kind: 'added', after: null },
    ])
  })

  it('treats a change of type as one change, not a descent', () => {
    expect(diffValues({ a: { b: 1 } }, { a: [1] }).changes).toEqual([{ path: '$.a', kind: 'changed', before: { b: 1 }, after: [1] }])
    expect(diffValues({ a: 1 }, { a: '1' }).changes).toHaveLength(1)
    expect(diffValues(1, 2).changes).toEqual([{ path: '$', kind: 'changed', before: 1, after: 2 }])
  })

  it('reports removed array items at their index', () => {
    expect(paths(diffValues([1, 2, 3], [1]).changes)).toEqual(['removed $[1]', 'removed $[2]'])
  })
})

describe('diffValues: encoded values', () => {
  it('reports a changed Date as one change of the date', () => {
    const result = diffValues(encode({ at: new Date('2026-01-01T00:00:00Z') }), encode({ at: new Date('2026-01-02T00:00:00Z') }))
    expect(result.changes).toEqual([
      { path: '$.at', kind: 'changed', before: { $st: 'date', value: '2026-01-01T00:00:00.000Z' }, after: { $st: 'date', value: '2026-01-02T00:00:00.000Z' } },
    ])
  })

  it('compares Map entries by key, whatever their order', () => {
    const a = encode(new Map<string, number>([['EUR', 1], ['USD', 2]]))
    const b = encode(new Map<string, number>([['USD', 2], ['EUR', 1]]))
    expect(diffValues(a, b).equal).toBe(true)
    const c = encode(new Map<string, number>([['USD', 3], ['GBP', 1]]))
    expect(paths(diffValues(a, c).changes)).toEqual(['removed $.EUR', 'changed $.USD', 'added $.GBP'])
  })

  it('compares Sets without order', () => {
    expect(diffValues(encode(new Set([1, 2, 3])), encode(new Set([3, 1, 2]))).equal).toBe(true)
    expect(diffValues(encode(new Set([1, 2])), encode(new Set([1, 5]))).changes).toEqual([{ path: '$[1]', kind: 'changed', before: 2, after: 5 }])
  })

  it('tells -0, NaN and bigint apart from plain numbers', () => {
    expect(diffValues(encode({ n: 0 }), encode({ n: -0 })).changes).toHaveLength(1)
    expect(diffValues(encode({ n: NaN }), encode({ n: NaN })).equal).toBe(true)
    expect(diffValues(encode({ n: 12n }), encode({ n: 12 })).changes).toHaveLength(1)
    expect(diffValues(encode({ n: undefined }), encode({})).changes).toEqual([{ path: '$.n', kind: 'removed', before: { $st: 'undefined' } }])
  })

  it('compares class instances by data in place, and a different class as one change', () => {
    class Money {
      constructor(
        public amount: number,
        public currency: string,
      ) {}
    }
    class Price {
      constructor(
        public amount: number,
        public currency: string,
      ) {}
    }
    expect(diffValues(encode({ m: new Money(1, 'EUR') }), encode({ m: new Money(2, 'EUR') })).changes.map((c) => c.path)).toEqual(['$.m.amount'])
    expect(diffValues(encode({ m: new Money(1, 'EUR') }), encode({ m: new Price(1, 'EUR') })).changes.map((c) => c.path)).toEqual(['$.m'])
  })
})

describe('diffValues: ignoring', () => {
  it('ignores a field name anywhere and lists what it hid', () => {
    const result = diffValues(
      { requestId: 'a', order: { requestId: 'b', total: 1 }, lines: [{ requestId: 'c' }] },
      { requestId: 'x', order: { requestId: 'y', total: 1 }, lines: [{ requestId: 'c' }] },
      { ignoredFields: ['requestId'] },
    )
    expect(result.equal).toBe(true)
    expect(result.ignored.map((c) => `${c.path} ${c.rule}`)).toEqual(['$.requestId ignoredFields', '$.order.requestId ignoredFields'])
  })

  it('ignores JSONPaths: plain, recursive descent, wildcards and bracket keys', () => {
    const expected = { meta: { requestId: 'r1', 'trace id': 't1' }, timestamp: 1, deep: { x: { timestamp: 2 } }, items: [{ id: 1, qty: 1 }, { id: 2, qty: 2 }] }
    const actual = { meta: { requestId: 'r2', 'trace id': 't2' }, timestamp: 9, deep: { x: { timestamp: 9 } }, items: [{ id: 7, qty: 1 }, { id: 8, qty: 3 }] }
    const result = diffValues(expected, actual, { ignoredPaths: ['$.meta.requestId', "$.meta['trace id']", '$..timestamp', '$.items[*].id'] })
    expect(paths(result.changes)).toEqual(['changed $.items[1].qty'])
    expect(result.ignored.map((c) => c.path).sort()).toEqual(
      ['$.meta.requestId', "$.meta['trace id']", '$.timestamp', '$.deep.x.timestamp', '$.items[0].id', '$.items[1].id'].sort(),
    )
  })

  it('ignores a path present on one side only', () => {
    const result = diffValues({ a: 1 }, { a: 1, debug: { x: 1 } }, { ignoredPaths: ['$.debug'] })
    expect(result.equal).toBe(true)
    expect(result.ignored).toEqual([{ path: '$.debug', kind: 'added', after: { x: 1 }, rule: 'ignoredPaths' }])
  })

  it('keeps array indexes when an item is ignored', () => {
    const result = diffValues([1, 2, 3], [9, 2, 4], { ignoredPaths: ['$[0]'] })
    expect(paths(result.changes)).toEqual(['changed $[2]'])
  })

  it('ignores noise paths and marks them as noise', () => {
    const result = diffValues({ a: 1, b: { c: 2 }, l: [1, 2] }, { a: 1, b: { c: 3 }, l: [1, 5] }, undefined, { noise: ['$.b.c', '$.l[1]'] })
    expect(result.equal).toBe(true)
    expect(result.ignored.map((c) => `${c.path} ${c.rule}`)).toEqual(['$.b.c noise', '$.l[1] noise'])
    expect(diffValues({ 'a b': 1 }, { 'a b': 2 }, undefined, { noise: ["$['a b']"] }).equal).toBe(true)
  })

  it('rejects a malformed noise path with a coded error', () => {
    try {
      diffValues({}, {}, undefined, { noise: ['b.c'] })
      expect.unreachable()
    } catch (error) {
      expect(isShadowtestError(error) && error.code).toBe('DIFF:INVALID_PATH')
    }
  })

  it('ignores everything with $', () => {
    expect(diffValues({ a: 1 }, { a: 2 }, { ignoredPaths: ['$'] }).equal).toBe(true)
  })
})

describe('diffValues: masks keep equality links', () => {
  const u1 = '6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'
  const u2 = '7a2d3c1f-4b5e-4f60-9bac-1d2e3f4a5b6c'
  const u3 = '8b3e4d20-5c6f-4071-acbd-2e3f4a5b6c7d'

  it('accepts fresh UUIDs and timestamps in the same places', () => {
    const policy = { maskUuids: true, maskTimestamps: true }
    const result = diffValues(
      { id: u1, parent: u1, url: `/orders/${u1}`, at: '2026-01-01T10:00:00.000Z' },
      { id: u2, parent: u2, url: `/orders/${u2}`, at: '2026-03-04T11:12:13Z' },
      policy,
    )
    expect(result.equal).toBe(true)
  })

  it('still detects a swapped pair of UUIDs', () => {
    const result = diffValues({ from: u1, to: u2 }, { from: u2, to: u1 }, { maskUuids: true })
    expect(result.equal).toBe(false)
    expect(result.changes).toEqual([
      { path: '$.from', kind: 'changed', before: '<uuid#1>', after: '<uuid#2>' },
      { path: '$.to', kind: 'changed', before: '<uuid#2>', after: '<uuid#1>' },
    ])
  })

  it('detects a broken link: two fields that shared an id no longer do', () => {
    const result = diffValues({ id: u1, parent: u1 }, { id: u2, parent: u3 }, { maskUuids: true })
    expect(result.changes).toEqual([{ path: '$.parent', kind: 'changed', before: '<uuid#1>', after: '<uuid#2>' }])
  })

  it('masks dates inside encoded Date tags, and leaves plain dates alone', () => {
    const policy = { maskTimestamps: true }
    expect(diffValues(encode({ at: new Date(1) }), encode({ at: new Date(2) }), policy).equal).toBe(true)
    expect(diffValues({ due: '2026-01-01' }, { due: '2026-01-02' }, policy).equal).toBe(false)
  })

  it('does not mask when the option is off', () => {
    expect(diffValues({ id: u1 }, { id: u2 }).equal).toBe(false)
  })
})

describe('diffValues: sorted lists', () => {
  it('compares all lists without order with sortLists: all', () => {
    expect(diffValues({ t: ['b', 'a'], n: [{ x: 2 }, { x: 1 }] }, { t: ['a', 'b'], n: [{ x: 1 }, { x: 2 }] }, { sortLists: 'all' }).equal).toBe(true)
  })

  it('only sorts the lists named by path', () => {
    const result = diffValues({ tags: ['b', 'a'], steps: [1, 2] }, { tags: ['a', 'b'], steps: [2, 1] }, { sortLists: ['$.tags'] })
    expect(paths(result.changes)).toEqual(['changed $.steps[0]', 'changed $.steps[1]'])
  })

  it('sorts lists matched by a wildcard path, and diffs the unmatched items field by field', () => {
    const expected = { orders: [{ lines: [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }] }] }
    const actual = { orders: [{ lines: [{ sku: 'B', qty: 3 }, { sku: 'A', qty: 1 }] }] }
    const result = diffValues(expected, actual, { sortLists: ['$.orders[*].lines'] })
    expect(result.changes).toEqual([{ path: '$.orders[0].lines[1].qty', kind: 'changed', before: 2, after: 3 }])
  })

  it('reports extra and missing members of a sorted list', () => {
    const result = diffValues({ t: ['a', 'b', 'b'] }, { t: ['b', 'c', 'a', 'd'] }, { sortLists: 'all' })
    expect(paths(result.changes)).toEqual(['changed $.t[2]', 'added $.t[3]'])
  })
})

describe('diffValues: float tolerance', () => {
  it('absolute: a cent passes, more than a cent fails (inclusive bound)', () => {
    const policy = resolvePolicy({ floatTolerance: { absolute: 0.01 } })
    const passed = diffValues({ total: 107.53 }, { total: 107.54 }, policy)
    expect(passed.equal).toBe(true)
    expect(passed.ignored).toEqual([expect.objectContaining({ path: '$.total', rule: 'floatTolerance' })])
    expect(diffValues({ total: 107.53 }, { total: 107.55 }, policy).equal).toBe(false)
  })

  it('relative: scales with the magnitude', () => {
    const policy = { floatTolerance: { relative: 0.001 } }
    expect(diffValues({ v: 1000 }, { v: 1001 }, policy).equal).toBe(true)
    expect(diffValues({ v: 1000 }, { v: 1001.5 }, policy).equal).toBe(false)
    expect(diffValues({ v: 0 }, { v: 0.0001 }, policy).equal).toBe(false)
  })

  it('exact turns tolerance off under its path', () => {
    const result = diffValues({ a: 1.001, money: { total: 1.001 } }, { a: 1.002, money: { total: 1.002 } }, {
      floatTolerance: { absolute: 0.01 },
      rules: [{ path: '$.money', rule: 'exact' }],
    })
    expect(result.changes).toEqual([{ path: '$.money.total', kind: 'changed', before: 1.001, after: 1.002, rule: 'exact' }])
  })
})

describe('diffValues: path rules', () => {
  it('withinRange passes inside [min, max] (inclusive) and fails outside with a reason', () => {
    const policy = resolvePolicy({ rules: [{ path: '$.latencyMs', rule: 'withinRange', min: 0, max: 100 }] })
    const inside = diffValues({ latencyMs: 20 }, { latencyMs: 100 }, policy)
    expect(inside.equal).toBe(true)
    expect(inside.ignored).toEqual([{ path: '$.latencyMs', kind: 'changed', before: 20, after: 100, rule: 'withinRange', reason: '100 is within [0, 100]' }])
    const outside = diffValues({ latencyMs: 20 }, { latencyMs: 100.5 }, policy)
    expect(outside.changes).toEqual([{ path: '$.latencyMs', kind: 'changed', before: 20, after: 100.5, rule: 'withinRange', reason: '100.5 is outside [0, 100]' }])
    expect(diffValues({ latencyMs: 20 }, { latencyMs: 'fast' }, policy).changes[0]?.reason).toContain('not a number')
  })

  it('withinRange with one bound', () => {
    const policy = { rules: [{ path: '$.n', rule: 'withinRange' as const, min: 10 }] }
    expect(diffValues({ n: 11 }, { n: 1e9 }, policy).equal).toBe(true)
    expect(diffValues({ n: 11 }, { n: 9 }, policy).changes[0]?.reason).toBe('9 is outside [10, ∞]')
  })

  it('maxIncreasePercent: up to the percentage passes, beyond or downwards fails', () => {
    const policy = { rules: [{ path: '$.items[*].price', rule: 'maxIncreasePercent' as const, percent: 10 }] }
    expect(diffValues({ items: [{ price: 100 }] }, { items: [{ price: 110 }] }, policy).equal).toBe(true)
    const beyond = diffValues({ items: [{ price: 100 }] }, { items: [{ price: 110.5 }] }, policy)
    expect(beyond.changes[0]).toMatchObject({ path: '$.items[0].price', rule: 'maxIncreasePercent', reason: 'increased by 10.5% (max 10%)' })
    const down = diffValues({ items: [{ price: 100 }] }, { items: [{ price: 99 }] }, policy)
    expect(down.changes[0]?.reason).toBe('decreased by 1%; only increases up to 10% are allowed')
    expect(diffValues({ items: [{ price: 0 }] }, { items: [{ price: 1 }] }, policy).changes[0]?.reason).toContain('∞ (from 0)')
  })

  it('maxDecreasePercent and a band made of both rules', () => {
    const band = {
      rules: [
        { path: '$.stock', rule: 'maxDecreasePercent' as const, percent: 5 },
        { path: '$.stock', rule: 'maxIncreasePercent' as const, percent: 20 },
      ],
    }
    expect(diffValues({ stock: 200 }, { stock: 190 }, band).equal).toBe(true)
    expect(diffValues({ stock: 200 }, { stock: 240 }, band).equal).toBe(true)
    const fail = diffValues({ stock: 200 }, { stock: 189 }, band)
    expect(fail.changes[0]).toMatchObject({ rule: 'maxDecreasePercent, maxIncreasePercent' })
    expect(fail.changes[0]?.reason).toContain('decreased by 5.5% (max 5%)')
    expect(diffValues({ stock: -100 }, { stock: -96 }, { rules: [{ path: '$.stock', rule: 'maxIncreasePercent', percent: 4 }] }).equal).toBe(true)
  })

  it('exact fails any change and names the rule', () => {
    expect(diffValues({ s: 'a' }, { s: 'b' }, { rules: [{ path: '$.s', rule: 'exact' }] }).changes[0]?.rule).toBe('exact')
  })

  it('applies a rule to everything below its path, the nearest rule winning', () => {
    const policy = {
      rules: [
        { path: '$.metrics', rule: 'withinRange' as const, min: 0, max: 10 },
        { path: '$.metrics.errors', rule: 'exact' as const },
      ],
    }
    const result = diffValues({ metrics: { a: 1, b: { c: 2 }, errors: 0 } }, { metrics: { a: 5, b: { c: 9 }, errors: 1 } }, policy)
    expect(result.changes).toEqual([{ path: '$.metrics.errors', kind: 'changed', before: 0, after: 1, rule: 'exact' }])
    expect(result.ignored.map((c) => c.path)).toEqual(['$.metrics.a', '$.metrics.b.c'])
  })

  it('does not let a rule excuse an added or removed value', () => {
    const result = diffValues({ a: 1 }, {}, { rules: [{ path: '$.a', rule: 'withinRange', min: 0, max: 10 }] })
    expect(result.changes).toEqual([{ path: '$.a', kind: 'removed', before: 1 }])
  })
})

describe('diffValues: thrown errors', () => {
  it('compares errors field by field, so one field can be ignored', () => {
    const before = encode(new RangeError('quantity 0 is below 1'))
    const after = encode(new RangeError('quantity 0 is below the minimum of 1'))
    expect(diffValues(before, after).changes).toEqual([
      { path: '$.message', kind: 'changed', before: 'quantity 0 is below 1', after: 'quantity 0 is below the minimum of 1' },
    ])
    expect(diffValues(before, after, { ignoredPaths: ['$.message'] }).equal).toBe(true)
    expect(diffValues(before, encode(new TypeError('quantity 0 is below 1'))).changes.map((c) => c.path)).toEqual(['$.name'])
  })
})

describe('diffValues: escaped objects', () => {
  it('compares a plain object that has its own "$st" key as data, field by field', () => {
    const result = diffValues(encode({ o: { $st: 'x', a: 1 } }), encode({ o: { $st: 'x', a: 2 } }))
    expect(result.changes).toEqual([{ path: '$.o.a', kind: 'changed', before: 1, after: 2 }])
  })
})

describe('diffValues: paths inside encoded values name what the diff prints', () => {
  class Customer {
    constructor(
      public name: string,
      public visits: number,
      public tags: string[],
    ) {}
  }
  const before = encode({ customer: new Customer('Ada', 1, ['a', 'b']), rates: new Map([['EUR', 1], ['USD', 2]]) })
  const after = encode({ customer: new Customer('Bea', 2, ['b', 'a']), rates: new Map([['EUR', 3], ['USD', 2.5]]) })

  it('every path a diff prints can be fed back as a noise path', () => {
    const first = diffValues(before, after)
    expect(first.changes.map((c) => c.path)).toEqual(['$.customer.name', '$.customer.visits', '$.customer.tags[0]', '$.customer.tags[1]', '$.rates.EUR', '$.rates.USD'])
    const again = diffValues(before, after, undefined, { noise: first.changes.map((c) => c.path) })
    expect(again.equal).toBe(true)
    expect(again.ignored.map((c) => c.path)).toEqual(first.changes.map((c) => c.path))
  })

  it('wildcards and recursive descent see Map entries by key', () => {
    expect(diffValues(before, after, { ignoredPaths: ['$..EUR'] }).changes.map((c) => c.path)).not.toContain('$.rates.EUR')
    expect(diffValues(before, after, { ignoredPaths: ['$.rates.*', '$.customer.*'] }).equal).toBe(true)
  })

  it('ignoredFields reach into class instances; queries, rules and sorting use the printed paths', () => {
    const result = diffValues(before, after, {
      ignoredFields: ['name'],
      ignoredPaths: ['$.rates.EUR'],
      sortLists: ['$.customer.tags'],
      rules: [
        { path: '$.rates.USD', rule: 'maxIncreasePercent', percent: 30 },
        { path: '$..visits', rule: 'withinRange', min: 0, max: 5 },
      ],
    })
    expect(result.changes).toEqual([])
    expect(result.ignored.map((c) => `${c.path} ${c.rule}`)).toEqual([
      '$.customer.name ignoredFields',
      '$.rates.EUR ignoredPaths',
      '$.customer.visits withinRange',
      '$.rates.USD maxIncreasePercent',
    ])
  })
})

describe('diffValues: hostile keys', () => {
  it('treats a "__proto__" key from JSON as data when masking and ignoring', () => {
    const u1 = '6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'
    const u2 = '7a2d3c1f-4b5e-4f60-9bac-1d2e3f4a5b6c'
    const expected = JSON.parse(`{"__proto__": {"id": "${u1}", "requestId": 1, "n": 1}}`)
    const actual = JSON.parse(`{"__proto__": {"id": "${u2}", "requestId": 2, "n": 2}}`)
    const result = diffValues(expected, actual, { maskUuids: true, ignoredFields: ['requestId'] })
    expect(result.changes).toEqual([{ path: '$.__proto__.n', kind: 'changed', before: 1, after: 2 }])
    expect(({} as Record<string, unknown>).n).toBeUndefined()
  })
})

describe('diffValues: values that are not Encoded', () => {
  it('a circular raw value is a coded error, not a stack overflow', () => {
    const a: Record<string, unknown> = { n: 1 }
    a.self = a
    const b: Record<string, unknown> = { n: 1 }
    b.self = b
    try {
      diffValues(a, b)
      expect.unreachable()
    } catch (error) {
      expect(isShadowtestError(error) && error.code).toBe('DIFF:TOO_DEEP')
    }
  })
})
