import type { CaptureRecord } from '@shadowtest/core'

/** Counters every sink keeps; read them with `sink.stats()` (capture never throws them at the host). */
export interface SinkStats {
  /** Records that reached storage (for the NDJSON sink: handed to the OS in a completed write). */
  written: number
  /** Records refused because the pending buffer was full or the sink was closed. */
  dropped: number
  /** Records lost to a storage or serialization error (EACCES, ENOSPC, a value JSON cannot hold, …). */
  failed: number
  /** Approximate bytes of serialized records waiting in memory. */
  pendingBytes: number
  /** Files (or other storage units) this sink has opened so far. */
  files: number
  /** The last storage error, for diagnostics. */
  lastError?: string
}

/**
 * Where finished capture records go. The capture pipeline calls `write` on the host's call path,
 * so an implementation must return at once: serialize or enqueue, never await I/O there, never
 * throw (count the failure instead), and drop (and count) rather than grow without bound.
 */
export interface CaptureSink {
  /** Hands one finished, encoded and redacted record to the sink. Never throws, never blocks. */
  write(record: CaptureRecord): void
  /** Resolves once every record accepted so far has reached storage (or was counted as failed). */
  flush(): Promise<void>
  /** Flushes, then releases resources; later writes are dropped and counted. */
  close(): Promise<void>
  stats(): SinkStats
}
