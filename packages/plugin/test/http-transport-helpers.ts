import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ShadowtestError, encode } from '@shadowtest/core'
import type { Encoded, HttpDependency } from '@shadowtest/core'
import { openScopes, runInScope } from '../src/runtime/context.js'
import type { DependencyIssue, RawDependency, RawHttpRequest, RecordScope, ReplayScope } from '../src/runtime/context.js'

export interface TestServer {
  url: string
  hits: string[]
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 that records the requests it saw. */
export async function startServer(handler: (req: IncomingMessage, body: Buffer, res: ServerResponse) => void): Promise<TestServer> {
  const hits: string[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      hits.push(`${req.method} ${req.url}`)
      handler(req, Buffer.concat(chunks), res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const clock = { start: 0, read: () => Date.now() }

/** A record scope as the capture wrapper opens one: collects raw dependencies. */
export class TestRecordScope implements RecordScope {
  readonly mode = 'record' as const
  readonly functionId = 'test.fn'
  readonly clock = clock
  readonly dependencies: (RawDependency & { order: number })[] = []
  private order = 0
  nextOrder(): number {
    return this.order++
  }
  recordDependency(dependency: RawDependency): void {
    this.dependencies.push({ ...dependency, order: dependency.order ?? this.nextOrder() })
  }
  /** The HTTP dependencies in the stored (encoded) form, sorted by order. */
  stored(): HttpDependency[] {
    return this.dependencies
      .filter((d) => d.kind === 'http')
      .sort((a, b) => a.order - b.order)
      .map((d) => {
        const dep = d as Extract<RawDependency, { kind: 'http' }> & { order: number }
        const withBody = <T extends { body?: unknown }>(part: T) => ({ ...part, ...(part.body === undefined ? {} : { body: encode(part.body) }) })
        return { kind: 'http', order: dep.order, request: withBody(dep.request), response: withBody(dep.response) } as HttpDependency
      })
  }
}

/** A replay scope serving recorded HTTP exchanges matched by method + URL + body, in order. */
export class TestReplayScope implements ReplayScope {
  readonly mode = 'replay' as const
  readonly functionId = 'test.fn'
  readonly clock = clock
  readonly issues: DependencyIssue[] = []
  private readonly used = new Set<HttpDependency>()
  constructor(private readonly recorded: HttpDependency[]) {}
  takeDependency<K extends 'call' | 'http'>(kind: K, request: K extends 'http' ? RawHttpRequest : never): never {
    const key = JSON.stringify({ m: request.method, u: request.url, b: request.body === undefined ? null : encode(request.body) })
    const hit = this.recorded.find(
      (d) => !this.used.has(d) && JSON.stringify({ m: d.request.method, u: d.request.url, b: (d.request.body as Encoded | undefined) ?? null }) === key,
    )
    if (hit) {
      this.used.add(hit)
      return hit as never
    }
    const error = new ShadowtestError('REPLAY:UNRECORDED_DEPENDENCY', `HTTP ${request.method} ${request.url} was not recorded`)
    this.issues.push({ kind: 'unrecorded', dependencyKind: kind, error })
    throw error
  }
  fail(error: unknown): void {
    this.issues.push({ kind: 'failed', error: error as Error })
  }
}

/** Runs `fn` inside `scope`, as capture and replay do (the open-scope counter included). */
export async function inScope<T>(scope: RecordScope | ReplayScope, fn: () => Promise<T>): Promise<T> {
  openScopes.count++
  try {
    return await runInScope(scope, fn)
  } finally {
    openScopes.count--
  }
}
