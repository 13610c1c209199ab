// A base URL that differs between recording and gate (another host or port in CI) must not make
// every HTTP dependency unrecorded: replay matches method + path + query (+ body) by default, and
// only with `httpOrigin: 'match'` (config `replay.http.origin`) the origin too.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isShadowtestError, type CaptureRecord } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

let recordedBase: string
let hits = 0
const server = createServer((req, res) => {
  hits++
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ currency: new URL(req.url ?? '/', 'http://x').searchParams.get('c'), rate: 1.25 }))
})
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  recordedBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
afterEach(() => {
  setCaptureSink(undefined)
  delete process.env['ST_TEST_RATES_URL']
})

// The base URL comes from the environment, as RATES_URL does in real services.
const convert = capture(
  async function convert(amount: number, currency: string) {
    const res = await fetch(`${process.env['ST_TEST_RATES_URL']}/v1/rates?c=${currency}`)
    const { rate } = (await res.json()) as { rate: number }
    return { amount, eur: amount * rate }
  },
  { id: 'http.originConvert' },
)

async function recordOnce(): Promise<CaptureRecord> {
  const { records } = useMemoryCapture()
  process.env['ST_TEST_RATES_URL'] = recordedBase
  await convert(8, 'USD')
  const [record] = await records()
  return record!
}

describe('HTTP replay and the origin', () => {
  it('matches method + path + query regardless of origin by default: another host and port in CI replays fine, offline', async () => {
    const record = await recordOnce()
    const before = hits
    process.env['ST_TEST_RATES_URL'] = 'https://rates.ci.internal:8443'
    const result = await replay(convert, record)
    expect(result.issues).toEqual([])
    expect(result.outcome).toEqual(record.outcome)
    expect(hits).toBe(before)
  })

  it('a different path or query is still unrecorded, and the report shows the nearest recorded call with its full URL', async () => {
    const record = await recordOnce()
    const live = capture(
      async function convert(amount: number) {
        const res = await fetch(`https://rates.ci.internal:8443/v1/rates?c=GBP`)
        return { amount, body: await res.text() }
      },
      { id: 'http.originConvert' },
    )
    const result = await replay(live, record)
    const unrecorded = result.issues.find((i) => i.kind === 'unrecorded')
    expect(unrecorded).toBeDefined()
    const error = (unrecorded as { error: Error }).error
    expect(isShadowtestError(error) && error.code).toBe('REPLAY:UNRECORDED_DEPENDENCY')
    expect(error.message).toContain('HTTP GET https://rates.ci.internal:8443/v1/rates?c=GBP was not recorded')
    expect(error.message).toContain(`Nearest recorded http (order 0: GET ${recordedBase}/v1/rates?c=USD) differs in:`)
    expect(error.message).toMatch(/\$\.url\s+"\/v1\/rates\?c=USD" → "\/v1\/rates\?c=GBP"/)
  })

  it("httpOrigin: 'match' (config replay.http.origin) requires the recorded origin too", async () => {
    const record = await recordOnce()
    process.env['ST_TEST_RATES_URL'] = 'https://rates.ci.internal:8443'
    const strict = await replay(convert, record, { httpOrigin: 'match' })
    const unrecorded = strict.issues.find((i) => i.kind === 'unrecorded') as { error: Error } | undefined
    expect(unrecorded?.error.message).toMatch(/\$\.url\s+"http:\/\/127\.0\.0\.1:\d+\/v1\/rates\?c=USD" → "https:\/\/rates\.ci\.internal:8443\/v1\/rates\?c=USD"/)
    process.env['ST_TEST_RATES_URL'] = recordedBase
    const same = await replay(convert, record, { httpOrigin: 'match' })
    expect(same.issues).toEqual([])
  })
})
