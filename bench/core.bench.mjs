// Core hot paths: scenario ids, and encode+redact of a small and a ~1 MB payload, each next to
// JSON.stringify of the same value in the same run (the floor any serializer pays).
// Run: npx tsc -b packages/core && node bench/core.bench.mjs   (or `npm run bench core`)
import crypto from 'node:crypto'
import os from 'node:os'
import { compare, formatNs, printTable, target } from './lib.mjs'
import { canonicalize, createRedactor, encode, encodeInput, scenarioId } from '../packages/core/dist/bundle/index.js'

const redactor = createRedactor({ secret: 'bench-secret' })

function order(i) {
  return {
    id: `ord_${1000 + i}`,
    createdAt: '2026-01-15T10:00:00.000Z',
    currency: 'EUR',
    customer: { id: `cus_${i}`, name: 'Jane Doe', email: `jane.doe${i % 50}@example.com`, tier: 'gold' },
    lines: [
      { sku: 'SKU-ABC-001', name: 'Widget', qty: 2, unitPrice: 9.99 },
      { sku: 'SKU-ABC-002', name: 'Gadget, large', qty: 1, unitPrice: 24.5 },
      { sku: 'SKU-XYZ-100', name: 'Shipping', qty: 1, unitPrice: 4.95 },
    ],
    coupon: null,
    notes: 'Leave at the front door',
  }
}

const small = order(1)
const large = Array.from({ length: 2600 }, (_, i) => order(i))
const largeBytes = JSON.stringify(large).length

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}, ${new Date().toISOString()}`)
console.log(`small payload: ${JSON.stringify(small).length} bytes · large payload: ${(largeBytes / 1024 / 1024).toFixed(2)} MB`)

let sink = 0
// The small input of a typical pure function call: quote({ sku, qty }, 'EUR').
const tiny = [{ sku: 'SKU-ABC-001', qty: 2 }, 'EUR']
const tinyCanonical = `shadowtest/semantics/v1\n${canonicalize(redactor.redact(encodeInput(tiny)))}`
const ids = compare(
  {
    'scenarioId(small input)': () => {
      sink += scenarioId('pricing.quote', { args: tiny }, { redactor }).length
    },
    'scenarioId(order)': () => {
      sink += scenarioId('pricing.quote', { args: [small] }, { redactor }).length
    },
    'JSON.stringify(small input)': () => {
      sink += JSON.stringify({ args: tiny }).length
    },
    // The floor inside every id: one sha256 of the (short) canonical string through node:crypto.
    'sha256 only (node:crypto)': () => {
      sink += crypto.hash('sha256', tinyCanonical, 'hex').length
    },
  },
  { iterations: 20_000, rounds: 7 },
)
printTable('scenario ids (encode → redact → canonical form → sha256)', ids, 'JSON.stringify(small input)')
const idsPerSecond = 1e9 / ids['scenarioId(small input)']
console.log(`${idsPerSecond >= 200_000 ? 'PASS' : 'MISS'}  scenario ids per second, small input: ${Math.round(idsPerSecond).toLocaleString('en')} (target ≥ 200,000)`)
console.log(`info  scenario ids per second, order payload: ${Math.round(1e9 / ids['scenarioId(order)']).toLocaleString('en')}`)

// encode(value, { redactor }) is the one-pass form the capture pipeline uses (same result as redactor.redact(encode(value))).
const smallRun = compare(
  {
    'encode+redact(small)': () => {
      sink += encode(small, { redactor }) === null ? 0 : 1
    },
    'encode, then redact (two passes)': () => {
      sink += redactor.redact(encode(small)) === null ? 0 : 1
    },
    'JSON.stringify(small)': () => {
      sink += JSON.stringify(small).length
    },
  },
  { iterations: 20_000, rounds: 7 },
)
printTable('encode + redact, small payload (an order: 3 lines, a customer email)', smallRun, 'JSON.stringify(small)')
const smallRatio = smallRun['encode+redact(small)'] / smallRun['JSON.stringify(small)']
const smallOk = target('encode+redact small vs JSON.stringify', smallRatio, 2)

const largeRun = compare(
  {
    'encode+redact(1MB)': () => {
      sink += encode(large, { redactor }) === null ? 0 : 1
    },
    'JSON.stringify(1MB)': () => {
      sink += JSON.stringify(large).length
    },
  },
  { iterations: 3, rounds: 5 },
)
printTable(`encode + redact, ~1 MB payload (${large.length} orders)`, largeRun, 'JSON.stringify(1MB)')
const largeRatio = largeRun['encode+redact(1MB)'] / largeRun['JSON.stringify(1MB)']
console.log(`info  encode+redact 1 MB vs JSON.stringify: ${largeRatio.toFixed(2)}× (${formatNs(largeRun['encode+redact(1MB)'])} per MB-payload; no target)`)

if (sink === 42) console.log('')
process.exitCode = idsPerSecond >= 200_000 && smallOk ? 0 : 1
