// A Vitest worker with the matchers' setup entry marks itself (`Symbol.for('shadowtest.testCaptures')`)
// before the matchers and this runtime load: its captures go to the runtime's test sink in memory,
// never to the project's capture folder, even those made before the matchers install that sink.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { loadConfigSync } from '@shadowtest/core'
import { capture, configureCapture, flushCaptures, resetCaptureDedupe, setCaptureSink, testCaptureSink } from '@shadowtest/plugin/runtime'

const MARK = Symbol.for('shadowtest.testCaptures')
const slot = globalThis as Record<symbol, unknown>
const dirs: string[] = []

afterEach(() => {
  delete slot[MARK]
  setCaptureSink(undefined)
  configureCapture(undefined)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Capture on, with a config whose capture folder is a fresh temp dir; returns that folder. */
function captureIntoTempProject(): string {
  const rootDir = mkdtempSync(join(tmpdir(), 'shadowtest-test-sink-'))
  dirs.push(rootDir)
  const config = loadConfigSync({ cwd: rootDir, env: {} })
  configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, onLimit: 'stop', functions: {}, config })
  setCaptureSink(undefined) // no sink chosen yet: the first capture picks one
  resetCaptureDedupe()
  return resolve(config.rootDir, config.captureDir)
}

const files = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true }).map(String)
  } catch {
    return []
  }
}

it('without the mark, the first capture goes to the configured NDJSON sink in the capture folder', async () => {
  const captureDir = captureIntoTempProject()
  const triple = capture((n: number) => n * 3, { id: 'sink.triple' })
  triple(2)
  await flushCaptures()
  expect(files(captureDir).some((f) => f.endsWith('.ndjson'))).toBe(true)
})

it('with the mark, captures wait in the test sink, and the matchers find them there later', async () => {
  const captureDir = captureIntoTempProject()
  slot[MARK] = true
  const before = testCaptureSink().records().length
  const triple = capture((n: number) => n * 3, { id: 'sink.triple.marked' })
  triple(4)
  await flushCaptures()
  expect(files(captureDir)).toEqual([])
  const records = testCaptureSink().records().slice(before)
  expect(records.map((r) => [r.functionId, r.input])).toEqual([['sink.triple.marked', { args: [4] }]])
  // The matchers install the same sink when they load: nothing taken so far is lost.
  expect(setCaptureSink(testCaptureSink())).toBe(testCaptureSink())
})
