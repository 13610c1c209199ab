import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { ShadowtestError } from '@shadowtest/core'
import type { CaptureTable } from './postgres-options.js'

/*
 * `pg` is an optional peer dependency: only users of the Postgres sink install it. These are the
 * few parts of its API Shadowtest uses (typed here so the plugin needs neither pg nor @types/pg
 * to build).
 */
export interface PgQueryResult<Row> {
  rows: Row[]
  rowCount: number | null
}

export interface PgQueryable {
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<PgQueryResult<Row>>
}

export interface PgPoolClient extends PgQueryable {
  release(destroy?: boolean | Error): void
}

export interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolClient>
  end(): Promise<void>
  on(event: 'error', listener: (error: Error) => void): unknown
}

export interface PgPoolConfig {
  connectionString?: string
  max?: number
  connectionTimeoutMillis?: number
  idleTimeoutMillis?: number
  allowExitOnIdle?: boolean
  application_name?: string
}

interface PgModule {
  Pool: new (config: PgPoolConfig) => PgPool
}

const requireHere = createRequire(import.meta.url)

/**
 * Where `pg` resolves from this package, or a `CAPTURE:PG_NOT_INSTALLED` saying what to install.
 * Synchronous, so a sink made without pg fails when it is created, not later.
 */
export function resolvePg(): string {
  try {
    return requireHere.resolve('pg')
  } catch (error) {
    throw new ShadowtestError(
      'CAPTURE:PG_NOT_INSTALLED',
      'The Postgres capture sink needs the "pg" package, an optional peer dependency of @shadowtest/plugin: run `npm install pg` (8.x) in your project, or set SHADOWTEST_SINK=ndjson (or capture.sink: "ndjson" in the config) to write NDJSON files.',
      { cause: error },
    )
  }
}

let loaded: Promise<PgModule> | undefined

/** Imports `pg` once, lazily: apps that write NDJSON never load it. */
export function loadPg(): Promise<PgModule> {
  loaded ??= (async () => {
    const path = resolvePg()
    const mod = (await import(pathToFileURL(path).href)) as { default?: PgModule } & Partial<PgModule>
    return (mod.default ?? mod) as PgModule
  })()
  loaded.catch(() => (loaded = undefined))
  return loaded
}

/**
 * The capture table. `record` holds the whole capture record; the other columns are copies of
 * its fields for indexes and for people reading the table with SQL. New columns are only ever
 * added (`ADD COLUMN IF NOT EXISTS`), so an older writer and a newer reader share one table.
 */
export function ensureTableSql(table: CaptureTable): string[] {
  const index = (suffix: string) => `"${`${table.name.slice(0, 40)}_${suffix}`}"`
  return [
    ...(table.schema === undefined ? [] : [`CREATE SCHEMA IF NOT EXISTS "${table.schema}"`]),
    `CREATE TABLE IF NOT EXISTS ${table.sql} (
  id bigserial PRIMARY KEY,
  function_id text NOT NULL,
  scenario_id text NOT NULL,
  recorded_at timestamptz NOT NULL,
  record jsonb NOT NULL,
  source jsonb NOT NULL,
  run_id text,
  inserted_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE INDEX IF NOT EXISTS ${index('recorded_at_idx')} ON ${table.sql} (recorded_at)`,
    `CREATE INDEX IF NOT EXISTS ${index('function_idx')} ON ${table.sql} (function_id, recorded_at)`,
    `CREATE INDEX IF NOT EXISTS ${index('run_idx')} ON ${table.sql} (run_id) WHERE run_id IS NOT NULL`,
  ]
}

/** One INSERT per batch: the batch travels as one JSON array parameter and is unpacked by the server. */
export function insertSql(table: CaptureTable): string {
  return `INSERT INTO ${table.sql} (function_id, scenario_id, recorded_at, record, source, run_id)
SELECT r->>'functionId', (r->>'functionId') || ':' || (r->>'semanticId'), (r->>'capturedAt')::timestamptz, r, r->'source', r->'source'->>'runId'
FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(r, n) ORDER BY n`
}

/**
 * Creates the table when missing. Writers starting together (replicas, Vitest workers) take an
 * advisory lock first: concurrent `CREATE TABLE IF NOT EXISTS` can otherwise fail on the catalog.
 */
export async function ensureCaptureTable(pool: PgPool, table: CaptureTable): Promise<void> {
  const exists = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [table.sql])
  if (exists.rows[0]?.t != null) return
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`shadowtest:${table.sql}`])
    for (const statement of ensureTableSql(table)) await client.query(statement)
    await client.query('COMMIT')
    client.release()
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    client.release(true)
    throw error
  }
}

/** The SQLSTATE of a server error, if the error came from the server. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  // No SQLSTATE class starts with E; Node's EPIPE, ECONNRESET… do.
  return typeof code === 'string' && /^[0-9A-DF-Z][0-9A-Z]{4}$/.test(code) ? code : undefined
}

/**
 * True when the database could not be reached or went away (refused, reset, timed out, shut
 * down, too many connections): worth retrying later. Any other server error is about the
 * statement or the data.
 */
export function isConnectionError(error: unknown): boolean {
  const state = sqlState(error)
  if (state === undefined) return true
  return state.startsWith('08') || state.startsWith('57P') || state.startsWith('53') || state === '3D000' || state === '28000' || state === '28P01'
}
