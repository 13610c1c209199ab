// The Postgres capture sink against a real PostgreSQL (SHADOWTEST_TEST_PG_URL, or a private
// cluster started from the installed server binaries; skipped with a reason when neither exists,
// and failing under CI). Every test uses its own table and drops it.
import { spawn } from 'node:child_process'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it, test } from 'vitest'
import { resolveConfig, type CaptureRecord } from '@shadowtest/core'
import {
  captureBackendFromConfig,
  createPostgresSink,
  prunePostgresCaptures,
  readPostgresCaptures,
  resolvePostgresSinkOptions,
  type CaptureSink,
} from '../src/runtime/sinks/index.js'
import { describeSinkConformance } from './sink-conformance.js'
import { sampleRecord, tempDir } from './sink-helpers.js'
import { dropTable, privateCluster, testDatabase, uniqueTable, withClient } from './postgres-server.js'

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
const db = await testDatabase()
afterAll(async () => {
  if (db.skip === undefined) await db.stop()
})

async function readAll(url: string, table: string): Promise<CaptureRecord[]> {
  const records: CaptureRecord[] = []
  for await (const record of readPostgresCaptures({ connectionString: url, table })) records.push(record)
  return records
}

async function rowCount(url: string, table: string): Promise<number> {
  return withClient(url, async (c) => Number((await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n))
}

/** A TCP relay in front of the database, so a test can take the database away and bring it back. */
function relay(targetUrl: string) {
  const target = new URL(targetUrl)
  const sockets = new Set<Socket>()
  let server: Server | undefined
  let port = 0
  const start = () =>
    new Promise<void>((resolvePromise) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname)
        sockets.add(client).add(upstream)
        client.pipe(upstream).pipe(client)
        const end = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        client.on('error', end).on('close', end)
        upstream.on('error', end).on('close', end)
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as { port: number }).port
        resolvePromise()
      })
    })
  const stop = () =>
    new Promise<void>((resolvePromise) => {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      if (server) server.close(() => resolvePromise())
      else resolvePromise()
      server = undefined
    })
  return {
    start,
    stop,
    url: () => {
      const url = new URL(targetUrl)
      url.hostname = '127.0.0.1'
      url.port = String(port)
      return url.toString()
    },
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition')
    await new Promise((r) => setTimeout(r, 50))
  }
}

/**
 * Runs `body` in a real Node child with `createPostgresSink` (from source, through jiti) and
 * `sampleRecord` in scope.
 */
async function runChild(dir: string, body: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000) {
  const script = join(dir, `child-${Math.random().toString(16).slice(2)}.mjs`)
  await writeFile(
    script,
    `import { createJiti } from ${JSON.stringify(join(repoRoot, 'node_modules/jiti/lib/jiti.mjs'))}
const jiti = createJiti(import.meta.url, { alias: { '@shadowtest/core': ${JSON.stringify(join(repoRoot, 'packages/core/src/errors.ts'))} } })
const { createPostgresSink } = await jiti.import(${JSON.stringify(join(repoRoot, 'packages/plugin/src/runtime/sinks/postgres-sink.ts'))})
const sampleRecord = ${sampleRecord.toString()}
${body}
`,
  )
  const started = Date.now()
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({ code, stdout, stderr, ms: Date.now() - started })
    })
  })
}

