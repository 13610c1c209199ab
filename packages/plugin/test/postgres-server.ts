import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)
const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))

export interface TestDatabase {
  url: string
  /** Stops the private cluster this helper started (a no-op for SHADOWTEST_TEST_PG_URL). */
  stop(): Promise<void>
}

export type TestDatabaseOrSkip = ({ skip?: undefined } & TestDatabase) | { skip: string }

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb')))
  versions.sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin')
}

async function reachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * The database the Postgres tests run against: `SHADOWTEST_TEST_PG_URL` when set (it must work),
 * else a private cluster started with `.ci/postgres.sh` when the server binaries are installed,
 * else a skip with the reason — except under `CI`, where a missing PostgreSQL is a failure.
 */
export async function testDatabase(): Promise<TestDatabaseOrSkip> {
  const given = process.env.SHADOWTEST_TEST_PG_URL
  if (given) {
    await reachable(given)
    return { url: given, stop: async () => {} }
  }
  const bin = serverBinaries()
  if (bin === undefined) {
    const reason = 'no PostgreSQL: SHADOWTEST_TEST_PG_URL is unset and no server binaries are in /usr/lib/postgresql (run .ci/postgres.sh)'
    if (process.env.CI) throw new Error(`CI is set, so the Postgres tests must run, but there is ${reason}.`)
    return { skip: reason }
  }
  const cluster = await startPrivateCluster(bin)
  return { url: cluster.url, stop: cluster.remove }
}

export interface PrivateCluster {
  url: string
  /** Stops the server the way an operator does (`pg_ctl stop -m fast`: clients get an admin-shutdown error). */
  stopServer(): Promise<void>
  /** Starts it again on the same port and data. */
  startServer(): Promise<void>
  /** Stops the server and deletes its data. */
  remove(): Promise<void>
}

/** A cluster of its own, started with `.ci/postgres.sh`; undefined when no server binaries are installed. */
export async function privateCluster(): Promise<PrivateCluster | undefined> {
  const bin = serverBinaries()
  return bin === undefined ? undefined : startPrivateCluster(bin)
}

async function startPrivateCluster(bin: string): Promise<PrivateCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'shadowtest-pgtest-'))
  const script = join(repoRoot, '.ci/postgres.sh')
  const start = async () => {
    const { stdout } = await run('bash', [script], { env: { ...process.env, SHADOWTEST_PG_DIR: dir, ...(port ? { SHADOWTEST_PG_PORT: port } : {}) }, timeout: 90_000 })
    const found = /SHADOWTEST_TEST_PG_URL=(\S+)/.exec(stdout)?.[1]
    if (found === undefined) throw new Error(`.ci/postgres.sh printed no URL: ${stdout}`)
    return found
  }
  let port: string | undefined
  const url = await start()
  port = new URL(url).port
  await reachable(url)
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : []
  const pgCtl = async (...args: string[]) => {
    const [command, ...rest] = [...asOwner, join(bin, 'pg_ctl'), '-D', join(dir, 'data'), ...args] as [string, ...string[]]
    await run(command, rest, { timeout: 60_000 })
  }
  return {
    url,
    stopServer: () => pgCtl('-m', 'fast', '-w', 'stop'),
    async startServer() {
      await start()
      await reachable(url)
    },
    async remove() {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => {})
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** A table name no other test (or concurrent run) uses. */
export function uniqueTable(prefix = 'st_test'): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
}

export async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await body(client)
  } finally {
    await client.end()
  }
}

export async function dropTable(url: string, table: string): Promise<void> {
  await withClient(url, (c) => c.query(`DROP TABLE IF EXISTS ${table.split('.').map((p) => `"${p}"`).join('.')} CASCADE`))
}
