import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CosmiconfigResult, Loader, LoaderSync } from 'cosmiconfig'
import type { Jiti } from 'jiti'
import { isShadowtestError, ShadowtestError } from '../errors.js'
// This package's own entry, handed to configs that import it (see `jitiOptions`). A cycle
// (index → config → here → index) that is safe: the namespace is only read when a config loads.
import * as shadowtestCore from '../index.js'
import { handedConfig } from './handoff.js'
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
// Built per call, not at module load: in the bundled build (scripts/bundle.mjs) this module and
// core's entry are one file, whose namespace object is only assigned after this module's top level ran.
const jitiOptions = () => ({
  moduleCache: false,
  fsCache: false,
  interopDefault: true,
  virtualModules: { '@shadowtest/core': shadowtestCore },
})

const require = createRequire(import.meta.url)
/** jiti is required only when a config needs it (~40 ms to load): `.mjs` and JSON configs never do. */
const createJiti = (): Jiti => (require('jiti') as typeof import('jiti')).createJiti(import.meta.url, jitiOptions())

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

// cosmiconfig (12 packages, 27 CommonJS modules, ~27 ms per fresh process: every test worker
// pays it) is required only when the fast path below cannot answer exactly as it would.
const loadCosmiconfig = (): typeof import('cosmiconfig') => require('cosmiconfig') as typeof import('cosmiconfig')

/** What cosmiconfig's search skips a search place for (ExplorerSync/Explorer `search`). */
const SKIPPED_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES'])
const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code
const hasOwn = (value: unknown, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key)

/** Thrown inside the fast path: "cosmiconfig must decide this one"; never leaves this module. */
class Undecided extends Error {}

/**
 * What the fast path looked at, while `prepareConfigHandoff` records it (see handoff.ts): each
 * path's kind, or the text read from it. The search's result is a function of these (and of the
 * environment, recorded apart), so another process that sees the same gets the same config.
 */
export type ConfigProbe = { path: string; kind: PathKind } | { path: string; text: string }
/** `absent`: ENOENT; `notdir`: ENOTDIR (a path through a file). */
export type PathKind = 'absent' | 'notdir' | 'file' | 'dir' | 'other'

export const kindOf = (stats: ReturnType<typeof statSync> | undefined): PathKind =>
  stats === undefined ? 'absent' : stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other'

/** The probes of the load being recorded (synchronous only: no other load can run in between), `false` once one cannot be replayed. */
let probes: ConfigProbe[] | false | undefined

function sawStat<T extends ReturnType<typeof statSync> | undefined>(path: string, stats: T, missing: 'absent' | 'notdir' = 'absent'): T {
  if (probes) probes.push({ path, kind: stats === undefined ? missing : kindOf(stats) })
  return stats
}

function sawText(path: string, text: string): string {
  if (probes) probes.push({ path, text })
  return text
}

/** A search place skipped for an error: missing paths are replayable, permission errors are not. */
function sawUnreadable(path: string, error: unknown): undefined {
  const code = errorCode(error)
  if (probes) {
    if (code === 'ENOENT' || code === 'ENOTDIR') probes.push({ path, kind: code === 'ENOENT' ? 'absent' : 'notdir' })
    else if (code === 'EISDIR') probes.push({ path, kind: 'dir' })
    else probes = false
  }
  return undefined
}

/**
 * `loadConfigSync` on the fast path only, recording what it looked at; `undefined` probes when
 * the load went to cosmiconfig (its own file access is not recorded) or hit an unreplayable error.
 * Throws what `loadConfigSync` throws.
 */
export function loadConfigSyncRecorded(options: LoadConfigOptions, env: Record<string, string | undefined>): { config: ResolvedConfig; probes: ConfigProbe[] | undefined } {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const target = options.configFile ? path.resolve(cwd, options.configFile) : undefined
  let result: CosmiconfigResult
  probes = []
  let seen: ConfigProbe[] | false
  try {
    result = target ? loadSyncFast(target) : searchSyncFast(cwd)
  } catch (error) {
    probes = undefined
    if (!(error instanceof Undecided)) throw loadFailed(error, cwd)
    return { config: loadConfigSync({ ...options, env }), probes: undefined }
  } finally {
    seen = (probes as ConfigProbe[] | false | undefined) ?? false
    probes = undefined
  }
  return { config: finish(result, { ...options, env }, cwd), probes: seen === false ? undefined : seen }
}

/** `statSync` without throwing for a missing path; any other failure is for cosmiconfig to report. */
function statOf(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return sawStat(file, statSync(file))
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return sawStat(file, undefined, errorCode(error) === 'ENOENT' ? 'absent' : 'notdir')
    throw new Undecided()
  }
}

