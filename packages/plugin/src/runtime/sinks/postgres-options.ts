import { DEFAULT_PG_URL_ENV, ShadowtestError, type ResolvedConfig } from '@shadowtest/core'
import { invalidSinkOption, positiveSinkOption } from './sink-options.js'

export interface PostgresSinkOptions {
  /**
   * A libpq connection URL (`postgres://user:pass@host:5432/db`). Leave it out to use the
   * standard PG* environment variables (PGHOST, PGUSER, PGPASSWORD, PGDATABASE…).
   */
  connectionString?: string | undefined
  /** The capture table, optionally schema-qualified (`captures.shadowtest`). Default `shadowtest_captures`. */
  table?: string
  /** Create the table and its indexes when missing. Default true. */
  createTable?: boolean
  /** Serialized records held in memory at most; beyond it new records are dropped and counted. Default 16 MiB. */
  maxPendingBytes?: number
  /** Records per INSERT; a full batch is sent at once instead of waiting for the timer. Default 256. */
  batchSize?: number
  /** How long a record waits at most before its batch is sent. Default 1000 ms. */
  flushIntervalMs?: number
  /** Rows captured longer ago than this are deleted when the sink starts. Default 14 days. */
  retention?: { maxAgeDays?: number }
  /** Give up connecting after this long. Default 5000 ms. */
  connectTimeoutMs?: number
  /** Flush on beforeExit/exit and SIGINT/SIGTERM. Default true. */
  flushOnExit?: boolean
}

export interface ResolvedPostgresSinkOptions {
  connectionString: string | undefined
  table: CaptureTable
  createTable: boolean
  maxPendingBytes: number
  batchSize: number
  flushIntervalMs: number
  retention: { maxAgeDays: number | undefined }
  connectTimeoutMs: number
  flushOnExit: boolean
}

/** A table name split and quoted once, so SQL text never carries user input unquoted. */
export interface CaptureTable {
  schema: string | undefined
  name: string
  /** `"schema"."name"` or `"name"`, ready for SQL. */
  sql: string
  /** `schema.name` or `name`, for messages. */
  display: string
}

export const DEFAULT_CAPTURE_TABLE = 'shadowtest_captures'

const KEYS = new Set(['connectionString', 'table', 'createTable', 'maxPendingBytes', 'batchSize', 'flushIntervalMs', 'retention', 'connectTimeoutMs', 'flushOnExit'])
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/**
 * Parses `table` or `schema.table`. Plain identifiers only (letters, digits, `_`, at most 63
 * characters each), so the name reads the same in SQL, in `psql` and in these docs.
 */
export function parseCaptureTable(value: string, path = 'table'): CaptureTable {
  const parts = value.split('.')
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
    throw invalidSinkOption(path, `must be a table name or schema.table of letters, digits and _ (at most 63 each), got ${JSON.stringify(value)}`)
  }
  const [schema, name] = parts.length === 2 ? (parts as [string, string]) : [undefined, parts[0] as string]
  const quote = (id: string) => `"${id}"`
  return {
    schema,
    name,
    sql: schema === undefined ? quote(name) : `${quote(schema)}.${quote(name)}`,
    display: value,
  }
}

