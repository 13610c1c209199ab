import type { CaptureRecord } from '@shadowtest/core'
import { configureCapture, createMemorySink, flushCaptures, resetCaptureDedupe, resetCaptureStats, setCaptureSink } from '@shadowtest/plugin/runtime'
import type { CaptureSettings, MemorySink } from '@shadowtest/plugin/runtime'

/**
 * Every runtime test records into an in-memory sink with capture switched on at full rate,
 * whatever the environment says; `records()` drains the pipeline first.
 */
export function useMemoryCapture(settings: Partial<CaptureSettings> = {}): { sink: MemorySink; records: () => Promise<CaptureRecord[]> } {
  const sink = createMemorySink()
  configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, onLimit: 'stop', functions: {}, ...settings })
  setCaptureSink(sink)
  resetCaptureDedupe()
  resetCaptureStats()
  return {
    sink,
    records: async () => {
      await flushCaptures()
      return sink.records()
    },
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
