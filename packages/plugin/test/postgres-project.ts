// What the Postgres CLI tests (postgres-cli, captures-fold-postgres) share: their database, the
// captured module they run, and a temp project around it that uses this repo's built packages.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import { testDatabase, type TestDatabaseOrSkip } from './postgres-server.js'

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))

/** `testDatabase()`, stopped after the file's tests. */
export async function useTestDatabase(): Promise<TestDatabaseOrSkip> {
  const db = await testDatabase()
  afterAll(async () => {
    if (db.skip === undefined) await db.stop()
  })
  return db
}

/** src/pricing.js's captured `quote` (a basket total; throws on an empty basket). */
export const QUOTE_MODULE = `import { capture } from '@shadowtest/plugin'

export const quote = capture(
  function quote(order) {
    if (order.items.length === 0) throw new Error('empty basket')
    return { id: order.id, total: order.items.reduce((sum, item) => sum + item.price * item.qty, 0) }
  },
  { id: 'pricing.quote' },
)
`

/** A temp ESM project named `name` holding `files` (path → text), with this repo's node_modules linked in. */
export async function tempProject(name: string, files: Record<string, string>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `shadowtest-${name}-`))
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
