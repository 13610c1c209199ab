import type * as Sinks from './index.js'
import { loadSinks, sinksLoaded } from './load.js'
// Installs the 'exit' flag now, not when the sinks load (that can be during 'exit', too late for a listener).
import './process-exiting.js'

/*
 * The sinks API as the runtime exports it (runtime/index.ts) and the capture pipeline uses it.
 * The small, dependency-free parts are exported as they are; everything that writes or reads
 * captures (the NDJSON and Postgres sinks, the readers, fold, the exit hooks: most of the code
 * and node:child_process) is loaded on the first call (load.ts). Each function below has the
 * signature of the one it forwards to, and behaves the same: the module is loaded synchronously.
 */
export type * from './index.js'
export { createMemorySink } from './memory-sink.js'
export { DEFAULT_SINK_OPTIONS, ndjsonSinkOptionsFromConfig, validateRetention } from './sink-options.js'
export { applyRetention, isCaptureFileName, listCaptureFiles } from './capture-files.js'
export { draftFromRecord } from './draft.js'
export { captureBackendFromConfig, parseCaptureTable, resolvePostgresSinkOptions, DEFAULT_CAPTURE_TABLE } from './postgres-options.js'

export const createNdjsonSink: typeof Sinks.createNdjsonSink = (options) => loadSinks().createNdjsonSink(options)
export const readCaptures: typeof Sinks.readCaptures = (dir, options) => loadSinks().readCaptures(dir, options)
export const readCaptureFile: typeof Sinks.readCaptureFile = (file, report) => loadSinks().readCaptureFile(file, report)
export const foldCaptures: typeof Sinks.foldCaptures = (from, store, options) => loadSinks().foldCaptures(from, store, options)
export const createPostgresSink: typeof Sinks.createPostgresSink = (options) => loadSinks().createPostgresSink(options)
export const readPostgresCaptures: typeof Sinks.readPostgresCaptures = (options, filter) => loadSinks().readPostgresCaptures(options, filter)
export const summarizePostgresCaptures: typeof Sinks.summarizePostgresCaptures = (options) => loadSinks().summarizePostgresCaptures(options)
export const prunePostgresCaptures: typeof Sinks.prunePostgresCaptures = (options, policy) => loadSinks().prunePostgresCaptures(options, policy)
export const createConfiguredSink: typeof Sinks.createConfiguredSink = (config, env) => loadSinks().createConfiguredSink(config, env)
export const readCapturesFrom: typeof Sinks.readCapturesFrom = (backend, filter) => loadSinks().readCapturesFrom(backend, filter)

/** Flushes every live sink synchronously; with the sinks not loaded there is none. */
export const flushSinksAtExit: typeof Sinks.flushSinksAtExit = () => {
  if (sinksLoaded()) loadSinks().flushSinksAtExit()
}
