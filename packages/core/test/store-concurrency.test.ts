import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseBaselineFile } from '../src/model/index.js'
import { tempDir } from './fixtures/baseline-factory.js'

const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const writer = fileURLToPath(new URL('./fixtures/concurrent-writer.mjs', import.meta.url))
const WRITERS = 6
const PER_WRITER = 25

let root: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir: root, cleanup } = await tempDir()))
afterEach(() => cleanup())

function runWriter(index: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, distEntry, root, String(index), String(PER_WRITER)], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

it(`${WRITERS} processes adding ${PER_WRITER} scenarios each to one file lose nothing`, { timeout: 60_000 }, async () => {
  if (!existsSync(distEntry)) {
    throw new Error(`${distEntry} is missing: this test runs the BUILT store in child processes. Run \`npx tsc -b packages/core\` first.`)
  }
  const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => runWriter(i)))
  for (const r of results) expect(r.stderr).toBe('')
  expect(results.map((r) => r.code)).toEqual(Array(WRITERS).fill(0))

  const file = path.join(root, '__baselines__/src/pricing/quote.baseline.json')
  const baseline = parseBaselineFile(await readFile(file, 'utf8'), { file })
  const scenarios = Object.values(baseline.scenarios)
  expect(scenarios).toHaveLength(WRITERS * PER_WRITER)
  const seqs = scenarios.map((s) => s.seq).sort((a, b) => a - b)
  expect(seqs).toEqual(Array.from({ length: WRITERS * PER_WRITER }, (_, i) => i + 1))
  // no temp or lock left behind
  expect(await readdir(path.dirname(file))).toEqual(['quote.baseline.json'])
})
