import { readFileSync, realpathSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { ENGINE_VERSION } from '../version.js'
import { kindOf, loadConfigSyncRecorded, type ConfigProbe, type LoadConfigOptions } from './load-config.js'
import type { ResolvedConfig } from './types.js'

/**
 * A resolved config handed from the process that loaded it (Vitest's main process) to the ones
 * that would load the same (its test workers), with what it was loaded from: the paths the search
 * looked at and what it found there (each file's text, or absent), the environment variables
 * `resolveConfig` read, and both working directories. A worker uses it only when all of that is
 * still the same; otherwise it loads the config itself, with the same result and the same errors.
 */
interface ConfigHandoff {
  format: 1
  /** Only the same build of core reads it (the resolved shape and the resolver are this build's). */
  engine: string
  /** Real path of the core module that wrote it. */
  module: string
  cwd: string
  configFile: string | undefined
  processCwd: string
  /** Each variable resolveConfig read, `null`: unset. */
  env: Array<[string, string | null]>
  probes: ConfigProbe[]
  /** The resolved config, `v8.serialize`d (base64): keeps `undefined` members that JSON drops. */
  config: string
  /** Where the config is frozen (a copy is not: `refreeze`). */
  frozen: string[][]
}

/**
 * Loads the config as `loadConfigSync(options)` would and returns it with a handoff string for
 * `acceptConfigHandoff` in another process. No handoff when the config does not survive a
 * structured-clone round trip exactly (functions: a label or redaction function, class
 * instances), when cosmiconfig did the search (its file access is not recorded), or when the
 * load fails (`config` is then undefined too: the other process loads it and reports the error).
 * Never throws.
 */
export function prepareConfigHandoff(options: LoadConfigOptions = {}): { config: ResolvedConfig | undefined; handoff: string | undefined } {
  const source = options.env ?? process.env
  const read = new Map<string, string | null>()
  // Records each variable resolveConfig reads (the config module's own reads are not seen: see docs).
  const env = new Proxy(source, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown
      if (typeof key === 'string') read.set(key, typeof value === 'string' ? value : null)
      return value
    },
  })
  let loaded: ReturnType<typeof loadConfigSyncRecorded>
  try {
    loaded = loadConfigSyncRecorded(options, env)
  } catch {
    return { config: undefined, handoff: undefined }
  }
  const { config, probes } = loaded
  if (probes === undefined || !selfContained(config.configFile, probes)) return { config, handoff: undefined }
  // Only plain data survives a structured clone exactly (frozen parts frozen again): a function
  // (a label or redaction function), a RegExp, a class instance or a getter keeps the config here.
  const frozen = frozenPaths(config)
  if (frozen === undefined) return { config, handoff: undefined }
  const bytes = serialize(config)
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const handoff: ConfigHandoff = {
    format: 1,
    engine: ENGINE_VERSION,
    module: thisModule(),
    cwd,
    configFile: options.configFile ? path.resolve(cwd, options.configFile) : undefined,
    processCwd: process.cwd(),
    env: [...read],
    probes,
    config: bytes.toString('base64'),
    frozen,
  }
  return { config, handoff: JSON.stringify(handoff) }
}

/** This file's real path: the same build loaded through a symlinked node_modules (Vite's config loader) or directly. */
let modulePath: string | undefined
function thisModule(): string {
  if (modulePath === undefined) {
    const file = fileURLToPath(import.meta.url)
    try {
      modulePath = realpathSync(file)
    } catch {
      modulePath = file
    }
  }
  return modulePath
}

