import { afterEach, describe, expect, it } from 'vitest'
import type { CaptureRecord } from '@shadowtest/core'
import { capture, currentScope, replay, replayEagerly, setCaptureSink } from '@shadowtest/plugin/runtime'
import { delay, useMemoryCapture } from './runtime-helpers.js'

// replayEagerly is replay without a promise for functions that return plain values (the gate's
// loop): it must answer exactly what replay answers, synchronously when nothing went async.

async function recordOne(run: () => unknown, functionId: string): Promise<CaptureRecord> {
  const { records } = useMemoryCapture()
  try {
    await run()
  } catch {
    // a recorded throw
  }
  const record = (await records()).find((r) => r.functionId === functionId)
  if (record === undefined) throw new Error(`nothing recorded for ${functionId}`)
  return record
}

/** What a replay reports, without its timing. */
const comparable = (r: { outcome: unknown; issues: unknown[]; ran: boolean }) => ({ outcome: r.outcome, issues: r.issues, ran: r.ran })

function shop() {
  const live = { tax: 0.2, taxCalls: 0 }
  const taxRate = capture(
    function taxRate(region: string) {
      live.taxCalls++
      if (region === 'XX') throw new Error(`no tax for ${region}`)
      return live.tax
    },
    { id: 'shop.tax', role: 'dependency' },
  )
  const price = capture(
    function price(n: number, region: string) {
      return { n, total: Math.round(n * (1 + taxRate(region)) * 100) / 100, tags: ['a', 'b'], when: new Date(Date.UTC(2026, 0, n)) }
    },
    { id: 'shop.price' },
  )
  const priceLater = capture(async (n: number) => {
    await delay(1)
    return { n, later: true }
  }, { id: 'shop.later' })
  return { live, taxRate, price, priceLater }
}

describe('replayEagerly', () => {
  afterEach(() => setCaptureSink(undefined))

  it('answers a synchronous function synchronously, with what replay answers, dependencies served from the recording', async () => {
    const { live, price } = shop()
    const record = await recordOne(() => price(3, 'EU'), 'shop.price')
    live.tax = 0.5 // the live dependency changed: the replay must not see it
    const eager = replayEagerly(price, record)
    expect(eager).not.toBeInstanceOf(Promise)
    const result = eager as Exclude<typeof eager, Promise<unknown>>
    expect(result.outcome).toEqual(record.outcome)
    expect(comparable(result)).toEqual(comparable(await replay(price, record)))
    expect(live.taxCalls).toBe(1)
  })

  it('answers a synchronous throw and an unrecorded dependency like replay', async () => {
    const { price } = shop()
    const thrown = await recordOne(() => price(1, 'XX'), 'shop.price')
    expect(thrown.outcome.kind).toBe('throw')
    const eager = replayEagerly(price, thrown)
    expect(eager).not.toBeInstanceOf(Promise)
    expect(comparable(eager as never)).toEqual(comparable(await replay(price, thrown)))

    const other = { ...thrown, input: { args: [1, 'US'] } } // asks for a tax rate nobody recorded
    const unrecorded = replayEagerly(price, other as never) as Exclude<ReturnType<typeof replayEagerly>, Promise<unknown>>
    expect(unrecorded.issues.map((i) => i.kind)).toEqual(['unrecorded', 'unused'])
    expect(comparable(unrecorded)).toEqual(comparable(await replay(price, other as never)))
  })

  it('returns a promise for a function that goes async, with what replay answers', async () => {
    const { priceLater } = shop()
    const record = await recordOne(() => priceLater(2), 'shop.later')
    const eager = replayEagerly(priceLater, record)
    expect(eager).toBeInstanceOf(Promise)
    expect(comparable(await eager)).toEqual(comparable(await replay(priceLater, record)))
    expect((await eager).outcome).toEqual(record.outcome)
  })

  it('throws bad input synchronously where replay rejects with the same error', async () => {
    const { price } = shop()
    const bad = { id: 'shop.price:x', input: {} } as never
    expect(() => replayEagerly(price, bad)).toThrow(/no input.args array/)
    await expect(replay(price, bad)).rejects.toThrow(/no input.args array/)
  })

  it('runs the function inside the scenario scope, and what it schedules for later sees what it sees under replay', async () => {
    const { price, taxRate } = shop()
    const record = await recordOne(() => price(4, 'EU'), 'shop.price')
    const seen = (run: (fn: typeof price, r: CaptureRecord) => unknown) => {
      const log: string[] = []
      const probe = capture(
        function probe(n: number, region: string) {
          log.push(`during ${currentScope()?.mode ?? 'none'}`)
          setTimeout(() => log.push(`timer ${currentScope()?.mode ?? 'none'}`), 0)
          queueMicrotask(() => log.push(`microtask ${currentScope()?.mode ?? 'none'}`))
          return { n, total: Math.round(n * (1 + taxRate(region)) * 100) / 100, tags: ['a', 'b'], when: new Date(Date.UTC(2026, 0, n)) }
        },
        { id: 'shop.price' },
      )
      return { log, done: Promise.resolve(run(probe, record)).then(() => delay(5)) }
    }
    const eager = seen((fn, r) => replayEagerly(fn, r))
    await eager.done
    const viaReplay = seen((fn, r) => replay(fn, r))
    await viaReplay.done
    // Outside the call the scope is closed (as replay closes it when a synchronous function
    // returns): work scheduled for later runs outside any scenario, under both.
    expect(eager.log).toEqual(['during replay', 'microtask none', 'timer none'])
    expect(viaReplay.log).toEqual(eager.log)
  })
})
