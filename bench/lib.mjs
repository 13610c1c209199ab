// Shared helpers for side-by-side benchmarks: warm up, alternate variants round by round in
// one process, take medians, print ratios against a peer measured in the same run.

/** Nanoseconds per call of `fn`, measured over `iterations` calls. */
export function nsPerCall(fn, iterations) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) fn(i)
  return Number(process.hrtime.bigint() - start) / iterations
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Runs every variant `rounds` times, alternating, after a warm-up; returns medians (ns per call).
 * variants: { name: () => void }
 */
export function compare(variants, { iterations = 100_000, rounds = 5, warmup = 1 } = {}) {
  const names = Object.keys(variants)
  const samples = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < warmup + rounds; r++) {
    for (const name of names) {
      const ns = nsPerCall(variants[name], iterations)
      if (r >= warmup) samples[name].push(ns)
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]))
}

export function formatNs(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`
  return `${ns.toFixed(1)} ns`
}

/** Prints a table of medians and ratios to `baseline` (a variant name). */
export function printTable(title, medians, baseline) {
  console.log(`\n## ${title}`)
  const base = medians[baseline]
  const rows = Object.entries(medians).map(([name, ns]) => [name, formatNs(ns), `${(ns / base).toFixed(2)}×`])
  const w0 = Math.max(...rows.map((r) => r[0].length), 7)
  console.log(`${'variant'.padEnd(w0)}  ${'per op'.padStart(10)}  ${'× ' + baseline}`)
  for (const [n, t, x] of rows) console.log(`${n.padEnd(w0)}  ${t.padStart(10)}  ${x}`)
}

/** Prints a target check line: PASS/MISS with the measured ratio. */
export function target(label, ratio, limit) {
  const ok = ratio <= limit
  console.log(`${ok ? 'PASS' : 'MISS'}  ${label}: ${ratio.toFixed(2)}× (target ≤ ${limit}×)`)
  return ok
}
