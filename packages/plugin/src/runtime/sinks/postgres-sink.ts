import type { CaptureRecord } from '@shadowtest/core'
import type { CaptureSink, SinkStats } from './capture-sink.js'
import { sinkDebug } from './debug-log.js'
import { createAdmission, createSettlement, LineQueue, sinkFailure } from './pending-records.js'
import { processExiting, registerExitFlush } from './exit-flush.js'
import { ensureCaptureTable, insertSql, isConnectionError, loadPg, resolvePg, sqlState, type PgPool, type PgPoolConfig } from './postgres-client.js'
import { writeAtExit } from './postgres-exit-writer.js'
import { resolvePostgresSinkOptions, describeConnection, type PostgresSinkOptions } from './postgres-options.js'

export type { PostgresSinkOptions } from './postgres-options.js'

interface InFlight {
  lines: string[]
  chars: number
  /** Set once the INSERT went to the server: from then on the server decides, not the exit flush. */
  sent: boolean
}

type BatchResult = 'written' | 'failed' | 'down'

/** After a connection failure, the next attempt waits this long, doubling up to the maximum. */
const RETRY_MIN_MS = 500
const RETRY_MAX_MS = 30_000

/**
 * A sink for many processes writing to one place: capture records go to a PostgreSQL table
 * (created when missing), one INSERT per batch, off the caller's path, bounded in memory.
 * A database that is down or goes away never reaches the host: records wait (up to
 * `maxPendingBytes`, then are dropped and counted) while the sink retries with backoff, and a
 * flush or close while it is down counts them as failed. Needs the `pg` package.
 *
 * @example
 * const sink = createPostgresSink({ connectionString: process.env.SHADOWTEST_PG_URL })
 * setCaptureSink(sink)
 */
