import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { serializeBaselineFile } from '../src/model/index.js'
import { FileBaselineStore, readValidatedBaselineFile, readValidatedBaselineFileSync, writeFileAtomic } from '../src/store/index.js'
import { baselineFile, scenario, tempDir } from './fixtures/baseline-factory.js'
import { rejectedError } from './fixtures/shadowtest-errors.js'

const fn = { id: 'pricing.quote' }
let root: string
let cleanup: () => Promise<void>
let store: FileBaselineStore
let file: string

beforeEach(async () => {
  ;({ dir: root, cleanup } = await tempDir())
  store = new FileBaselineStore({ rootDir: root, baselineDir: '__baselines__' })
  file = store.fileFor(fn)
  await writeFileAtomic(file, serializeBaselineFile(baselineFile(fn.id, [scenario(fn.id, [1], 10), scenario(fn.id, [2], 20)])))
})
afterEach(() => cleanup())

describe('validated baseline files, cached per process', () => {
  it('parses and validates an unchanged file once: later reads (async or sync) return the same result', async () => {
    const first = await readValidatedBaselineFile(file)
    expect(Object.keys(first!.file.scenarios)).toHaveLength(2)
    expect(await readValidatedBaselineFile(file)).toBe(first)
    expect(readValidatedBaselineFileSync(file)).toBe(first)
    // The same file named another way is the same entry.
    expect(await readValidatedBaselineFile(path.join(root, '__baselines__', '.', path.basename(file)))).toBe(first)
  })

  it('a write through the store (as `-u` makes) is seen by the next read, even at the same size', async () => {
    const before = await readValidatedBaselineFile(file)
    const firstId = Object.keys(before!.file.scenarios)[0]!
    await store.update(fn, (current) => ({
      ...current!,
      scenarios: { ...current!.scenarios, [firstId]: { ...current!.scenarios[firstId]!, label: 'b scenario' } },
    }))
    const after = await readValidatedBaselineFile(file)
    expect(after).not.toBe(before)
    expect(after!.bytes.length).toBe(before!.bytes.length)
    expect(after!.file.scenarios[firstId]!.label).toBe('b scenario')
  })

  it('a file changed behind its back (another process, an editor) is read again', async () => {
    const before = readValidatedBaselineFileSync(file)
    await writeFile(file, serializeBaselineFile(baselineFile(fn.id, [scenario(fn.id, [1], 10)])))
    const after = readValidatedBaselineFileSync(file)
    expect(after).not.toBe(before)
    expect(Object.keys(after!.file.scenarios)).toHaveLength(1)
  })

  it('never caches a broken file: it fails with its coded error on every read, and reads again once fixed', async () => {
    const good = serializeBaselineFile(baselineFile(fn.id, [scenario(fn.id, [1], 10)]))
    await writeFile(file, good.replace('"scenarios"', '"scenarios": {}, "scenarios"'))
    for (let i = 0; i < 2; i++) expect((await rejectedError(readValidatedBaselineFile(file))).code).toBe('VALIDATION:BASELINE_INVALID')
    expect(() => readValidatedBaselineFileSync(file)).toThrow(/appears twice/)
    await writeFile(file, good)
    expect(Object.keys((await readValidatedBaselineFile(file))!.file.scenarios)).toHaveLength(1)
  })

  it('no file: undefined, also after the file was cached and deleted', async () => {
    expect(await readValidatedBaselineFile(path.join(root, 'none.baseline.json'))).toBeUndefined()
    await readValidatedBaselineFile(file)
    const { rm } = await import('node:fs/promises')
    await rm(file)
    expect(await readValidatedBaselineFile(file)).toBeUndefined()
    expect(readValidatedBaselineFileSync(file)).toBeUndefined()
  })
})

// The freshness rule: every read stats the file (one syscall) before it trusts the cached copy.
// A test that waits for another process (even synchronously: no event-loop turn in between, and
// Vitest runs one test after the other without one) sees that process's write in its next read.
describe('a write by another process between two tests is seen by the next test', () => {
  let shared: { dir: string; cleanup: () => Promise<void>; file: string }
  const twoScenarios = () => baselineFile(fn.id, [scenario(fn.id, [1], 10), scenario(fn.id, [2], 20)])
  beforeAll(async () => {
    const { dir, cleanup } = await tempDir()
    shared = { dir, cleanup, file: new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' }).fileFor(fn) }
    await writeFileAtomic(shared.file, serializeBaselineFile(twoScenarios()))
  })
  afterAll(() => shared.cleanup())

  /** Another process writes `text` to the file (renamed over it, as the store does, or in place), and this one waits for it. */
  function otherProcessWrites(text: string, how: 'rename' | 'in place'): void {
    const script =
      how === 'rename'
        ? 'const fs = require("fs"); fs.writeFileSync(process.argv[1] + ".tmp", process.argv[2]); fs.renameSync(process.argv[1] + ".tmp", process.argv[1])'
        : 'require("fs").writeFileSync(process.argv[1], process.argv[2])'
    execFileSync(process.execPath, ['-e', script, shared.file, text])
  }
  const labelOf = (read: Awaited<ReturnType<typeof readValidatedBaselineFile>>) => Object.values(read!.file.scenarios).map((s) => s.label).sort()

  it('test 1 reads the file (now cached); then another process renames a new version over it', async () => {
    expect(labelOf(await readValidatedBaselineFile(shared.file))).toEqual(['a scenario', 'a scenario'])
    const relabelled = twoScenarios()
    for (const s of Object.values(relabelled.scenarios)) s.label = 'b scenario'
    otherProcessWrites(serializeBaselineFile(relabelled), 'rename')
  })
  it('test 2 sees the new version; then another process rewrites the file in place at the same size', async () => {
    const read = await readValidatedBaselineFile(shared.file)
    expect(labelOf(read)).toEqual(['b scenario', 'b scenario'])
    otherProcessWrites(read!.bytes.toString('utf8').replaceAll('"b scenario"', '"c scenario"'), 'in place')
  })
  it('test 3 sees the in-place write (sync read too)', () => {
    expect(labelOf(readValidatedBaselineFileSync(shared.file))).toEqual(['c scenario', 'c scenario'])
  })
})
