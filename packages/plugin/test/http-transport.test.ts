import { request as httpRequest } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { decode } from '@shadowtest/core'
import { installHttpTransport } from '../src/runtime/transports/http/index.js'
import { inScope, startServer, TestRecordScope, TestReplayScope, type TestServer } from './http-transport-helpers.js'

let server: TestServer
let dispose: () => void

beforeAll(async () => {
  server = await startServer((req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/rates') {
      res.writeHead(200, 'OK', { 'content-type': 'application/json; charset=utf-8', 'x-rate-source': 'ecb', 'set-cookie': 'session=abc123' })
      res.end(JSON.stringify({ EUR: 1, USD: 1.08, q: url.searchParams.get('q') }))
    } else if (url.pathname === '/echo') {
      res.writeHead(201, 'Created', { 'content-type': 'text/plain' })
      res.end(`got ${req.method} ${body.toString('utf8')}`)
    } else if (url.pathname === '/bytes') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      res.end(Buffer.from([0, 255, 1, 254, 128]))
    } else if (url.pathname === '/slow') {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"slow":true}')
      }, 80)
    } else {
      res.writeHead(404, 'Not Found', { 'content-type': 'application/json' })
      res.end('{"error":"no such thing"}')
    }
  })
  dispose = installHttpTransport({ recordHeaders: ['content-type', 'accept', 'x-request-purpose', 'x-rate-source', 'x-version'] })
})
afterAll(async () => {
  dispose()
  await server.close()
})
afterEach(() => {
  server.hits.length = 0
})

