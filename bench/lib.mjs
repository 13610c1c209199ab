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

/**
 * The gate benchmarks' function: a small price quote, wrapped with `capture()` (id `bench.price`)
 * or plain (the snapshot peer's copy).
 */
export const priceSource = (wrapped) => `${wrapped ? "import { capture } from '@shadowtest/plugin'\n" : ''}
function price(n) {
  return { n, total: Math.round(n * 1.2 * 100) / 100, tier: n % 3 === 0 ? 'gold' : 'standard', tags: ['a', 'b'] }
}
export const double = ${wrapped ? "capture(price, { id: 'bench.price' })" : 'price'}
`

/** The files of a project whose baseline holds `scenarios` calls of the price function (see recordBaseline). */
export const priceProjectFiles = (scenarios) => ({
  'package.json': JSON.stringify({ name: 'bench', private: true, type: 'module' }),
  'shadowtest.config.mjs': "export default { baselineDir: '__baselines__', capture: { maxScenariosPerFunction: 5000 } }\n",
  'src/price.js': priceSource(true),
  'traffic.mjs': `import { double } from './src/price.js'\nfor (let i = 0; i < ${scenarios}; i++) double(i)\n`,
})

/**
 * Writes `files` into `dir` and links the workspace's node_modules there (Shadowtest resolves like
 * an npm install).
 */
export async function writeProject(dir, files) {
  const { mkdir, symlink, writeFile } = await import('node:fs/promises')
  const { join } = await import('node:path')
  const { fileURLToPath } = await import('node:url')
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  await symlink(fileURLToPath(new URL('../node_modules', import.meta.url)), join(dir, 'node_modules'), 'dir')
}

/**
 * Records the project's traffic for real (`node traffic.mjs` with capture on), folds the captures
 * into its baseline store and approves every scenario. Returns how many scenarios were added.
 */
export async function recordBaseline(dir) {
  const { spawnSync } = await import('node:child_process')
  const { join } = await import('node:path')
  const captureDir = join(dir, '.shadowtest/captures')
  const traffic = spawnSync(process.execPath, ['traffic.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SHADOWTEST_CAPTURE: 'on', SHADOWTEST_CAPTURE_DIR: captureDir } })
  if (traffic.status !== 0) throw new Error(traffic.stderr)
  const core = await import('@shadowtest/core')
  const { foldCaptures } = await import('@shadowtest/plugin')
  const config = await core.loadConfig({ cwd: dir })
  const store = new core.FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir })
  const folded = await foldCaptures(captureDir, store, { by: 'bench' })
  await core.approveScenarios(store, { all: true }, { by: 'bench' })
  return folded.functions.reduce((n, f) => n + f.added.length, 0)
}
