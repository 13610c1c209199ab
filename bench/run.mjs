// `npm run bench`: runs every bench/*.bench.mjs in its own process, one after the other,
// so one benchmark's heap and JIT state never colour another's numbers.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
console.log(`Shadowtest benchmarks · node ${process.version} · ${new Date().toISOString()}`)
let failed = 0
for (const file of files) {
  console.log(`\n# ${file}`)
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL(file, import.meta.url))], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
