import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { capture, configureCapture, createNdjsonSink, flushCaptures, replay, resetCaptureDedupe, setCaptureSink } from '@shadowtest/plugin/runtime'

const EMAIL = 'ada.lovelace@example.com'
const CARD = '4111 1111 1111 1111'
const PASSWORD = 'hunter2-correct-horse'
const TOKEN = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const INTERNAL = 'vip-margin-0.42'

describe('redaction before anything leaves the process', () => {
  let dir: string | undefined
  afterEach(() => {
    setCaptureSink(undefined)
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  it('never hands a planted secret to the sink: input, this, outcome, thrown error, nested calls', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shadowtest-redaction-'))
    const sink = createNdjsonSink({ dir, flushOnExit: false })
    configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {}, redaction: { keys: ['internalNote'] } })
    setCaptureSink(sink)
    resetCaptureDedupe()

    const vault = capture(async (user: { email: string; password: string }) => ({ token: TOKEN, email: user.email }), { id: 'sec.vault', role: 'dependency' })
    const checkout = capture(
      async function checkout(order: { customer: { email: string; card: string; password: string }; internalNote: string; note: string }) {
        const session = await vault({ email: order.customer.email, password: order.customer.password })
        if (order.note === 'fail') throw new Error(`card ${order.customer.card} declined for ${order.customer.email}`)
        return { receiptTo: session.email, auth: session.token, memo: `charged ${order.customer.card}` }
      },
      { id: 'sec.checkout', redact: { keys: ['memo'] } },
    )
    const order = (note: string) => ({ customer: { email: EMAIL, card: CARD, password: PASSWORD }, internalNote: INTERNAL, note })
    await checkout(order('ok'))
    await checkout(order('fail')).catch(() => undefined)

    await flushCaptures()
    await sink.close()
    const bytes = readdirSync(dir)
      .map((f) => readFileSync(join(dir!, f), 'utf8'))
      .join('')
    const lines = bytes.trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const secret of [EMAIL, CARD, CARD.replace(/ /g, ''), PASSWORD, TOKEN, TOKEN.slice(7), INTERNAL]) {
      expect(bytes).not.toContain(secret)
    }
    // Masks keep equality links: the same email masks to the same value everywhere.
    const record = JSON.parse(lines[0]!)
    const maskedEmail = record.input.args[0].customer.email as string
    expect(maskedEmail).toMatch(/^<email:[0-9a-f]+>$/)
    expect(record.dependencies[0].input.args[0].email).toBe(maskedEmail)
    expect(record.outcome.value.memo).toMatch(/^</)
  })

  it('replays a redacted scenario to an outcome redacted the same way, so it compares equal', async () => {
    const records: unknown[] = []
    configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {} })
    setCaptureSink({
      write: (r) => void records.push(r),
      flush: async () => {},
      close: async () => {},
      stats: () => ({ written: records.length, dropped: 0, failed: 0, pendingBytes: 0, files: 0 }),
    })
    resetCaptureDedupe()
    const greet = capture((user: { email: string }) => ({ to: user.email, text: `hello ${user.email}` }), { id: 'sec.greet' })
    greet({ email: EMAIL })
    await flushCaptures()
    const record = records[0] as Parameters<typeof replay>[1]
    expect(JSON.stringify(record)).not.toContain(EMAIL)
    // The stored input is masked, so replay runs on the mask, and its outcome masks the same way.
    const result = await replay(greet, record)
    expect(result.outcome).toEqual(record.outcome)
  })
})
