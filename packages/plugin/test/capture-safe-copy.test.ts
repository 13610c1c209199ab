import { afterEach, describe, expect, it } from 'vitest'
import { decode, decodeInput } from '@shadowtest/core'
import { capture, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

describe('the hot path copy', () => {
  afterEach(() => setCaptureSink(undefined))

  it('is taken before the call: later mutation by the function or the host changes nothing recorded', async () => {
    const { records } = useMemoryCapture()
    const order = { lines: [{ sku: 'A', qty: 1 }], tags: new Set(['new']), at: new Date(0) }
    const mutate = capture(
      function mutate(o: typeof order) {
        o.lines.push({ sku: 'B', qty: 2 })
        o.tags.add('mutated')
        o.at.setTime(5)
        return o
      },
      { id: 'copy.mutate' },
    )
    const returned = mutate(order)
    returned.lines[0]!.qty = 99 // the host mutates the returned object afterwards
    const [record] = await records()
    const input = decode(record!.input.args[0]!) as typeof order
    expect(input.lines).toEqual([{ sku: 'A', qty: 1 }])
    expect([...input.tags]).toEqual(['new'])
    expect(input.at.getTime()).toBe(0)
    const output = decode((record!.outcome as { value: never }).value) as typeof order
    expect(output.lines).toEqual([
      { sku: 'A', qty: 1 },
      { sku: 'B', qty: 2 },
    ])
  })

  it('keeps what JSON would lose, and cycles, class names and errors', async () => {
    const { records } = useMemoryCapture()
    class Money {
      constructor(
        readonly amount: bigint,
        readonly currency: string,
      ) {}
    }
    const node: { name: string; self?: unknown } = { name: 'loop' }
    node.self = node
    const f = capture((..._args: unknown[]) => new TypeError('nope'), { id: 'copy.types' })
    f(undefined, -0, NaN, new Money(12n, 'EUR'), node, new Map([[1, 'x']]), new Uint8Array([1, 2]))
    const [record] = await records()
    const args = decodeInput(record!.input).args
    expect(args[0]).toBeUndefined()
    expect(Object.is(args[1], -0)).toBe(true)
    expect(args[2]).toBeNaN()
    expect(args[3]).toMatchObject({ amount: 12n, currency: 'EUR' })
    const loop = args[4] as { self: unknown }
    expect(loop.self).toBe(loop)
    expect(args[5]).toEqual(new Map([[1, 'x']]))
    expect(args[6]).toEqual(new Uint8Array([1, 2]))
    expect(JSON.stringify(record!.outcome)).toContain('TypeError')
  })

  it('keeps shared references and cycles in large object graphs', async () => {
    const { records } = useMemoryCapture()
    const root: { children: { id: number; root: unknown; sibling?: unknown }[] } = { children: [] }
    for (let id = 0; id < 40; id++) root.children.push({ id, root })
    root.children.forEach((c, i) => (c.sibling = root.children[(i + 1) % 40]))
    const f = capture((_g: unknown) => 1, { id: 'copy.graph' })
    f(root)
    const [record] = await records()
    const decoded = decodeInput(record!.input).args[0] as typeof root
    expect(decoded.children).toHaveLength(40)
    expect(decoded.children[39]!.root).toBe(decoded)
    expect(decoded.children[39]!.sibling).toBe(decoded.children[0])
  })

  it('never lets the duplicate shortcut merge inputs that differ only in what JSON cannot tell apart', async () => {
    const { records } = useMemoryCapture()
    const f = capture((x: unknown) => x, { id: 'copy.dedupe-edge' })
    f(0)
    f(-0)
    f([null])
    f([undefined])
    f({ a: 1 })
    f({ a: 1, b: undefined })
    f(0) // a real duplicate
    expect(await records()).toHaveLength(6)
  })
})
