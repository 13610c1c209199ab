import { afterEach, describe, expect, it } from 'vitest'
import { capture, captureStats, flushCaptures, getCaptureInfo, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

describe('sampling and limits', () => {
  afterEach(() => setCaptureSink(undefined))

  it('samples at the configured rate (within 5 standard deviations over 20,000 calls)', async () => {
    const { records } = useMemoryCapture({ samplingRate: 0.3 })
    const f = capture((n: number) => n + 1, { id: 'sampling.global' })
    const calls = 20_000
    for (let i = 0; i < calls; i++) f(i)
    const written = (await records()).length
    const sd = Math.sqrt(calls * 0.3 * 0.7)
    expect(Math.abs(written - calls * 0.3)).toBeLessThan(5 * sd)
    expect(captureStats().byFunction['sampling.global']).toMatchObject({ calls, captured: written, sampledOut: calls - written })
  })

  it('lets the call site win over config, and config per function over the global rate', async () => {
    const { records } = useMemoryCapture({ samplingRate: 1, functions: { 'sampling.configured': { samplingRate: 0 } } })
    const configured = capture((n: number) => n, { id: 'sampling.configured' })
    const callSite = capture((n: number) => n, { id: 'sampling.callsite', samplingRate: 0 })
    const overridden = capture((n: number) => n, { id: 'sampling.configured-but-overridden', samplingRate: 1 })
    for (let i = 0; i < 100; i++) {
      configured(i)
      callSite(i)
      overridden(i)
    }
    const ids = (await records()).map((r) => r.functionId)
    expect(ids.filter((id) => id === 'sampling.configured')).toHaveLength(0)
    expect(ids.filter((id) => id === 'sampling.callsite')).toHaveLength(0)
    expect(ids.filter((id) => id === 'sampling.configured-but-overridden')).toHaveLength(100)
  })

  it('never samples out a throw, sync or async', async () => {
    const { records } = useMemoryCapture({ samplingRate: 0 })
    const failing = capture((n: number) => {
      if (n % 10 === 0) throw new Error(`bad ${n}`)
      return n
    }, { id: 'sampling.throws' })
    const rejecting = capture(async (n: number) => {
      if (n === 3) throw new Error('async bad')
      return n
    }, { id: 'sampling.rejects' })
    for (let i = 0; i < 50; i++) {
      try {
        failing(i)
      } catch {
        // the host handles it
      }
      await rejecting(i).catch(() => undefined)
    }
    const all = await records()
    expect(all.filter((r) => r.functionId === 'sampling.throws').map((r) => r.input.args[0])).toEqual([0, 10, 20, 30, 40])
    expect(all.filter((r) => r.functionId === 'sampling.rejects').map((r) => r.input.args[0])).toEqual([3])
    expect(all.every((r) => r.outcome.kind === 'throw')).toBe(true)
  })

  it('writes a scenario id once per process (dedupe)', async () => {
    const { records } = useMemoryCapture()
    const f = capture((o: { a: number; b: number }) => o.a + o.b, { id: 'sampling.dedupe' })
    for (let i = 0; i < 10; i++) f({ a: 1, b: 2 })
    f({ b: 2, a: 1 }) // same canonical input
    f({ a: 2, b: 2 })
    expect(await records()).toHaveLength(2)
    expect(captureStats().byFunction['sampling.dedupe']?.deduped).toBe(9 + 1)
  })

  it('stops at maxScenarios with onLimit "stop"', async () => {
    const { records } = useMemoryCapture()
    const f = capture((n: number) => n, { id: 'sampling.cap-stop', maxScenarios: 5 })
    for (let i = 0; i < 50; i++) {
      f(i)
      if (i % 10 === 0) await flushCaptures()
    }
    expect((await records()).map((r) => r.input.args[0])).toEqual([0, 1, 2, 3, 4])
    expect(captureStats().byFunction['sampling.cap-stop']?.limited).toBeGreaterThan(0)
  })

  it('keeps sampling with a decaying rate past the cap with onLimit "sample"', async () => {
    const { records } = useMemoryCapture()
    const f = capture((n: number) => n, { id: 'sampling.cap-sample', maxScenarios: 5, onLimit: 'sample' })
    for (let i = 0; i < 400; i++) {
      f(i)
      await flushCaptures()
    }
    // Expected 5 + Σ 5/n for n = 6..400 ≈ 5 + 21: far fewer than 400, more than the cap.
    const written = (await records()).length
    expect(written).toBeGreaterThan(5)
    expect(written).toBeLessThan(60)
  })

  it('SHADOWTEST_CAPTURE=off returns the original function, still carrying its capture info', async () => {
    const { records } = useMemoryCapture()
    const previous = process.env['SHADOWTEST_CAPTURE']
    process.env['SHADOWTEST_CAPTURE'] = 'off'
    let wrapped: (x: number) => number
    function quote(x: number): number {
      return x * 2
    }
    try {
      wrapped = capture(quote, { id: 'pricing.quote' })
    } finally {
      if (previous === undefined) delete process.env['SHADOWTEST_CAPTURE']
      else process.env['SHADOWTEST_CAPTURE'] = previous
    }
    expect(wrapped).toBe(quote)
    expect(wrapped(2)).toBe(4)
    expect(getCaptureInfo(wrapped)?.functionId).toBe('pricing.quote')
    expect(await records()).toEqual([])
    expect(captureStats().calls).toBe(0)
  })
})
