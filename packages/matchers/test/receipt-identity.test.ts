import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { approveScenarios, baselineFileStamp, FileBaselineStore, readValidatedBaselineFile, scenarioIdFromEncoded, type ScenarioDraft } from '@shadowtest/core'
import { loadStoredProject, type BaselineReadReceipt } from '@shadowtest/plugin/vitest'
import { identityOf } from '../src/receipt-identity.js'

let dir: string
let store: FileBaselineStore
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-receipt-'))
  store = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

const draft = (functionId: string, n: number): ScenarioDraft => {
  const input = { args: [n] }
  return { id: scenarioIdFromEncoded(functionId, input), input, outcome: { kind: 'return', value: n * 2 }, dependencies: [], capturedAt: '2026-01-01T00:00:00.000Z', source: { kind: 'record' } }
}

async function storedFile(functionId: string, count: number) {
  const fn = { id: functionId, module: `src/${functionId}.ts`, exportName: functionId }
  await store.upsertScenarios(fn, Array.from({ length: count }, (_, n) => draft(functionId, n)), { by: 'test' })
  await approveScenarios(store, { all: true }, { by: 'test' })
  return { fn, path: store.fileFor(fn) }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const LATER = 60_000

describe('identityOf (the receipt names the content it validated)', () => {
  test('a file changed moments ago is named by the sha256 of its bytes', async () => {
    const { path } = await storedFile('alpha', 2)
    const read = (await readValidatedBaselineFile(path))!
    expect(identityOf({ ...read, bytes: Buffer.from(read.bytes) })).toEqual({ digest: sha256(read.bytes) })
  })

  test('a settled file, unchanged since before the read, is named by its stat key', async () => {
    const { path } = await storedFile('alpha', 2)
    const read = (await readValidatedBaselineFile(path))!
    expect(identityOf({ ...read, bytes: Buffer.from(read.bytes) }, Date.now() + LATER)).toEqual({ stamp: baselineFileStamp(statSync(path)) })
  })

  test('a settled file replaced after the read (same text, new inode) is named by digest: the old stamp vouches for nothing', async () => {
    const { path } = await storedFile('alpha', 2)
    const read = (await readValidatedBaselineFile(path))!
    const copy = `${path}.tmp`
    await writeFile(copy, read.bytes)
    await rename(copy, path)
    expect(identityOf({ ...read, bytes: Buffer.from(read.bytes) }, Date.now() + LATER)).toEqual({ digest: sha256(read.bytes) })
  })

  test('a file gone since the read is named by digest', async () => {
    const { path } = await storedFile('alpha', 2)
    const read = (await readValidatedBaselineFile(path))!
    await rm(path)
    expect(identityOf({ ...read, bytes: Buffer.from(read.bytes) }, Date.now() + LATER)).toEqual({ digest: sha256(read.bytes) })
  })
})

describe('the reporter trusts a stamp receipt exactly where it trusts a digest receipt', () => {
  const receiptOf = (identity: { stamp: string } | { digest: string }, fn: BaselineReadReceipt['function'], path: string, counted: number): BaselineReadReceipt => ({
    file: path,
    ...identity,
    function: fn,
    counted,
    unreplayed: [], // "this worker replayed every approved scenario": trusted, nothing is obsolete
  })

  test('settled files: the worker names them by stamp, the reporter matches it; changed files are validated again', async () => {
    const a = await storedFile('alpha', 3)
    const b = await storedFile('beta', 2)
    // Both processes run a minute after the files were written.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + LATER)
    const readA = (await readValidatedBaselineFile(a.path))!
    const readB = (await readValidatedBaselineFile(b.path))!
    const idA = identityOf(readA)
    const idB = identityOf(readB)
    expect(idA).toHaveProperty('stamp')
    expect(idB).toHaveProperty('stamp')
    // beta is rewritten (same content, atomically) after the worker's read.
    const copy = `${b.path}.tmp`
    await writeFile(copy, await readFile(b.path))
    await rename(copy, b.path)
    const project = await loadStoredProject(dir)
    const byStamp = project.scenarios([receiptOf(idA, a.fn, a.path, 3), receiptOf(idB, b.fn, b.path, 2)])
    const byDigest = project.scenarios([
      receiptOf({ digest: sha256(readA.bytes) }, a.fn, a.path, 3),
      receiptOf({ digest: 'not the content of beta now' }, b.fn, b.path, 2),
    ])
    // alpha trusted (nothing left over), beta's scenarios all read from the file again: same answer either way.
    expect(byStamp).toEqual(byDigest)
    expect(byStamp.baselineCount).toBe(5)
    expect(byStamp.stored.map((s) => s.functionId)).toEqual(['beta', 'beta'])
  })

  test('a file written moments ago: the reporter never matches a stamp for it', async () => {
    const a = await storedFile('alpha', 3)
    const read = (await readValidatedBaselineFile(a.path))!
    const project = await loadStoredProject(dir)
    const { stored } = project.scenarios([receiptOf({ stamp: read.stamp }, a.fn, a.path, 3)])
    expect(stored.map((s) => s.functionId)).toEqual(['alpha', 'alpha', 'alpha'])
    // The digest of the same content is trusted.
    expect(project.scenarios([receiptOf(identityOf(read), a.fn, a.path, 3)]).stored).toEqual([])
  })
})