export function createPostgresSink(options: PostgresSinkOptions): CaptureSink {
  const opts = resolvePostgresSinkOptions(options)
  const pgPath = resolvePg()
  const table = opts.table
  const insert = insertSql(table)
  const where = `${describeConnection(opts.connectionString)} table ${table.display}`
  const poolConfig: PgPoolConfig = {
    ...(opts.connectionString === undefined ? {} : { connectionString: opts.connectionString }),
    connectionTimeoutMillis: opts.connectTimeoutMs,
    application_name: 'shadowtest-capture',
  }
  const queue = new LineQueue()
  let inFlight: InFlight | undefined
  let ready: Promise<PgPool> | undefined
  let pool: PgPool | undefined
  let pumping = false
  let timer: NodeJS.Timeout | undefined
  let soon: NodeJS.Immediate | undefined
  let closed = false
  let retryAt = 0
  let failuresInARow = 0
  let lastDownError: unknown
  let exitFlushed = false
  const stats: SinkStats = { written: 0, dropped: 0, failed: 0, pendingBytes: 0, files: 0 }
  const settlement = createSettlement()

  const fail = sinkFailure(stats)
  const admit = createAdmission(stats, opts.maxPendingBytes, fail)
  const { settle, accept } = settlement

  /** A flush or close is waiting: no more backoff, whatever cannot be written now is counted. */
  const forced = () => closed || settlement.waiting()

  const retain = async (target: PgPool) => {
    const days = opts.retention.maxAgeDays
    if (days === undefined) return
    try {
      await target.query(`DELETE FROM ${table.sql} WHERE recorded_at < now() - make_interval(secs => $1)`, [days * 86_400])
    } catch (error) {
      sinkDebug(`retention on ${table.display} failed`, error)
    }
  }

  const connect = (): Promise<PgPool> => {
    if (ready) return ready
    const attempt = (async () => {
      const pg = await loadPg()
      // allowExitOnIdle: an idle connection never keeps the host alive, like the file sink's unref'd timers.
      const next = new pg.Pool({ ...poolConfig, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true })
      // Without a listener, a connection dropped while idle (a restart, a failover) would crash the host.
      next.on('error', (error) => sinkDebug(`an idle connection to ${where} failed`, error))
      try {
        if (opts.createTable) await ensureCaptureTable(next, table)
      } catch (error) {
        await next.end().catch(() => {})
        throw error
      }
      pool = next
      stats.files += 1
      void retain(next)
      return next
    })()
    ready = attempt
    attempt.catch(() => {
      if (ready === attempt) ready = undefined
    })
    return attempt
  }

  const down = (error: unknown): BatchResult => {
    const wait = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(failuresInARow, 10))
    failuresInARow += 1
    retryAt = Date.now() + wait
    lastDownError = error
    stats.lastError = `cannot reach ${where}: ${error instanceof Error ? error.message : String(error)}`
    sinkDebug(`cannot reach ${where}; retrying in ${wait} ms`, error)
    return 'down'
  }

  const writeBatch = async (flight: InFlight): Promise<BatchResult> => {
    let target: PgPool
    try {
      target = await connect()
    } catch (error) {
      return isConnectionError(error) ? down(error) : failBatch(flight, `cannot create ${table.display}`, error)
    }
    // The exit flush took this batch while the connection was being made.
    if (inFlight !== flight) return 'written'
    flight.sent = true
    try {
      await target.query(insert, [`[${flight.lines.join(',')}]`])
      stats.written += flight.lines.length
      failuresInARow = 0
      return 'written'
    } catch (error) {
      if (isConnectionError(error)) return down(error)
      failuresInARow = 0
      if (sqlState(error) === '42P01') {
        // Someone dropped the table: make it again on the next batch.
        ready = undefined
        pool = undefined
        void target.end().catch(() => {})
      }
      // jsonb refuses a few strings JSON allows (\u0000, lone surrogates): keep the rest of the batch.
      if (sqlState(error)?.startsWith('22') && flight.lines.length > 1) {
        for (const line of flight.lines) {
          try {
            await target.query(insert, [`[${line}]`])
            stats.written += 1
          } catch (rowError) {
            fail(1, `${table.display} refused a record`, rowError)
          }
        }
        return 'written'
      }
      return failBatch(flight, `cannot insert into ${table.display}`, error)
    }
  }

  const failBatch = (flight: InFlight, what: string, error: unknown): BatchResult => {
    fail(flight.lines.length, what, error)
    return 'failed'
  }

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(kick, ms).unref()
  }

  const pump = async () => {
    if (pumping) return
    pumping = true
    try {
      while (queue.length > 0) {
        const wait = retryAt - Date.now()
        if (wait > 0 && !forced()) {
          schedule(wait)
          break
        }
        const { lines, chars } = queue.take(opts.batchSize)
        const flight: InFlight = { lines, chars, sent: false }
        inFlight = flight
        let result: BatchResult
        try {
          result = await writeBatch(flight)
        } catch (error) {
          // Nothing in a background write may become an unhandled rejection in the host.
          result = failBatch(flight, 'writing a batch failed', error)
        }
        // The exit flush took (and settled) it meanwhile.
        if (inFlight !== flight) continue
        inFlight = undefined
        if (result === 'down' && !forced()) {
          // Keep it for the retry; it still counts against maxPendingBytes.
          queue.putBack(lines, chars)
          continue
        }
        stats.pendingBytes -= chars
        if (result === 'down') {
          fail(lines.length, `cannot reach ${where}`, lastDownError)
          // One failed attempt per flush, not one per batch: the rest would wait just as long.
          const rest = queue.take()
          if (rest.lines.length > 0) {
            stats.pendingBytes -= rest.chars
            fail(rest.lines.length, `cannot reach ${where}`, lastDownError)
            settle(rest.lines.length)
          }
        }
        settle(lines.length)
      }
    } finally {
      pumping = false
    }
  }

  const kick = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    soon = undefined
    void pump()
  }

  /**
   * The end of the process: nothing asynchronous runs any more, and Postgres only speaks over a
   * socket. A short-lived child process inserts what is pending while this one waits for it.
   */
  const flushSync = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (processExiting()) exitFlushed = true
    const lines: string[] = []
    let chars = 0
    const flight = inFlight
    if (flight && !flight.sent) {
      inFlight = undefined
      lines.push(...flight.lines)
      chars += flight.chars
    }
    const rest = queue.take()
    lines.push(...rest.lines)
    chars += rest.chars
    if (lines.length === 0) return
    stats.pendingBytes -= chars
    if (retryAt > Date.now()) {
      // Known to be down a moment ago: do not hold the exit up for a connection timeout.
      fail(lines.length, `cannot reach ${where} at exit`, lastDownError)
    } else {
      const result = writeAtExit({ pg: pgPath, config: poolConfig, table, createTable: opts.createTable, insert, lines, timeoutMs: opts.connectTimeoutMs + 10_000 })
      stats.written += result.written
      if (result.written < lines.length) fail(lines.length - result.written, `final write to ${where} failed`, result.error)
      if (result.written === 0) retryAt = Date.now() + RETRY_MIN_MS
    }
    settle(lines.length)
  }

  const flush = (): Promise<void> => settlement.flush(kick)

  const unregister = opts.flushOnExit
    ? registerExitFlush({ flush, flushSync, hasPending: () => queue.length > 0 || inFlight !== undefined })
    : () => {}

  return {
    write(record: CaptureRecord): void {
      const line = admit(record, closed)
      if (line === undefined) return
      queue.push(line)
      accept()
      if (processExiting()) {
        // Every record is a child process at this point: let the exit flush (the sink's own hook,
        // or flushSinksAtExit for a sink made during 'exit') send them together, and write at once
        // only what arrives after it.
        if (exitFlushed) flushSync()
      } else if (queue.length >= opts.batchSize) {
        // While backing off, the retry timer is already set: a full queue waits for it.
        if (!soon && !pumping && retryAt <= Date.now()) soon = setImmediate(kick).unref()
      } else if (!timer && !pumping) {
        timer = setTimeout(kick, opts.flushIntervalMs).unref()
      }
    },
    flush,
    async close(): Promise<void> {
      if (closed) return
      closed = true
      await flush()
      if (timer) clearTimeout(timer)
      if (soon) clearImmediate(soon)
      unregister()
      const current = pool ?? (await ready?.catch(() => undefined))
      pool = undefined
      ready = undefined
      await current?.end().catch((error: unknown) => sinkDebug('closing the Postgres pool failed', error))
    },
    stats: () => ({ ...stats }),
  }
}
