import path from 'node:path'
import type { ErrorObject } from 'ajv'
import { resolvePolicy } from '../diff/index.js'
import { DEFAULT_ENCODE_LIMITS } from '../encoding/index.js'
import { isShadowtestError, ShadowtestError } from '../errors.js'
import { resolveGovernancePolicy } from '../governance/index.js'
import { getConfigValidator } from '../model/schema-registry.js'
import { PII_PATTERNS } from './config-schema.js'
import { checkCaptureSink, resolveCaptureSink } from './capture-sink.js'
import { configError, describeValue } from './config-error.js'
import { certainlyValidConfig } from './fast-config-check.js'
import { didYouMean } from './did-you-mean.js'
import type { PiiPattern, ResolvedConfig, ShadowtestConfig } from './types.js'

export interface ResolveConfigOptions {
  /** Directory relative paths resolve against when there is no config file. Default `process.cwd()`. */
  cwd?: string | undefined
  /** Environment read for overrides. Default `process.env`. */
  env?: Record<string, string | undefined> | undefined
  /** The file `user` came from; its directory is the default rootDir and it is named in errors. */
  configFile?: string | undefined
}

const MiB = 1024 * 1024

// schema/config.schema.json compiled ahead of time (Ajv standalone, loaded on first use: see model/schema-registry.ts).
// verbose: errors carry their schema, which holds the known keys for "did you mean".
// A config the fast check vouches for never loads it (fast-config-check.ts); anything else gets Ajv's verdict and error.
function validate(config: unknown): ErrorObject | undefined {
  if (certainlyValidConfig(config)) return undefined
  const validator = getConfigValidator()
  return validator(config) ? undefined : (validator.errors?.[0] ?? undefined)
}

function explain(error: ErrorObject, config: unknown, configFile: string | undefined): ShadowtestError {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  let found: unknown = config
  for (const s of segments) found = (found as Record<string, unknown> | undefined)?.[s]
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty)
    const known = Object.keys(((error.parentSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {})
    const suggestion = didYouMean(key, known)
    const keyPath = [...segments, key].join('.')
    return configError(
      configFile,
      keyPath,
      `unknown key "${key}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known keys here: ${known.join(', ')}.`,
      { suggestion },
    )
  }
  const keyPath = segments.join('.')
  if (error.keyword === 'enum') {
    return configError(configFile, keyPath, `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(found)}.`)
  }
  if (error.keyword === 'required') {
    return configError(configFile, [...segments, String(params.missingProperty)].join('.'), 'missing (required).')
  }
  return configError(configFile, keyPath, `${error.message ?? 'invalid'}, got ${describeValue(found)}.`)
}

/** Re-raises a sub-module's CONFIG:INVALID with the config file named. */
function withFile<T>(configFile: string | undefined, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (isShadowtestError(error) && error.code === 'CONFIG:INVALID' && configFile !== undefined) {
      throw new ShadowtestError('CONFIG:INVALID', `${configFile}: ${error.message.replace(/^\[CONFIG:INVALID\] /, '')}`, {
        file: configFile,
        ...(error.path === undefined ? {} : { path: error.path }),
        details: error.details,
        cause: error,
      })
    }
    throw error
  }
}

function envFlag(env: Record<string, string | undefined>, name: string, on: readonly string[], off: readonly string[]): boolean | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = raw.trim().toLowerCase()
  if (on.includes(value)) return true
  if (off.includes(value)) return false
  throw new ShadowtestError('CONFIG:INVALID', `environment variable ${name}=${JSON.stringify(raw)}: expected ${[...on, ...off].join(' | ')}.`, {
    details: { env: name, value: raw },
  })
}

/**
 * Validates a user config and fills in defaults and environment overrides. Environment wins
 * over the file. Relative directories resolve against `rootDir`, which defaults to the config
 * file's directory (else `cwd`).
 * @throws ShadowtestError `CONFIG:INVALID` naming the key path, the file, and a close match.
 */
