import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { approveScenarios, FileBaselineStore, isShadowtestError, scenarioIdFromEncoded, type ScenarioDraft } from '@shadowtest/core'
import type { BaselineReadReceipt } from '@shadowtest/plugin/vitest'
import { loadStoredProject } from '../src/vitest/stored-scenarios.js'

let dir: string
let store: FileBaselineStore
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-stored-'))
  store = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const draft = (functionId: string, n: number): ScenarioDraft => {
  const input = { args: [n] }
  return {
    id: scenarioIdFromEncoded(functionId, input),
    input,
    outcome: { kind: 'return', value: n * 2 },
    dependencies: [],
    capturedAt: '2026-01-01T00:00:00.000Z',
    source: { kind: 'record' },
  }
}

/** Stores `count` approved scenarios of `functionId` and returns the file and its ids. */
async function stored(functionId: string, count: number, module = `src/${functionId}.ts`) {
  const fn = { id: functionId, module, exportName: functionId }
  await store.upsertScenarios(fn, Array.from({ length: count }, (_, n) => draft(functionId, n)), { by: 'test' })
  await approveScenarios(store, { all: true }, { by: 'test' })
  const file = store.fileFor(fn)
  const text = await readFile(file, 'utf8')
  const ids = Object.values(JSON.parse(text).scenarios as Record<string, { id: string; label: string }>).map((s) => s.id)
  return { fn, file, text, ids }
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex')

function receipt(file: { fn: BaselineReadReceipt['function']; file: string; text: string }, unreplayed: string[], counted: number): BaselineReadReceipt {
  return {
    file: file.file,
    digest: digest(file.text),
    function: file.fn,
    counted,
    unreplayed: unreplayed.map((scenarioId) => ({ scenarioId, functionId: file.fn.id, label: 'l', status: 'approved', version: 1 })),
  }
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return isShadowtestError(error) ? error.code : String(error)
  }
  return undefined
}

describe('loadStoredProject', () => {
  it('reads and validates every file no worker read: all its scenarios are obsolete candidates', async () => {
    const a = await stored('alpha', 3)
    const project = await loadStoredProject(dir)
    const { stored: refs, baselineCount } = project.scenarios([])
    expect(baselineCount).toBe(3)
    expect(refs.map((r) => r.scenarioId).sort()).toEqual([...a.ids].sort())
    expect(refs.every((r) => r.functionId === 'alpha' && r.status === 'approved' && r.version === 1)).toBe(true)
  })

  it('trusts a worker receipt for a file whose text is unchanged, and does not parse that file again', async () => {
    const a = await stored('alpha', 3)
    const b = await stored('beta', 2)
    // The worker replayed all of alpha but one scenario; beta was read by nobody.
    const project = await loadStoredProject(dir)
    const { stored: refs, baselineCount } = project.scenarios([receipt(a, [a.ids[0]!], 3)])
    expect(baselineCount).toBe(5)
    expect(refs.map((r) => r.scenarioId).sort()).toEqual([a.ids[0]!, ...b.ids].sort())
  })

  it('a file whose content no longer matches the receipt is validated here: its corruption is reported with its code', async () => {
    const a = await stored('alpha', 2)
    const damaged = a.text.replace('"schemaVersion": 2', '"schemaVersion": 2,,')
    await writeFile(a.file, damaged)
    const project = await loadStoredProject(dir)
    // The receipt describes the text before the damage.
    expect(codeOf(() => project.scenarios([receipt(a, [], 2)]))).toBe('VALIDATION:CORRUPT_JSON')
    // A receipt for the damaged text itself can only come from a worker that validated it; trusted as is.
    expect(project.scenarios([receipt({ ...a, text: damaged }, [], 2)]).baselineCount).toBe(2)
  })

  it('a corrupt baseline file no worker read fails the summary with its coded error', async () => {
    await stored('alpha', 1)
    await writeFile(join(dir, '__baselines__', 'broken.baseline.json'), '{ "schemaVersion": 2, ')
    const project = await loadStoredProject(dir)
    expect(codeOf(() => project.scenarios([]))).toBe('VALIDATION:CORRUPT_JSON')
  })

  it('two files for one function are an error whether a worker read them or not', async () => {
    const a = await stored('alpha', 1, 'src/one.ts')
    const copy = join(dir, '__baselines__', 'copy.baseline.json')
    await writeFile(copy, a.text)
    const project = await loadStoredProject(dir)
    expect(codeOf(() => project.scenarios([receipt(a, [], 1)]))).toBe('STORE:DUPLICATE_FUNCTION')
    expect(codeOf(() => project.scenarios([]))).toBe('STORE:DUPLICATE_FUNCTION')
  })

  it('receipts from several workers for the same content: a scenario stays a candidate only if none replayed it', async () => {
    const a = await stored('alpha', 3)
    const project = await loadStoredProject(dir)
    const [x, y, z] = a.ids as [string, string, string]
    const { stored: refs } = project.scenarios([receipt(a, [x, y], 3), receipt(a, [y, z], 3)])
    expect(refs.map((r) => r.scenarioId)).toEqual([y])
  })
})
