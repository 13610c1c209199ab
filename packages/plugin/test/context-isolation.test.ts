import { afterEach, describe, expect, it } from 'vitest'
import { capture, currentScope, setCaptureSink } from '@shadowtest/plugin/runtime'
import type { CallDependency } from '@shadowtest/core'
import { delay, useMemoryCapture } from './runtime-helpers.js'

describe('scenario context', () => {
  afterEach(() => setCaptureSink(undefined))

  it('keeps 100 interleaved async scenarios apart, dependencies in call order', async () => {
    const { records } = useMemoryCapture()
    const lookup = capture(
      async function lookup(key: number) {
        await delay(key % 7)
        return key * 10
      },
      { id: 'iso.lookup', role: 'dependency' },
    )
    const handle = capture(
      async function handle(i: number) {
        await delay((i * 13) % 11)
        const a = await lookup(i)
        const b = await lookup(i + 1000)
        return a + b
      },
      { id: 'iso.handle' },
    )
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => handle(i)))
    expect(results[5]).toBe(50 + 10050)

    const handled = (await records()).filter((r) => r.functionId === 'iso.handle')
    expect(handled).toHaveLength(100)
    for (const record of handled) {
      const i = record.input.args[0] as number
      const calls = record.dependencies as CallDependency[]
      expect(calls.map((d) => [d.functionId, d.input.args[0], d.order])).toEqual([
        ['iso.lookup', i, 0],
        ['iso.lookup', i + 1000, 1],
      ])
      expect(calls.map((d) => d.outcome)).toEqual([
        { kind: 'return', value: i * 10 },
        { kind: 'return', value: (i + 1000) * 10 },
      ])
      expect(calls[0]?.scenarioId).toMatch(/^iso\.lookup:[0-9a-f]{12}$/)
    }
  })

  it('gives a nested entry function its own scenario, whose dependencies stay out of the parent', async () => {
    const { records } = useMemoryCapture()
    const rate = capture(async (currency: string) => (currency === 'EUR' ? 1.1 : 1), { id: 'nest.rate', role: 'dependency' })
    const price = capture(async (sku: string) => (await rate('EUR')) * sku.length, { id: 'nest.price' })
    const basket = capture(async (skus: string[]) => {
      let sum = 0
      for (const sku of skus) sum += await price(sku)
      return sum
    }, { id: 'nest.basket' })
    await basket(['ab', 'abc'])
    const all = await records()
    const basketRecord = all.find((r) => r.functionId === 'nest.basket')
    expect(basketRecord?.dependencies.map((d) => (d as CallDependency).functionId)).toEqual(['nest.price', 'nest.price'])
    const prices = all.filter((r) => r.functionId === 'nest.price')
    expect(prices).toHaveLength(2)
    for (const p of prices) expect(p.dependencies.map((d) => (d as CallDependency).functionId)).toEqual(['nest.rate'])
    // role: 'dependency' never produces a scenario of its own.
    expect(all.filter((r) => r.functionId === 'nest.rate')).toHaveLength(0)
  })

  it('has no scope outside a scenario and a record scope inside one', async () => {
    useMemoryCapture()
    expect(currentScope()).toBeUndefined()
    let seen: string | undefined
    const f = capture(async () => {
      await delay(1)
      seen = currentScope()?.mode
    }, { id: 'scope.probe' })
    await f()
    expect(seen).toBe('record')
    expect(currentScope()).toBeUndefined()
  })
})
