// `shadowtest captures fold` with the Postgres sink: a plain Node process (capture on, no
// `shadowtest record` around it, as a production instance) writes its captures into a real
// PostgreSQL table; the built CLI folds the table into __baselines__.
// (Uses dist, like the e2e tests: `npx tsc -b` first.)
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest'
import { run, shadowtest } from '../../../fixtures/e2e/helpers.js'
import { dropTable, uniqueTable, withClient } from './postgres-server.js'
import { QUOTE_MODULE, tempProject, useTestDatabase } from './postgres-project.js'

const db = await useTestDatabase()

const PRICING = `${QUOTE_MODULE}
export const tax = capture((amount) => Math.round(amount * 0.2 * 100) / 100, { id: 'pricing.tax' })
`

const SERVICE = `import { quote, tax } from './src/pricing.js'

quote({ id: 'B-1', items: [{ price: 12.5, qty: 2 }] })
quote({ id: 'B-2', items: [{ price: 49.99, qty: 1 }] })
try {
  quote({ id: 'B-3', items: [] })
} catch {}
tax(25)
tax(49.99)
`

interface FoldJson {
  dryRun: boolean
  source: { kind: string; table?: string }
  records: number
  functions: Array<{ functionId: string; added: string[]; unchanged: string[] }>
}

const counts = (json: FoldJson) => Object.fromEntries(json.functions.map((f) => [f.functionId, [f.added.length, f.unchanged.length]]))

if (db.skip !== undefined) {
  test.skip(`captures fold on Postgres: ${db.skip}`, () => {})
  console.warn(`[captures-fold-postgres.test] skipped: ${db.skip}`)
} else {
  const url = db.url

  describe('shadowtest captures fold with SHADOWTEST_SINK=postgres', { timeout: 120_000 }, () => {
    let dir: string
    let cleanup: () => Promise<void>
    let table: string
    let env: NodeJS.ProcessEnv
    beforeEach(async () => {
      ;({ dir, cleanup } = await tempProject('pg-fold', {
        'shadowtest.config.mjs': `export default { baselineDir: '__baselines__' }\n`,
        'src/pricing.js': PRICING,
        'service.mjs': SERVICE,
      }))
      table = uniqueTable('st_fold')
      env = { SHADOWTEST_SINK: 'postgres', SHADOWTEST_PG_URL: url, SHADOWTEST_PG_TABLE: table }
      const service = await run(process.execPath, ['service.mjs'], { cwd: dir, env: { ...env, SHADOWTEST_CAPTURE: 'on', SHADOWTEST_RUN_ID: 'deploy-7' } })
      expect(service).toMatchObject({ code: 0, stderr: '' })
    })
    afterEach(async () => {
      await dropTable(url, table)
      await cleanup()
    })

    it('folds the table into pending baselines; --dry-run first writes nothing; a second fold is a no-op', async () => {
      expect(await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0])).toEqual({ n: 5 })

      const dry = await shadowtest(['captures', 'fold', '--dry-run', '--json'], { cwd: dir, env })
      expect(dry).toMatchObject({ code: 0, stderr: '' })
      expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, source: { kind: 'postgres', table }, records: 5 })
      expect(counts(JSON.parse(dry.stdout) as FoldJson)).toEqual({ 'pricing.quote': [3, 0], 'pricing.tax': [2, 0] })
      expect(await readdir(dir)).not.toContain('__baselines__')

      const folded = await shadowtest(['captures', 'fold', '--by', 'ops'], { cwd: dir, env })
      expect(folded).toMatchObject({ code: 0, stderr: '' })
      expect(folded.stdout).toMatch(new RegExp(`^Folded 5 call\\(s\\) from the Postgres table ${table}:\\n`))
      expect(folded.stdout).toMatch(/pricing\.quote\s+3 added · 0 already known\s+__baselines__\/src\/pricing\/quote\.baseline\.json/)
      expect(folded.stdout).toMatch(/pricing\.tax\s+2 added · 0 already known/)
      const quote = JSON.parse(await readFile(join(dir, '__baselines__/src/pricing/quote.baseline.json'), 'utf8')) as {
        scenarios: Record<string, { status: string; source: { runId?: string }; history: Array<{ by: string }> }>
      }
      expect(Object.values(quote.scenarios).map((s) => [s.status, s.source.runId, s.history.at(-1)?.by])).toEqual(Array(3).fill(['pending', 'deploy-7', 'ops']))

      const file = join(dir, '__baselines__/src/pricing/quote.baseline.json')
      const before = { bytes: await readFile(file), mtime: (await stat(file)).mtimeMs }
      const again = await shadowtest(['captures', 'fold', '--json'], { cwd: dir, env })
      expect(again.code).toBe(0)
      expect(counts(JSON.parse(again.stdout) as FoldJson)).toEqual({ 'pricing.quote': [0, 3], 'pricing.tax': [0, 2] })
      expect({ bytes: await readFile(file), mtime: (await stat(file)).mtimeMs }).toEqual(before)
    })

    it('--function and --since select rows; selecting none is exit 0 with "Nothing to fold"', async () => {
      // Two of the tax rows are made 3 hours old: --since 1h leaves them out.
      await withClient(url, (c) => c.query(`UPDATE "${table}" SET recorded_at = now() - interval '3 hours' WHERE function_id = 'pricing.tax'`))
      const recent = await shadowtest(['captures', 'fold', '--since', '1h', '--json'], { cwd: dir, env })
      expect(recent.code).toBe(0)
      expect(counts(JSON.parse(recent.stdout) as FoldJson)).toEqual({ 'pricing.quote': [3, 0] })

      const tax = await shadowtest(['captures', 'fold', '--function', 'pricing.tax', '--json'], { cwd: dir, env })
      expect(tax.code).toBe(0)
      expect(JSON.parse(tax.stdout)).toMatchObject({ records: 2 })
      expect(counts(JSON.parse(tax.stdout) as FoldJson)).toEqual({ 'pricing.tax': [2, 0] })

      const none = await shadowtest(['captures', 'fold', '--function', 'pricing.tax', '--since', '1h'], { cwd: dir, env })
      expect(none).toMatchObject({ code: 0, stdout: `Nothing to fold: no captures in the Postgres table ${table} matching --function pricing.tax --since 1h.\n` })
    })
  })
}