if (db.skip !== undefined) {
  test.skip(`Postgres sink tests: ${db.skip}`, () => {})
  console.warn(`[postgres-sink.test] skipped: ${db.skip}`)
} else {
  const url = db.url
  const tables: string[] = []
  const table = () => {
    const name = uniqueTable()
    tables.push(name)
    return name
  }
  afterEach(async () => {
    for (const name of tables.splice(0)) await dropTable(url, name)
  })

  describeSinkConformance('postgres', async ({ maxPendingBytes }) => {
    const name = table()
    const sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false, ...(maxPendingBytes === undefined ? {} : { maxPendingBytes }) })
    return { sink, readBack: () => readAll(url, name), cleanup: async () => {} }
  })

  // Child processes load the sink from source (jiti): allow them the time a busy machine needs.
  describe('Postgres sink', { timeout: 90_000 }, () => {
    let sink: CaptureSink | undefined
    afterEach(async () => {
      await sink?.close()
      sink = undefined
    })

    it('creates the table with the documented columns, in a schema when the name has one', async () => {
      const schema = uniqueTable('st_schema')
      const name = `${schema}.captures`
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false })
      const record = sampleRecord(7, { source: { kind: 'record', runId: 'run-7', host: 'box' } })
      sink.write(record)
      await sink.flush()
      try {
        const rows = await withClient(url, async (c) => {
          const columns = await c.query(
            `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'captures' ORDER BY ordinal_position`,
            [schema],
          )
          const stored = await c.query(`SELECT function_id, scenario_id, recorded_at, record, source, run_id FROM "${schema}"."captures"`)
          return { columns: columns.rows, stored: stored.rows }
        })
        expect(rows.columns).toEqual([
          { column_name: 'id', data_type: 'bigint' },
          { column_name: 'function_id', data_type: 'text' },
          { column_name: 'scenario_id', data_type: 'text' },
          { column_name: 'recorded_at', data_type: 'timestamp with time zone' },
          { column_name: 'record', data_type: 'jsonb' },
          { column_name: 'source', data_type: 'jsonb' },
          { column_name: 'run_id', data_type: 'text' },
          { column_name: 'inserted_at', data_type: 'timestamp with time zone' },
        ])
        expect(rows.stored).toEqual([
          {
            function_id: 'pricing.quote',
            scenario_id: `pricing.quote:${record.semanticId}`,
            recorded_at: new Date(record.capturedAt),
            record,
            source: record.source,
            run_id: 'run-7',
          },
        ])
      } finally {
        await withClient(url, (c) => c.query(`DROP SCHEMA "${schema}" CASCADE`))
      }
    })

    it('keeps the rest of a batch when the database refuses one record (jsonb has no \\u0000)', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false })
      sink.write(sampleRecord(1))
      sink.write(sampleRecord(2, { label: 'nul \u0000 inside' }))
      sink.write(sampleRecord(3))
      await sink.flush()
      expect((await readAll(url, name)).map((r) => r.semanticId)).toEqual([sampleRecord(1).semanticId, sampleRecord(3).semanticId])
      expect(sink.stats()).toMatchObject({ written: 2, failed: 1, pendingBytes: 0 })
      expect(sink.stats().lastError).toMatch(/refused a record/)
    })

    it('a database that goes away never reaches the host: records wait (bounded), are retried, and the rest is counted', async () => {
      const name = table()
      const proxy = relay(url)
      await proxy.start()
      const one = JSON.stringify(sampleRecord(1)).length + 1
      sink = createPostgresSink({ connectionString: proxy.url(), table: name, flushOnExit: false, flushIntervalMs: 10, maxPendingBytes: one * 20, connectTimeoutMs: 2000 })
      for (let i = 0; i < 5; i++) sink.write(sampleRecord(i))
      await sink.flush()
      expect(sink.stats()).toMatchObject({ written: 5, failed: 0 })

      // Down: the pool's idle connection is cut (an 'error' no host listens for) and new ones are refused.
      await proxy.stop()
      for (let i = 5; i < 10; i++) sink.write(sampleRecord(i))
      await until(() => /cannot reach/.test(sink?.stats().lastError ?? ''))
      expect(sink.stats()).toMatchObject({ written: 5, failed: 0, dropped: 0 })
      // The memory bound holds while it is down: the overflow is dropped and counted.
      for (let i = 10; i < 100; i++) sink.write(sampleRecord(i))
      const held = sink.stats()
      expect(held.pendingBytes).toBeLessThanOrEqual(one * 20)
      expect(held.dropped).toBeGreaterThan(0)

      // Back: what waited is written by the retry, without a flush.
      await proxy.start()
      await until(() => sink?.stats().pendingBytes === 0)
      const back = sink.stats()
      expect(back.written + back.dropped).toBe(100)
      expect(await rowCount(url, name)).toBe(back.written)

      // Down again: a flush does not hang, it counts what it could not write.
      await proxy.stop()
      for (let i = 100; i < 103; i++) sink.write(sampleRecord(i))
      await sink.flush()
      expect(sink.stats()).toMatchObject({ written: back.written, failed: 3, pendingBytes: 0 })
      await sink.close()
      sink = undefined
    })

    it('a table dropped while the sink runs costs that batch (counted); the next batch creates it again', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false })
      sink.write(sampleRecord(1))
      await sink.flush()
      await dropTable(url, name)
      sink.write(sampleRecord(2))
      await sink.flush()
      expect(sink.stats()).toMatchObject({ written: 1, failed: 1 })
      expect(sink.stats().lastError).toMatch(/cannot insert into st_test_\w+: relation .* does not exist/)
      sink.write(sampleRecord(3))
      await sink.flush()
      expect((await readAll(url, name)).map((r) => r.semanticId)).toEqual([sampleRecord(3).semanticId])
      expect(sink.stats()).toMatchObject({ written: 2, failed: 1, files: 2 })
    })

    it('a server stopped by its operator (pg_ctl stop) and started again: the host never notices, waiting records are written', async (ctx) => {
      // A cluster of its own, since the shared one must stay up for the other tests.
      const cluster = await privateCluster()
      if (cluster === undefined) {
        if (process.env.CI) throw new Error('CI is set but no PostgreSQL server binaries are installed to stop and start (run .ci/postgres.sh).')
        ctx.skip()
        return
      }
      try {
        const own = createPostgresSink({ connectionString: cluster.url, table: uniqueTable(), flushOnExit: false, flushIntervalMs: 10 })
        sink = own
        for (let i = 0; i < 5; i++) own.write(sampleRecord(i))
        await own.flush()
        expect(own.stats()).toMatchObject({ written: 5, failed: 0 })

        // Fast shutdown: the pool's idle connection gets "terminating connection due to administrator command".
        await cluster.stopServer()
        for (let i = 5; i < 10; i++) own.write(sampleRecord(i))
        await until(() => /cannot reach/.test(own.stats().lastError ?? ''))
        expect(own.stats()).toMatchObject({ written: 5, failed: 0, dropped: 0 })
        expect(own.stats().pendingBytes).toBeGreaterThan(0)

        await cluster.startServer()
        await until(() => own.stats().pendingBytes === 0, 30_000)
        expect(own.stats()).toMatchObject({ written: 10, failed: 0, dropped: 0 })

        await cluster.stopServer()
        for (let i = 10; i < 13; i++) own.write(sampleRecord(i))
        await own.flush()
        expect(own.stats()).toMatchObject({ written: 10, failed: 3, dropped: 0, pendingBytes: 0 })
        await own.close()
        sink = undefined
      } finally {
        await cluster.remove()
      }
    })

    it('many writer processes into one table lose nothing (the first ones create the table together)', async () => {
      const name = table()
      const { dir, cleanup } = await tempDir()
      try {
        const writers = 6
        const each = 400
        const results = await Promise.all(
          Array.from({ length: writers }, (_, w) =>
            runChild(
              dir,
              `const sink = createPostgresSink({ connectionString: process.env.PG_URL, table: process.env.PG_TABLE, batchSize: 64, flushIntervalMs: 5 })
for (let i = 0; i < ${each}; i++) {
  sink.write(sampleRecord(${w} * 100000 + i, { source: { kind: 'record', runId: 'writer-${w}' } }))
  if (i % 50 === 0) await new Promise((r) => setImmediate(r))
}
await sink.close()
console.log(JSON.stringify(sink.stats()))`,
              { PG_URL: url, PG_TABLE: name },
            ),
          ),
        )
        for (const r of results) {
          expect(r.stderr).toBe('')
          expect(JSON.parse(r.stdout)).toMatchObject({ written: each, dropped: 0, failed: 0 })
        }
        const stored = await readAll(url, name)
        expect(stored).toHaveLength(writers * each)
        expect(new Set(stored.map((r) => r.semanticId)).size).toBe(writers * each)
        for (let w = 0; w < writers; w++) {
          // Each writer's records are stored in the order it wrote them.
          const mine = stored.filter((r) => r.source.runId === `writer-${w}`).map((r) => parseInt(r.semanticId, 16))
          expect(mine).toEqual(Array.from({ length: each }, (_, i) => w * 100000 + i))
        }
      } finally {
        await cleanup()
      }
    })

    it('flushes at exit: when the loop ends, on process.exit(), and on an unhandled SIGTERM', async () => {
      const name = table()
      const { dir, cleanup } = await tempDir()
      try {
        const ended = await runChild(dir, `const sink = createPostgresSink({ connectionString: process.env.PG_URL, table: process.env.PG_TABLE })
for (let i = 0; i < 3; i++) sink.write(sampleRecord(i))`, { PG_URL: url, PG_TABLE: name })
        expect(ended).toMatchObject({ code: 0, stderr: '' })
        expect(await rowCount(url, name)).toBe(3)

        const exited = await runChild(dir, `const sink = createPostgresSink({ connectionString: process.env.PG_URL, table: process.env.PG_TABLE })
for (let i = 10; i < 14; i++) sink.write(sampleRecord(i))
process.exit(7)`, { PG_URL: url, PG_TABLE: name })
        expect(exited).toMatchObject({ code: 7, stderr: '' })
        expect(await rowCount(url, name)).toBe(7)

        const killed = await runChild(dir, `const sink = createPostgresSink({ connectionString: process.env.PG_URL, table: process.env.PG_TABLE, flushIntervalMs: 60000 })
for (let i = 20; i < 22; i++) sink.write(sampleRecord(i))
setInterval(() => {}, 1000)
process.kill(process.pid, 'SIGTERM')`, { PG_URL: url, PG_TABLE: name })
        expect(killed).toMatchObject({ code: 143, stderr: '' })
        expect(await rowCount(url, name)).toBe(9)
      } finally {
        await cleanup()
      }
    })

    it('a host whose database is down runs to the end and exits in bounded time, counting the loss', async () => {
      const { dir, cleanup } = await tempDir()
      const closed = relay(url)
      await closed.start()
      const deadUrl = closed.url()
      await closed.stop()
      try {
        const result = await runChild(
          dir,
          `const sink = createPostgresSink({ connectionString: process.env.PG_URL, table: 'never_created', flushIntervalMs: 5 })
let sum = 0
for (let i = 0; i < 50; i++) { sink.write(sampleRecord(i)); sum += i; await new Promise((r) => setTimeout(r, 2)) }
await sink.flush()
console.log(JSON.stringify({ sum, stats: sink.stats() }))`,
          { PG_URL: deadUrl, SHADOWTEST_DEBUG: '1' },
        )
        expect(result.code).toBe(0)
        const out = JSON.parse(result.stdout) as { sum: number; stats: { written: number; failed: number; dropped: number; lastError: string } }
        expect(out.sum).toBe(1225)
        expect(out.stats).toMatchObject({ written: 0, failed: 50, dropped: 0 })
        expect(out.stats.lastError).toMatch(/cannot reach postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres table never_created: .*ECONNREFUSED/)
        expect(result.stderr).toMatch(/\[shadowtest:sink\] cannot reach/)
        expect(result.ms).toBeLessThan(20_000)
      } finally {
        await cleanup()
      }
    })

    it('reading skips (and reports) a row that is not a valid capture record, with the table and row id', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false })
      sink.write(sampleRecord(1))
      await sink.flush()
      await withClient(url, (c) =>
        c.query(`INSERT INTO "${name}" (function_id, scenario_id, recorded_at, record, source) VALUES ('x', 'x:1', now(), '{"v": 9}', '{}')`),
      )
      sink.write(sampleRecord(2))
      await sink.flush()
      const reader = readPostgresCaptures({ connectionString: url, table: name })
      const seen: string[] = []
      for await (const record of reader) seen.push(record.semanticId)
      expect(seen).toEqual([sampleRecord(1).semanticId, sampleRecord(2).semanticId])
      expect(reader.issues).toEqual([{ file: `postgres:${name}`, line: 2, kind: 'invalid-record', message: expect.stringContaining(`postgres:${name}:2`) }])
    })

    it('gives back exactly what JSON held: jsonb keeps every double (so scenario ids computed from the input still match)', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false })
      const numbers = [0.1, 1e-7, 5e-324, 1.7976931348623157e308, -2.5e-300, 123456789.123456789, 2 ** 53 + 2, 0.30000000000000004]
      const record = sampleRecord(1, { input: { args: [{ numbers, text: 'ünï \u2028 😀', nested: { b: [1, { a: null }], a: true } }] } })
      sink.write(record)
      await sink.flush()
      const [back] = await readAll(url, name)
      expect(back).toEqual(record)
      expect((back?.input.args[0] as { numbers: number[] }).numbers).toStrictEqual(numbers)
    })

    it('reads a table larger than one page, with filters, oldest first', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false, batchSize: 1000, maxPendingBytes: 64 * 1024 * 1024 })
      for (let i = 0; i < 1234; i++) sink.write(sampleRecord(i, { source: { kind: 'record', runId: i % 2 === 0 ? 'even' : 'odd' } }))
      await sink.flush()
      const ids: number[] = []
      for await (const record of readPostgresCaptures({ connectionString: url, table: name }, { runId: 'odd' })) ids.push(parseInt(record.semanticId, 16))
      expect(ids).toEqual(Array.from({ length: 617 }, (_, i) => 2 * i + 1))
    })

    it('prunes rows by age', async () => {
      const name = table()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false, retention: {} })
      const day = 86_400_000
      const now = Date.now()
      for (const [i, age] of [10, 8, 2, 0].entries()) sink.write(sampleRecord(i, { capturedAt: new Date(now - age * day - 60_000).toISOString() }))
      await sink.flush()
      const options = { connectionString: url, table: name }
      expect(await prunePostgresCaptures(options, { maxAgeDays: 7, dryRun: true })).toEqual({ table: name, deleted: 2, kept: 2 })
      expect(await rowCount(url, name)).toBe(4)
      expect(await prunePostgresCaptures(options, { maxAgeDays: 7 })).toEqual({ table: name, deleted: 2, kept: 2 })
      expect((await readAll(url, name)).map((r) => r.semanticId)).toEqual([sampleRecord(2).semanticId, sampleRecord(3).semanticId])
      // A sink starting with retention applies it too.
      await sink.close()
      sink = createPostgresSink({ connectionString: url, table: name, flushOnExit: false, retention: { maxAgeDays: 1 } })
      sink.write(sampleRecord(9))
      await sink.flush()
      await until(async () => (await rowCount(url, name)) === 2)
    })
  })
}

