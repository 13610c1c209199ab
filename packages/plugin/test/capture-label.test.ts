// capture(fn, { label }): readable scenario labels, redacted like the input, never breaking the host.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FileBaselineStore } from '@shadowtest/core'
import { capture, captureStats, configureCapture, createNdjsonSink, flushCaptures, foldCaptures, resetCaptureDedupe, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

interface Order {
  id: string
  customer: { id: string; email: string; password: string }
  lines: number[]
}
const order = (id: string, customer = 'cus_1004'): Order => ({ id, customer: { id: customer, email: 'ada.lovelace@example.com', password: 'hunter2-correct-horse' }, lines: [38660] })

afterEach(() => setCaptureSink(undefined))

describe('capture label option', () => {
  it('names the scenario from the arguments; the id is the same as without a label', async () => {
    const { records } = useMemoryCapture()
    const quote = capture((o: Order, currency: string) => ({ total: o.lines[0], currency }), {
      id: 'label.quote',
      label: (o, currency) => `quote(${o.id}, ${o.customer.id}) in ${currency}`,
    })
    const plain = capture((o: Order, currency: string) => ({ total: o.lines[0], currency }), { id: 'label.quote' })
    expect(quote(order('ord_7f3a04'), 'EUR')).toEqual({ total: 38660, currency: 'EUR' })
    const [labelled] = await records()
    expect(labelled?.label).toBe('quote(ord_7f3a04, cus_1004) in EUR')
    const { records: again } = useMemoryCapture()
    plain(order('ord_7f3a04'), 'EUR')
    const [unlabelled] = await again()
    expect(unlabelled?.label).toBeUndefined()
    expect(unlabelled?.semanticId).toBe(labelled?.semanticId)
  })

  it('redacts the label: emails and tokens by pattern, and every value the input has masked (a password by key) with the same mask', async () => {
    const { records } = useMemoryCapture({ redaction: { keys: ['internalNote'] } })
    const quote = capture((o: Order & { internalNote: string }) => o.lines.length, {
      id: 'label.leaky',
      label: (o) => `quote for ${o.customer.email} pw=${o.customer.password} note=${o.internalNote} token Bearer sk_live_4f9a8b7c6d5e4f3a`,
    })
    quote({ ...order('ord_1'), internalNote: 'vip-margin-0.42' })
    const [record] = await records()
    const label = record!.label!
    for (const secret of ['ada.lovelace@example.com', 'hunter2-correct-horse', 'vip-margin-0.42', 'sk_live_4f9a8b7c6d5e4f3a']) expect(label).not.toContain(secret)
    const customer = (record!.input.args[0] as { customer: { email: string; password: string } }).customer
    const input = record!.input.args[0] as { internalNote: string }
    expect(label).toContain(`quote for ${customer.email} pw=${customer.password} note=${input.internalNote}`)
    expect(customer.email).toMatch(/^<email:[0-9a-f]{12}>$/)
  })

  it('a label function that throws or returns no text gets the default label; the host call is untouched and the fault counted', async () => {
    const { records } = useMemoryCapture()
    const throwing = capture((n: number) => n * 2, {
      id: 'label.throwing',
      label: () => {
        throw new Error('label bug')
      },
    })
    const notText = capture((n: number) => n * 3, { id: 'label.notText', label: (() => 42) as unknown as (n: number) => string })
    expect(throwing(2)).toBe(4)
    expect(notText(2)).toBe(6)
    const recorded = await records()
    expect(recorded.map((r) => [r.functionId, r.label])).toEqual([
      ['label.throwing', undefined],
      ['label.notText', undefined],
    ])
    const stats = captureStats()
    expect(stats.byFunction['label.throwing']).toMatchObject({ captured: 1, errors: 1 })
    expect(stats.byFunction['label.notText']).toMatchObject({ captured: 1, errors: 1 })
  })

  it('the label reaches the baseline file through record (folded from real NDJSON captures); a failing label falls back to name(args)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shadowtest-label-'))
    try {
      configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {} })
      setCaptureSink(createNdjsonSink({ dir: join(dir, 'captures'), flushOnExit: false }))
      resetCaptureDedupe()
      let fail = false
      const quote = capture(
        function quote(o: Order) {
          return o.lines[0]
        },
        {
          id: 'label.stored',
          label: (o) => {
            if (fail) throw new Error('no label today')
            return `quote(${o.id}, ${o.customer.id})`
          },
        },
      )
      quote(order('ord_7f3a04'))
      await flushCaptures()
      fail = true
      quote(order('ord_9b1c77', 'cus_2001'))
      await flushCaptures()
      const store = new FileBaselineStore({ rootDir: dir })
      await foldCaptures(join(dir, 'captures'), store, { by: 'test' })
      const file = await store.read('label.stored')
      const labels = Object.values(file!.scenarios).sort((a, b) => a.seq - b.seq).map((s) => s.label)
      expect(labels[0]).toBe('quote(ord_7f3a04, cus_1004)')
      expect(labels[1]).toMatch(/^quote\(\{"id":"ord_9b1c77"/)
      expect(labels[1]).not.toContain('ada.lovelace@example.com')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
