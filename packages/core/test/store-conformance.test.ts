import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isShadowtestError } from '../src/errors.js'
import { approveScenarios } from '../src/governance/index.js'
import type { BaselineFile } from '../src/model/index.js'
import { FileBaselineStore, MemoryBaselineStore, type BaselineStore } from '../src/store/index.js'
import { draft, tempDir } from './fixtures/baseline-factory.js'

/** The contract every BaselineStore must keep; run against each implementation. */
const implementations: Array<[string, () => Promise<{ store: BaselineStore; dispose: () => Promise<void> }>]> = [
  [
    'FileBaselineStore',
    async () => {
      const { dir, cleanup } = await tempDir('shadowtest-conformance-')
      return { store: new FileBaselineStore({ rootDir: dir }), dispose: cleanup }
    },
  ],
  ['MemoryBaselineStore', async () => ({ store: new MemoryBaselineStore(), dispose: async () => undefined })],
]

const fn = { id: 'pricing.quote', module: 'src/pricing.ts', exportName: 'quote' }

describe.each(implementations)('%s conformance', (_name, create) => {
  let store: BaselineStore
  let dispose: () => Promise<void>
  beforeEach(async () => ({ store, dispose } = await create()))
  afterEach(() => dispose())

  const scenarios = async () => Object.values(((await store.read(fn.id)) as BaselineFile).scenarios).sort((a, b) => a.seq - b.seq)

  it('starts empty', async () => {
    expect(await store.list()).toEqual([])
    expect(await store.read(fn.id)).toBeUndefined()
  })

  it('update returning undefined creates nothing', async () => {
    expect(await store.update(fn, () => undefined)).toBeUndefined()
    expect(await store.list()).toEqual([])
  })

  it('a dry-run upsert or update reports and validates what it would do, and stores nothing', async () => {
    const planned = await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a', at: '2026-02-02T00:00:00.000Z', dryRun: true })
    expect(planned.added).toEqual([draft(fn.id, [1], 1).id])
    expect(await store.list()).toEqual([])
    expect(await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a', at: '2026-02-02T00:00:00.000Z' })).toEqual(planned)
    const before = await store.read(fn.id)
    const zeroSeq = (f: BaselineFile | undefined) => {
      const next = f as BaselineFile
      for (const s of Object.values(next.scenarios)) s.seq = 0
      return next
    }
    const invalid = await store.update(fn, zeroSeq, { dryRun: true }).catch((e: unknown) => e)
    expect(isShadowtestError(invalid)).toBe(true)
    const next = await store.update(fn, (f) => ({ ...(f as BaselineFile), scenarios: {} }), { dryRun: true })
    expect(next?.scenarios).toEqual({})
    expect(await store.read(fn.id)).toEqual(before)
  })

  it('adds, dedupes, proposes and re-records as specified', async () => {
    const first = await store.upsertScenarios(fn, [draft(fn.id, [1], 1), draft(fn.id, [2], 2), draft(fn.id, [1], 1)], { by: 'a' })
    expect(first.added).toHaveLength(2)
    expect(first.unchanged).toHaveLength(1)
    expect((await scenarios()).map((s) => [s.status, s.seq])).toEqual([
      ['pending', 1],
      ['pending', 2],
    ])
    await approveScenarios(store, { functionId: fn.id }, { by: 'a' })
    const second = await store.upsertScenarios(fn, [draft(fn.id, [1], 100), draft(fn.id, [3], 3)], { by: 'b' })
    expect(second.proposed).toEqual([draft(fn.id, [1], 1).id])
    expect(second.added).toEqual([draft(fn.id, [3], 3).id])
    expect((await scenarios()).map((s) => s.seq)).toEqual([1, 2, 3])
    expect((await store.list()).map((r) => r.functionId)).toEqual([fn.id])
  })

  it('an invalid result is rejected and the stored file is unchanged', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const before = await store.read(fn.id)
    let error: unknown
    await store
      .update(fn, (current) => {
        const next = current as BaselineFile
        for (const s of Object.values(next.scenarios)) s.seq = 0
        return next
      })
      .catch((e: unknown) => (error = e))
    expect(isShadowtestError(error) && error.code).toBe('VALIDATION:BASELINE_INVALID')
    expect(await store.read(fn.id)).toEqual(before)
  })

  it('returned files are copies: mutating one does not change the store', async () => {
    await store.upsertScenarios(fn, [draft(fn.id, [1], 1)], { by: 'a' })
    const read = (await store.read(fn.id)) as BaselineFile
    for (const s of Object.values(read.scenarios)) s.label = 'mutated'
    expect((await scenarios())[0]?.label).not.toBe('mutated')
  })

  it('concurrent upserts in one process lose nothing and keep seqs unique', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.upsertScenarios(fn, [draft(fn.id, [i], i)], { by: `w${i}` })))
    const all = await scenarios()
    expect(all).toHaveLength(20)
    expect(all.map((s) => s.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})
