import { ShadowtestError, validateCaptureRecord, type CaptureRecord } from '@shadowtest/core'
import { loadPg, type PgPool } from './postgres-client.js'
import { describeConnection, resolvePostgresSinkOptions, type CaptureTable, type PostgresSinkOptions } from './postgres-options.js'
import type { CaptureReader, CaptureReadIssue, ReadCapturesOptions } from './read-captures.js'

/** Rows fetched per query while reading: memory stays bounded however large the table is. */
const PAGE = 500

interface Connection {
  pool: PgPool
  table: CaptureTable
  where: string
  /** False when the table does not exist yet (nothing was ever captured there). */
  exists: boolean
}

/**
 * Opens a connection for the CLI's readers and checks the table. An unreachable database is a
 * `CAPTURE:PG_UNAVAILABLE` that names the server (never the password) and the cause.
 */
async function openCaptureTable(options: PostgresSinkOptions): Promise<Connection> {
  const opts = resolvePostgresSinkOptions(options)
  const pg = await loadPg()
  const where = describeConnection(opts.connectionString)
  const pool = new pg.Pool({
    ...(opts.connectionString === undefined ? {} : { connectionString: opts.connectionString }),
    connectionTimeoutMillis: opts.connectTimeoutMs,
    max: 1,
    allowExitOnIdle: true,
    application_name: 'shadowtest-cli',
  })
  pool.on('error', () => {})
  try {
    const found = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [opts.table.sql])
    return { pool, table: opts.table, where, exists: found.rows[0]?.t != null }
  } catch (error) {
    await pool.end().catch(() => {})
    throw unavailable(where, opts.table, error)
  }
}

function unavailable(where: string, table: CaptureTable, error: unknown): ShadowtestError {
  const reason = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error)
  return new ShadowtestError(
    'CAPTURE:PG_UNAVAILABLE',
    `Cannot read captures from ${where} (table ${table.display}): ${reason}. Check SHADOWTEST_PG_URL (or the PG* variables) and that the server is up.`,
    { cause: error, details: { table: table.display } },
  )
}

/** Runs `body` with an open connection and always closes it. */
async function withTable<T>(options: PostgresSinkOptions, body: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await openCaptureTable(options)
  try {
    return await body(connection)
  } catch (error) {
    throw error instanceof ShadowtestError ? error : unavailable(connection.where, connection.table, error)
  } finally {
    await connection.pool.end().catch(() => {})
  }
}

/**
 * The records of a Postgres capture table, oldest row first, with the same filters and the same
 * issue reporting as `readCaptures` (a row that is not a valid record is skipped and reported as
 * `invalid-record`, its `file` being `postgres:<table>` and its `line` the row id).
 */
export function readPostgresCaptures(options: PostgresSinkOptions, filter: ReadCapturesOptions = {}): CaptureReader {
  const issues: CaptureReadIssue[] = []
  const since = filter.since === undefined ? undefined : new Date(filter.since)
  return {
    issues,
    async *[Symbol.asyncIterator]() {
      const connection = await openCaptureTable(options)
      const { pool, table, where } = connection
      const file = `postgres:${table.display}`
      try {
        if (!connection.exists) return
        const conditions = ['id > $1']
        const values: unknown[] = [0]
        const add = (sql: string, value: unknown) => {
          values.push(value)
          conditions.push(sql.replace('?', `$${values.length}`))
        }
        if (filter.runId !== undefined) add('run_id = ?', filter.runId)
        if (filter.functionId !== undefined) add('function_id = ?', filter.functionId)
        if (since !== undefined) add('recorded_at >= ?', since)
        const text = `SELECT id::text AS row_id, record FROM ${table.sql} WHERE ${conditions.join(' AND ')} ORDER BY id LIMIT ${PAGE}`
        for (;;) {
          let rows: Array<{ row_id: string; record: unknown }>
          try {
            rows = (await pool.query<{ row_id: string; record: unknown }>(text, values)).rows
          } catch (error) {
            throw unavailable(where, table, error)
          }
          for (const row of rows) {
            let record: CaptureRecord
            try {
              record = validateCaptureRecord(row.record, { file, line: Number(row.row_id) })
            } catch (error) {
              const issue: CaptureReadIssue = { file, line: Number(row.row_id), kind: 'invalid-record', message: error instanceof Error ? error.message : String(error) }
              issues.push(issue)
              filter.onIssue?.(issue)
              continue
            }
            yield record
          }
          if (rows.length < PAGE) return
          values[0] = (rows[rows.length - 1] as { row_id: string }).row_id
        }
      } finally {
        await pool.end().catch(() => {})
      }
    },
  }
}

export interface PostgresCaptureSummary {
  table: string
  exists: boolean
  functions: Array<{ functionId: string; records: number; scenarios: number; oldest: string; newest: string }>
  total: { records: number; functions: number; bytes: number }
}

/** What `shadowtest captures list` shows for a Postgres table: records per function. */
export function summarizePostgresCaptures(options: PostgresSinkOptions): Promise<PostgresCaptureSummary> {
  return withTable(options, async ({ pool, table, exists }) => {
    if (!exists) return { table: table.display, exists, functions: [], total: { records: 0, functions: 0, bytes: 0 } }
    const { rows } = await pool.query<{ function_id: string; records: string; scenarios: string; oldest: Date; newest: Date }>(
      `SELECT function_id, count(*)::text AS records, count(DISTINCT scenario_id)::text AS scenarios, min(recorded_at) AS oldest, max(recorded_at) AS newest
       FROM ${table.sql} GROUP BY function_id ORDER BY function_id`,
    )
    const size = await pool.query<{ bytes: string }>('SELECT pg_total_relation_size($1::regclass)::text AS bytes', [table.sql])
    const functions = rows.map((r) => ({
      functionId: r.function_id,
      records: Number(r.records),
      scenarios: Number(r.scenarios),
      oldest: new Date(r.oldest).toISOString(),
      newest: new Date(r.newest).toISOString(),
    }))
    return {
      table: table.display,
      exists,
      functions,
      total: { records: functions.reduce((n, f) => n + f.records, 0), functions: functions.length, bytes: Number(size.rows[0]?.bytes ?? 0) },
    }
  })
}

export interface PostgresPruneResult {
  table: string
  /** Rows deleted (or, with `dryRun`, that would be). */
  deleted: number
  kept: number
}

/** Deletes the rows captured more than `maxAgeDays` ago (`shadowtest captures prune` on Postgres). */
export function prunePostgresCaptures(options: PostgresSinkOptions, policy: { maxAgeDays: number; dryRun?: boolean; now?: Date }): Promise<PostgresPruneResult> {
  return withTable(options, async ({ pool, table, exists }) => {
    if (!exists) return { table: table.display, deleted: 0, kept: 0 }
    const cutoff = new Date((policy.now ?? new Date()).getTime() - policy.maxAgeDays * 86_400_000)
    const deleted = policy.dryRun
      ? Number((await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table.sql} WHERE recorded_at < $1`, [cutoff])).rows[0]?.n ?? 0)
      : ((await pool.query(`DELETE FROM ${table.sql} WHERE recorded_at < $1`, [cutoff])).rowCount ?? 0)
    const kept = Number((await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table.sql}`)).rows[0]?.n ?? 0) - (policy.dryRun ? deleted : 0)
    return { table: table.display, deleted, kept }
  })
}
