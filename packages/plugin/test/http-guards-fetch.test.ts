import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setCaptureSink, replay } from '@shadowtest/plugin/runtime'
import { startServer, type TestServer } from './http-transport-helpers.js'
import { interceptorsLoaded, priceLookup, recordOne } from './http-guards-helpers.js'

// Each test file runs in a fresh worker: here the first request inside a scenario is a fetch.
let server: TestServer
beforeAll(async () => {
  server = await startServer((_req, _body, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('12.50')
  })
})
afterAll(async () => {
  setCaptureSink(undefined)
  await server.close()
})

describe('fetch/http guards: the interceptors load on the first request made inside a scenario (fetch first)', () => {
  it('recording and replaying without the network never loads @mswjs/interceptors; a fetch outside scenarios passes through', async () => {
    const { price } = priceLookup()
    const record = await recordOne(() => price('SKU-1'))
    const result = await replay(price, record)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record.outcome)
    expect(await (await fetch(`${server.url}/outside`)).text()).toBe('12.50')
    expect(server.hits).toEqual(['GET /outside'])
    expect(interceptorsLoaded()).toBe(false)
  })

  it('a scenario that recorded no HTTP and now calls fetch fails with REPLAY:UNRECORDED_DEPENDENCY and reaches no server', async () => {
    server.hits.length = 0
    const { live, price } = priceLookup()
    const record = await recordOne(() => price('SKU-2'))
    live.network = 'fetch'
    live.url = server.url
    const result = await replay(price, record)
    const unrecorded = result.issues.find((i) => i.kind === 'unrecorded')
    expect(unrecorded?.kind === 'unrecorded' ? (unrecorded.error as { code?: string }).code : undefined).toBe('REPLAY:UNRECORDED_DEPENDENCY')
    expect(result.outcome.kind).toBe('throw')
    expect(server.hits).toEqual([])
    expect(interceptorsLoaded()).toBe(true)
  })

  it('after the guards tripped, fetch is recorded and replayed from the recording while the server is stopped', async () => {
    server.hits.length = 0
    const { live, price } = priceLookup()
    live.network = 'fetch'
    live.url = server.url
    const record = await recordOne(() => price('SKU-3'))
    expect(record.outcome).toMatchObject({ kind: 'return' })
    expect(record.dependencies?.map((d) => d.kind)).toEqual(['http'])
    expect(server.hits).toEqual(['GET /price?sku=SKU-3'])
    await server.close()
    const result = await replay(price, record)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record.outcome)
  })
})
