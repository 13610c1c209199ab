import { ShadowtestError, type ResolvedConfig } from '@shadowtest/core'
import type { RetentionPolicy } from './capture-files.js'
import type { NdjsonSinkOptions } from './ndjson-sink.js'

export const DEFAULT_SINK_OPTIONS = {
  rotateBytes: 8 * 1024 * 1024,
  maxPendingBytes: 16 * 1024 * 1024,
  // The same defaults as core's config (capture.*), so a sink made without config agrees with one made from it.
  batchSize: 256,
  flushIntervalMs: 1000,
  retention: { maxAgeDays: 14, maxFiles: 50 },
  flushOnExit: true,
} as const

export interface ResolvedSinkOptions {
  dir: string
  rotateBytes: number
  maxPendingBytes: number
  batchSize: number
  flushIntervalMs: number
  retention: RetentionPolicy
  flushOnExit: boolean
}

const KEYS = new Set(['dir', 'rotateBytes', 'maxPendingBytes', 'batchSize', 'flushIntervalMs', 'retention', 'flushOnExit'])
const RETENTION_KEYS = new Set(['maxAgeDays', 'maxFiles'])

function invalid(path: string, message: string): ShadowtestError {
  return new ShadowtestError('CAPTURE:SINK_OPTIONS_INVALID', `Sink option ${path} ${message}.`, { path })
}

function positive(value: unknown, path: string, { integer = false, zero = false } = {}): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!zero && value === 0) || (integer && !Number.isInteger(value))) {
    throw invalid(path, `must be a ${zero ? 'non-negative' : 'positive'} ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`)
  }
}

/**
 * Checks sink options against their defaults up front, so a typo fails when the sink is made
 * (a `CAPTURE:SINK_OPTIONS_INVALID` naming the key) and never later on the host's call path.
 */
export function resolveSinkOptions(options: NdjsonSinkOptions): ResolvedSinkOptions {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'must be an object')
  for (const key of Object.keys(options)) if (!KEYS.has(key)) throw invalid(key, 'is unknown')
  if (typeof options.dir !== 'string' || options.dir === '') throw invalid('dir', 'must be a non-empty path')
  const resolved: ResolvedSinkOptions = {
    dir: options.dir,
    rotateBytes: options.rotateBytes ?? DEFAULT_SINK_OPTIONS.rotateBytes,
    maxPendingBytes: options.maxPendingBytes ?? DEFAULT_SINK_OPTIONS.maxPendingBytes,
    batchSize: options.batchSize ?? DEFAULT_SINK_OPTIONS.batchSize,
    flushIntervalMs: options.flushIntervalMs ?? DEFAULT_SINK_OPTIONS.flushIntervalMs,
    retention: { ...DEFAULT_SINK_OPTIONS.retention, ...options.retention },
    flushOnExit: options.flushOnExit ?? DEFAULT_SINK_OPTIONS.flushOnExit,
  }
  positive(resolved.rotateBytes, 'rotateBytes', { integer: true })
  positive(resolved.maxPendingBytes, 'maxPendingBytes', { integer: true })
  positive(resolved.batchSize, 'batchSize', { integer: true })
  positive(resolved.flushIntervalMs, 'flushIntervalMs', { zero: true })
  if (typeof resolved.flushOnExit !== 'boolean') throw invalid('flushOnExit', 'must be true or false')
  validateRetention(options.retention ?? {}, 'retention')
  return resolved
}

/** Retention as given by a user (sink option or `shadowtest captures prune` flags). */
export function validateRetention(retention: RetentionPolicy, path: string): void {
  if (typeof retention !== 'object' || retention === null) throw invalid(path, 'must be an object')
  for (const key of Object.keys(retention)) if (!RETENTION_KEYS.has(key)) throw invalid(`${path}.${key}`, 'is unknown')
  if (retention.maxAgeDays !== undefined) positive(retention.maxAgeDays, `${path}.maxAgeDays`, { zero: true })
  if (retention.maxFiles !== undefined) positive(retention.maxFiles, `${path}.maxFiles`, { integer: true, zero: true })
}

/**
 * The NDJSON sink's options from the resolved config (`captureDir` and the `capture.*` sink keys),
 * so a sink made by the runtime honours what the user configured.
 */
export function ndjsonSinkOptionsFromConfig(config: Pick<ResolvedConfig, 'captureDir' | 'capture'>): NdjsonSinkOptions {
  const c = config.capture
  return {
    dir: config.captureDir,
    rotateBytes: c.rotateBytes,
    maxPendingBytes: c.maxPendingBytes,
    batchSize: c.batchSize,
    flushIntervalMs: c.flushIntervalMs,
    retention: { maxAgeDays: c.retention.maxAgeDays, maxFiles: c.retention.maxFiles },
  }
}

/** For other sinks' option checks: the same error code and wording as the NDJSON sink's. */
export { invalid as invalidSinkOption, positive as positiveSinkOption }