export function resolveConfig(user: ShadowtestConfig | undefined, options: ResolveConfigOptions = {}): ResolvedConfig {
  const { configFile } = options
  const env = options.env ?? process.env
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const config: unknown = user ?? {}
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw configError(configFile, '', `expected the config to be an object (export default defineConfig({ … })), got ${describeValue(config)}.`)
  }
  // Before the schema: its errors would echo a connection URL pasted into urlEnv, and an
  // anyOf error cannot say "did you mean" for a mistyped kind.
  checkCaptureSink((config as { capture?: unknown }).capture, configFile)
  const error = validate(config)
  if (error) throw explain(error, config, configFile)
  const c = config as ShadowtestConfig

  const base = configFile === undefined ? cwd : path.dirname(path.resolve(cwd, configFile))
  const rootDir = path.resolve(base, c.rootDir ?? '.')
  const dir = (value: string) => path.resolve(rootDir, value)

  let samplingRate = c.capture?.samplingRate ?? 1
  const rawRate = env.SHADOWTEST_SAMPLING_RATE
  if (rawRate !== undefined && rawRate !== '') {
    const parsed = Number(rawRate)
    if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1 || rawRate.trim() === '') {
      throw new ShadowtestError('CONFIG:INVALID', `environment variable SHADOWTEST_SAMPLING_RATE=${JSON.stringify(rawRate)}: expected a number from 0 to 1 (e.g. 0.1 for 10%).`, {
        details: { env: 'SHADOWTEST_SAMPLING_RATE', value: rawRate },
      })
    }
    samplingRate = parsed
  }
  const captureFlag = envFlag(env, 'SHADOWTEST_CAPTURE', ['on', '1', 'true'], ['off', '0', 'false'])
  const approveFlag = envFlag(env, 'SHADOWTEST_APPROVE', ['1', 'true', 'on'], ['0', 'false', 'off'])

  const diff = withFile(configFile, () => resolvePolicy(c.diff ?? {}))
  const governancePolicy = withFile(configFile, () => resolveGovernancePolicy(c.governance?.policy))
  for (const [i, custom] of (c.redaction?.custom ?? []).entries()) {
    try {
      new RegExp(custom.pattern)
    } catch (cause) {
      throw configError(configFile, `redaction.custom.${i}.pattern`, `not a valid regular expression (${(cause as Error).message}).`)
    }
  }
  const generatedDir = dir(env.SHADOWTEST_GENERATED_DIR || c.generatedDir || '__shadowtest__')
  const patterns = Object.fromEntries(PII_PATTERNS.map((p) => [p, c.redaction?.patterns?.[p] ?? true])) as Record<PiiPattern, boolean>

  return {
    rootDir,
    baselineDir: dir(env.SHADOWTEST_BASELINE_DIR || c.baselineDir || '__baselines__'),
    captureDir: dir(env.SHADOWTEST_CAPTURE_DIR || c.captureDir || '.shadowtest/captures'),
    generatedDir,
    secret: env.SHADOWTEST_SECRET || c.secret,
    configFile: configFile === undefined ? undefined : path.resolve(cwd, configFile),
    capture: {
      enabled: captureFlag ?? c.capture?.enabled ?? true,
      samplingRate,
      functions: structuredClone(c.capture?.functions ?? {}),
      maxScenariosPerFunction: c.capture?.maxScenariosPerFunction ?? 1000,
      onLimit: c.capture?.onLimit ?? 'stop',
      dedupe: c.capture?.dedupe ?? true,
      maxPendingBytes: c.capture?.maxPendingBytes ?? 16 * MiB,
      batchSize: c.capture?.batchSize ?? 256,
      flushIntervalMs: c.capture?.flushIntervalMs ?? 1000,
      rotateBytes: c.capture?.rotateBytes ?? 8 * MiB,
      retention: { maxAgeDays: c.capture?.retention?.maxAgeDays ?? 14, maxFiles: c.capture?.retention?.maxFiles ?? 50 },
      http: { recordHeaders: [...(c.capture?.http?.recordHeaders ?? ['content-type', 'accept'])].map((h) => h.toLowerCase()) },
      clock: c.capture?.clock ?? true,
      encoding: { ...DEFAULT_ENCODE_LIMITS, ...c.capture?.encoding },
      sink: resolveCaptureSink(c.capture?.sink, env),
    },
    redaction: {
      enabled: c.redaction?.enabled ?? true,
      keys: [...(c.redaction?.keys ?? [])],
      allow: [...(c.redaction?.allow ?? [])],
      patterns,
      custom: (c.redaction?.custom ?? []).map((x) => ({ ...x })),
    },
    diff,
    replay: { mode: c.replay?.mode ?? 'strict', http: { origin: c.replay?.http?.origin ?? 'ignore' } },
    gate: {
      strict: c.gate?.strict ?? false,
      approve: approveFlag ?? c.gate?.approve ?? false,
      noiseRuns: c.gate?.noiseRuns ?? 2,
      failOnObsolete: c.gate?.failOnObsolete ?? 'ci',
    },
    governance: { policy: governancePolicy, actor: c.governance?.actor },
    codegen: {
      outDir: c.codegen?.outDir === undefined ? generatedDir : dir(c.codegen.outDir),
      perScenario: c.codegen?.perScenario ?? false,
      provider: c.codegen?.provider,
      model: c.codegen?.model,
      baseUrl: c.codegen?.baseUrl,
      maxRetries: c.codegen?.maxRetries ?? 2,
      timeoutMs: c.codegen?.timeoutMs ?? 60_000,
    },
  }
}
