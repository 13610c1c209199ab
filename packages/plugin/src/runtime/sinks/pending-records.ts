import type { CaptureRecord } from '@shadowtest/core'
import type { SinkStats } from './capture-sink.js'
import { sinkDebug } from './debug-log.js'

/**
 * What the batching sinks (NDJSON, Postgres) share: the bounded, serialize-once admission of a
 * record on the host's call path, and the bookkeeping that lets `flush()` wait for what was
 * accepted before it. Where the batches go stays with each sink.
 */

/** Counts `count` records as lost to `error` (and says why with SHADOWTEST_DEBUG=1). */
export type SinkFailure = (count: number, what: string, error: unknown) => void

export function sinkFailure(stats: SinkStats): SinkFailure {
  return (count, what, error) => {
    stats.failed += count
    stats.lastError = `${what}: ${error instanceof Error ? error.message : String(error)}`
    sinkDebug(`${what} (${count} record(s) lost)`, error)
  }
}

/**
 * Serializes a record if it fits under `maxPendingBytes`, counting it in `stats.pendingBytes`;
 * returns its line (queued size `line.length + 1`), or undefined once it was counted as dropped
 * or failed. Allocates nothing beyond the line itself.
 */
export type Admit = (record: CaptureRecord, closed: boolean) => string | undefined

export function createAdmission(stats: SinkStats, maxPendingBytes: number, fail: SinkFailure): Admit {
  /** Size of the smallest line serialized so far; 0 until the first one. */
  let smallest = 0
  return (record, closed) => {
    // Full already (not even the smallest record seen would fit): drop before paying for
    // serialization, so an overloaded host pays next to nothing per record.
    if (closed || stats.pendingBytes + smallest > maxPendingBytes) {
      stats.dropped += 1
      return undefined
    }
    let line: string | undefined
    try {
      line = JSON.stringify(record)
    } catch (error) {
      fail(1, 'a record could not be serialized', error)
      return undefined
    }
    if (line === undefined) {
      fail(1, 'a record could not be serialized', 'not a JSON value')
      return undefined
    }
    // Characters stand in for bytes here: counting UTF-8 bytes would cost the caller a scan.
    const size = line.length + 1
    if (smallest === 0 || size < smallest) smallest = size
    if (stats.pendingBytes + size > maxPendingBytes) {
      stats.dropped += 1
      return undefined
    }
    stats.pendingBytes += size
    return line
  }
}

interface Waiter {
  target: number
  resolve: () => void
}

/** Records accepted vs. settled (written or counted as failed), and the flushes waiting between. */
export interface Settlement {
  /** One more record accepted. */
  accept(): void
  /** `count` more records reached storage or were counted as failed. */
  settle(count: number): void
  /** Resolves once every record accepted so far has settled; calls `kick` to get there sooner. */
  flush(kick: () => void): Promise<void>
  /** A flush is waiting. */
  waiting(): boolean
}

export function createSettlement(): Settlement {
  let accepted = 0
  let settled = 0
  let waiters: Waiter[] = []
  return {
    accept() {
      accepted += 1
    },
    settle(count) {
      settled += count
      if (waiters.length === 0) return
      const ready = waiters.filter((w) => w.target <= settled)
      waiters = waiters.filter((w) => w.target > settled)
      for (const w of ready) w.resolve()
    },
    flush(kick) {
      const target = accepted
      if (settled >= target) return Promise.resolve()
      const done = new Promise<void>((resolve) => waiters.push({ target, resolve }))
      kick()
      return done
    },
    waiting: () => waiters.length > 0,
  }
}

/** Lines waiting for a batch, with their queued size (`line.length + 1` each, as admitted). */
export class LineQueue {
  private lines: string[] = []
  private chars = 0

  get length(): number {
    return this.lines.length
  }

  push(line: string): void {
    this.lines.push(line)
    this.chars += line.length + 1
  }

  /** Takes up to `max` lines off the front (all of them without `max`). */
  take(max = this.lines.length): { lines: string[]; chars: number } {
    if (max >= this.lines.length) {
      const taken = { lines: this.lines, chars: this.chars }
      this.lines = []
      this.chars = 0
      return taken
    }
    const lines = this.lines.splice(0, max)
    let chars = 0
    for (const line of lines) chars += line.length + 1
    this.chars -= chars
    return { lines, chars }
  }

  /** Puts taken lines back at the front (a batch kept for a retry). */
  putBack(lines: string[], chars: number): void {
    this.lines.unshift(...lines)
    this.chars += chars
  }
}
