// Cold parse + validation of a baseline file: `parseBaselineFile` of the gate benchmark's 2 MB file
// (2,000 scenarios recorded for real, each with a 2-entry history), the work every gate worker does
// once, cold, before its first check.
// - cold: a fresh process per sample imports @shadowtest/core, reads the file and times its FIRST
//   `parseBaselineFile` call (wall, process CPU and, on Linux, the main thread's CPU, which moves
//   least with the machine's load): what a worker pays;
// - warm: the same call repeated in this process (medians), which shows the steady-state cost.
// `VALIDATE_BENCH_BEFORE=<repo dir>` (a built copy, e.g. /work/main) runs its core bundle alternately
// with this one and prints both; `VALIDATE_BENCH_FILE=<path>` uses a kept file instead of recording
// one; `VALIDATE_BENCH_ROUNDS` (default 15) sets the cold samples per build.
// Needs the built packages (`npm run build`).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median, priceProjectFiles, recordBaseline, writeProject } from './lib.mjs'

const SCENARIOS = 2000
const ROUNDS = Number(process.env.VALIDATE_BENCH_ROUNDS ?? 15)
const TARGET_MS = 12
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const bundleOf = (root) => pathToFileURL(join(root, 'packages/core/dist/bundle/index.js')).href

/**
 * CPU time of the calling thread in ms (Linux: /proc/thread-self/schedstat, nanoseconds on the CPU),
 * or undefined. Unlike wall time it hardly moves with other jobs on the machine, and unlike
 * process.cpuUsage it leaves out V8's compiler and GC helper threads.
 */
function threadCpuMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    return undefined
  }
}

// The child: one cold call, timed. Prints JSON { wall, cpu, thread, scenarios }.
if (process.argv[2] === '--child') {
  const [, , , bundle, file] = process.argv
  const core = await import(bundle)
  const text = readFileSync(file, 'utf8')
  const cpu0 = process.cpuUsage()
  const thread0 = threadCpuMs()
  const t0 = performance.now()
  const parsed = core.parseBaselineFile(text, { file })
  const wall = performance.now() - t0
  const thread1 = threadCpuMs()
  const cpu = process.cpuUsage(cpu0)
  const thread = thread0 === undefined || thread1 === undefined ? undefined : thread1 - thread0
  console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, thread, scenarios: Object.keys(parsed.scenarios).length }))
  process.exit(0)
}

// The child, stage by stage (wall ms of each step of parseBaselineFile, first call, through the
// tsc output in packages/core/dist/model/): JSON.parse, the duplicate-key check, the schema check
// (the fast pass, then Ajv only if it said no; Ajv alone in a build without the pass) and the id check.
if (process.argv[2] === '--stages') {
  const [, , , root, file] = process.argv
  const model = (name) => import(pathToFileURL(join(root, 'packages/core/dist/model', name)).href)
  const [{ findDuplicateKey }, { getValidators }, { checkScenarioIds }, fast] = await Promise.all([
    model('duplicate-keys.js'),
    model('schema-registry.js'),
    model('scenario-ids.js'),
    model('fast-validation.js').catch(() => undefined),
  ])
  const text = readFileSync(file, 'utf8')
  const times = {}
  // Main-thread CPU where the platform tells it (see threadCpuMs), else wall time.
  const clock = threadCpuMs() === undefined ? () => performance.now() : threadCpuMs
  let t0 = clock()
  const lap = (name) => {
    const now = clock()
    times[name] = now - t0
    t0 = now
  }
  const json = JSON.parse(text)
  lap('JSON.parse')
  if (findDuplicateKey(text, json)) throw new Error('duplicate key')
  lap('duplicate keys')
  if (!(fast?.certainlyValidBaselineFile(json) || getValidators().baselineFile(json))) throw new Error('invalid')
  lap('schema')
  checkScenarioIds(json, file)
  lap('ids')
  console.log(JSON.stringify(times))
  process.exit(0)
}

/** Records SCENARIOS calls of the gate benchmark's function, folds and approves them: the same file. */
async function recordFile() {
  const dir = await mkdtemp(join(tmpdir(), 'shadowtest-bench-validate-'))
  await writeProject(dir, priceProjectFiles(SCENARIOS))
  await recordBaseline(dir)
  return dir
}

