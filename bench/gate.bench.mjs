// The gate vs Vitest snapshots, whole run against whole run, two cases:
// - one test: 2,000 scenarios of a small function through ONE `await expect(fn).toMatchBaseline()`
//   vs the same 2,000 values through a loop of `expect(value).toMatchSnapshot()` in one test;
// - one test per scenario: the 2,000 scenarios as 2,000 tests (`test.for(scenarios(id))`, each
//   `await expect(s.replay(fn)).toMatchBaseline(s)`, the shape of a generated suite) vs 2,000
//   `test.for` tests each doing one `expect(value).toMatchSnapshot()`.
// Both projects are temp copies with the
// workspace's node_modules linked; runs alternate A B A B so machine noise hits both alike.
// Needs the built packages (`npm run bench` runs `tsc -b` first).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, priceProjectFiles, priceSource, recordBaseline, target, writeProject } from './lib.mjs'

const SCENARIOS = 2000
const ROUNDS = Number(process.env.GATE_BENCH_ROUNDS ?? 5)
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const vitestBin = join(repoRoot, 'node_modules/vitest/vitest.mjs')

async function project(name, files) {
  const dir = await mkdtemp(join(tmpdir(), `shadowtest-bench-${name}-`))
  await writeProject(dir, files)
  return dir
}

// CPU time of the finished runs (user + system of every process Vitest started, main and workers),
// read from /proc on Linux: on a shared machine it moves far less with the other jobs than wall
// time does. Clock ticks (usually 10 ms); undefined elsewhere.
const TICK_MS = 10
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ')
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS // cutime, cstime
  } catch {
    return undefined
  }
}

let lastCpuMs
function run(dir, args, env = {}) {
  const cpuBefore = childrenCpuMs()
  const started = performance.now()
  const result = spawnSync(process.execPath, [vitestBin, 'run', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1', ...env },
  })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`vitest failed in ${dir}:\n${result.stdout}\n${result.stderr}`)
  const cpuAfter = childrenCpuMs()
  lastCpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore
  return ms
}

const pkg = JSON.stringify({ name: 'bench', private: true, type: 'module' })
const cacheDir = await mkdtemp(join(tmpdir(), 'shadowtest-bench-cache-'))
const gateDir = await project('gate', {
  ...priceProjectFiles(SCENARIOS),
  'vitest.config.mjs':
    "import { defineConfig } from 'vitest/config'\nimport { shadowtest } from '@shadowtest/plugin/vitest'\n" +
    // Installed from npm, Shadowtest lives in node_modules and Vitest loads it natively. Linked from
    // this workspace its real path is packages/*/dist, which Vitest would run through Vite's
    // transform pipeline instead; this keeps the comparison what users get.
    "export default defineConfig({ plugins: [shadowtest()], test: { include: ['test/*.test.js'], server: { deps: { external: [/\\/packages\\/(core|plugin|matchers)\\/dist\\//] } } } })\n",
  'test/gate.test.js':
    "import { expect, test } from 'vitest'\nimport { double } from '../src/price.js'\ntest('gate', async () => { await expect(double).toMatchBaseline() }, 60_000)\n",
  'test/each.test.js':
    "import { expect, test } from 'vitest'\nimport { scenarios } from '@shadowtest/matchers'\nimport { double } from '../src/price.js'\n" +
    "test.for(scenarios('bench.price'))('$label', async (s) => { await expect(s.replay(double)).toMatchBaseline(s) })\n",
})
const snapDir = await project('snap', {
  'package.json': pkg,
  'src/price.js': priceSource(false),
  'vitest.config.mjs': "import { defineConfig } from 'vitest/config'\nexport default defineConfig({ test: { include: ['test/*.test.js'] } })\n",
  'test/snap.test.js': `import { expect, test } from 'vitest'\nimport { double } from '../src/price.js'\ntest('snapshots', () => { for (let i = 0; i < ${SCENARIOS}; i++) expect(double(i)).toMatchSnapshot() }, 60_000)\n`,
  'test/each.test.js': `import { expect, test } from 'vitest'\nimport { double } from '../src/price.js'\ntest.for(Array.from({ length: ${SCENARIOS} }, (_, i) => i))('value %i', (i) => { expect(double(i)).toMatchSnapshot() })\n`,
})

