import { describe, expect, it } from 'vitest'
import { diffValues, encode, renderDiff, summarizeDiff } from '@shadowtest/core'

const ESC = String.fromCharCode(27)

describe('renderDiff', () => {
  const expected = { total: 107.53, coupon: 'SAVE10', lines: [{ sku: 'A', qty: 1 }], meta: { requestId: 'r1' }, latencyMs: 20 }
  const actual = {
    total: 107.54,
    lines: [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2, description: 'a description long enough to need more than one line', tags: ['x', 'y'] }],
    meta: { requestId: 'r2' },
    latencyMs: 250,
  }
  const result = diffValues(expected, actual, {
    ignoredPaths: ['$.meta.requestId'],
    rules: [{ path: '$.latencyMs', rule: 'withinRange', min: 0, max: 100 }],
  })

  it('prints one entry per change with path, values, rule, and the ignored paths', () => {
    expect(renderDiff(result, { title: 'pricing.quote:9f2c41d07a1b  big order' })).toBe(
      [
        'pricing.quote:9f2c41d07a1b  big order',
        '~ $.total  107.53 → 107.54',
        '- $.coupon  "SAVE10"',
        '+ $.lines[1]',
        '    {',
        '      "sku": "B",',
        '      "qty": 2,',
        '      "description": "a description long enough to need more than one line",',
        '      "tags": ["x", "y"]',
        '    }',
        '~ $.latencyMs  20 → 250  [withinRange: 250 is outside [0, 100]]',
        'ignored: $.meta.requestId (ignoredPaths)',
      ].join('\n'),
    )
  })

  it('labels both sides when a changed value needs more than one line', () => {
    const big = { description: 'a description long enough to need more than one line', n: 1 }
    expect(renderDiff(diffValues({ a: big }, { a: 'gone' }))).toBe(
      ['~ $.a', '    before:', '    {', '      "description": "a description long enough to need more than one line",', '      "n": 1', '    }', '    after: "gone"'].join('\n'),
    )
  })

  it('renders encoded values as the values they stand for', () => {
    const text = renderDiff(
      diffValues(
        encode({ at: new Date('2026-01-01T00:00:00Z'), n: 12n, u: 1, m: new Map([['EUR', { rate: 1 }]]), s: new Set([1]) }),
        encode({ at: new Date('2026-01-02T00:00:00Z'), n: 13n, u: undefined, m: new Map([['USD', { rate: 2 }]]), s: new Set([1, 2]) }),
      ),
    )
    expect(text).toContain('~ $.at  Date(2026-01-01T00:00:00.000Z) → Date(2026-01-02T00:00:00.000Z)')
    expect(text).toContain('~ $.n  12n → 13n')
    expect(text).toContain('~ $.u  1 → undefined')
    expect(text).toContain('- $.m.EUR  {"rate": 1}')
    expect(text).toContain('+ $.s[1]  2')
    expect(text).not.toContain('$st')
  })

  it('says so when nothing changed, and still lists what was ignored', () => {
    expect(renderDiff(diffValues({ a: 1 }, { a: 1 }))).toBe('no changes')
    expect(renderDiff(diffValues({ a: 1 }, { a: 2 }, undefined, { noise: ['$.a'] }))).toBe('no changes\nignored: $.a (noise)')
  })

  it('shortens a long ignored list', () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, i]))
    const other = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, i + 1]))
    const text = renderDiff(diffValues(many, other, { ignoredPaths: ['$.*'] }), { maxIgnored: 3 })
    expect(text).toBe('no changes\nignored: $.k0 (ignoredPaths), $.k1 (ignoredPaths), $.k2 (ignoredPaths), … and 12 more')
  })

  it('prints the first changes of a huge diff and counts the rest', () => {
    const text = renderDiff(diffValues(Array.from({ length: 250 }, (_, i) => i), Array.from({ length: 250 }, (_, i) => -i - 1)), { maxChanges: 2 })
    expect(text).toBe('~ $[0]  0 → -1\n~ $[1]  1 → -2\n… and 248 more changes')
    expect(renderDiff(diffValues([1, 2], [3, 4])).split('\n')).toHaveLength(2)
  })

  it('colours only when asked', () => {
    expect(renderDiff(result)).not.toContain(ESC)
    const colored = renderDiff(result, { color: true })
    expect(colored).toContain(`${ESC}[33m~ $.total${ESC}[39m`)
    expect(colored).toContain(`${ESC}[31m- $.coupon${ESC}[39m`)
    expect(colored).toContain(`${ESC}[32m+ $.lines[1]${ESC}[39m`)
  })
})

describe('summarizeDiff', () => {
  it('counts changes by kind in one line', () => {
    const result = diffValues({ a: 1, b: 2, c: 3 }, { a: 9, c: 3, d: 4, e: 5 })
    expect(summarizeDiff(result)).toEqual({ added: 2, removed: 1, changed: 1, ignored: 0, text: '1 changed, 2 added, 1 removed: $.a, $.b, $.d, $.e' })
    expect(summarizeDiff(result, { maxPaths: 2 }).text).toBe('1 changed, 2 added, 1 removed: $.a, $.b, … (+2)')
    expect(summarizeDiff(diffValues({ a: 1 }, { a: 2 }, { ignoredFields: ['a'] })).text).toBe('no changes (1 ignored)')
  })
})

describe('formatValue', () => {
  it('prints class instances, errors and escaped objects readably', async () => {
    const { encode, formatValue } = await import('@shadowtest/core')
    class Money {
      constructor(public amount: number) {}
    }
    expect(formatValue(encode(new Money(1)))).toBe('Money {"amount": 1}')
    expect(formatValue(encode(new TypeError('boom')))).toBe('TypeError("boom")')
    expect(formatValue(encode({ $st: 'x', a: 1 }))).toBe('{"$st": "x", "a": 1}')
  })
})
