// Diff engine: two ~1 MB payloads that differ in one leaf, our diffValues next to
// util.isDeepStrictEqual (a yes/no answer, the floor) and deep-object-diff's detailedDiff
// (a structural diff without paths or policy), measured in the same run.
// Needs the built package: `npx tsc -b packages/core` (npm run bench does it).
import { isDeepStrictEqual } from 'node:util'
import { detailedDiff } from 'deep-object-diff'
import { compare, formatNs, printTable } from './lib.mjs'
import { diffValues, resolvePolicy } from '../packages/core/dist/bundle/index.js'

/** An order-history payload: nested objects, arrays, numbers, ids, timestamps. */
function payload(orders) {
  return {
    customer: { id: 'c-1', name: 'Ada', tier: 'gold' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    orders: Array.from({ length: orders }, (_, i) => ({
      id: `0000${i}`.slice(-5) + '-6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'.slice(5),
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      status: i % 3 ? 'paid' : 'open',
      total: Math.round(i * 13.37 * 100) / 100,
      lines: [
        { sku: `SKU-${i}`, qty: (i % 5) + 1, price: 9.99, tags: ['a', 'b'] },
        { sku: `SKU-${i + 1}`, qty: 1, price: 19.5, tags: [] },
      ],
      shipping: { method: 'ground', address: { street: `${i} Main St`, city: 'Springfield', zip: '12345' } },
    })),
  }
}

const expected = payload(3_000)
const actual = JSON.parse(JSON.stringify(expected))
actual.orders[1_700].lines[1].price = 19.75
const size = Buffer.byteLength(JSON.stringify(expected))

const plain = resolvePolicy()
const realistic = resolvePolicy({
  ignoredFields: ['requestId'],
  ignoredPaths: ['$.generatedAt'],
  floatTolerance: { absolute: 0.001 },
  maskTimestamps: true,
  maskUuids: true,
  rules: [{ path: '$.orders[*].total', rule: 'maxIncreasePercent', percent: 5 }],
})

// Sanity: every variant must see the one change, or the timings mean nothing.
const found = diffValues(expected, actual, plain)
if (found.changes.length !== 1 || found.changes[0].path !== '$.orders[1700].lines[1].price') throw new Error(`unexpected diff: ${JSON.stringify(found.changes)}`)
if (diffValues(expected, actual, realistic).changes.length !== 1) throw new Error('policy diff lost the change')
if (isDeepStrictEqual(expected, actual)) throw new Error('isDeepStrictEqual missed the change')

const medians = compare(
  {
    'isDeepStrictEqual': () => isDeepStrictEqual(expected, actual),
    'detailedDiff': () => detailedDiff(expected, actual),
    'diffValues': () => diffValues(expected, actual, plain),
    'diffValues+policy': () => diffValues(expected, actual, realistic),
  },
  { iterations: 5, rounds: 7, warmup: 2 },
)
printTable(`diff of two ${(size / 1024 / 1024).toFixed(2)} MB payloads, one leaf changed`, medians, 'isDeepStrictEqual')

const limitMs = 50
let ok = true
for (const name of ['diffValues', 'diffValues+policy']) {
  const ms = medians[name] / 1e6
  const pass = ms < limitMs
  ok &&= pass
  console.log(`${pass ? 'PASS' : 'MISS'}  ${name}: ${formatNs(medians[name])} (target < ${limitMs} ms)`)
}
console.log(`      vs detailedDiff: ${(medians.diffValues / medians.detailedDiff).toFixed(2)}× (ours also gives paths, kinds and policy)`)
process.exitCode = ok ? 0 : 1