/** node:http the way application code uses it, resolving with status, headers and text body. */
function nodeRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('http transport: record', () => {
  it('records a fetch exchange (JSON both ways, chosen headers, credentials masked) and hands the host the real response', async () => {
    const scope = new TestRecordScope()
    const response = await inScope(scope, () =>
      fetch(`${server.url}/rates?q=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk_live_9f8e7d6c', 'x-request-purpose': 'quote', 'x-trace': 'abc' },
        body: JSON.stringify({ currency: 'EUR' }),
      }),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-rate-source')).toBe('ecb')
    expect(await response.json()).toEqual({ EUR: 1, USD: 1.08, q: '1' })
    expect(scope.dependencies).toHaveLength(1)
    const [dep] = scope.dependencies
    expect(dep).toMatchObject({
      kind: 'http',
      order: 0,
      request: {
        method: 'POST',
        url: `${server.url}/rates?q=1`,
        headers: { 'content-type': 'application/json', 'x-request-purpose': 'quote', authorization: expect.stringMatching(/^<authorization:[0-9a-f]{12}>$/) },
        body: { currency: 'EUR' },
      },
      response: { status: 200, statusText: 'OK', headers: { 'x-rate-source': 'ecb' }, body: { EUR: 1, USD: 1.08, q: '1' } },
    })
    const recorded = JSON.stringify(dep)
    expect(recorded).not.toContain('sk_live_9f8e7d6c')
    expect(recorded).not.toContain('abc123')
    expect(recorded).not.toContain('x-trace')
    expect((dep as { response: { headers: Record<string, string> } }).response.headers['set-cookie']).toMatch(/^<set-cookie:[0-9a-f]{12}>$/)
    expect(Object.keys((dep as { response: { headers: object } }).response.headers)).not.toContain('content-length')
  })

  it('records node:http requests (text body, text response) and leaves the host response intact', async () => {
    const scope = new TestRecordScope()
    const res = await inScope(scope, () => nodeRequest(`${server.url}/echo`, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' }))
    expect(res.status).toBe(201)
    expect(res.body.toString()).toBe('got PUT hello')
    expect(scope.dependencies).toEqual([
      expect.objectContaining({
        kind: 'http',
        request: expect.objectContaining({ method: 'PUT', url: `${server.url}/echo`, body: 'hello' }),
        response: expect.objectContaining({ status: 201, statusText: 'Created', body: 'got PUT hello' }),
      }),
    ])
  })

  it('records a binary body as bytes', async () => {
    const scope = new TestRecordScope()
    const res = await inScope(scope, () => fetch(`${server.url}/bytes`))
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0, 255, 1, 254, 128]))
    const body = (scope.dependencies[0] as { response: { body: unknown } }).response.body
    expect(Buffer.isBuffer(body)).toBe(true)
    expect(body).toEqual(Buffer.from([0, 255, 1, 254, 128]))
  })

  it('orders exchanges by when they started, not when they finished', async () => {
    const scope = new TestRecordScope()
    await inScope(scope, () => Promise.all([fetch(`${server.url}/slow`).then((r) => r.text()), fetch(`${server.url}/rates`).then((r) => r.text())]))
    const byOrder = [...scope.dependencies].sort((a, b) => a.order - b.order)
    expect(byOrder.map((d) => (d as { request: { url: string } }).request.url)).toEqual([`${server.url}/slow`, `${server.url}/rates`])
  })

  it('keeps concurrent scenarios apart and records nothing outside a scenario', async () => {
    const scopes = Array.from({ length: 20 }, () => new TestRecordScope())
    await Promise.all(scopes.map((scope, i) => inScope(scope, () => fetch(`${server.url}/rates?q=${i}`).then((r) => r.json()))))
    scopes.forEach((scope, i) => {
      expect(scope.dependencies).toHaveLength(1)
      expect((scope.dependencies[0] as { request: { url: string } }).request.url).toBe(`${server.url}/rates?q=${i}`)
    })
    const outside = await fetch(`${server.url}/rates?q=outside`)
    expect(await outside.json()).toMatchObject({ q: 'outside' })
    expect(scopes.every((s) => s.dependencies.length === 1)).toBe(true)
  })
})

describe('http transport: replay', () => {
  it('answers fetch and node:http from the recording while the server is stopped', async () => {
    const local = await startServer((req, body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-version': '7' })
      res.end(JSON.stringify({ path: req.url, sent: body.toString() || null }))
    })
    const recordScope = new TestRecordScope()
    await inScope(recordScope, async () => {
      await (await fetch(`${local.url}/a`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":1}' })).json()
      await nodeRequest(`${local.url}/b`)
    })
    await local.close()

    const replayScope = new TestReplayScope(recordScope.stored())
    const [a, b] = await inScope(replayScope, async () => {
      const fetched = await fetch(`${local.url}/a`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":1}' })
      const viaHttp = await nodeRequest(`${local.url}/b`)
      return [{ status: fetched.status, version: fetched.headers.get('x-version'), json: await fetched.json() }, viaHttp] as const
    })
    expect(a).toEqual({ status: 200, version: '7', json: { path: '/a', sent: '{"n":1}' } })
    expect(b.status).toBe(200)
    expect(b.headers['x-version']).toBe('7')
    expect(JSON.parse(b.body.toString())).toEqual({ path: '/b', sent: null })
    expect(replayScope.issues).toEqual([])
  })

  it('matches a node:http request whose JSON body is streamed in chunks, and answers it without the network', async () => {
    const post = () =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest(`${server.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c: string) => (text += c))
          res.on('end', () => resolve(text))
        })
        req.on('error', reject)
        req.write('{"sku":"mug",')
        setTimeout(() => req.end('"qty":2}'), 10)
      })
    const recordScope = new TestRecordScope()
    expect(await inScope(recordScope, post)).toBe('got POST {"sku":"mug","qty":2}')
    expect((recordScope.dependencies[0] as { request: { body: unknown } }).request.body).toEqual({ sku: 'mug', qty: 2 })
    server.hits.length = 0
    const replayScope = new TestReplayScope(recordScope.stored())
    expect(await inScope(replayScope, post)).toBe('got POST {"sku":"mug","qty":2}')
    expect(server.hits).toEqual([])
    expect(replayScope.issues).toEqual([])
  })

  it('replays binary and text bodies byte for byte', async () => {
    const recordScope = new TestRecordScope()
    await inScope(recordScope, async () => {
      await (await fetch(`${server.url}/bytes`)).arrayBuffer()
      await (await fetch(`${server.url}/echo`, { method: 'POST', body: 'plain text' })).text()
    })
    const stored = recordScope.stored()
    expect(decode(stored[0]!.response.body!)).toEqual(Buffer.from([0, 255, 1, 254, 128]))
    const replayScope = new TestReplayScope(stored)
    const [bytes, text] = await inScope(replayScope, async () => [
      Buffer.from(await (await fetch(`${server.url}/bytes`)).arrayBuffer()),
      await (await fetch(`${server.url}/echo`, { method: 'POST', body: 'plain text' })).text(),
    ])
    expect(bytes).toEqual(Buffer.from([0, 255, 1, 254, 128]))
    expect(text).toBe('got POST plain text')
    expect(server.hits).toEqual(['GET /bytes', 'POST /echo'])
  })

  it('fails an unrecorded request through the scope and never sends it', async () => {
    const replayScope = new TestReplayScope([])
    const outcome = await inScope(replayScope, async () => {
      try {
        await fetch(`${server.url}/rates?q=new`)
        return 'sent'
      } catch (error) {
        return error
      }
    })
    expect(outcome).toBeInstanceOf(Error)
    // The caller's error leads to the reason: fetch's TypeError carries it as its cause.
    expect(String((outcome as Error).cause ?? outcome)).toContain('REPLAY:UNRECORDED_DEPENDENCY')
    const viaHttp = await inScope(replayScope, () => nodeRequest(`${server.url}/rates?q=new2`).then(() => 'sent', (e: unknown) => e))
    expect(viaHttp).toBeInstanceOf(Error)
    expect(String(viaHttp)).toContain('REPLAY:UNRECORDED_DEPENDENCY')
    expect(replayScope.issues.map((i) => i.kind === 'unrecorded' && (i.error as { code?: string }).code)).toEqual([
      'REPLAY:UNRECORDED_DEPENDENCY',
      'REPLAY:UNRECORDED_DEPENDENCY',
    ])
    expect(server.hits).toEqual([])
  })

  it('matches on the body: a changed request body is unrecorded', async () => {
    const recordScope = new TestRecordScope()
    const send = (n: number) => fetch(`${server.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n }) }).then((r) => r.text())
    await inScope(recordScope, () => send(1))
    const replayScope = new TestReplayScope(recordScope.stored())
    await expect(inScope(replayScope, () => send(2))).rejects.toThrow()
    expect(replayScope.issues).toHaveLength(1)
  })
})

describe('http transport: lifecycle', () => {
  it('dispose removes the interception (requests reach the network again); install applies it once', async () => {
    expect(installHttpTransport({ recordHeaders: ['content-type'] })).toBe(dispose)
    dispose()
    const replayScope = new TestReplayScope([])
    const res = await inScope(replayScope, () => fetch(`${server.url}/rates?q=direct`).then((r) => r.json()))
    expect(res).toMatchObject({ q: 'direct' })
    expect(server.hits).toEqual(['GET /rates?q=direct'])
    expect(replayScope.issues).toEqual([])
    dispose = installHttpTransport({ recordHeaders: ['content-type', 'accept', 'x-version'] })
    await expect(inScope(replayScope, () => fetch(`${server.url}/rates?q=again`))).rejects.toThrow()
    expect(server.hits).toEqual(['GET /rates?q=direct'])
  })
})

describe('http transport: options from config', () => {
  it('takes the recorded headers and the mask secret from the resolved config', async () => {
    const { httpTransportOptionsFromConfig, maskHeader } = await import('../src/runtime/transports/http/index.js')
    const { resolveConfig } = await import('@shadowtest/core')
    const config = resolveConfig({ capture: { http: { recordHeaders: ['X-Tenant'] } }, secret: 'team-secret' }, { cwd: process.cwd(), env: {} })
    expect(httpTransportOptionsFromConfig(config)).toEqual({ recordHeaders: ['x-tenant'], secret: 'team-secret' })
    expect(maskHeader('authorization', 'Bearer a', 'team-secret')).not.toBe(maskHeader('authorization', 'Bearer a', 'other'))
    expect(maskHeader('authorization', 'Bearer a', 'team-secret')).toBe(maskHeader('authorization', 'Bearer a', 'team-secret'))
  })
})
