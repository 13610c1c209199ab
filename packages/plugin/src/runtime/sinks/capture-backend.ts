import type { ResolvedConfig } from '@shadowtest/core'
import type { CaptureSink } from './capture-sink.js'
import { createNdjsonSink } from './ndjson-sink.js'
import { captureBackendFromConfig, type CaptureBackend } from './postgres-options.js'
import { readPostgresCaptures } from './postgres-reader.js'
import { createPostgresSink } from './postgres-sink.js'
import { readCaptures, type CaptureReader, type ReadCapturesOptions } from './read-captures.js'
import { ndjsonSinkOptionsFromConfig } from './sink-options.js'

/**
 * The sink the runtime writes to, as the config's `capture.sink` says (environment overrides
 * applied by resolveConfig): NDJSON files under `captureDir`, or a Postgres table.
 */
export function createConfiguredSink(config: Pick<ResolvedConfig, 'captureDir' | 'capture'>, env: Record<string, string | undefined> = process.env): CaptureSink {
  const backend = captureBackendFromConfig(config, env)
  return backend.kind === 'postgres' ? createPostgresSink(backend.options) : createNdjsonSink(ndjsonSinkOptionsFromConfig(config))
}

/** Reads the captures of either backend with the same filters and issue reporting. */
export function readCapturesFrom(backend: CaptureBackend | string, filter: ReadCapturesOptions = {}): CaptureReader {
  if (typeof backend === 'string') return readCaptures(backend, filter)
  return backend.kind === 'postgres' ? readPostgresCaptures(backend.options, filter) : readCaptures(backend.dir, filter)
}
