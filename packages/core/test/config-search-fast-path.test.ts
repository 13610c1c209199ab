import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONFIG_SEARCH_PLACES, loadConfig, loadConfigSync, resolveConfig } from '../src/config/index.js'
import { tempDir } from './fixtures/baseline-factory.js'

// loadConfig(Sync) answers the common layouts without cosmiconfig (27 CommonJS modules per
// process) and hands everything else to it. Each layout below is also searched by cosmiconfig
// itself, with the same options, and both must find the same config.
const require = createRequire(import.meta.url)
const cosmiconfigLoaded = (): boolean => Object.keys(require.cache).some((file) => file.includes(`${path.sep}cosmiconfig${path.sep}`))

let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-config-fast-'))
})
afterEach(() => cleanup())

async function files(entries: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

const mjs = (noiseRuns: number) => `export default { gate: { noiseRuns: ${noiseRuns} } }\n`

/** noiseRuns as cosmiconfig's own search finds it (the default when it finds nothing). */
function cosmiconfigNoiseRuns(from: string): number {
  const { cosmiconfigSync } = require('cosmiconfig') as typeof import('cosmiconfig')
  const explorer = cosmiconfigSync('shadowtest', {
    searchPlaces: CONFIG_SEARCH_PLACES,
    searchStrategy: 'project',
    cache: false,
    loaders: Object.fromEntries(['.ts', '.mts', '.cts', '.mjs', '.js', '.cjs'].map((ext) => [ext, (file: string) => (require(file) as { default: unknown }).default])),
  })
  const found = explorer.search(from)
  return (found?.config as { gate?: { noiseRuns?: number } } | undefined)?.gate?.noiseRuns ?? resolveConfig(undefined, { cwd: from, env: {} }).gate.noiseRuns
}

describe('config search without cosmiconfig', () => {
  // First in this file (each test file runs in its own process): nothing before it loaded cosmiconfig.
  it('finds package.json\'s "shadowtest" key and shadowtest.config.mjs without loading cosmiconfig', async () => {
    await files({ 'package.json': '{ "name": "app", "shadowtest": { "gate": { "noiseRuns": 6 } } }\n', 'sub/shadowtest.config.mjs': mjs(7) })
    expect(loadConfigSync({ cwd: root, env: {} }).gate.noiseRuns).toBe(6)
    expect(loadConfigSync({ cwd: path.join(root, 'sub'), env: {} }).gate.noiseRuns).toBe(7)
    expect((await loadConfig({ cwd: path.join(root, 'sub'), env: {} })).gate.noiseRuns).toBe(7)
    expect(loadConfigSync({ cwd: root, env: {}, configFile: 'sub/shadowtest.config.mjs' }).gate.noiseRuns).toBe(7)
    expect(cosmiconfigLoaded()).toBe(false)
  })

  const layouts: Record<string, Record<string, string>> = {
    'package.json key before a config file in the same folder': { 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": 4 } } }', 'shadowtest.config.mjs': mjs(5) },
    'package.json without the key: the config file': { 'package.json': '{ "name": "app" }', 'shadowtest.config.mjs': mjs(5) },
    'a "shadowtest": null key is skipped': { 'package.json': '{ "shadowtest": null }', 'shadowtest.config.mjs': mjs(5) },
    'an empty config file is skipped': { 'package.json': '{ "type": "module" }', 'shadowtest.config.mjs': '  \n', 'shadowtest.config.js': mjs(8) },
    'a .shadowtestrc.json found first (cosmiconfig loads it)': { 'package.json': '{}', '.shadowtestrc.json': '{ "gate": { "noiseRuns": 9 } }', 'shadowtest.config.mjs': mjs(5) },
    'the search stops at the nearest package.json': { 'shadowtest.config.mjs': mjs(5), 'app/package.json': '{}', 'app/src/x.txt': '' },
    'the search goes up to the package folder': { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5), 'src/deep/x.txt': '' },
    'a folder named like a config file is skipped': { 'package.json': '{}', 'shadowtest.config.ts/x.txt': '', 'shadowtest.config.mjs': mjs(5) },
  }
  for (const [name, layout] of Object.entries(layouts)) {
    it(`same config as cosmiconfig: ${name}`, async () => {
      await files(layout)
      const from = [path.join(root, 'app/src'), path.join(root, 'src/deep'), root].find((dir) => Object.keys(layout).some((f) => path.join(root, f).startsWith(dir + path.sep)))!
      const expected = cosmiconfigNoiseRuns(from)
      expect(loadConfigSync({ cwd: from, env: {} }).gate.noiseRuns).toBe(expected)
      expect((await loadConfig({ cwd: from, env: {} })).gate.noiseRuns).toBe(expected)
    })
  }
})