describe('Postgres sink options and configuration (no database needed)', { timeout: 60_000 }, () => {
  it('rejects unknown options and bad table names when the sink is made', () => {
    expect(() => resolvePostgresSinkOptions({ table: 'captures; DROP TABLE x' })).toThrow(expect.objectContaining({ code: 'CAPTURE:SINK_OPTIONS_INVALID', path: 'table' }))
    expect(() => resolvePostgresSinkOptions({ tabel: 'x' } as never)).toThrow(expect.objectContaining({ code: 'CAPTURE:SINK_OPTIONS_INVALID', path: 'tabel' }))
    expect(() => resolvePostgresSinkOptions({ retention: { maxFiles: 3 } as never })).toThrow(/retention.maxFiles is unknown/)
    expect(() => resolvePostgresSinkOptions({ batchSize: 0 })).toThrow(expect.objectContaining({ path: 'batchSize' }))
    expect(resolvePostgresSinkOptions({ table: 'ops.captures' }).table).toMatchObject({ schema: 'ops', name: 'captures', sql: '"ops"."captures"' })
  })

  it('selects the backend from capture.sink (env overrides applied) and takes the buffering knobs from capture.*', () => {
    const capture = { maxPendingBytes: 1000, batchSize: 10, flushIntervalMs: 50, retention: { maxAgeDays: 3, maxFiles: 5 } }
    const configOf = (sink: unknown, env: Record<string, string> = {}) => resolveConfig({ captureDir: '/app/.shadowtest/captures', capture: { ...capture, sink } } as never, { cwd: '/app', env })
    expect(captureBackendFromConfig(configOf(undefined), {})).toEqual({ kind: 'ndjson', dir: '/app/.shadowtest/captures' })
    const knobs = { maxPendingBytes: 1000, batchSize: 10, flushIntervalMs: 50, retention: { maxAgeDays: 3 } }
    const env = { SHADOWTEST_SINK: 'postgres', SHADOWTEST_PG_URL: 'postgres://u:secret@db/app', SHADOWTEST_PG_TABLE: 'ops.captures' }
    expect(captureBackendFromConfig(configOf(undefined, env), env)).toEqual({ kind: 'postgres', options: { connectionString: 'postgres://u:secret@db/app', table: 'ops.captures', ...knobs } })
    // From the config file alone: the URL comes from the variable urlEnv names, never from the file.
    const fileOnly = configOf({ kind: 'postgres', table: 'app_captures', urlEnv: 'DATABASE_URL' })
    expect(captureBackendFromConfig(fileOnly, { DATABASE_URL: 'postgres://u:pw@db/app' })).toEqual({ kind: 'postgres', options: { connectionString: 'postgres://u:pw@db/app', table: 'app_captures', ...knobs } })
    // SHADOWTEST_PG_URL wins over urlEnv, as every SHADOWTEST_* variable wins over the file.
    expect(captureBackendFromConfig(fileOnly, { DATABASE_URL: 'postgres://a@db/app', SHADOWTEST_PG_URL: 'postgres://b@db/app' })).toMatchObject({ options: { connectionString: 'postgres://b@db/app' } })
    // A variable named on purpose must be set; the default one unset means the PG* variables.
    expect(() => captureBackendFromConfig(fileOnly, {})).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID', message: expect.stringMatching(/capture\.sink\.urlEnv: the environment variable DATABASE_URL .* is not set/) }))
    expect(captureBackendFromConfig(configOf('postgres'), {})).toEqual({ kind: 'postgres', options: knobs })
  })

  it('without the pg package installed, making the sink says what to install (CAPTURE:PG_NOT_INSTALLED)', async () => {
    // The sink's sources outside the repository, where `pg` does not resolve.
    const { dir, cleanup } = await tempDir()
    try {
      await mkdir(join(dir, 'sinks'))
      await cp(join(repoRoot, 'packages/plugin/src/runtime/sinks'), join(dir, 'sinks'), { recursive: true })
      const result = await runChild(
        dir,
        `const { createPostgresSink: fresh } = await jiti.import(${JSON.stringify(join(dir, 'sinks/postgres-sink.ts'))})
try { fresh({ connectionString: 'postgres://127.0.0.1:1/x' }); console.log('made') } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })) }`,
      )
      const out = JSON.parse(result.stdout.trim()) as { code: string; message: string }
      expect(out.code).toBe('CAPTURE:PG_NOT_INSTALLED')
      expect(out.message).toMatch(/npm install pg/)
    } finally {
      await cleanup()
    }
  })
})
