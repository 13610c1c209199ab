// The gate's replay + diff loop on its own: one `checkBaseline` over 2,000 approved scenarios of
// the gate benchmark's function (gate.bench.mjs), in a fresh node process per sample, with the
// baseline file already read and validated (that part is the store's, not the loop's). The first
// call is what a gate run pays (one cold pass: the JIT has not warmed up); the later calls show
// the warmed-up loop. CPU is process.cpuUsage (all threads: GC and JIT included).
// REPLAY_BENCH_BEFORE=<another checkout, built> runs its build alternately with this one (A/B).
// Run: npm run build && node bench/replay.bench.mjs   (or `npm run bench replay`)
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SCENARIOS = 2000
import { priceProjectFiles, recordBaseline, writeProject } from './lib.mjs'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))

function price(n) {
  return { n, total: Math.round(n * 1.2 * 100) / 100, tier: n % 3 === 0 ? 'gold' : 'standard', tags: ['a', 'b'] }
}

if (process.argv[2] === '--child') {
  // node replay.bench.mjs --child <checkout root> <project dir> <calls>
  const [, , , root, dir, calls] = process.argv
  const pkg = (name, entry) => import(pathToFileURL(join(root, 'node_modules/@shadowtest', name, 'dist/bundle', entry)).href)
  const core = await pkg('core', 'index.js')
  const plugin = await pkg('plugin', 'index.js')
  const { checkBaseline } = await pkg('matchers', 'index.js')
  process.chdir(dir)
  const fn = plugin.capture(price, { id: 'bench.price' })
  const config = core.loadConfigSync({ cwd: dir })
  const store = new core.FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir })
  const env = { config, store, mode: 'none', strict: false, by: 'bench', runner: 'vitest' }
  const baseline = readdirSync(join(dir, '__baselines__'), { recursive: true }).find((f) => String(f).endsWith('.json'))
  await core.readValidatedBaselineFile(join(dir, '__baselines__', String(baseline)))
  const samples = []
  for (let i = 0; i < Number(calls); i++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    const outcome = await checkBaseline(fn, env)
    const wall = performance.now() - started
    const used = process.cpuUsage(cpu)
    if (!outcome.pass || outcome.results.length !== SCENARIOS) throw new Error(`expected ${SCENARIOS} matched scenarios: ${outcome.message.slice(0, 500)}`)
    samples.push({ wall, cpu: (used.user + used.system) / 1000 })
  }
  console.log(JSON.stringify(samples))
  process.exit(0)
}

const ROUNDS = Number(process.env.REPLAY_BENCH_ROUNDS ?? 9)
const CALLS = 4
const builds = { now: repoRoot, ...(process.env.REPLAY_BENCH_BEFORE ? { before: resolve(process.env.REPLAY_BENCH_BEFORE) } : {}) }

const dir = await mkdtemp(join(tmpdir(), 'shadowtest-bench-replay-'))
try {
  await writeProject(dir, priceProjectFiles(SCENARIOS))
  await recordBaseline(dir)

  const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, []]))
  const self = fileURLToPath(import.meta.url)
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? Object.keys(builds).reverse() : Object.keys(builds)
    for (const name of order) {
      const child = spawnSync(process.execPath, [self, '--child', builds[name], dir, String(CALLS)], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`)
      samples[name].push(JSON.parse(child.stdout))
    }
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[sorted.length >> 1]
  }
  console.log(`\n## checkBaseline over ${SCENARIOS} approved scenarios, baseline file already read (median of ${ROUNDS} processes, load average ${loadavg()[0].toFixed(1)})`)
  console.log('build   first call (cold): wall / CPU     warmed up (call 4): wall / CPU')
  for (const [name, runs] of Object.entries(samples)) {
    const cold = { wall: median(runs.map((r) => r[0].wall)), cpu: median(runs.map((r) => r[0].cpu)) }
    const warm = { wall: median(runs.map((r) => r[CALLS - 1].wall)), cpu: median(runs.map((r) => r[CALLS - 1].cpu)) }
    const us = (ms) => `${((ms * 1000) / SCENARIOS).toFixed(1)} µs/scenario`
    console.log(`${name.padEnd(7)} ${cold.wall.toFixed(1)} ms / ${cold.cpu.toFixed(1)} ms (${us(cold.cpu)})     ${warm.wall.toFixed(1)} ms / ${warm.cpu.toFixed(1)} ms (${us(warm.cpu)})`)
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
