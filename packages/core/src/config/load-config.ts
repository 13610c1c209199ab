import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { cosmiconfig, cosmiconfigSync, type CosmiconfigResult, type Loader, type LoaderSync } from 'cosmiconfig'
import type { Jiti } from 'jiti'
import { isShadowtestError, ShadowtestError } from '../errors.js'
// This package's own entry, handed to configs that import it (see `jitiOptions`). A cycle
// (index → config → here → index) that is safe: the namespace is only read when a config loads.
import * as shadowtestCore from '../index.js'
import { resolveConfig } from './resolve-config.js'
import type { ResolvedConfig, ShadowtestConfig } from './types.js'

export interface LoadConfigOptions {
  /** Where the upward search starts. Default `process.cwd()`. */
  cwd?: string | undefined
  env?: Record<string, string | undefined> | undefined
  /** Load exactly this file instead of searching. */
  configFile?: string | undefined
}

const MODULE = 'shadowtest'

/** Searched in this order in each directory, from cwd up to the nearest folder with a package.json. */
export const CONFIG_SEARCH_PLACES = [
  'package.json',
  '.shadowtestrc',
  '.shadowtestrc.json',
  '.shadowtestrc.ts',
  '.shadowtestrc.mjs',
  '.shadowtestrc.js',
  'shadowtest.config.ts',
  'shadowtest.config.mts',
  'shadowtest.config.mjs',
  'shadowtest.config.js',
  'shadowtest.config.cjs',
  'shadowtest.config.json',
]

// cosmiconfig's own TypeScript loader calls compiler APIs that TypeScript 6 removed, and its
// JS loader cannot load ESM synchronously; jiti does both, for sync and async callers alike.
// Caches off: a config edited between two loads (watch mode, tests) must be read again.
// `import { defineConfig } from '@shadowtest/core'` (what the docs' configs do) gets this very
// module: otherwise jiti, which transforms ESM it cannot require, ran @shadowtest/core and its
// dependency graph through Babel on every load (1-3 s per load of a shadowtest.config.ts, paid
// by each CLI command and each test worker), and the config got a second copy of core.
const jitiOptions = {
  moduleCache: false,
  fsCache: false,
  interopDefault: true,
  virtualModules: { '@shadowtest/core': shadowtestCore },
}

const require = createRequire(import.meta.url)
/** jiti is required only when a config needs it (~40 ms to load): `.mjs` and JSON configs never do. */
const createJiti = (): Jiti => (require('jiti') as typeof import('jiti')).createJiti(import.meta.url, jitiOptions)

// An `.mjs` config is always ESM, which Node loads natively: far cheaper than jiti, which loads
// Babel and transforms the file to CommonJS (~100 ms per process). Other extensions keep jiti.
const isNativeEsm = (filepath: string): boolean => path.extname(filepath) === '.mjs'

let nativeLoads = 0

const loadModule: Loader = async (filepath) => {
  if (isNativeEsm(filepath)) {
    // A fresh query per load: Node caches modules by URL, and an edited config must be read again.
    const url = `${pathToFileURL(filepath).href}?shadowtest-load=${++nativeLoads}`
    const mod = (await import(url)) as { default?: unknown }
    return mod.default ?? mod
  }
  const jiti = createJiti()
  return jiti.import(filepath, { default: true })
}

/** `.mjs` configs loaded with require(esm), by path, with the source they were loaded from. */
const requiredEsm = new Map<string, { source: string; value: unknown }>()

/**
 * require(esm) loads an `.mjs` config synchronously, but Node keeps the module for the life of
 * the process: it is used while the file still has the source it was loaded from, and an edited
 * file (or one require cannot load, e.g. with top-level await) goes through jiti as before.
 */
function requireEsm(filepath: string): { value: unknown } | undefined {
  if (!isNativeEsm(filepath) || !process.features.require_module) return undefined
  const source = readFileSync(filepath, 'utf8')
  const loaded = requiredEsm.get(filepath)
  if (loaded) return loaded.source === source ? loaded : undefined
  try {
    const mod = require(filepath) as { default?: unknown }
    const entry = { source, value: 'default' in mod ? mod.default : mod }
    requiredEsm.set(filepath, entry)
    return entry
  } catch {
    return undefined
  }
}

const loadModuleSync: LoaderSync = (filepath) => {
  const native = requireEsm(filepath)
  if (native) return native.value
  const jiti = createJiti()
  const mod = jiti(filepath) as { default?: unknown } | undefined
  return mod !== null && typeof mod === 'object' && 'default' in mod ? mod.default : mod
}

const EXTENSIONS = ['.ts', '.mts', '.cts', '.mjs', '.js', '.cjs']

function loadFailed(error: unknown, cwd: string): ShadowtestError {
  if (isShadowtestError(error)) return error
  const file = (error as { filepath?: string }).filepath
  const message = error instanceof Error ? error.message : String(error)
  return new ShadowtestError(
    'CONFIG:LOAD_FAILED',
    `${file ?? `config search from ${cwd}`}: could not be loaded: ${message}. Fix the file (it must export the config object, e.g. \`export default defineConfig({ … })\`).`,
    { ...(file === undefined ? {} : { file }), cause: error },
  )
}

function finish(result: CosmiconfigResult, options: LoadConfigOptions, cwd: string): ResolvedConfig {
  if (result === null || result.isEmpty) {
    return resolveConfig(undefined, { cwd, env: options.env, configFile: result?.filepath })
  }
  return resolveConfig(result.config as ShadowtestConfig, { cwd, env: options.env, configFile: result.filepath })
}

/**
 * Finds and loads the project's Shadowtest config (or uses defaults), then resolves it.
 * @example const config = await loadConfig({ cwd: process.cwd() })
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const explorer = cosmiconfig(MODULE, {
    searchPlaces: CONFIG_SEARCH_PLACES,
    searchStrategy: 'project',
    cache: false,
    loaders: Object.fromEntries(EXTENSIONS.map((ext) => [ext, loadModule])),
  })
  let result: CosmiconfigResult
  try {
    result = options.configFile ? await explorer.load(path.resolve(cwd, options.configFile)) : await explorer.search(cwd)
  } catch (error) {
    throw loadFailed(error, cwd)
  }
  return finish(result, options, cwd)
}

/** The synchronous twin of `loadConfig`, for the capture runtime (a config using top-level await needs the async one). */
export function loadConfigSync(options: LoadConfigOptions = {}): ResolvedConfig {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const explorer = cosmiconfigSync(MODULE, {
    searchPlaces: CONFIG_SEARCH_PLACES,
    searchStrategy: 'project',
    cache: false,
    loaders: Object.fromEntries(EXTENSIONS.map((ext) => [ext, loadModuleSync])),
  })
  let result: CosmiconfigResult
  try {
    result = options.configFile ? explorer.load(path.resolve(cwd, options.configFile)) : explorer.search(cwd)
  } catch (error) {
    throw loadFailed(error, cwd)
  }
  return finish(result, options, cwd)
}
