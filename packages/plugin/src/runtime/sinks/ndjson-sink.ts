import { fstatSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { mkdir, open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { CaptureRecord } from '@shadowtest/core'
import type { CaptureSink, SinkStats } from './capture-sink.js'
import { applyRetention, newCaptureFileName, type RetentionPolicy } from './capture-files.js'
import { processExiting, registerExitFlush } from './exit-flush.js'
import { sinkDebug } from './debug-log.js'
import { createAdmission, createSettlement, LineQueue, sinkFailure } from './pending-records.js'
import { resolveSinkOptions } from './sink-options.js'

export interface NdjsonSinkOptions {
  /** Directory of the capture files (created on the first write). */
  dir: string
  /** Start a new file once the current one would grow past this many bytes. Default 8 MiB. */
  rotateBytes?: number
  /** Serialized records held in memory at most; beyond it new records are dropped and counted. Default 16 MiB. */
  maxPendingBytes?: number
  /** Records per write; a full batch is written at once instead of waiting for the timer. Default 256. */
  batchSize?: number
  /** How long a record waits at most before its batch is written. Default 1000 ms. */
  flushIntervalMs?: number
  /** Applied when the sink starts and at every rotation. Default 14 days, 50 files. */
  retention?: RetentionPolicy
  /** Flush on beforeExit/exit and SIGINT/SIGTERM. Default true. */
  flushOnExit?: boolean
}

/**
 * The batch being written, from the moment it leaves the queue: the final synchronous flush
 * writes it if its file was still being opened, or finishes it once its write has started.
 */
interface InFlight {
  lines: string[]
  chars: number
  /** Set once the write has started at this file offset. */
  started?: { buffer: Buffer; position: number }
}

/**
 * The default sink: NDJSON files under `dir`, written in whole-line batches off the caller's
 * path, rotated by size, pruned by retention, bounded in memory.
 *
 * @example
 * const sink = createNdjsonSink({ dir: '.shadowtest/captures' })
 * sink.write(record) // returns at once
 * await sink.close()
 */
export function createNdjsonSink(options: NdjsonSinkOptions): CaptureSink {
  const opts = resolveSinkOptions(options)
  const dir = opts.dir
  const queue = new LineQueue()
  let inFlight: InFlight | undefined
  let handle: FileHandle | undefined
  let syncFd: number | undefined
  let filePath: string | undefined
  let fileBytes = 0
  let pumping = false
  let timer: NodeJS.Timeout | undefined
  let soon: NodeJS.Immediate | undefined
  let closed = false
  const stats: SinkStats = { written: 0, dropped: 0, failed: 0, pendingBytes: 0, files: 0 }
  const settlement = createSettlement()

  const fail = sinkFailure(stats)
  const admit = createAdmission(stats, opts.maxPendingBytes, fail)
  const { settle, accept } = settlement

  const retain = () =>
    applyRetention(dir, opts.retention, { keep: new Set(filePath === undefined ? [] : [filePath]) }).catch((error) =>
      sinkDebug('retention failed', error),
    )

  const closeHandle = async () => {
    const current = handle
    handle = undefined
    syncFd = undefined
    filePath = undefined
    fileBytes = 0
    if (current) await current.close().catch((error) => sinkDebug('closing a capture file failed', error))
  }

  const openFile = async () => {
    await mkdir(dir, { recursive: true })
    const path = join(dir, newCaptureFileName())
    // 'wx': the file is ours alone; positional writes let the exit flush finish a batch exactly.
    handle = await open(path, 'wx')
    syncFd = handle.fd
    filePath = path
    fileBytes = 0
    stats.files += 1
  }

  const writeBatch = async (flight: InFlight) => {
    const count = flight.lines.length
    const buffer = Buffer.from(flight.lines.join('\n') + '\n')
    try {
      if (handle && fileBytes > 0 && fileBytes + buffer.length > opts.rotateBytes) {
        await closeHandle()
        await openFile()
        void retain()
      } else if (!handle) {
        await openFile()
      }
    } catch (error) {
      await closeHandle()
      if (inFlight === flight) {
        inFlight = undefined
        stats.pendingBytes -= flight.chars
        fail(count, `cannot open a capture file in ${dir}`, error)
      }
      return
    }
    // The exit flush already wrote this batch while the file was being opened.
    if (inFlight !== flight) return
    const current = handle as FileHandle
    const position = fileBytes
    flight.started = { buffer, position }
    fileBytes += buffer.length
    try {
      let done = 0
      while (done < buffer.length) {
        const { bytesWritten } = await current.write(buffer, done, buffer.length - done, position + done)
        done += bytesWritten
      }
      if (inFlight === flight) stats.written += count
    } catch (error) {
      // A failed write may leave part of a line behind: never append after it, start a new file.
      if (inFlight === flight) {
        inFlight = undefined
        stats.pendingBytes -= flight.chars
        fail(count, `cannot write ${filePath ?? 'a capture file'}`, error)
      }
      await closeHandle()
    } finally {
      if (inFlight === flight) {
        inFlight = undefined
        stats.pendingBytes -= flight.chars
      }
    }
  }

  const pump = async () => {
    if (pumping) return
    pumping = true
    try {
      while (queue.length > 0) {
        const { lines, chars } = queue.take(opts.batchSize)
        const flight: InFlight = { lines, chars }
        inFlight = flight
        try {
          await writeBatch(flight)
        } catch (error) {
          // Nothing in a background write may become an unhandled rejection in the host.
          if (inFlight === flight) {
            inFlight = undefined
            stats.pendingBytes -= chars
            fail(lines.length, 'writing a batch failed', error)
          }
        }
        settle(lines.length)
      }
    } finally {
      pumping = false
    }
  }

  const kick = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    soon = undefined
    void pump()
  }

  const flushSync = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    const lines: string[] = []
    let chars = 0
    const flight = inFlight
    inFlight = undefined
    if (flight?.started && syncFd !== undefined) {
      // The async write may have landed (its callback just never ran) or only partly: the file
      // size says how much, and positional writes finish it without duplicating a byte.
      const { buffer, position } = flight.started
      try {
        const onDisk = fstatSync(syncFd).size - position
        writeAllSync(syncFd, buffer, Math.min(Math.max(onDisk, 0), buffer.length), position)
        stats.written += flight.lines.length
      } catch (error) {
        fail(flight.lines.length, 'finishing the last batch failed', error)
      }
      stats.pendingBytes -= flight.chars
      settle(flight.lines.length)
    } else if (flight) {
      lines.push(...flight.lines)
      chars += flight.chars
    }
    const rest = queue.take()
    lines.push(...rest.lines)
    chars += rest.chars
    if (lines.length === 0) return
    stats.pendingBytes -= chars
    try {
      const buffer = Buffer.from(lines.join('\n') + '\n')
      if (syncFd === undefined) {
        mkdirSync(dir, { recursive: true })
        filePath = join(dir, newCaptureFileName())
        syncFd = openSync(filePath, 'wx')
        fileBytes = 0
        stats.files += 1
      }
      writeAllSync(syncFd, buffer, 0, fileBytes)
      fileBytes += buffer.length
      stats.written += lines.length
    } catch (error) {
      fail(lines.length, 'final flush failed', error)
    }
    settle(lines.length)
  }

  const flush = (): Promise<void> => settlement.flush(kick)

  const unregister = opts.flushOnExit
    ? registerExitFlush({ flush, flushSync, hasPending: () => queue.length > 0 || inFlight !== undefined })
    : () => {}

  void retain()

  return {
    write(record: CaptureRecord): void {
      const line = admit(record, closed)
      if (line === undefined) return
      queue.push(line)
      accept()
      if (processExiting()) {
        flushSync()
      } else if (queue.length >= opts.batchSize) {
        if (!soon && !pumping) soon = setImmediate(kick).unref()
      } else if (!timer && !pumping) {
        timer = setTimeout(kick, opts.flushIntervalMs).unref()
      }
    },
    flush,
    async close(): Promise<void> {
      if (closed) return
      closed = true
      await flush()
      if (timer) clearTimeout(timer)
      if (soon) clearImmediate(soon)
      unregister()
      await closeHandle()
    },
    stats: () => ({ ...stats }),
  }
}

/** Writes `buffer[from..]` so that byte i lands at `position + i`. */
function writeAllSync(fd: number, buffer: Buffer, from: number, position: number): void {
  let done = from
  while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done, position + done)
}
