import { afterEach, describe, expect, it } from 'vitest'
import { capture, installClock, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import type { ClockDependency } from '@shadowtest/core'
import { delay, useMemoryCapture } from './runtime-helpers.js'

describe('clock transport', () => {
  afterEach(() => setCaptureSink(undefined))

  it('leaves Date intact outside scenarios', () => {
    const RealDate = Date
    installClock()
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z')
    expect(new Date(2026, 0, 2).getFullYear()).toBe(2026)
    expect(new Date() instanceof Date).toBe(true)
    expect(new RealDate() instanceof Date).toBe(true)
    expect(Date.UTC(2026, 0, 1)).toBe(1767225600000)
    expect(Date.parse('2026-01-01T00:00:00Z')).toBe(1767225600000)
    expect(Object.prototype.toString.call(new Date())).toBe('[object Date]')
    expect(typeof Date()).toBe('string')
    class Stamp extends Date {}
    expect(new Stamp(5).getTime()).toBe(5)
    expect(new Stamp() instanceof Stamp).toBe(true)
    expect(Math.abs(Date.now() - new RealDate().getTime())).toBeLessThan(1000)
  })

  it('records every Date.now() and new Date() read, and replays them in order', async () => {
    const { records } = useMemoryCapture()
    const stamp = capture(
      async function stamp(label: string) {
        const a = Date.now()
        await delay(15)
        const b = new Date()
        const c = new Date(0) // explicit time: not a clock read
        return { label, elapsed: b.getTime() - a, at: b.toISOString(), epoch: c.getTime() }
      },
      { id: 'clock.stamp' },
    )
    const live = await stamp('x')
    const [record] = await records()
    const clock = record?.dependencies.find((d): d is ClockDependency => d.kind === 'clock')
    expect(clock?.reads).toHaveLength(2)
    expect(clock?.reads[1]).toBe(Date.parse(live.at))

    await delay(30) // real time moves on; the replay must not notice
    const result = await replay(stamp, record!, { mode: 'strict' })
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record?.outcome)
  })

  it('after the recorded reads run out, continues from the last one with real elapsed time', async () => {
    const { records } = useMemoryCapture()
    const reads = capture(
      async function reads(n: number) {
        const out: number[] = []
        for (let i = 0; i < n; i++) {
          out.push(Date.now())
          await delay(2)
        }
        return out
      },
      { id: 'clock.reads' },
    )
    await reads(1)
    const [record] = await records()
    const recorded = (record!.dependencies[0] as ClockDependency).reads[0]!
    let seen: number[] = []
    const probe = capture(async () => {
      seen = [Date.now(), Date.now()]
      await delay(20)
      seen.push(Date.now())
    }, { id: 'clock.probe' })
    await replay(probe, { input: { args: [] }, dependencies: [{ kind: 'clock', start: recorded, reads: [recorded] }] })
    expect(seen[0]).toBe(recorded)
    expect(seen[1]).toBeGreaterThanOrEqual(recorded)
    expect(seen[1]! - recorded).toBeLessThan(10)
    expect(seen[2]! - seen[1]!).toBeGreaterThanOrEqual(15)
  })
})
