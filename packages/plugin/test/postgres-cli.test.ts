// `shadowtest record` and `shadowtest captures …` with SHADOWTEST_SINK=postgres: the built CLI
// runs a real Node script whose captured calls go to a real PostgreSQL table, then reads them back.
// (Uses dist, like the e2e tests: `npx tsc -b` first.)
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest'
import { shadowtest } from '../../../fixtures/e2e/helpers.js'
import { dropTable, uniqueTable, withClient } from './postgres-server.js'
import { QUOTE_MODULE, tempProject, useTestDatabase } from './postgres-project.js'

const db = await useTestDatabase()

const PRICING = QUOTE_MODULE

const SCRIPT = `import { quote } from './src/pricing.js'

quote({ id: 'B-1', items: [{ price: 12.5, qty: 2 }] })
quote({ id: 'B-2', items: [{ price: 49.99, qty: 1 }] })
quote({ id: 'B-1', items: [{ price: 12.5, qty: 2 }] })
try {
  quote({ id: 'B-3', items: [] })
} catch {}
// 'many': 150 more distinct calls. 'exit': end through process.exit right away, before the
// capture pipeline ran once: it drains into a sink it creates during 'exit'.
if (process.argv.includes('many')) for (let i = 0; i < 150; i++) quote({ id: 'M-' + i, items: [{ price: i, qty: 1 }] })
if (process.argv.includes('exit')) process.exit(0)
`

function project(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  return tempProject('pg-cli', {
    'shadowtest.config.mjs': `export default { baselineDir: '__baselines__', capture: { retention: { maxAgeDays: 30 } } }\n`,
    'src/pricing.js': PRICING,
    'script.mjs': SCRIPT,
  })
}

