import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { deserialize, serialize } from 'node:v8'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acceptConfigHandoff, loadConfigSync, preloadConfig, prepareConfigHandoff, type LoadConfigOptions, type ResolvedConfig } from '../src/config/index.js'
import { clearConfigHandoffs, frozenPaths, handedConfig, isPlainData, refreeze } from '../src/config/handoff.js'
import { tempDir } from './fixtures/baseline-factory.js'

// The plugin loads the config in Vitest's main process and hands it to the workers
// (`prepareConfigHandoff` → `provide` → `acceptConfigHandoff`), which use it instead of loading
// their own while nothing it came from has changed. Both paths must give the same config.
let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir('shadowtest-config-handoff-'))
  clearConfigHandoffs()
})
afterEach(async () => {
  clearConfigHandoffs()
  await cleanup()
})

async function files(entries: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

const mjs = (noiseRuns: number, extra = '') => `export default { gate: { noiseRuns: ${noiseRuns} }, baselineDir: 'bl-${noiseRuns}'${extra} }\n`

/** What a worker loading the config itself gets (no handoff in this process). */
function ownLoad(options: LoadConfigOptions): ResolvedConfig {
  clearConfigHandoffs()
  return loadConfigSync(options)
}

/** Prepares a handoff as the main process does and accepts it as a worker does; the handed config, or undefined. */
function handOver(options: LoadConfigOptions): { handoff: string | undefined; handed: ResolvedConfig | undefined } {
  clearConfigHandoffs()
  const { handoff } = prepareConfigHandoff(options)
  acceptConfigHandoff(handoff)
  return { handoff, handed: handedConfig(options) }
}

describe('config handoff', () => {
  const layouts: Record<string, Record<string, string>> = {
    'shadowtest.config.mjs': { 'package.json': '{ "name": "app" }', 'shadowtest.config.mjs': mjs(5) },
    "package.json's shadowtest key": { 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": 4 } } }', 'shadowtest.config.mjs': mjs(5) },
    'no config at all (defaults)': { 'package.json': '{ "name": "app" }' },
    'a config file in a parent folder': { 'package.json': '{}', 'shadowtest.config.mjs': mjs(6), 'sub/x.txt': '' },
    'an empty config file skipped for the next one': { 'package.json': '{ "type": "module" }', 'shadowtest.config.mjs': '  \n', 'shadowtest.config.js': mjs(8) },
    'a .ts config (jiti)': { 'package.json': '{}', 'shadowtest.config.ts': 'const n: number = 3\nexport default { gate: { noiseRuns: n } }\n' },
  }
  for (const [name, layout] of Object.entries(layouts)) {
    it(`gives what the worker's own load gives: ${name}`, async () => {
      await files(layout)
      const cwd = name.includes('parent') ? path.join(root, 'sub') : root
      const { handoff, handed } = handOver({ cwd, env: {} })
      expect(handoff).toBeTypeOf('string')
      expect(handed).toBeDefined()
      const own = ownLoad({ cwd, env: {} })
      expect(handed).toStrictEqual(own)
      // Frozen where the loaded one is (a frozen diff policy counts as resolved: resolvePolicy returns it as is).
      expect(frozenShape(handed)).toEqual(frozenShape(own))
      expect(Object.isFrozen(handed!.diff)).toBe(true)
      // loadConfigSync itself takes the handed config
      acceptConfigHandoff(handoff)
      expect(loadConfigSync({ cwd, env: {} })).toStrictEqual(handed)
    })
  }

  it("a handoff the Vitest setup entry left in the global slot is taken by the first config lookup, once", async () => {
    // The matchers' setup entry runs before core loads (it loads the rest while the test file loads).
    await files({ 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) })
    const options = { cwd: root, env: {} }
    const { handoff } = prepareConfigHandoff(options)
    const slot = globalThis as Record<symbol, unknown>
    const key = Symbol.for('shadowtest.configHandoff')
    slot[key] = handoff
    try {
      const handed = handedConfig(options)
      expect(key in slot).toBe(false)
      expect(handed).toStrictEqual(ownLoad(options))
      // Taken means accepted: later lookups still get it, while the file is unchanged…
      acceptConfigHandoff(handoff)
      expect(handedConfig(options)?.gate.noiseRuns).toBe(5)
      // …and nothing else is trusted from the slot: an unreadable value is ignored.
      clearConfigHandoffs()
      slot[key] = '{"format":1,"engine":"other"}'
      expect(handedConfig(options)).toBeUndefined()
      expect(key in slot).toBe(false)
    } finally {
      delete slot[key]
    }
  })

  it('preloadConfig: the next load takes the preloaded config while nothing it came from changed, else loads again', async () => {
    // The Vitest setup preloads while the test file loads; the file may still set variables or write the config.
    await files({ 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": 4 } } }' })
    const env: Record<string, string | undefined> = {}
    const options = { cwd: root, env }
    preloadConfig(options)
    expect(handedConfig(options)?.gate.noiseRuns).toBe(4)
    expect(loadConfigSync(options)).toStrictEqual(ownLoad(options))

    clearConfigHandoffs()
    preloadConfig(options)
    env.SHADOWTEST_BASELINE_DIR = 'alt'
    expect(handedConfig(options)).toBeUndefined()
    expect(loadConfigSync(options).baselineDir).toBe(path.join(root, 'alt'))

    clearConfigHandoffs()
    preloadConfig(options)
    await files({ 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": 9 } } }' })
    expect(handedConfig(options)).toBeUndefined()
    expect(loadConfigSync(options).gate.noiseRuns).toBe(9)

    // A config that fails to load is left for the load to report, with its coded error.
    clearConfigHandoffs()
    await files({ 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": -1 } } }' })
    expect(() => preloadConfig(options)).not.toThrow()
    expect(() => loadConfigSync(options)).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID' }))
  })

  it('an explicit configFile is handed over for that file only', async () => {
    await files({ 'package.json': '{}', 'shadowtest.config.mjs': mjs(5), 'other.config.mjs': mjs(7) })
    const options = { cwd: root, env: {}, configFile: 'other.config.mjs' }
    const { handed } = handOver(options)
    expect(handed?.gate.noiseRuns).toBe(7)
    expect(handed).toStrictEqual(ownLoad(options))
    acceptConfigHandoff(prepareConfigHandoff(options).handoff)
    expect(handedConfig({ cwd: root, env: {} })).toBeUndefined()
  })

  it('a cosmiconfig-only layout (.shadowtestrc.json) is not handed over: the worker loads it', async () => {
    await files({ 'package.json': '{}', '.shadowtestrc.json': '{ "gate": { "noiseRuns": 9 } }' })
    const prepared = prepareConfigHandoff({ cwd: root, env: {} })
    expect(prepared.handoff).toBeUndefined()
    expect(prepared.config).toStrictEqual(ownLoad({ cwd: root, env: {} }))
  })

  it('a config that imports anything but @shadowtest/core is not handed over (its imports are not recorded)', async () => {
    await files({
      'package.json': '{ "type": "module" }',
      'limits.mjs': 'export const runs = 4\n',
      'shadowtest.config.mjs': "import { runs } from './limits.mjs'\nexport default { gate: { noiseRuns: runs } }\n",
      'sub/package.json': '{}',
      'sub/shadowtest.config.mjs': "import { defineConfig } from '@shadowtest/core'\nexport default defineConfig({ gate: { noiseRuns: 2 } })\n",
      'dyn/package.json': '{}',
      'dyn/shadowtest.config.mjs': "const m = 'node:fs'\nawait import(m)\nexport default { gate: { noiseRuns: 2 } }\n",
    })
    const prepared = prepareConfigHandoff({ cwd: root, env: {} })
    expect(prepared.handoff).toBeUndefined()
    expect(prepared.config?.gate.noiseRuns).toBe(4)
    const sub = prepareConfigHandoff({ cwd: path.join(root, 'sub'), env: {} })
    expect(sub.handoff).toBeTypeOf('string')
    expect(handOver({ cwd: path.join(root, 'sub'), env: {} }).handed).toStrictEqual(ownLoad({ cwd: path.join(root, 'sub'), env: {} }))
    expect(prepareConfigHandoff({ cwd: path.join(root, 'dyn'), env: {} }).handoff).toBeUndefined()
  })

  it('an invalid config is not handed over, and the worker gets the same coded error as before', async () => {
    await files({ 'package.json': '{}', 'shadowtest.config.mjs': 'export default { gate: { noiseRuns: "many" } }\n' })
    expect(prepareConfigHandoff({ cwd: root, env: {} })).toEqual({ config: undefined, handoff: undefined })
    expect(() => loadConfigSync({ cwd: root, env: {} })).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID' }))
  })

  describe('anything the config came from changed: the worker loads it again, with the new result', () => {
    const changes: Record<string, { before: Record<string, string>; change: () => Promise<void>; options?: LoadConfigOptions }> = {
      'the config file edited': { before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) }, change: () => files({ 'shadowtest.config.mjs': mjs(6) }) },
      'the config file edited, same size': { before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) }, change: () => files({ 'shadowtest.config.mjs': mjs(7) }) },
      'a config file added earlier in the search order': { before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) }, change: () => files({ '.shadowtestrc.mjs': mjs(6) }) },
      'the config file removed': { before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) }, change: () => rm(path.join(root, 'shadowtest.config.mjs')) },
      "package.json gained a shadowtest key": { before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) }, change: () => files({ 'package.json': '{ "shadowtest": { "gate": { "noiseRuns": 2 } } }' }) },
      'a package.json added between cwd and the config (the search stops there)': {
        before: { 'package.json': '{}', 'shadowtest.config.mjs': mjs(5), 'app/src/x.txt': '' },
        change: () => files({ 'app/package.json': '{}' }),
        options: { cwd: 'app/src' },
      },
    }
    for (const [name, { before, change, options }] of Object.entries(changes)) {
      it(name, async () => {
        await files(before)
        const opts = { env: {}, ...options, cwd: path.join(root, options?.cwd ?? '') }
        const { handoff, handed } = handOver(opts)
        expect(handed).toBeDefined()
        await change()
        acceptConfigHandoff(handoff)
        expect(handedConfig(opts)).toBeUndefined()
        const fresh = ownLoad(opts)
        acceptConfigHandoff(handoff)
        expect(loadConfigSync(opts)).toStrictEqual(fresh)
      })
    }

    it('an environment variable the resolver reads differs in the worker', async () => {
      await files({ 'package.json': '{}', 'shadowtest.config.mjs': mjs(5) })
      const { handoff } = handOver({ cwd: root, env: {} })
      acceptConfigHandoff(handoff)
      const env = { SHADOWTEST_BASELINE_DIR: 'elsewhere' }
      expect(handedConfig({ cwd: root, env })).toBeUndefined()
      expect(loadConfigSync({ cwd: root, env }).baselineDir).toBe(path.join(root, 'elsewhere'))
      // An unrelated variable does not matter.
      expect(handedConfig({ cwd: root, env: { UNRELATED: '1' } })).toBeDefined()
    })

    it('another cwd, or a handoff from another build, is not used', async () => {
      await files({ 'package.json': '{}', 'shadowtest.config.mjs': mjs(5), 'sub/x.txt': '' })
      const { handoff } = handOver({ cwd: root, env: {} })
      expect(handedConfig({ cwd: path.join(root, 'sub'), env: {} })).toBeUndefined()
      clearConfigHandoffs()
      acceptConfigHandoff(JSON.stringify({ ...JSON.parse(handoff!), engine: '0.0.0-other' }))
      expect(handedConfig({ cwd: root, env: {} })).toBeUndefined()
      acceptConfigHandoff('not json')
      acceptConfigHandoff(undefined)
      expect(handedConfig({ cwd: root, env: {} })).toBeUndefined()
    })
  })
})