/** cosmiconfig's `isDirectorySync`: a missing path is no folder, any other stat failure throws. */
function isDirectory(dir: string): boolean {
  try {
    return sawStat(dir, statSync(dir)).isDirectory()
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new Undecided()
    sawStat(dir, undefined)
    return false
  }
}

/**
 * cosmiconfig first looks for its own "meta config" in `process.cwd()` (a `cosmiconfig` key in
 * package.json, package.yaml, `.config/config.*`), which may change the search places; it parses
 * that package.json, and throws if it cannot. The fast path runs only when there is none of that.
 */
function assertNoMetaConfig(): void {
  const dir = process.cwd()
  if (statOf(path.join(dir, 'package.yaml')) || statOf(path.join(dir, '.config'))) throw new Undecided()
  const pkg = path.join(dir, 'package.json')
  if (!statOf(pkg)) return
  let parsed: unknown
  try {
    parsed = JSON.parse(sawText(pkg, readFileSync(pkg, 'utf8')))
  } catch {
    throw new Undecided()
  }
  if (parsed === null || typeof parsed !== 'object' || hasOwn(parsed, 'cosmiconfig')) throw new Undecided()
}

/** The config a module search place holds, as cosmiconfig's search would take it (`undefined`: skip this place). */
type Found = { filepath: string; config: unknown }

/**
 * cosmiconfig's `search` with our options (`searchStrategy: 'project'`, `CONFIG_SEARCH_PLACES`, our
 * loaders, caches off), for the places that need no loader of its own: package.json's "shadowtest"
 * key (JSON.parse gives what its parse-json gives for valid JSON) and the JS/TS config files (our
 * loaders either way). A `.shadowtestrc` / `.json` file found first, an `$import`, invalid JSON or an
 * unexpected file-system error: `Undecided`, and cosmiconfig searches from the start.
 */
function* searchPlaces(from: string): Generator<string, void, undefined> {
  let dir = from
  while (true) {
    if (isDirectory(dir)) for (const place of CONFIG_SEARCH_PLACES) yield path.join(dir, place)
    // cosmiconfig stops at the first folder holding a package file of any kind.
    if (statOf(path.join(dir, 'package.json')) || statOf(path.join(dir, 'package.yaml'))) return
    const parent = path.dirname(dir)
    if (parent === dir) return
    dir = parent
  }
}

/** The file's text, `undefined` when cosmiconfig's search would skip it (or it is empty). */
function contentsOf(filepath: string): string | undefined {
  let contents: string
  try {
    contents = sawText(filepath, readFileSync(filepath, 'utf8'))
  } catch (error) {
    if (SKIPPED_CODES.has(errorCode(error) as string)) return sawUnreadable(filepath, error)
    throw new Undecided()
  }
  return contents.trim() === '' ? undefined : contents
}

/** package.json's "shadowtest" value, or `undefined` when it has none (cosmiconfig's `getPropertyByPath(…) ?? null`). */
function packageConfig(contents: string): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(contents)
  } catch {
    throw new Undecided()
  }
  if (parsed === null || typeof parsed !== 'object') throw new Undecided()
  const value = hasOwn(parsed, MODULE) ? (parsed as Record<string, unknown>)[MODULE] : undefined
  if (value === undefined || value === null) return undefined
  if (hasOwn(value, '$import')) throw new Undecided()
  return value
}

const isModulePlace = (filepath: string): boolean => EXTENSIONS.includes(path.extname(filepath))

/** A module config's loaded value as the search takes it: `undefined` (skip) for null/undefined; `$import` is cosmiconfig's. */
function moduleConfig(value: unknown): unknown {
  if (value === undefined || value === null) return undefined
  if (hasOwn(value, '$import')) throw new Undecided()
  return value
}

/** cosmiconfig marks a loader's error with the file (in strict mode, as cosmiconfig's own code runs). */
function markFile(error: unknown, filepath: string): unknown {
  ;(error as { filepath?: string }).filepath = filepath
  return error
}

/** A module config file on the search path, read but not loaded yet. */
type ModulePlace = { filepath: string; contents: string }

/**
 * The search places in order, as far as they are decided without loading a module: a
 * package.json's config (found), or a module file for the caller to load (sync or async).
 */
function* searchPlan(from: string): Generator<Found | ModulePlace> {
  assertNoMetaConfig()
  for (const filepath of searchPlaces(from)) {
    const isPackage = path.basename(filepath) === 'package.json'
    if (!isPackage && !isModulePlace(filepath)) {
      if (statOf(filepath)?.isFile()) throw new Undecided()
      continue
    }
    const contents = contentsOf(filepath)
    if (contents === undefined) continue
    if (isPackage) {
      const config = packageConfig(contents)
      if (config !== undefined) yield { filepath, config }
      continue
    }
    yield { filepath, contents }
  }
}