if (db.skip !== undefined) {
  test.skip(`Postgres CLI tests: ${db.skip}`, () => {})
  console.warn(`[postgres-cli.test] skipped: ${db.skip}`)
} else {
  const url = db.url

  describe('shadowtest record / captures with SHADOWTEST_SINK=postgres', { timeout: 120_000 }, () => {
    let dir: string
    let cleanup: () => Promise<void>
    let table: string
    let env: NodeJS.ProcessEnv
    beforeEach(async () => {
      ;({ dir, cleanup } = await project())
      table = uniqueTable('st_cli')
      env = { SHADOWTEST_SINK: 'postgres', SHADOWTEST_PG_URL: url, SHADOWTEST_PG_TABLE: table }
    })
    afterEach(async () => {
      await dropTable(url, table)
      await cleanup()
    })

    it('record folds the run\'s captures from the table into pending baselines; nothing goes to files', async () => {
      const first = await shadowtest(['record', '--json', '--', process.execPath, 'script.mjs'], { cwd: dir, env })
      expect(first.stderr).toBe('')
      expect(first.code).toBe(0)
      const summary = JSON.parse(first.stdout) as { runId: string; records: number; functions: Array<{ functionId: string; added: string[]; unchanged: string[] }> }
      expect(summary.records).toBe(3)
      expect(summary.functions).toHaveLength(1)
      expect(summary.functions[0]).toMatchObject({ functionId: 'pricing.quote' })
      expect(summary.functions[0]?.added).toHaveLength(3)

      const baseline = JSON.parse(await readFile(join(dir, '__baselines__/src/pricing/quote.baseline.json'), 'utf8')) as {
        scenarios: Record<string, { status: string; outcome: { kind: string }; source: { runId?: string } }>
      }
      const scenarios = Object.values(baseline.scenarios)
      expect(scenarios.map((s) => s.status)).toEqual(['pending', 'pending', 'pending'])
      expect(scenarios.map((s) => s.outcome.kind).sort()).toEqual(['return', 'return', 'throw'])
      expect(scenarios.every((s) => s.source.runId === summary.runId)).toBe(true)
      await expect(stat(join(dir, '.shadowtest'))).rejects.toMatchObject({ code: 'ENOENT' })
      const rows = await withClient(url, async (c) => (await c.query(`SELECT run_id, function_id FROM "${table}"`)).rows)
      expect(rows).toEqual(Array.from({ length: 3 }, () => ({ run_id: summary.runId, function_id: 'pricing.quote' })))

      // A second run ending in process.exit(): its captures reach the table from 'exit', and
      // only this run's rows are folded (all known already).
      const second = await shadowtest(['record', '--', process.execPath, 'script.mjs', 'exit'], { cwd: dir, env })
      expect(second.stderr).toBe('')
      expect(second.code).toBe(0)
      expect(second.stdout).toMatch(/Recorded 3 call\(s\)[\s\S]*pricing\.quote\s+0 added · 3 already known/)
      expect(await withClient(url, async (c) => (await c.query(`SELECT count(DISTINCT run_id)::int AS runs, count(*)::int AS n FROM "${table}"`)).rows[0])).toEqual({ runs: 2, n: 6 })
    })

    it('a command ending in process.exit() right after its calls: every capture reaches the table, in one INSERT', async () => {
      const result = await shadowtest(['record', '--json', '--', process.execPath, 'script.mjs', 'many', 'exit'], { cwd: dir, env })
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toMatchObject({ records: 153 })
      // now() is the transaction's start: one distinct inserted_at per INSERT statement.
      expect(await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n, count(DISTINCT inserted_at)::int AS inserts FROM "${table}"`)).rows[0])).toEqual({ n: 153, inserts: 1 })
    })

    it('captures list | query | export | prune read the table', async () => {
      expect((await shadowtest(['record', '--', process.execPath, 'script.mjs'], { cwd: dir, env })).code).toBe(0)
      // Two of the three rows are made 10 days old, for prune.
      await withClient(url, (c) => c.query(`UPDATE "${table}" SET recorded_at = now() - interval '10 days' WHERE id IN (SELECT id FROM "${table}" ORDER BY id LIMIT 2)`))

      const list = await shadowtest(['captures', 'list', '--json'], { cwd: dir, env })
      expect(list.code).toBe(0)
      expect(JSON.parse(list.stdout)).toMatchObject({ table, exists: true, functions: [{ functionId: 'pricing.quote', records: 3, scenarios: 3 }], total: { records: 3, functions: 1 } })

      const query = await shadowtest(['captures', 'query', '--function', 'pricing.quote', '--since', '1d', '--json'], { cwd: dir, env })
      expect(query.code).toBe(0)
      expect((JSON.parse(query.stdout) as unknown[]).length).toBe(1)

      const exported = await shadowtest(['captures', 'export', '--format', 'json', '--out', 'all.json'], { cwd: dir, env })
      expect(exported).toMatchObject({ code: 0, stderr: 'Exported 3 record(s) as json to all.json.\n' })
      const records = JSON.parse(await readFile(join(dir, 'all.json'), 'utf8')) as Array<{ functionId: string; v: number }>
      expect(records.map((r) => [r.v, r.functionId])).toEqual([[1, 'pricing.quote'], [1, 'pricing.quote'], [1, 'pricing.quote']])

      const files = await shadowtest(['captures', 'prune', '--max-files', '3'], { cwd: dir, env })
      expect(files.code).toBe(2)
      expect(files.stderr).toMatch(/\[CLI:INVALID_OPTION\] --max-files counts NDJSON files; a Postgres capture table is pruned by age/)

      const dry = await shadowtest(['captures', 'prune', '--max-age', '7', '--dry-run'], { cwd: dir, env })
      expect(dry).toMatchObject({ code: 0, stderr: `Would delete 2 capture(s) older than 7 day(s) from table ${table}; 1 kept.\n` })
      const pruned = await shadowtest(['captures', 'prune', '--max-age', '7', '--json'], { cwd: dir, env })
      expect(pruned.code).toBe(0)
      expect(JSON.parse(pruned.stdout)).toEqual({ dryRun: false, policy: { maxAgeDays: 7 }, table, deleted: 2, kept: 1 })
      // Without --max-age, the configured capture.retention.maxAgeDays (30 here) applies.
      const configured = await shadowtest(['captures', 'prune', '--json'], { cwd: dir, env })
      expect(JSON.parse(configured.stdout)).toMatchObject({ policy: { maxAgeDays: 30 }, deleted: 0, kept: 1 })
    })

    it('an unreachable database is CAPTURE:PG_UNAVAILABLE (exit 2), never showing the password', async () => {
      const down = { ...env, SHADOWTEST_PG_URL: 'postgres://shadow:hunter2@127.0.0.1:1/app' }
      const result = await shadowtest(['captures', 'query'], { cwd: dir, env: down })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/\[CAPTURE:PG_UNAVAILABLE\] Cannot read captures from postgres:\/\/shadow:\*\*\*@127\.0\.0\.1:1\/app \(table st_cli_\w+\): .*ECONNREFUSED/)
      expect(result.stderr).not.toContain('hunter2')
      const bad = await shadowtest(['captures', 'list'], { cwd: dir, env: { ...env, SHADOWTEST_SINK: 'mongo' } })
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/\[CONFIG:INVALID\] environment variable SHADOWTEST_SINK="mongo"/)
    })
  })

  describe('shadowtest record / captures with capture.sink in the config file', { timeout: 120_000 }, () => {
    let dir: string
    let cleanup: () => Promise<void>
    let table: string
    beforeEach(async () => {
      ;({ dir, cleanup } = await project())
      table = uniqueTable('st_cfg')
      // No SHADOWTEST_* variable: the file picks the sink, and only names the variable holding the URL.
      await writeFile(
        join(dir, 'shadowtest.config.mjs'),
        `export default { baselineDir: '__baselines__', capture: { sink: { kind: 'postgres', table: '${table}', urlEnv: 'APP_DATABASE_URL' } } }\n`,
      )
    })
    afterEach(async () => {
      await dropTable(url, table)
      await cleanup()
    })

    it('record writes to and folds from the configured table; captures list reads it; SHADOWTEST_SINK=ndjson still wins', async () => {
      const env = { APP_DATABASE_URL: url }
      const recorded = await shadowtest(['record', '--json', '--', process.execPath, 'script.mjs'], { cwd: dir, env })
      expect(recorded.stderr).toBe('')
      expect(recorded.code).toBe(0)
      expect(JSON.parse(recorded.stdout)).toMatchObject({ records: 3, functions: [{ functionId: 'pricing.quote' }] })
      await expect(stat(join(dir, '.shadowtest'))).rejects.toMatchObject({ code: 'ENOENT' })
      expect(await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0])).toEqual({ n: 3 })

      const list = await shadowtest(['captures', 'list', '--json'], { cwd: dir, env })
      expect(list.code).toBe(0)
      expect(JSON.parse(list.stdout)).toMatchObject({ table, exists: true, total: { records: 3, functions: 1 } })

      // The variable urlEnv names is unset: exit 2 naming it, before the command runs.
      const unset = await shadowtest(['record', '--', process.execPath, 'script.mjs'], { cwd: dir, env: {} })
      expect(unset.code).toBe(2)
      expect(unset.stderr).toMatch(/\[CONFIG:INVALID\] capture\.sink\.urlEnv: the environment variable APP_DATABASE_URL .* is not set/)

      const files = await shadowtest(['record', '--json', '--', process.execPath, 'script.mjs'], { cwd: dir, env: { ...env, SHADOWTEST_SINK: 'ndjson' } })
      expect(files.code).toBe(0)
      expect(JSON.parse(files.stdout)).toMatchObject({ records: 3 })
      expect((await stat(join(dir, '.shadowtest/captures'))).isDirectory()).toBe(true)
      expect(await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0])).toEqual({ n: 3 })
    })
  })
}
