import { createRequire, syncBuiltinESMExports } from 'node:module'
import type { BatchInterceptor } from '@mswjs/interceptors'
import type { ClientRequestInterceptor } from '@mswjs/interceptors/ClientRequest'
import type { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { decode, ShadowtestError } from '@shadowtest/core'
import type { HttpDependency, ResolvedConfig } from '@shadowtest/core'
import { currentScope, runAsTransport, transportScope } from '../../context.js'
import type { RawHttpRequest, RecordScope, ReplayScope } from '../../context.js'
import { bodyBytes, bodyValue } from './http-body.js'
import { DEFAULT_RECORDED_HEADERS, pickHeaders } from './http-headers.js'

/**
 * The fetch/http transport: outbound requests made by native `fetch` and `node:http`/`https`
 * inside a scenario are recorded (record) or answered from the recording (replay), through
 * @mswjs/interceptors. Applied once, lazily: the first scenario to open installs cheap guards
 * (`installHttpGuards`), and the first request made inside a scenario installs the interceptors;
 * requests outside every scenario pass through untouched.
 *
 * Record: method, URL, the configured headers (credentials masked), body, status, statusText,
 * response headers and body (read from a clone) become `{ kind: 'http', order, request, response }`; the host gets
 * the real response unchanged. The order slot is taken when the request starts.
 * Replay: the scope hands back the recorded exchange that matches method + path + query + body
 * (+ origin with config `replay.http.origin: 'match'`), and the
 * request is answered with it: nothing reaches the network. A request nobody recorded fails
 * (the scope registers REPLAY:UNRECORDED_DEPENDENCY, the caller's request errors with it).
 */

export interface HttpTransportOptions {
  /**
   * Request and response headers to record (config `capture.http.recordHeaders`; default
   * content-type and accept). Credentials (authorization, cookie, …) are always recorded, masked.
   */
  recordHeaders?: readonly string[]
  /** HMAC key of the credential masks (config `secret`; default SHADOWTEST_SECRET, then a built-in key). */
  secret?: string
}

/** The transport's options from the resolved config. */
export function httpTransportOptionsFromConfig(config: Pick<ResolvedConfig, 'capture' | 'secret'>): HttpTransportOptions {
  return { recordHeaders: config.capture.http.recordHeaders, ...(config.secret === undefined ? {} : { secret: config.secret }) }
}

/** A request being recorded: which scope, which order slot, its request half. */
interface Pending {
  scope: RecordScope
  order: number
  request: Promise<RawHttpRequest>
}

interface Installed {
  interceptor: BatchInterceptor<[ClientRequestInterceptor, FetchInterceptor]>
  /** By request id (the interceptors hand listeners copies of the request, not the same object). */
  pending: Map<string, Pending>
  recordHeaders: Set<string>
  secret: string | undefined
  dispose: () => void
}

let installed: Installed | undefined

interface InterceptorModules {
  BatchInterceptor: typeof BatchInterceptor
  ClientRequestInterceptor: typeof ClientRequestInterceptor
  FetchInterceptor: typeof FetchInterceptor
}

/**
 * @mswjs/interceptors and the fetch implementation it pulls in (~30 ms of module loading) are
 * loaded when the transport is installed, not when this module is: most runs never touch the
 * network (see `installHttpGuards`). Loaded synchronously through its CommonJS build, because
 * the first use can be a synchronous `http.request` inside a scenario; a dynamic import running
 * in the background is not safe (Node 20 throws on a `require` of an ES module still loading).
 * `createRequire(import.meta.url)` resolves the same from dist and from the TS sources.
 */
function interceptorModules(): InterceptorModules {
  const require = createRequire(import.meta.url)
  return {
    BatchInterceptor: (require('@mswjs/interceptors') as Pick<InterceptorModules, 'BatchInterceptor'>).BatchInterceptor,
    ClientRequestInterceptor: (require('@mswjs/interceptors/ClientRequest') as Pick<InterceptorModules, 'ClientRequestInterceptor'>).ClientRequestInterceptor,
    FetchInterceptor: (require('@mswjs/interceptors/fetch') as Pick<InterceptorModules, 'FetchInterceptor'>).FetchInterceptor,
  }
}

/** Requests in flight being recorded, at most; the oldest is forgotten first. */
const MAX_PENDING = 1_000

function headerSet(options: HttpTransportOptions): Set<string> {
  return new Set((options.recordHeaders ?? DEFAULT_RECORDED_HEADERS).map((h) => h.toLowerCase()))
}

/** Reads what identifies a request without consuming it: the host's request stays usable. */
async function rawRequest(request: Request, state: Pick<Installed, 'recordHeaders' | 'secret'>): Promise<RawHttpRequest> {
  const bytes = request.body === null ? new Uint8Array() : new Uint8Array(await request.clone().arrayBuffer())
  const body = bodyValue(bytes, request.headers.get('content-type'))
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    headers: pickHeaders(request.headers, state.recordHeaders, state.secret),
    ...(body === undefined ? {} : { body }),
  }
}

