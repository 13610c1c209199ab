import { get } from 'node:http'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaptureRecord } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { startServer, type TestServer } from './http-transport-helpers.js'
import { useMemoryCapture } from './runtime-helpers.js'

/** Whether @mswjs/interceptors has been loaded into this process (it is loaded through require). */
export function interceptorsLoaded(): boolean {
  return Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('@mswjs/interceptors'))
}

/** node:http's `get` as application code uses it: resolves with status and body text. */
export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/**
 * A captured price lookup that, depending on `live.network`, stays offline or asks a server
 * through fetch or node:http (what a code change can do to a function that recorded no HTTP).
 */
export function priceLookup() {
  const live = { network: 'none' as 'none' | 'fetch' | 'http', url: '' }
  const price = capture(
    async function price(sku: string) {
      if (live.network === 'fetch') return { sku, remote: await (await fetch(`${live.url}/price?sku=${sku}`)).text() }
      if (live.network === 'http') return { sku, remote: (await httpGet(`${live.url}/price?sku=${sku}`)).body }
      return { sku, amount: sku.length * 10 }
    },
    { id: 'catalog.price' },
  )
  return { live, price }
}

export async function recordOne(run: () => Promise<unknown>): Promise<CaptureRecord> {
  const { records } = useMemoryCapture()
  await run()
  const [record] = await records()
  if (record === undefined) throw new Error('nothing recorded')
  return record
}

/**
 * The guard tests, run once per file (each file is a fresh worker, so the interceptors are not
 * loaded yet): `network` is what the first request inside a scenario goes through.
 */
export function describeGuards(network: 'fetch' | 'http'): void {
  const first = network === 'fetch' ? 'fetch' : 'http.get'
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

  describe(`fetch/http guards: the interceptors load on the first request made inside a scenario (${first} first)`, () => {
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

    it(`a scenario that recorded no HTTP and now calls ${first} fails with REPLAY:UNRECORDED_DEPENDENCY and reaches no server`, async () => {
      server.hits.length = 0
      const { live, price } = priceLookup()
      const record = await recordOne(() => price('SKU-2'))
      live.network = network
      live.url = server.url
      const result = await replay(price, record)
      const unrecorded = result.issues.find((i) => i.kind === 'unrecorded')
      expect(unrecorded?.kind === 'unrecorded' ? (unrecorded.error as { code?: string }).code : undefined).toBe('REPLAY:UNRECORDED_DEPENDENCY')
      expect(result.outcome.kind).toBe('throw')
      expect(server.hits).toEqual([])
      expect(interceptorsLoaded()).toBe(true)
    })

    it(`after the guards tripped, ${first} is recorded and replayed from the recording while the server is stopped`, async () => {
      server.hits.length = 0
      const { live, price } = priceLookup()
      live.network = network
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
}