/** Checks the options up front (a `CAPTURE:SINK_OPTIONS_INVALID` naming the key), never on the host's call path. */
export function resolvePostgresSinkOptions(options: PostgresSinkOptions): ResolvedPostgresSinkOptions {
  if (typeof options !== 'object' || options === null) throw invalidSinkOption('options', 'must be an object')
  for (const key of Object.keys(options)) if (!KEYS.has(key)) throw invalidSinkOption(key, 'is unknown')
  if (options.connectionString !== undefined && (typeof options.connectionString !== 'string' || options.connectionString === '')) {
    throw invalidSinkOption('connectionString', 'must be a non-empty connection URL')
  }
  const table = options.table ?? DEFAULT_CAPTURE_TABLE
  if (typeof table !== 'string') throw invalidSinkOption('table', `must be a string, got ${JSON.stringify(table)}`)
  const retention = options.retention ?? {}
  if (typeof retention !== 'object' || retention === null) throw invalidSinkOption('retention', 'must be an object')
  for (const key of Object.keys(retention)) if (key !== 'maxAgeDays') throw invalidSinkOption(`retention.${key}`, 'is unknown (the Postgres sink keeps rows by age: maxAgeDays)')
  const resolved: ResolvedPostgresSinkOptions = {
    connectionString: options.connectionString,
    table: parseCaptureTable(table),
    createTable: options.createTable ?? true,
    maxPendingBytes: options.maxPendingBytes ?? 16 * 1024 * 1024,
    batchSize: options.batchSize ?? 256,
    flushIntervalMs: options.flushIntervalMs ?? 1000,
    retention: { maxAgeDays: options.retention === undefined ? 14 : retention.maxAgeDays },
    connectTimeoutMs: options.connectTimeoutMs ?? 5000,
    flushOnExit: options.flushOnExit ?? true,
  }
  positiveSinkOption(resolved.maxPendingBytes, 'maxPendingBytes', { integer: true })
  positiveSinkOption(resolved.batchSize, 'batchSize', { integer: true })
  positiveSinkOption(resolved.flushIntervalMs, 'flushIntervalMs', { zero: true })
  positiveSinkOption(resolved.connectTimeoutMs, 'connectTimeoutMs', { integer: true })
  if (resolved.retention.maxAgeDays !== undefined) positiveSinkOption(resolved.retention.maxAgeDays, 'retention.maxAgeDays', { zero: true })
  if (typeof resolved.createTable !== 'boolean') throw invalidSinkOption('createTable', 'must be true or false')
  if (typeof resolved.flushOnExit !== 'boolean') throw invalidSinkOption('flushOnExit', 'must be true or false')
  return resolved
}

/** Where captures go, as the config's `capture.sink` says: NDJSON files (default) or a Postgres table. */
export type CaptureBackend = { kind: 'ndjson'; dir: string } | { kind: 'postgres'; options: PostgresSinkOptions }

type Env = Record<string, string | undefined>

/**
 * The backend the resolved config names (`capture.sink`, where `SHADOWTEST_SINK` and
 * `SHADOWTEST_PG_TABLE` already won over the file); the buffering and retention knobs come from
 * `capture.*`. The connection URL is read here, from `SHADOWTEST_PG_URL` or else the variable
 * `capture.sink.urlEnv` names, so no secret lands in a committed config file.
 * @throws ShadowtestError `CONFIG:INVALID` when `urlEnv` names a variable that is not set.
 */
export function captureBackendFromConfig(config: Pick<ResolvedConfig, 'captureDir' | 'capture'>, env: Env = process.env): CaptureBackend {
  const sink = config.capture.sink
  if (sink.kind === 'ndjson') return { kind: 'ndjson', dir: config.captureDir }
  const url = env[DEFAULT_PG_URL_ENV] || env[sink.urlEnv] || undefined
  // The default variable unset means "use the PG* variables"; a variable named on purpose must be set.
  if (url === undefined && sink.urlEnv !== DEFAULT_PG_URL_ENV) {
    throw new ShadowtestError(
      'CONFIG:INVALID',
      `capture.sink.urlEnv: the environment variable ${sink.urlEnv} (named to hold the Postgres connection URL) is not set. Set it, or SHADOWTEST_PG_URL, or remove urlEnv to use the PG* variables.`,
      { path: '$.capture.sink.urlEnv', details: { key: 'capture.sink.urlEnv', env: sink.urlEnv } },
    )
  }
  const c = config.capture
  const options: PostgresSinkOptions = {
    ...(url === undefined ? {} : { connectionString: url }),
    ...(sink.table === undefined ? {} : { table: sink.table }),
    maxPendingBytes: c.maxPendingBytes,
    batchSize: c.batchSize,
    flushIntervalMs: c.flushIntervalMs,
    retention: { maxAgeDays: c.retention.maxAgeDays },
  }
  resolvePostgresSinkOptions(options)
  return { kind: 'postgres', options }
}

/** The connection string without its password, for messages and logs. */
export function describeConnection(connectionString: string | undefined, env: Env = process.env): string {
  if (connectionString === undefined) {
    const host = env.PGHOST ?? 'localhost'
    return `${env.PGUSER ?? 'postgres'}@${host}:${env.PGPORT ?? '5432'}/${env.PGDATABASE ?? env.PGUSER ?? 'postgres'} (from PG* environment variables)`
  }
  try {
    const url = new URL(connectionString)
    if (url.password !== '') url.password = '***'
    return url.toString()
  } catch {
    return 'the configured connection string'
  }
}
