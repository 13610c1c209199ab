import { describeSinkConformance } from './sink-conformance.js'
import { tempDir } from './sink-helpers.js'
import { createMemorySink, createNdjsonSink, readCaptures } from '../src/runtime/sinks/index.js'
import type { CaptureRecord } from '@shadowtest/core'

describeSinkConformance('ndjson', async ({ maxPendingBytes }) => {
  const { dir, cleanup } = await tempDir()
  const sink = createNdjsonSink({ dir, flushOnExit: false, ...(maxPendingBytes === undefined ? {} : { maxPendingBytes }) })
  return {
    sink,
    async readBack() {
      const records: CaptureRecord[] = []
      for await (const record of readCaptures(dir)) records.push(record)
      return records
    },
    cleanup,
  }
})

describeSinkConformance('memory', async ({ maxPendingBytes }) => {
  const sink = createMemorySink(maxPendingBytes === undefined ? {} : { maxPendingBytes })
  return { sink, readBack: async () => sink.records(), cleanup: async () => {} }
})
