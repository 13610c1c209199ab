// Loading a shadowtest.config.ts the way the docs write it (`import { defineConfig } from
// '@shadowtest/core'`), next to the same config as .mjs (loaded natively), sync (what each test
// worker and the capture runtime do) and async (each CLI command). Every load reads the file
// again (caches off, so edits count); the first load of a process also loads jiti and Babel.
// Run: npx tsc -b packages/core && node bench/config.bench.mjs   (or `npm run bench config`)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { formatNs, median } from './lib.mjs'
import { loadConfig, loadConfigSync } from '../packages/core/dist/bundle/index.js'

const body = "defineConfig({ baselineDir: '__baselines__', governance: { policy: { requireReason: ['approve-change'] } } })"
const project = (name, source) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shadowtest-bench-config-'))
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "app", "type": "module" }\n')
  writeFileSync(path.join(dir, name), source)
  return dir
}
const ts = project('shadowtest.config.ts', `import { defineConfig } from '@shadowtest/core'\nconst config = ${body}\nexport default config\n`)
const mjs = project('shadowtest.config.mjs', `export default ${body.replace(/^defineConfig\((.*)\)$/, '$1')}\n`)

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}, ${new Date().toISOString()}`)
try {
  const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) }
  const timeAsync = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) }
  const first = time(() => loadConfigSync({ cwd: ts, env: {} }))
  const rows = []
  for (const [name, cwd] of [['.ts importing @shadowtest/core', ts], ['.mjs', mjs]]) {
    const sync = []
    const async = []
    for (let i = 0; i < 15; i++) {
      sync.push(time(() => loadConfigSync({ cwd, env: {} })))
      async.push(await timeAsync(() => loadConfig({ cwd, env: {} })))
    }
    rows.push([name, formatNs(median(sync)), formatNs(median(async))])
  }
  console.log(`\n## config load (median of 15; first sync load of the process, with jiti and Babel: ${formatNs(first)})`)
  console.log(`${'config'.padEnd(32)}  ${'loadConfigSync'.padStart(14)}  ${'loadConfig'.padStart(12)}`)
  for (const [n, s, a] of rows) console.log(`${n.padEnd(32)}  ${s.padStart(14)}  ${a.padStart(12)}`)
} finally {
  rmSync(ts, { recursive: true, force: true })
  rmSync(mjs, { recursive: true, force: true })
}
