import { describe, expect, it } from 'vitest'
import { diffValues, resolvePolicy } from '@shadowtest/core'

// A guard against accidental quadratic behaviour, not a benchmark (bench/diff.bench.mjs measures
// against peers): the bounds are ~40× what the engine takes on an idle 2-core machine, so only
// a change of complexity (not a busy neighbour) trips them.
describe('diffValues on a 1 MB payload', () => {
  const orders = Array.from({ length: 3_000 }, (_, i) => ({
    id: `${String(i).padStart(8, '0')}-3a4d-4e5f-8a9b-0c1d2e3f4a5b`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    total: Math.round(i * 13.37 * 100) / 100,
    lines: [
      { sku: `SKU-${i}`, qty: (i % 5) + 1, price: 9.99, tags: ['a', 'b'] },
      { sku: `SKU-${i + 1}`, qty: 1, price: 19.5, tags: [] },
    ],
    shipping: { method: 'ground', address: { street: `${i} Main St`, city: 'Springfield', zip: '12345' } },
  }))
  const expected = { generatedAt: '2026-01-01T00:00:00.000Z', orders }
  const actual = structuredClone(expected)
  ;(actual.orders[1_700] as { lines: Array<{ price: number }> }).lines[1]!.price = 19.75

  it.each([
    ['the default policy', resolvePolicy()],
    ['a full policy', resolvePolicy({ ignoredFields: ['requestId'], maskTimestamps: true, maskUuids: true, floatTolerance: { absolute: 0.001 }, rules: [{ path: '$.orders[*].total', rule: 'maxIncreasePercent', percent: 5 }] })],
  ])('finds the one changed leaf under %s well within budget', (_, policy) => {
    expect(JSON.stringify(expected).length).toBeGreaterThan(900_000)
    // Best of three: other processes share the cores, and one descheduled run says nothing.
    let best = Infinity
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      const result = diffValues(expected, actual, policy)
      best = Math.min(best, performance.now() - start)
      expect(result.changes).toEqual([{ path: '$.orders[1700].lines[1].price', kind: 'changed', before: 19.5, after: 19.75 }])
    }
    expect(best).toBeLessThan(policy.rules.length ? 1_000 : 250)
  })
})
