import { isDeepStrictEqual } from 'node:util'
import { diff as objectDiff } from 'deep-object-diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JSONPath } from 'jsonpath-plus'
import { diffValues, parseJsonPath } from '@shadowtest/core'
import { forEachLocation, parsePath as parseQuery } from '../src/diff/json-path.js'

describe('parseJsonPath', () => {
  it.each([
    ['$', []],
    ['$.total', ['total']],
    ['$.lines[0].price', ['lines', 0, 'price']],
    ["$['odd key']", ['odd key']],
    ['$["odd key"].x', ['odd key', 'x']],
    ["$['it\\'s']", ["it's"]],
    ["$['a.b']['c[0]']", ['a.b', 'c[0]']],
  ])('reads the concrete path %s', (path, segments) => {
    expect(parseJsonPath(path)).toEqual({ kind: 'concrete', segments })
  })

  it.each([
    ['$..timestamp', ['..', { key: 'timestamp' }]],
    ['$.items[*].id', [{ key: 'items' }, '*', { key: 'id' }]],
    ['$.*', ['*']],
    ['$..[0]', ['..', { index: 0 }]],
    ['$..*', ['..', '*']],
  ])('reads the simple query %s into steps', (path, steps) => {
    expect(parseJsonPath(path)).toEqual({ kind: 'query', steps })
  })

  it.each(['$.items[?(@.id==1)]', '$.items[-1:]', '$.items[0,1]', '$.items[(@.length-1)]'])('leaves the query %s to jsonpath-plus', (path) => {
    expect(parseJsonPath(path)).toEqual({ kind: 'query' })
  })

  it.each(['', 'total', '.total', '$.', '$..', '$.a..', '$[', "$['a", '$[]', '$ .a', '$.a[0', '$.items[?(@.a ==)]', '$.items[(@.length -)]'])('rejects %j', (path) => {
    expect(parseJsonPath(path).kind).toBe('invalid')
  })
})

describe('JSONPath matching in policies', () => {
  it('handles keys that need brackets, both in ignoredPaths and in reported paths', () => {
    const expected = { 'a.b': 1, "it's": 1, 'x y': { z: 1 }, '0': 1 }
    const actual = { 'a.b': 2, "it's": 2, 'x y': { z: 2 }, '0': 2 }
    expect(diffValues(expected, actual).changes.map((c) => c.path)).toEqual(["$['0']", "$['a.b']", "$['it\\'s']", "$['x y'].z"])
    // Every reported path can be fed back as an ignored path (that is how noise paths work).
    const reported = diffValues(expected, actual).changes.map((c) => c.path)
    expect(diffValues(expected, actual, undefined, { noise: reported }).equal).toBe(true)
  })

  it('filters and slices go through jsonpath-plus', () => {
    const expected = { items: [{ kind: 'fee', amount: 1 }, { kind: 'tax', amount: 2 }, { kind: 'fee', amount: 3 }] }
    const actual = { items: [{ kind: 'fee', amount: 9 }, { kind: 'tax', amount: 8 }, { kind: 'fee', amount: 7 }] }
    const filtered = diffValues(expected, actual, { ignoredPaths: ["$.items[?(@.kind==='fee')].amount"] })
    expect(filtered.changes.map((c) => c.path)).toEqual(['$.items[1].amount'])
    const sliced = diffValues(expected, actual, { ignoredPaths: ['$.items[-1:]'] })
    expect(sliced.changes.map((c) => c.path)).toEqual(['$.items[0].amount', '$.items[1].amount'])
  })

  it('a filter that reads a missing property matches nothing instead of failing the diff', () => {
    const result = diffValues({ items: [{ a: 1 }, { b: { c: 1 } }] }, { items: [{ a: 2 }, { b: { c: 2 } }] }, { ignoredPaths: ['$.items[?(@.b.c > 0)].b'] })
    expect(result.changes.map((c) => c.path)).toEqual(['$.items[0].a'])
  })

  it('a recursive-descent rule reaches every depth', () => {
    const result = diffValues(
      { price: 100, nested: { deeper: { price: 50 } } },
      { price: 104, nested: { deeper: { price: 53 } } },
      { rules: [{ path: '$..price', rule: 'maxIncreasePercent', percent: 5 }] },
    )
    expect(result.changes.map((c) => c.path)).toEqual(['$.nested.deeper.price'])
  })
})

describe('diffValues properties', () => {
  const json = fc.jsonValue({ maxDepth: 4 })

  it('finds no change exactly when the values are deeply equal, and never mutates its inputs', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const before = [JSON.stringify(a), JSON.stringify(b)]
        const result = diffValues(a, b)
        expect([JSON.stringify(a), JSON.stringify(b)]).toEqual(before)
        // JSON.parse normalises -0 to 0 as the encoding would; plain JSON has no -0.
        const equal = isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))
        // deep-object-diff as a second, independent oracle (it returns {} for equal objects).
        if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
          expect(Object.keys(objectDiff(a, b)).length === 0).toBe(result.equal)
        }
        return result.equal === equal && result.equal === (result.changes.length === 0)
      }),
      { numRuns: 300 },
    )
  })

  it('a value compared with itself under any sorting is equal', () => {
    fc.assert(fc.property(json, (a) => diffValues(a, a, { sortLists: 'all' }).equal && diffValues(a, structuredClone(a), { sortLists: 'all' }).equal), { numRuns: 200 })
  })
})

describe('queries evaluated without jsonpath-plus agree with it', () => {
  type Step = '*' | '..' | string | number
  const stepArb = fc.oneof(fc.constant<Step>('*'), fc.constant<Step>('..'), fc.constantFrom<Step>('a', 'b', '0'), fc.constantFrom<Step>(0, 1))
  const toPath = (steps: Step[]) => {
    let out = '$'
    steps.forEach((step, i) => {
      const afterDescent = steps[i - 1] === '..'
      if (step === '..') out += '..'
      else if (step === '*') out += afterDescent ? '*' : '.*'
      else if (typeof step === 'number' || step === '0') out += `[${typeof step === 'number' ? step : "'0'"}]`
      else out += afterDescent ? step : `.${step}`
    })
    return out
  }
  const wellFormed = (steps: Step[]) => steps.length > 0 && steps.at(-1) !== '..' && steps.every((s, i) => !(s === '..' && steps[i + 1] === '..'))
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.integer(),
      // Only the empty string: jsonpath-plus indexes into strings (`$.s[0]` is a character), which
      // names nothing a diff can ignore, so that quirk is deliberately not reproduced.
      fc.constantFrom('', null, true),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', '0'), tie('node'), { maxKeys: 3 }),
    ),
  })).node
  const pointerOf = (segments: readonly (string | number)[]) => segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')

  it('selects exactly the locations jsonpath-plus selects, for keys, indexes, * and ..', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 4 }).filter(wellFormed), value, (steps, json) => {
        // Concrete paths never reach an evaluator (they name a place whether or not it exists).
        fc.pre(json !== null && typeof json === 'object' && steps.some((s) => s === '*' || s === '..'))
        const path = toPath(steps)
        const parsed = parseQuery(path)
        expect(parsed.kind === 'query' && parsed.steps !== undefined).toBe(true)
        const theirs = new Set(JSONPath({ path, json: json as object, resultType: 'pointer', wrap: true }) as string[])
        const ours = new Set<string>()
        forEachLocation(path, json, (segments) => ours.add(pointerOf(segments)))
        expect([...ours].sort()).toEqual([...theirs].sort())
      }),
      { numRuns: 500 },
    )
  })
})
