// Clock reads made by library internals (undici, the interceptors) while a scenario's fetch runs
// must not be recorded: replay serves reads in order, so an internal read before the user's own
// would hand the user's code the wrong time. Real fetch against a real server on 127.0.0.1.
import { request as httpRequest } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ClockDependency } from '@shadowtest/core'
import { capture, replay, setCaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'
import { startServer, type TestServer } from './http-transport-helpers.js'

let server: TestServer
beforeAll(async () => {
  server = await startServer((_req, _body, res) => {
    // A Date header makes node's http server and undici format and parse dates on both sides.
    res.writeHead(200, { 'content-type': 'application/json', date: new Date().toUTCString() })
    res.end(JSON.stringify({ rate: 1.08 }))
  })
})
afterAll(() => server.close())
afterEach(() => setCaptureSink(undefined))

const clockOf = (deps: readonly { kind: string }[]) => deps.find((d): d is ClockDependency => d.kind === 'clock')

describe('clock reads inside a scenario that uses fetch', () => {
  it('records only the reads of the function itself, not those of undici or the interceptors', async () => {
    const { records } = useMemoryCapture()
    const priced = capture(
      async function priced(amount: number) {
        const response = await fetch(`${server.url}/rates`)
        const { rate } = (await response.json()) as { rate: number }
        return { amount: amount * rate, at: Date.now() }
      },
      { id: 'clock.fetchThenNow' },
    )
    // Several runs: connection reuse and timers make internal reads vary from call to call.
    for (let i = 0; i < 3; i++) await priced(100 + i)
    const recorded = await records()
    expect(recorded).toHaveLength(3)
    for (const record of recorded) {
      const clock = clockOf(record.dependencies)
      const value = (record.outcome as { value: { at: number } }).value
      expect(clock?.reads).toEqual([value.at])
      const result = await replay(priced, record, { mode: 'strict' })
      expect(result.issues).toEqual([])
      expect(result.outcome).toEqual(record.outcome)
    }
  })

  it('node:http clients too: only the user-visible reads are recorded', async () => {
    const { records } = useMemoryCapture()
    const get = capture(
      async function get() {
        const before = Date.now()
        const status = await new Promise<number>((resolve, reject) => {
          const req = httpRequest(`${server.url}/rates`, (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          })
          req.on('error', reject)
          req.end()
        })
        return { status, before, after: Date.now() }
      },
      { id: 'clock.httpThenNow' },
    )
    const live = await get()
    const [record] = await records()
    expect(clockOf(record!.dependencies)?.reads).toEqual([live.before, live.after])
  })
})
