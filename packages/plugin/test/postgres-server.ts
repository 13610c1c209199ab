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
  const dir = await mkdtemp(join(tmpdir(), 'shadowtest-pgtest-'))
  const { stdout } = await run('bash', [join(repoRoot, '.ci/postgres.sh')], { env: { ...process.env, SHADOWTEST_PG_DIR: dir }, timeout: 90_000 })
  const url = /SHADOWTEST_TEST_PG_URL=(\S+)/.exec(stdout)?.[1]
  if (url === undefined) throw new Error(`.ci/postgres.sh printed no URL: ${stdout}`)
  await reachable(url)
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : []
  return {
    url,
    async stop() {
      const [command, ...args] = [...asOwner, join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'] as [string, ...string[]]
      await run(command, args).catch(() => {})
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
