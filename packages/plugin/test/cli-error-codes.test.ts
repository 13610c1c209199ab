// Every error code a user can see must be explained in docs/troubleshooting.md: a user who hits
// `[STORE:LOCKED]` searches the docs for it. New codes fail this test until they are documented.
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))
const CODE = /\b(?:VALIDATION|CONFIG|GOVERNANCE|REPLAY|STORE|SECURITY|CAPTURE|ENCODING|DIFF|CLI|CODEGEN|PROVIDER):[A-Z][A-Z_]{2,}\b/g

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name))
}

test('every error code in the packages is documented in docs/troubleshooting.md', async () => {
  const codes = new Set<string>()
  for (const pkg of ['core', 'plugin', 'matchers', 'codegen']) {
    for (const file of await sourceFiles(join(repoRoot, 'packages', pkg, 'src'))) {
      for (const match of (await readFile(file, 'utf8')).matchAll(CODE)) codes.add(match[0])
    }
  }
  // The scan must find the codes every CLI user meets, or it is scanning the wrong place.
  expect(codes).toContain('GOVERNANCE:TRANSITION_REJECTED')
  expect(codes).toContain('VALIDATION:BASELINE_INVALID')
  const docs = await readFile(join(repoRoot, 'docs/troubleshooting.md'), 'utf8')
  const undocumented = [...codes].filter((code) => !docs.includes(`\`${code}\``)).sort()
  expect(undocumented).toEqual([])
})
