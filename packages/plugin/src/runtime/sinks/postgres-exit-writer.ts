import { spawnSync } from 'node:child_process'
import { ensureTableSql, type PgPoolConfig } from './postgres-client.js'
import type { CaptureTable } from './postgres-options.js'

export interface ExitWrite {
  /** Resolved path of the `pg` package the sink loaded. */
  pg: string
  config: PgPoolConfig
  table: CaptureTable
  createTable: boolean
  insert: string
  lines: string[]
  timeoutMs: number
}

export interface ExitWriteResult {
  written: number
  error?: string
}

/*
 * Runs in a plain `node -e` child (CommonJS, no TypeScript), so it works from the sources and
 * from dist alike. Reads the job as JSON on stdin, prints `{ written, error? }` on stdout.
 */
const WRITER = String.raw`
const chunks = []
process.stdin.on('data', (c) => chunks.push(c))
process.stdin.on('end', async () => {
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  const out = { written: 0 }
  let client
  try {
    const pg = require(job.pg)
    client = new pg.Client(job.config)
    await client.connect()
    if (job.ensure.length > 0) {
      const found = await client.query('SELECT to_regclass($1) AS t', [job.table])
      if (found.rows[0].t == null) {
        await client.query('BEGIN')
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['shadowtest:' + job.table])
        for (const statement of job.ensure) await client.query(statement)
        await client.query('COMMIT')
      }
    }
    try {
      await client.query(job.insert, ['[' + job.lines.join(',') + ']'])
      out.written = job.lines.length
    } catch (error) {
      if (!(typeof error.code === 'string' && error.code.startsWith('22')) || job.lines.length === 1) throw error
      for (const line of job.lines) {
        try {
          await client.query(job.insert, ['[' + line + ']'])
          out.written += 1
        } catch (rowError) {
          out.error = String(rowError.message)
        }
      }
    }
  } catch (error) {
    out.error = String((error && error.message) || error)
  } finally {
    if (client) await client.end().catch(() => {})
    process.stdout.write(JSON.stringify(out))
  }
})
`

/**
 * Inserts `lines` synchronously, from the process's 'exit' (where no socket I/O can complete):
 * a child process does the INSERT and this one waits for it, at most `timeoutMs`.
 */
export function writeAtExit(job: ExitWrite): ExitWriteResult {
  const env: NodeJS.ProcessEnv = { ...process.env, SHADOWTEST_CAPTURE: 'off' }
  // The host's NODE_OPTIONS may preload its own code (or Shadowtest's): the writer needs none of it.
  delete env.NODE_OPTIONS
  const input = JSON.stringify({
    pg: job.pg,
    config: job.config,
    table: job.table.sql,
    ensure: job.createTable ? ensureTableSql(job.table) : [],
    insert: job.insert,
    lines: job.lines,
  })
  const child = spawnSync(process.execPath, ['-e', WRITER], { input, encoding: 'utf8', env, timeout: job.timeoutMs, windowsHide: true })
  if (child.error) return { written: 0, error: child.error.message }
  try {
    const result = JSON.parse(child.stdout) as ExitWriteResult
    return { written: typeof result.written === 'number' ? result.written : 0, ...(result.error === undefined ? {} : { error: result.error }) }
  } catch {
    return { written: 0, error: `the exit writer ended with ${child.signal ?? `code ${String(child.status)}`}: ${child.stderr.trim().slice(0, 200)}` }
  }
}
