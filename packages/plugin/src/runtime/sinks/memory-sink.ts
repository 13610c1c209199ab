import type { CaptureRecord } from '@shadowtest/core'
import type { CaptureSink, SinkStats } from './capture-sink.js'

export interface MemorySinkOptions {
  /** Serialized records kept at most; beyond it new records are dropped and counted. Default 16 MiB. */
  maxPendingBytes?: number
}

export interface MemorySink extends CaptureSink {
  /** Copies of the records written so far, in write order. */
  records(): CaptureRecord[]
  /** Forgets the stored records (counters stay). */
  clear(): void
}

/**
 * A sink that keeps records in memory, for tests and for embedding Shadowtest where records
 * go elsewhere. Records are serialized on write exactly like the file sink, so a caller that
 * mutates a value afterwards cannot change what was captured.
 */
export function createMemorySink(options: MemorySinkOptions = {}): MemorySink {
  const maxPendingBytes = options.maxPendingBytes ?? 16 * 1024 * 1024
  let lines: string[] = []
  let closed = false
  const stats: SinkStats = { written: 0, dropped: 0, failed: 0, pendingBytes: 0, files: 0 }
  return {
    write(record: CaptureRecord): void {
      if (closed) {
        stats.dropped += 1
        return
      }
      let line: string | undefined
      try {
        line = JSON.stringify(record)
      } catch (error) {
        stats.failed += 1
        stats.lastError = error instanceof Error ? error.message : String(error)
        return
      }
      if (line === undefined) {
        stats.failed += 1
        return
      }
      if (stats.pendingBytes + line.length > maxPendingBytes) {
        stats.dropped += 1
        return
      }
      lines.push(line)
      stats.pendingBytes += line.length
      stats.written += 1
    },
    flush: () => Promise.resolve(),
    close(): Promise<void> {
      closed = true
      return Promise.resolve()
    },
    stats: () => ({ ...stats }),
    records: () => lines.map((line) => JSON.parse(line) as CaptureRecord),
    clear(): void {
      lines = []
      stats.pendingBytes = 0
    },
  }
}
