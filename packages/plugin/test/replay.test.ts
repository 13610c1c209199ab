import { afterEach, describe, expect, it } from 'vitest'
import { isShadowtestError } from '@shadowtest/core'
import type { CaptureRecord } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { delay, useMemoryCapture } from './runtime-helpers.js'

interface Order {
  currency: string
  lines: { sku: string; qty: number; price: number }[]
}

/** A quote that depends on a captured exchange-rate lookup whose behaviour a test can switch. */
function pricing() {
  const live = { rateCalls: 0, rate: 1.1, askFor: '' as string }
  const fxRate = capture(
    async function fxRate(from: string, to: string) {
      live.rateCalls++
      await delay(1)
      if (from === 'XXX') throw new Error(`no rate for ${from}`)
      return from === to ? 1 : live.rate
    },
    { id: 'fx.rate', role: 'dependency' },
  )
  const quote = capture(
    async function quote(order: Order) {
      const net = order.lines.reduce((sum, l) => sum + l.qty * l.price, 0)
      const rate = await fxRate(live.askFor || order.currency, 'EUR')
      return { net, total: Math.round(net * rate * 100) / 100 }
    },
    { id: 'pricing.quote' },
  )
  return { live, quote, fxRate }
}

const order: Order = {
  currency: 'USD',
  lines: [
    { sku: 'A', qty: 2, price: 10 },
    { sku: 'B', qty: 1, price: 5.5 },
    { sku: 'C', qty: 3, price: 1.25 },
  ],
}

async function recordOne(run: () => Promise<unknown>, functionId: string): Promise<CaptureRecord> {
  const { records } = useMemoryCapture()
  await run().catch(() => undefined)
  const record = (await records()).find((r) => r.functionId === functionId)
  if (record === undefined) throw new Error(`nothing recorded for ${functionId}`)
  return record
}

describe('replay', () => {
  afterEach(() => setCaptureSink(undefined))

  it('re-runs the real function with nested captured calls served from the recording', async () => {
    const { live, quote } = pricing()
    const record = await recordOne(() => quote(order), 'pricing.quote')
    expect(live.rateCalls).toBe(1)
    live.rate = 9.99 // the live dependency changed: replay must not see it
    const result = await replay(quote, record)
    expect(live.rateCalls).toBe(1)
    expect(result.ran).toBe(true)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record.outcome)
    expect(result.outcome).toEqual({ kind: 'return', value: { net: 29.25, total: 32.18 } })
  })

  it('serves a recorded throw of a nested call as the same error', async () => {
    const { live, quote } = pricing()
    live.askFor = 'XXX'
    const record = await recordOne(() => quote(order), 'pricing.quote')
    expect(record.outcome.kind).toBe('throw')
    const result = await replay(quote, record)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record.outcome)
    expect(JSON.stringify(result.outcome)).toContain('no rate for XXX')
  })

  it('fails an unrecorded dependency with REPLAY:UNRECORDED_DEPENDENCY naming the nearest recorded call and the field diff', async () => {
    const { live, quote } = pricing()
    const record = await recordOne(() => quote(order), 'pricing.quote')
    live.askFor = 'GBP' // the code now asks for another rate
    const result = await replay(quote, record)
    const unrecorded = result.issues.find((i) => i.kind === 'unrecorded')
    expect(unrecorded).toBeDefined()
    const error = unrecorded!.kind === 'unrecorded' ? unrecorded!.error : undefined
    expect(isShadowtestError(error)).toBe(true)
    expect((error as { code?: string }).code).toBe('REPLAY:UNRECORDED_DEPENDENCY')
    expect(error?.message).toContain('call fx.rate("GBP", "EUR")')
    expect(error?.message).toContain('Nearest recorded call (order 0)')
    expect(error?.message).toContain('$.input.args[0]')
    expect(error?.message).toContain('USD')
    expect(error?.message).toContain('GBP')
    // The recorded call was never used: the code changed shape.
    expect(result.issues.filter((i) => i.kind === 'unused')).toHaveLength(1)
    // The error reached the code under test too, so the outcome is a throw.
    expect(result.outcome.kind).toBe('throw')
    expect(live.rateCalls).toBe(1)
  })

  it('matches dependency inputs under the policy in tolerant mode', async () => {
    const lookup = capture(async (q: { sku: string; requestId: string }) => q.sku.length, { id: 'tol.lookup', role: 'dependency' })
    let requestId = 'req-1'
    const f = capture(async (sku: string) => lookup({ sku, requestId }), { id: 'tol.entry' })
    const record = await recordOne(() => f('abc'), 'tol.entry')
    requestId = 'req-2'
    const strict = await replay(f, record, { mode: 'strict' })
    expect(strict.issues.map((i) => i.kind)).toContain('unrecorded')
    const tolerant = await replay(f, record, { mode: 'tolerant', policy: { ignoredFields: ['requestId'] } })
    expect(tolerant.issues).toEqual([])
    expect(tolerant.outcome).toEqual(record.outcome)
  })

  it('keeps concurrent replays apart', async () => {
    const { quote } = pricing()
    const { records } = useMemoryCapture()
    for (let i = 1; i <= 20; i++) await quote({ ...order, lines: [{ sku: 'A', qty: i, price: 1 }] })
    const recorded = (await records()).filter((r) => r.functionId === 'pricing.quote')
    expect(recorded).toHaveLength(20)
    const results = await Promise.all(recorded.map((r) => replay(quote, r)))
    results.forEach((result, i) => {
      expect(result.issues).toEqual([])
      expect(result.outcome).toEqual(recorded[i]!.outcome)
    })
  })

  it('validation-only decodes and checks without running', async () => {
    const { live, quote } = pricing()
    const record = await recordOne(() => quote(order), 'pricing.quote')
    const result = await replay(quote, record, { mode: 'validation-only' })
    expect(result.ran).toBe(false)
    expect(result.outcome).toEqual(record.outcome)
    expect(live.rateCalls).toBe(1)
  })

  it('rejects a malformed scenario with a coded error naming the path', async () => {
    const { quote } = pricing()
    await expect(replay(quote, { input: { args: [] }, dependencies: [{ kind: 'smoke' } as never] })).rejects.toMatchObject({
      code: 'REPLAY:INVALID_SCENARIO',
      path: '$.dependencies[0]',
    })
    await expect(replay(quote, { input: {} as never })).rejects.toMatchObject({ code: 'REPLAY:INVALID_SCENARIO', path: '$.input' })
    await expect(replay(quote, { input: { args: [] } }, { mode: 'fast' as never })).rejects.toMatchObject({ code: 'REPLAY:INVALID_OPTIONS' })
  })
})
