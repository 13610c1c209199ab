import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { HttpDependency } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { startServer, type TestServer } from './http-transport-helpers.js'
import { useMemoryCapture } from './runtime-helpers.js'

// The transport inside the real capture pipeline and replay(): what a user of the gate sees.
let server: TestServer
let rateOf = (currency: string) => (currency === 'USD' ? 1.08 : 0.86)
beforeAll(async () => {
  server = await startServer((req, body, res) => {
    const currency = (req.url ?? '').split('/').pop() ?? ''
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ currency, rate: rateOf(currency), note: body.length ? JSON.parse(body.toString()) : null }))
  })
})
afterAll(() => server.close())
afterEach(() => setCaptureSink(undefined))

describe('fetch/http through capture() and replay()', () => {
  it('records POST bodies through the pipeline and replays them with the server untouched', async () => {
    const { records } = useMemoryCapture()
    const quote = capture(
      async function quoteInCurrency(amount: number, currency: string) {
        const res = await fetch(`${server.url}/rates/${currency}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ amount }),
        })
        const { rate } = (await res.json()) as { rate: number }
        return Math.round(amount * rate * 100) / 100
      },
      { id: 'http.quoteInCurrency' },
    )
    expect(await quote(100, 'USD')).toBe(108)
    const [record] = await records()
    const [dep] = record!.dependencies.filter((d): d is HttpDependency => d.kind === 'http')
    expect(dep?.request).toMatchObject({ method: 'POST', url: `${server.url}/rates/USD`, body: { amount: 100 } })
    expect(dep?.response.body).toEqual({ currency: 'USD', rate: 1.08, note: { amount: 100 } })

    server.hits.length = 0
    rateOf = () => 2 // the live service changed: replay must not see it
    const result = await replay(quote, record!)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record!.outcome)
    expect(server.hits).toEqual([])
  })

  it('a request the recording does not have fails the replay with the nearest recorded request and what differs', async () => {
    const { records } = useMemoryCapture()
    let path = 'rates'
    const convert = capture(
      async function convertAmount(amount: number, currency: string) {
        const res = await fetch(`${server.url}/${path}/${currency}`)
        const { rate } = (await res.json()) as { rate: number }
        return amount * rate
      },
      { id: 'http.convertAmount' },
    )
    await convert(10, 'GBP')
    const [record] = await records()
    server.hits.length = 0
    path = 'v2/rates' // the code now calls another endpoint
    const result = await replay(convert, record!)
    const unrecorded = result.issues.find((i) => i.kind === 'unrecorded')
    expect(unrecorded).toBeDefined()
    const message = (unrecorded as { error: Error }).error.message
    expect(message).toContain('[REPLAY:UNRECORDED_DEPENDENCY]')
    expect(message).toContain(`HTTP GET ${server.url}/v2/rates/GBP`)
    expect(message).toContain(`${server.url}/rates/GBP`)
    expect(result.outcome.kind).toBe('throw')
    expect(server.hits).toEqual([])
  })
})