describe('isPlainData: only what a structured clone copies exactly', () => {
  class Point {
    constructor(readonly x: number) {}
  }
  const leaf = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.constant(/re/g),
    fc.constant(new Date(0)),
    fc.constant(new Map([[1, 2]])),
    fc.constant(new Point(1)),
    fc.constant(Object.create(null) as object),
  )
  const maybeFrozen = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(arb, fc.constantFrom('mutable', 'frozen', 'sealed')).map(([v, how]) => (how === 'frozen' ? Object.freeze(v) : how === 'sealed' ? Object.seal(v) : v))
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      leaf,
      maybeFrozen(fc.array(tie('node'), { maxLength: 4 })),
      maybeFrozen(fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
    ),
  })).node

  it('plain data round-trips through v8.serialize exactly, frozen where it was; anything it rejects holds a non-plain value', () => {
    fc.assert(
      fc.property(value, (v) => {
        const frozen = frozenPaths(v)
        if (frozen !== undefined) {
          const copy = refreeze(deserialize(serialize(v)), frozen)
          expect(isDeepStrictEqual(copy, v)).toBe(true)
          expect(frozenShape(copy)).toEqual(frozenShape(v))
        } else {
          const plain = JSON.stringify(v, (_k, x: unknown) => x) // reached only for the assertion's message
          expect(containsNonPlain(v), plain).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('rejects getters, symbol keys and non-enumerable members', () => {
    expect(isPlainData({ get x() { return 1 } })).toBe(false)
    expect(isPlainData({ [Symbol('s')]: 1 })).toBe(false)
    expect(isPlainData(Object.defineProperty({}, 'x', { value: 1, enumerable: false }))).toBe(false)
    expect(isPlainData({ a: [1, undefined, { b: null }] })).toBe(true)
  })
})

/** Each object's frozen / sealed / extensible state, in walk order. */
function frozenShape(v: unknown): string[] {
  if (v === null || typeof v !== 'object') return []
  const state = Object.isFrozen(v) ? 'frozen' : Object.isSealed(v) ? 'sealed' : Object.isExtensible(v) ? 'open' : 'closed'
  return [state, ...Object.values(v).flatMap(frozenShape)]
}

function containsNonPlain(v: unknown): boolean {
  if (v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v)) return false
  if (typeof v !== 'object') return true
  if (!Object.isFrozen(v) && !Object.isExtensible(v)) return true // sealed, not frozen
  const proto = Object.getPrototypeOf(v) as unknown
  if (Array.isArray(v)) return v.some(containsNonPlain)
  if (proto !== Object.prototype) return true // a class instance, or a null-prototype object
  return Object.values(v).some(containsNonPlain)
}