/** A module loader's error the search skips (the file counts as absent); anything else is thrown. */
function skippedLoadError(error: unknown, filepath: string): boolean {
  return SKIPPED_CODES.has(errorCode(markFile(error, filepath)) as string)
}

function searchSyncFast(from: string): Found | null {
  for (const place of searchPlan(from)) {
    if (!('contents' in place)) return place
    let value: unknown
    try {
      value = loadModuleSync(place.filepath, place.contents)
    } catch (error) {
      if (skippedLoadError(error, place.filepath)) continue
      throw error
    }
    const config = moduleConfig(value)
    if (config !== undefined) return { filepath: place.filepath, config }
  }
  return null
}

async function searchFast(from: string): Promise<Found | null> {
  for (const place of searchPlan(from)) {
    if (!('contents' in place)) return place
    let value: unknown
    try {
      value = await loadModule(place.filepath, place.contents)
    } catch (error) {
      if (skippedLoadError(error, place.filepath)) continue
      throw error
    }
    const config = moduleConfig(value)
    if (config !== undefined) return { filepath: place.filepath, config }
  }
  return null
}

/** An explicit config file with one of our loaders (cosmiconfig's `load`): its result, or `Undecided`. */
function loadTarget(filepath: string): { filepath: string; contents: string | undefined } {
  assertNoMetaConfig()
  if (!isModulePlace(filepath) || path.basename(filepath, path.extname(filepath)) === 'package') throw new Undecided()
  let contents: string
  try {
    contents = sawText(filepath, readFileSync(filepath, 'utf8'))
  } catch {
    throw new Undecided()
  }
  return { filepath, contents: contents.trim() === '' ? undefined : contents }
}

function loadedResult(filepath: string, value: unknown): CosmiconfigResult {
  if (value === null) return null
  if (value === undefined) return { filepath, config: undefined, isEmpty: true }
  if (hasOwn(value, '$import')) throw new Undecided()
  return { filepath, config: value }
}

function loadSyncFast(file: string): CosmiconfigResult {
  const { filepath, contents } = loadTarget(file)
  if (contents === undefined) return { filepath, config: undefined, isEmpty: true }
  let value: unknown
  try {
    value = loadModuleSync(filepath, contents)
  } catch (error) {
    throw markFile(error, filepath)
  }
  return loadedResult(filepath, value)
}

async function loadFast(file: string): Promise<CosmiconfigResult> {
  const { filepath, contents } = loadTarget(file)
  if (contents === undefined) return { filepath, config: undefined, isEmpty: true }
  let value: unknown
  try {
    value = await loadModule(filepath, contents)
  } catch (error) {
    throw markFile(error, filepath)
  }
  return loadedResult(filepath, value)
}

/**
 * Finds and loads the project's Shadowtest config (or uses defaults), then resolves it.
 * @example const config = await loadConfig({ cwd: process.cwd() })
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const target = options.configFile ? path.resolve(cwd, options.configFile) : undefined
  let result: CosmiconfigResult
  try {
    result = target ? await loadFast(target) : await searchFast(cwd)
  } catch (error) {
    if (!(error instanceof Undecided)) throw loadFailed(error, cwd)
    const explorer = loadCosmiconfig().cosmiconfig(MODULE, {
      searchPlaces: CONFIG_SEARCH_PLACES,
      searchStrategy: 'project',
      cache: false,
      loaders: Object.fromEntries(EXTENSIONS.map((ext) => [ext, loadModule])),
    })
    try {
      result = target ? await explorer.load(target) : await explorer.search(cwd)
    } catch (error) {
      throw loadFailed(error, cwd)
    }
  }
  return finish(result, options, cwd)
}

/** The synchronous twin of `loadConfig`, for the capture runtime (a config using top-level await needs the async one). */
export function loadConfigSync(options: LoadConfigOptions = {}): ResolvedConfig {
  // What another process loaded for the same options, when nothing it was loaded from changed (handoff.ts).
  const handed = handedConfig(options)
  if (handed !== undefined) return handed
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const target = options.configFile ? path.resolve(cwd, options.configFile) : undefined
  let result: CosmiconfigResult
  try {
    result = target ? loadSyncFast(target) : searchSyncFast(cwd)
  } catch (error) {
    if (!(error instanceof Undecided)) throw loadFailed(error, cwd)
    const explorer = loadCosmiconfig().cosmiconfigSync(MODULE, {
      searchPlaces: CONFIG_SEARCH_PLACES,
      searchStrategy: 'project',
      cache: false,
      loaders: Object.fromEntries(EXTENSIONS.map((ext) => [ext, loadModuleSync])),
    })
    try {
      result = target ? explorer.load(target) : explorer.search(cwd)
    } catch (error) {
      throw loadFailed(error, cwd)
    }
  }
  return finish(result, options, cwd)
}