/** The recorded response as the host would have received it. */
function responseFrom(dep: HttpDependency): Response {
  const headers = new Headers(dep.response.headers as Record<string, string>)
  const body = dep.response.body === undefined ? undefined : decode(dep.response.body)
  const bytes = bodyBytes(body, headers.get('content-type') ?? undefined)
  // The stored body is decoded already; claiming an encoding would make the client decode it twice.
  if (typeof bytes === 'string') headers.delete('content-encoding')
  const nullBody = dep.response.status === 204 || dep.response.status === 304 || (dep.response.status >= 100 && dep.response.status < 200)
  return new Response(nullBody ? null : (bytes as ConstructorParameters<typeof Response>[0]), {
    status: dep.response.status,
    ...(dep.response.statusText === undefined ? {} : { statusText: dep.response.statusText }),
    headers,
  })
}

async function replayRequest(scope: ReplayScope, request: Request, state: Installed): Promise<Response | Error> {
  try {
    const live = await rawRequest(request, state)
    return responseFrom(scope.takeDependency('http', live))
  } catch (error) {
    // takeDependency has registered REPLAY:UNRECORDED_DEPENDENCY on the scope; anything else
    // (an unreadable body) is registered here so the replay fails with the reason.
    if (!(error instanceof ShadowtestError)) scope.fail(error)
    return error instanceof Error ? error : new Error(String(error))
  }
}

/**
 * Applies the interceptors if they are not applied yet (later calls only update the options)
 * and returns the disposer that removes them again.
 */
export function installHttpTransport(options: HttpTransportOptions = {}): () => void {
  if (installed !== undefined) {
    installed.recordHeaders = headerSet(options)
    installed.secret = options.secret
    return installed.dispose
  }
  const { BatchInterceptor, ClientRequestInterceptor, FetchInterceptor } = interceptorModules()
  const interceptor = new BatchInterceptor({
    name: 'shadowtest-http',
    interceptors: [new ClientRequestInterceptor(), new FetchInterceptor()],
  })
  const state: Installed = {
    interceptor,
    pending: new Map(),
    recordHeaders: headerSet(options),
    secret: options.secret,
    dispose: () => {
      if (installed !== state) return
      installed = undefined
      interceptor.dispose()
      syncBuiltinESMExports()
      state.pending.clear()
    },
  }
  interceptor.on('request', async ({ request, requestId, controller }) => {
    const scope = transportScope()
    if (scope === undefined) return
    if (scope.mode === 'record') {
      try {
        // The slot is taken now, when the call starts: completion order must not reorder calls.
        const order = scope.nextOrder()
        const raw = rawRequest(request, state)
        raw.catch(() => {})
        // A request that fails never gets a response event: keep the map bounded.
        if (state.pending.size >= MAX_PENDING) state.pending.delete(state.pending.keys().next().value as string)
        state.pending.set(requestId, { scope, order, request: raw })
      } catch {
        // Recording must never break the host's request.
      }
      return
    }
    const answer = await replayRequest(scope, request, state)
    if (answer instanceof Response) controller.respondWith(answer)
    else controller.errorWith(answer)
  })
  interceptor.on('response', async ({ response, requestId }) => {
    const pending = state.pending.get(requestId)
    if (pending === undefined) return
    state.pending.delete(requestId)
    try {
      // The interceptors hold the host's response until this listener settles, so the body is
      // read (from a clone) before the calling code sees the end of it and the scenario closes.
      const bytes = new Uint8Array(await response.clone().arrayBuffer())
      const body = bodyValue(bytes, response.headers.get('content-type'))
      pending.scope.recordDependency({
        kind: 'http',
        order: pending.order,
        request: await pending.request,
        response: {
          status: response.status,
          ...(response.statusText === '' ? {} : { statusText: response.statusText }),
          headers: pickHeaders(response.headers, state.recordHeaders, state.secret),
          ...(body === undefined ? {} : { body }),
        },
      })
    } catch {
      // An unreadable body (aborted request) is not recorded; the host sees its own error.
    }
  })
  interceptor.apply()
  // The interceptors patch the CommonJS `http`/`https` objects; without this, ES modules that
  // import { request } from 'node:http' would keep calling the unpatched functions.
  syncBuiltinESMExports()
  const restoreFetch = fetchOutsideScenarios()
  const disposeInterceptor = state.dispose
  state.dispose = () => {
    if (installed === state) restoreFetch()
    disposeInterceptor()
  }
  installed = state
  return state.dispose
}

/**
 * Wraps the intercepted `fetch` so that, inside a scenario, undici and the interceptors run
 * outside the scenario's context (`runAsTransport`): their own clock reads (undici stamps a
 * response's end of body with `Date.now()`) are not recorded nor served from the recording. The
 * caller's continuation after `await fetch(…)` is back in the scenario, as before.
 */
function fetchOutsideScenarios(): () => void {
  const intercepted = globalThis.fetch
  if (typeof intercepted !== 'function') return () => {}
  const scoped = function fetch(this: unknown, ...args: Parameters<typeof globalThis.fetch>): ReturnType<typeof globalThis.fetch> {
    const scope = currentScope()
    return scope === undefined ? intercepted.apply(this, args) : runAsTransport(scope, () => intercepted.apply(this, args))
  }
  Object.defineProperty(scoped, 'name', { value: intercepted.name })
  globalThis.fetch = scoped
  return () => {
    if (globalThis.fetch === scoped) globalThis.fetch = intercepted
  }
}

/** True while the interceptors are applied. */
export function httpTransportInstalled(): boolean {
  return installed !== undefined
}