/** Module specifiers in a JS/TS source: static and dynamic imports, re-exports, `require`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])([^'"`]*)\1/g
/** Words that load code or data some other way than a static specifier (`import(x)`, `require(x)`, fs). */
const OTHER_LOADS = /\b(?:import|require)\s*\(\s*[^'"`\s]|\bcreateRequire\b|\bgetBuiltinModule\b/

/**
 * Whether the config file's result depends only on its own text (recorded in the probes): a JS/TS
 * config may import `@shadowtest/core` (for `defineConfig`) and nothing else. One that imports
 * another file or package is loaded by each worker itself: the main process keeps ES modules for
 * its lifetime, so a helper edited during a watch session would not reach the handed config.
 * JSON configs (package.json's key) are their own text.
 */
function selfContained(configFile: string | undefined, probes: ConfigProbe[]): boolean {
  if (configFile === undefined || path.basename(configFile) === 'package.json') return true
  const source = probes.find((p): p is Extract<ConfigProbe, { text: string }> => 'text' in p && p.path === configFile)?.text
  if (source === undefined) return false
  if (OTHER_LOADS.test(source)) return false
  for (const match of source.matchAll(SPECIFIER)) if (match[2] !== '@shadowtest/core') return false
  return true
}

const accepted: ConfigHandoff[] = []

/**
 * Offers `loadConfigSync` in this process a config another process loaded (`prepareConfigHandoff`);
 * `undefined` or anything unreadable is ignored. The Vitest setup file passes what the plugin provides.
 */
export function acceptConfigHandoff(handoff: unknown): void {
  if (typeof handoff !== 'string') return
  let parsed: ConfigHandoff
  try {
    parsed = JSON.parse(handoff) as ConfigHandoff
  } catch {
    return
  }
  if (parsed?.format !== 1 || parsed.engine !== ENGINE_VERSION || parsed.module !== thisModule()) return
  const same = accepted.findIndex((h) => h.cwd === parsed.cwd && h.configFile === parsed.configFile)
  if (same >= 0) accepted.splice(same, 1)
  accepted.push(parsed)
}

/** Forgets every accepted handoff (tests). */
export function clearConfigHandoffs(): void {
  accepted.length = 0
}

/**
 * Where the matchers' Vitest setup entry leaves what the plugin provides: the entry runs before core
 * is loaded (it loads the rest of the matchers while the test file loads, see docs/architecture.md,
 * Gate), so the first config lookup here accepts it, even one made while the test file is collected.
 */
const PENDING_HANDOFF = Symbol.for('shadowtest.configHandoff')

function acceptPendingHandoff(): void {
  const slot = globalThis as Record<symbol, unknown>
  if (!(PENDING_HANDOFF in slot)) return
  const handoff = slot[PENDING_HANDOFF]
  delete slot[PENDING_HANDOFF]
  acceptConfigHandoff(handoff)
}

/**
 * Loads the config for `options` ahead of time, without committing to it: the next
 * `loadConfigSync(options)` in this process gets this result only if everything it was loaded
 * from is still the same (the variables `resolveConfig` read, the files the search looked at),
 * else loads again. For a Vitest worker's setup, which loads the config while the test file loads:
 * a test file that sets `SHADOWTEST_*` variables at its top level or writes the config in
 * `beforeAll` is seen as it was when config was loaded at the first matcher call. A config that
 * cannot be handed over (`prepareConfigHandoff`) is simply loaded again. Never throws.
 */
export function preloadConfig(options: LoadConfigOptions = {}): void {
  try {
    if (handedConfig(options) !== undefined) return // the main process's handoff still holds
    acceptConfigHandoff(prepareConfigHandoff(options).handoff)
  } catch {
    // Nothing preloaded: the first load works it out and reports what is wrong.
  }
}

/** The handed-over config for these options, if everything it was loaded from is unchanged; else `undefined`. */
export function handedConfig(options: LoadConfigOptions): ResolvedConfig | undefined {
  acceptPendingHandoff()
  if (accepted.length === 0) return undefined
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const configFile = options.configFile ? path.resolve(cwd, options.configFile) : undefined
  const handoff = accepted.find((h) => h.cwd === cwd && h.configFile === configFile)
  if (handoff === undefined || handoff.processCwd !== process.cwd()) return undefined
  const env = options.env ?? process.env
  for (const [key, value] of handoff.env) if ((env[key] ?? null) !== value) return undefined
  for (const probe of handoff.probes) if (!unchanged(probe)) return undefined
  // A fresh copy per call, like a load.
  return refreeze(deserialize(Buffer.from(handoff.config, 'base64')) as ResolvedConfig, handoff.frozen)
}

function unchanged(probe: ConfigProbe): boolean {
  try {
    if ('text' in probe) return readFileSync(probe.path, 'utf8') === probe.text
    return kindOf(statSync(probe.path)) === probe.kind
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if ('text' in probe) return false
    return (probe.kind === 'absent' && code === 'ENOENT') || (probe.kind === 'notdir' && code === 'ENOTDIR')
  }
}

/**
 * Where `value` is frozen, if it is plain data that `v8.serialize` / `deserialize` copy exactly
 * once those places are frozen again (`refreeze`); `undefined` for anything else. Plain data:
 * primitives (`undefined` included, which JSON would drop), arrays and objects whose prototype is
 * `Array.prototype` / `Object.prototype`, with enumerable data properties only and no symbol keys,
 * each either frozen or fully mutable (a copy is never frozen; a resolved diff policy is, and
 * `resolvePolicy` trusts a frozen one as already resolved).
 */
export function frozenPaths(value: unknown): string[][] | undefined {
  const frozen: string[][] = []
  return walk(value, [], frozen) ? frozen : undefined
}

function walk(value: unknown, at: string[], frozen: string[][]): boolean {
  if (value === null || value === undefined) return true
  const type = typeof value
  if (type === 'string' || type === 'number' || type === 'boolean') return true
  if (type !== 'object' || at.length > 64) return false
  const proto = Object.getPrototypeOf(value) as unknown
  const isArray = Array.isArray(value)
  // (a null-prototype object comes back with Object.prototype)
  if (proto !== (isArray ? Array.prototype : Object.prototype)) return false
  if (Object.getOwnPropertySymbols(value).length > 0) return false
  if (Object.isFrozen(value)) frozen.push(at)
  else if (!Object.isExtensible(value)) return false // sealed or non-extensible only: not restored
  const descriptors = Object.getOwnPropertyDescriptors(value)
  for (const key of Object.keys(descriptors)) {
    if (isArray && key === 'length') continue
    const descriptor = descriptors[key]!
    if (!('value' in descriptor) || !descriptor.enumerable) return false
    if (!walk(descriptor.value, [...at, key], frozen)) return false
  }
  return true
}

/** Freezes a deserialized copy where the original was frozen (`frozenPaths`). */
export function refreeze<T>(copy: T, frozen: string[][]): T {
  for (const path of frozen) {
    let node: unknown = copy
    for (const key of path) node = (node as Record<string, unknown>)[key]
    Object.freeze(node)
  }
  return copy
}

/** `frozenPaths(value) !== undefined`. */
export const isPlainData = (value: unknown): boolean => frozenPaths(value) !== undefined