try {
  // Record the 2,000 scenarios for real (capture on), fold them into the store and approve them.
  const stored = await recordBaseline(gateDir)
  if (stored !== SCENARIOS) throw new Error(`expected ${SCENARIOS} scenarios, stored ${stored}`)
  run(snapDir, ['-u']) // writes the .snap files the measured runs compare against
  // A baseline file is remembered as validated once it is ≥ 3 s old (its stat key then names its bytes).
  await new Promise((resolve) => setTimeout(resolve, 3100))

  // The validation memo (docs/gate.md, "Baseline files validated once") lives in a temp folder of
  // this run; the "cold" case switches it off: what the first run after a change, or a fresh CI
  // checkout, pays.
  const memo = { SHADOWTEST_CACHE_DIR: cacheDir }
  const cases = [
    { name: 'one test', gate: ['test/gate.test.js'], snapshot: ['test/snap.test.js'], env: memo, title: 'one toMatchBaseline vs a toMatchSnapshot loop' },
    {
      name: 'one test, validation memo off',
      gate: ['test/gate.test.js'],
      snapshot: ['test/snap.test.js'],
      env: { SHADOWTEST_CACHE_DIR: 'off' },
      title: 'one toMatchBaseline vs a toMatchSnapshot loop, every baseline validated (first run after a change, fresh CI)',
    },
    { name: 'one test per scenario', gate: ['test/each.test.js'], snapshot: ['test/each.test.js'], env: memo, title: `${SCENARIOS} tests via scenarios() + test.for vs ${SCENARIOS} toMatchSnapshot tests` },
  ]
  let ok = true
  for (const c of cases) {
    const samples = { gate: [], snapshot: [] }
    const cpu = { gate: [], snapshot: [] }
    run(gateDir, c.gate, c.env) // warm-up (Vite's dep optimisation, disk caches)
    run(snapDir, c.snapshot)
    for (let r = 0; r < ROUNDS; r++) {
      samples.gate.push(run(gateDir, c.gate, c.env))
      cpu.gate.push(lastCpuMs)
      samples.snapshot.push(run(snapDir, c.snapshot))
      cpu.snapshot.push(lastCpuMs)
    }
    const gate = median(samples.gate)
    const snapshot = median(samples.snapshot)
    const load = loadavg()[0].toFixed(1)
    console.log(`\n## Gate, ${c.name}: ${SCENARIOS} scenarios, ${c.title} (whole vitest run, median of ${ROUNDS}, load average ${load})`)
    const cpuText = (name) => (cpu[name].includes(undefined) ? '' : `   (CPU ${median(cpu[name]).toFixed(0)} ms)`)
    console.log(`toMatchBaseline  ${gate.toFixed(0)} ms${cpuText('gate')}`)
    console.log(`toMatchSnapshot  ${snapshot.toFixed(0)} ms${cpuText('snapshot')}`)
    if (!cpu.gate.includes(undefined)) console.log(`CPU ratio (user + system, all processes): ${(median(cpu.gate) / median(cpu.snapshot)).toFixed(2)}×`)
    ok = target(`gate vs snapshots, ${c.name} (wall, whole run)`, gate / snapshot, 1.0) && ok
  }
  process.exitCode = ok ? 0 : 1
} finally {
  if (process.env.GATE_BENCH_KEEP) console.log(`kept: ${gateDir} ${snapDir}`)
  else {
    await rm(cacheDir, { recursive: true, force: true })
    await rm(gateDir, { recursive: true, force: true })
    await rm(snapDir, { recursive: true, force: true })
  }
}
