// A/B of two builds on the gate benchmark's kept projects (GATE_BENCH_KEEP=1 node bench/gate.bench.mjs
// prints them): the gate project is copied once per build with its node_modules linked to that build's
// (AB_BEFORE: another checkout's node_modules, built there with `npm run build`; AB_NOW: default this
// workspace's), then the two copies and the snapshot project run alternately; medians of wall and CPU
// (user + system of every process Vitest started, from /proc/self/stat; Linux only). AB_TAG names the copies.
// node bench/gate-ab.mjs <gateDir> <snapDir> [rounds=9] [test/gate.test.js | test/each.test.js]
import { spawnSync } from 'node:child_process'
import { readFileSync, cpSync, rmSync, symlinkSync, existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
const [gateDir, snapDir, rounds = '9', testFile = 'test/gate.test.js'] = process.argv.slice(2)
if (!process.env.AB_BEFORE || !gateDir || !snapDir) throw new Error('usage: AB_BEFORE=<other checkout>/node_modules node bench/gate-ab.mjs <gateDir> <snapDir> [rounds] [test file]')
const builds = { before: process.env.AB_BEFORE, now: process.env.AB_NOW ?? fileURLToPath(new URL('../node_modules', import.meta.url)) }
const dirs = {}
for (const [k, nm] of Object.entries(builds)) {
  const d = `${gateDir}-${k}${process.env.AB_TAG ?? ''}`
  if (!existsSync(d)) { cpSync(gateDir, d, { recursive: true, dereference: false, filter: (s) => !s.endsWith('/node_modules') }); symlinkSync(nm, `${d}/node_modules`, 'dir') }
  dirs[k] = d
}
const cpu = () => { const f = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' '); return (Number(f[13]) + Number(f[14])) * 10 }
// Each copy runs the Vitest its own node_modules holds: a build linked to another checkout's
// node_modules must not mix that checkout's packages with this one's Vitest ("failed to find the runner").
function run(dir, file) {
  const c0 = cpu(), t0 = performance.now()
  const r = spawnSync(process.execPath, [`${dir}/node_modules/vitest/vitest.mjs`, 'run', file], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' } })
  if (r.status !== 0) throw new Error(r.stdout + r.stderr)
  return [performance.now() - t0, cpu() - c0]
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1] }
const snapFile = testFile.includes('each') ? 'test/each.test.js' : 'test/snap.test.js'
const res = { before: [[], []], now: [[], []], snap: [[], []] }
run(dirs.before, testFile); run(dirs.now, testFile); run(snapDir, snapFile)
for (let i = 0; i < Number(rounds); i++) {
  for (const k of i % 2 ? ['now', 'before'] : ['before', 'now']) { const [w, c] = run(dirs[k], testFile); res[k][0].push(w); res[k][1].push(c) }
  const [w, c] = run(snapDir, snapFile); res.snap[0].push(w); res.snap[1].push(c)
}
for (const [k, [w, c]] of Object.entries(res)) console.log(`${k.padEnd(7)} wall ${med(w).toFixed(0)} ms  CPU ${med(c)} ms`)
console.log(`load ${loadavg()[0].toFixed(1)}; ratio before ${(med(res.before[0]) / med(res.snap[0])).toFixed(2)}x/${(med(res.before[1]) / med(res.snap[1])).toFixed(2)}x now ${(med(res.now[0]) / med(res.snap[0])).toFixed(2)}x/${(med(res.now[1]) / med(res.snap[1])).toFixed(2)}x`)
