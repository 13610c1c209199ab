import type { CaptureRecord } from '@shadowtest/core'
import { flushCaptures, setCaptureSink, testCaptureSink, type MemorySink } from '@shadowtest/plugin/runtime'
import { collectsTestCaptures } from './test-capture-mode.js'

/**
 * Calls a test makes to a captured function are new scenarios, the way a new
 * `toMatchSnapshot` call is a new snapshot: the worker keeps them in memory (never in the
 * project's capture folder) and the matcher hands them to the store by update mode.
 */
let sink: MemorySink | undefined
const taken = new Set<string>()

/**
 * Sends this worker's captures to memory. Skipped while `shadowtest record` (or anyone with
 * SHADOWTEST_CAPTURE=on) drives the run: then the captures belong to the recording.
 */
export function collectTestCaptures(env: NodeJS.ProcessEnv = process.env): void {
  if (sink || !collectsTestCaptures(env)) return
  // The runtime's own test sink: captures made before this call (see test-capture-mode.ts) are there already.
  sink = testCaptureSink()
  setCaptureSink(sink)
}

/** The captures of `functionId` made so far in this worker and not handed out before. */
export async function takeTestCaptures(functionId: string): Promise<CaptureRecord[]> {
  if (!sink) return []
  await flushCaptures()
  const fresh: CaptureRecord[] = []
  for (const record of sink.records()) {
    const key = `${record.functionId}:${record.semanticId}`
    if (record.functionId !== functionId || taken.has(key)) continue
    taken.add(key)
    fresh.push(record)
  }
  return fresh
}
