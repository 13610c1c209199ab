import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import * as core from '../src/index.js'
import { loadConfig, loadConfigSync } from '../src/config/index.js'
import { tempDir } from './fixtures/baseline-factory.js'

// A shadowtest.config.ts as the docs write it imports defineConfig from '@shadowtest/core'. The
// loader hands it the running package itself: the temp project has no node_modules, so the import
// resolves only that way, and the config sees the same functions (not a Babel-transformed copy of
// core and its dependencies, which cost seconds per load).

let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-config-core-'))
  await writeFile(path.join(root, 'package.json'), '{ "name": "app", "type": "module" }\n')
})
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__shadowtestConfigDefine
  return cleanup()
})

const config = (noiseRuns: number) => `import { defineConfig } from '@shadowtest/core'
import { baselineDir } from './config-parts.ts'
;(globalThis as Record<string, unknown>).__shadowtestConfigDefine = defineConfig
export default defineConfig({ baselineDir, gate: { noiseRuns: ${noiseRuns} } })
`

it("a TypeScript config importing '@shadowtest/core' (directly and through a local file) gets this package, sync and async, and edits are read again", async () => {
  // The local file imports core too: nested modules get the same module.
  await writeFile(path.join(root, 'config-parts.ts'), `import { CURRENT_SCHEMA_VERSION } from '@shadowtest/core'\nexport const baselineDir: string = 'bl-' + typeof CURRENT_SCHEMA_VERSION\n`)
  await writeFile(path.join(root, 'shadowtest.config.ts'), config(3))

  const sync = loadConfigSync({ cwd: root, env: {} })
  expect(sync.gate.noiseRuns).toBe(3)
  expect(sync.baselineDir).toBe(path.join(root, 'bl-number'))
  expect((globalThis as Record<string, unknown>).__shadowtestConfigDefine).toBe(core.defineConfig)

  delete (globalThis as Record<string, unknown>).__shadowtestConfigDefine
  await writeFile(path.join(root, 'shadowtest.config.ts'), config(4))
  const async = await loadConfig({ cwd: root, env: {} })
  expect(async.gate.noiseRuns).toBe(4)
  expect((globalThis as Record<string, unknown>).__shadowtestConfigDefine).toBe(core.defineConfig)
  expect(loadConfigSync({ cwd: root, env: {} }).gate.noiseRuns).toBe(4)
})
