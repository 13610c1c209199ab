import { afterEach, describe, expect, it } from 'vitest'
import type { CaptureRecord } from '@shadowtest/core'
import type { CaptureSink } from '../src/runtime/sinks/index.js'
import { sampleRecord } from './sink-helpers.js'

export interface SinkUnderTest {
  sink: CaptureSink
  /** Every record that reached the sink's storage, in write order. */
  readBack(): Promise<CaptureRecord[]>
  cleanup(): Promise<void>
}

export type SinkFactory = (options: { maxPendingBytes?: number }) => Promise<SinkUnderTest>

/**
 * The behaviour every CaptureSink owes the capture pipeline (file, memory, and later Postgres):
 * run it against a new sink with `describeSinkConformance('my sink', factory)`.
 */
export function describeSinkConformance(name: string, factory: SinkFactory): void {
  describe(`CaptureSink conformance: ${name}`, () => {
    let current: SinkUnderTest | undefined
    const make = async (options: { maxPendingBytes?: number } = {}) => (current = await factory(options))
    afterEach(async () => {
      await current?.sink.close()
      await current?.cleanup()
      current = undefined
    })

    it('stores what was written, in write order, once flushed', async () => {
      const { sink, readBack } = await make()
      const records = Array.from({ length: 25 }, (_, i) => sampleRecord(i))
      for (const record of records) expect(sink.write(record)).toBeUndefined()
      await sink.flush()
      expect(await readBack()).toEqual(records)
      expect(sink.stats()).toMatchObject({ written: 25, dropped: 0, failed: 0 })
    })

    it('keeps what was captured even if the caller mutates the value afterwards', async () => {
      const { sink, readBack } = await make()
      const record = sampleRecord(1)
      sink.write(record)
      ;(record.input.args[0] as { sku: string }).sku = 'mutated'
      await sink.flush()
      const [stored] = await readBack()
      expect(stored?.input.args[0]).toEqual({ sku: 'sku-1', qty: 1 })
    })

    it('never throws for a record it cannot serialize: counts it as failed and keeps going', async () => {
      const { sink, readBack } = await make()
      const circular: Record<string, unknown> = {}
      circular.self = circular
      sink.write(sampleRecord(1))
      expect(() => sink.write(sampleRecord(2, { outcome: { kind: 'return', value: circular as never } }))).not.toThrow()
      expect(() => sink.write(sampleRecord(3, { durationMs: 10n as never }))).not.toThrow()
      sink.write(sampleRecord(4))
      await sink.flush()
      expect((await readBack()).map((r) => r.semanticId)).toEqual([sampleRecord(1).semanticId, sampleRecord(4).semanticId])
      expect(sink.stats()).toMatchObject({ written: 2, failed: 2 })
    })

    it('bounds memory: beyond maxPendingBytes new records are dropped and counted, without blocking', async () => {
      const oneRecord = JSON.stringify(sampleRecord(1)).length + 1
      const { sink, readBack } = await make({ maxPendingBytes: oneRecord * 10 })
      const started = performance.now()
      for (let i = 0; i < 1000; i++) sink.write(sampleRecord(i))
      expect(performance.now() - started).toBeLessThan(500)
      const stats = sink.stats()
      expect(stats.pendingBytes).toBeLessThanOrEqual(oneRecord * 10)
      expect(stats.dropped).toBeGreaterThanOrEqual(990)
      await sink.flush()
      const stored = await readBack()
      expect(stored.length + sink.stats().dropped).toBe(1000)
      expect(stored[0]).toEqual(sampleRecord(0))
    })

    it('flushes on close, and drops (never throws) what is written after close', async () => {
      const { sink, readBack } = await make()
      sink.write(sampleRecord(1))
      await sink.close()
      expect(() => sink.write(sampleRecord(2))).not.toThrow()
      expect(await readBack()).toEqual([sampleRecord(1)])
      expect(sink.stats()).toMatchObject({ written: 1, dropped: 1 })
      await sink.close()
    })

    it('flush with nothing pending resolves at once', async () => {
      const { sink } = await make()
      await expect(sink.flush()).resolves.toBeUndefined()
    })
  })
}
