import { get } from 'node:http'
import { createRequire } from 'node:module'
import type { CaptureRecord } from '@shadowtest/core'
import { capture } from '@shadowtest/plugin/runtime'
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