async function findFile(dir) {
  const { readdir } = await import('node:fs/promises')
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.baseline.json')) return join(entry.parentPath ?? entry.path, entry.name)
  }
  throw new Error(`no baseline file under ${dir}`)
}

let tempDir
let file = process.env.VALIDATE_BENCH_FILE
if (!file) {
  tempDir = await recordFile()
  file = await findFile(join(tempDir, '__baselines__'))
}
try {
  const text = readFileSync(file, 'utf8')
  const builds = { now: repoRoot }
  if (process.env.VALIDATE_BENCH_BEFORE) builds.before = resolve(process.env.VALIDATE_BENCH_BEFORE)
  const names = process.env.VALIDATE_BENCH_BEFORE ? ['before', 'now'] : ['now']
  console.log(`file: ${(text.length / 1e6).toFixed(2)} MB, ${SCENARIOS} scenarios; builds: ${names.map((n) => `${n}=${builds[n]}`).join(', ')}`)

  // Cold: fresh processes, alternating builds.
  const cold = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [], thread: [] }]))
  for (let r = 0; r < ROUNDS + 1; r++) {
    for (const name of names) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundleOf(builds[name]), file], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(child.stderr)
      const sample = JSON.parse(child.stdout)
      if (sample.scenarios !== SCENARIOS) throw new Error(`expected ${SCENARIOS} scenarios, parsed ${sample.scenarios}`)
      if (r === 0) continue // warm-up: disk cache
      cold[name].wall.push(sample.wall)
      cold[name].cpu.push(sample.cpu)
      if (sample.thread !== undefined) cold[name].thread.push(sample.thread)
    }
  }
  console.log(`\n## cold: first parseBaselineFile in a fresh process (median of ${ROUNDS})`)
  const threadCpu = (name) => (cold[name].thread.length ? `  ${median(cold[name].thread).toFixed(1).padStart(6)} ms main-thread CPU` : '')
  for (const name of names) {
    console.log(`${name.padEnd(7)} ${median(cold[name].wall).toFixed(1).padStart(6)} ms wall  ${median(cold[name].cpu).toFixed(1).padStart(6)} ms process CPU${threadCpu(name)}`)
  }

  // Stages: fresh processes, alternating builds.
  const stages = Object.fromEntries(names.map((n) => [n, {}]))
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--stages', builds[name], file], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(child.stderr)
      for (const [stage, ms] of Object.entries(JSON.parse(child.stdout))) (stages[name][stage] ??= []).push(ms)
    }
  }
  console.log(`\n## cold, stage by stage: main-thread CPU ms (wall where unavailable) of each step, first call in a fresh process (median of ${ROUNDS})`)
  const stageNames = Object.keys(stages.now)
  console.log(`${'build'.padEnd(7)} ${stageNames.map((s) => s.padStart(15)).join('')}`)
  for (const name of names) console.log(`${name.padEnd(7)} ${stageNames.map((s) => median(stages[name][s]).toFixed(1).padStart(15)).join('')}`)

  // Warm: the same call repeated in this process, alternating builds.
  const modules = {}
  for (const name of names) modules[name] = await import(bundleOf(builds[name]))
  const warm = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < 40; r++) {
    for (const name of names) {
      const t0 = performance.now()
      modules[name].parseBaselineFile(text, { file })
      if (r >= 10) warm[name].push(performance.now() - t0)
    }
  }
  console.log('\n## warm: repeated in one process (median of 30)')
  for (const name of names) console.log(`${name.padEnd(7)} ${median(warm[name]).toFixed(1).padStart(6)} ms`)

  // The main thread's CPU time (wall where unavailable): the process CPU also counts V8's compiler
  // and GC threads, wall time the other jobs on the machine.
  const [coldNow, unit] = cold.now.thread.length ? [median(cold.now.thread), 'main-thread CPU'] : [median(cold.now.wall), 'wall']
  console.log(`\n${coldNow <= TARGET_MS ? 'PASS' : 'MISS'}  cold parseBaselineFile of the 2 MB file: ${coldNow.toFixed(1)} ms ${unit} (target ≤ ${TARGET_MS} ms)`)
} finally {
  if (tempDir) await rm(tempDir, { recursive: true, force: true })
}
