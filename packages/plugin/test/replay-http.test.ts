import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { HttpDependency } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

describe('capture and replay wire the fetch transport in', () => {
  afterEach(() => setCaptureSink(undefined))

  it('records a fetch made by a captured function and replays it with the server gone', async () => {
    let hits = 0
    const server = createServer((req, res) => {
      hits++
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ currency: req.url?.slice(-3), rate: 1.25 }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

    const { records } = useMemoryCapture()
    const convert = capture(
      async function convert(amount: number, currency: string) {
        const res = await fetch(`${base}/rates/${currency}`)
        const { rate } = (await res.json()) as { rate: number }
        return { amount, eur: amount * rate }
      },
      { id: 'http.convert' },
    )
    expect(await convert(8, 'USD')).toEqual({ amount: 8, eur: 10 })
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const [record] = await records()
    const http = record!.dependencies.filter((d): d is HttpDependency => d.kind === 'http')
    expect(http).toHaveLength(1)
    expect(http[0]!.request).toMatchObject({ method: 'GET', url: `${base}/rates/USD` })
    expect(http[0]!.response.status).toBe(200)

    const result = await replay(convert, record!)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record!.outcome)
    expect(hits).toBe(1)
  })
})
