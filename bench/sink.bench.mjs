// Sink cost on the calling thread: createNdjsonSink().write(record) against the naive
// JSON.stringify + fs.appendFileSync per record, and JSON.stringify alone (the floor), same run,
// alternating rounds. Between rounds the sink's queue is flushed (untimed here, reported apart:
// that work happens on later turns of the event loop, not inside the host's call).
// Then: memory while 1M records are written without ever yielding (the bound must hold).
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNdjsonSink } from '../packages/plugin/dist/runtime/sinks/index.js'
import { formatNs, median, nsPerCall, printTable, target } from './lib.mjs'

const dir = mkdtempSync(join(tmpdir(), 'shadowtest-sink-bench-'))
const naiveFile = join(dir, 'naive.ndjson')

/** A capture record of an order quote with three line items, as the pipeline hands it over. */
function record(i) {
  return {
    v: 1,
    functionId: 'pricing.quote',
    module: 'src/pricing.ts',
    exportName: 'quote',
    semanticId: (i % 4096).toString(16).padStart(12, '0'),
    input: {
      args: [
        {
          ref: `A-${i}`,
          tier: 'gold',
          customer: '<email:3f9a1c2b4d5e>',
          lines: [
            { sku: 'desk', price: 249.99, qty: 1 },
            { sku: 'lamp', price: 39.9, qty: 2 },
            { sku: 'pen', price: 1.5, qty: 4 },
          ],
        },
      ],
    },
    outcome: { kind: 'return', value: { ref: `A-${i}`, subtotal: 335.79, discount: 33.58, total: 302.21, lines: 3 } },
    dependencies: [],
    capturedAt: '2026-11-24T05:00:00.000Z',
    durationMs: 0.012,
    source: { kind: 'record', host: 'bench', runId: 'bench' },
  }
}
const records = Array.from({ length: 1024 }, (_, i) => record(i))
const at = (i) => records[i & 1023]

// Slices of 2,000 records (two default batches) with a flush in between, as a host sees it:
// the queue is drained every flushIntervalMs, it does not pile up 100k records.
const iterations = 2_000
const rounds = 41
const sink = createNdjsonSink({ dir: join(dir, 'captures'), maxPendingBytes: 512 * 1024 * 1024, flushOnExit: false })
const variants = {
  'JSON.stringify (floor)': (i) => JSON.stringify(at(i)),
  'sink.write': (i) => sink.write(at(i)),
  'stringify + appendFileSync': (i) => appendFileSync(naiveFile, JSON.stringify(at(i)) + '\n'),
}
const samples = Object.fromEntries(Object.keys(variants).map((n) => [n, []]))
const flushNs = []
for (let r = 0; r < rounds + 1; r++) {
  for (const [name, fn] of Object.entries(variants)) {
    const ns = nsPerCall(fn, iterations)
    if (r > 0) samples[name].push(ns)
    if (name === 'stringify + appendFileSync' && r % 10 === 0) rmSync(naiveFile, { force: true })
    if (name === 'sink.write') {
      const start = process.hrtime.bigint()
      await sink.flush()
      if (r > 0) flushNs.push(Number(process.hrtime.bigint() - start) / iterations)
    }
  }
}
const medians = Object.fromEntries(Object.entries(samples).map(([n, s]) => [n, median(s)]))
printTable(`Sink cost per record on the calling thread (${iterations} records × ${rounds} rounds, medians)`, medians, 'stringify + appendFileSync')
console.log(`background flush (later event-loop turns, not in the caller): ${formatNs(median(flushNs))} per record`)
const stats = sink.stats()
console.log(`sink stats: written ${stats.written}, dropped ${stats.dropped}, failed ${stats.failed}, files ${stats.files}`)
await sink.close()
console.log(`sink.write vs naive appendFileSync: ${(medians['sink.write'] / medians['stringify + appendFileSync']).toFixed(2)}×`)
// Serializing is the one thing write() must do on the caller's thread; everything else is queueing.
target('sink.write vs JSON.stringify floor', medians['sink.write'] / medians['JSON.stringify (floor)'], 1.25)

// Memory bound: 1M writes in one synchronous burst (no flush can run), default 16 MiB bound.
globalThis.gc?.()
const heapBefore = process.memoryUsage().heapUsed
const bounded = createNdjsonSink({ dir: join(dir, 'bounded'), flushOnExit: false })
const start = process.hrtime.bigint()
for (let i = 0; i < 1_000_000; i++) bounded.write(at(i))
const burstNs = Number(process.hrtime.bigint() - start) / 1_000_000
globalThis.gc?.()
const heapAfter = process.memoryUsage().heapUsed
const b = bounded.stats()
console.log(
  `\n1M writes without yielding: ${formatNs(burstNs)} per write, kept ${b.pendingBytes} bytes pending (bound 16 MiB), dropped ${b.dropped}, heap +${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB`,
)
await bounded.close()
const final = bounded.stats()
const ok = b.pendingBytes <= 16 * 1024 * 1024 && final.written + final.dropped === 1_000_000 && final.failed === 0
console.log(`after close: written ${final.written}, dropped ${final.dropped}, pending ${final.pendingBytes}`)
console.log(`${ok ? 'PASS' : 'MISS'}  pending bytes stay within maxPendingBytes under a 1M-record burst`)
rmSync(dir, { recursive: true, force: true })
