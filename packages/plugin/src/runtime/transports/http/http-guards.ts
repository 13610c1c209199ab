import http from 'node:http'
import https from 'node:https'
import { syncBuiltinESMExports } from 'node:module'
import { captureFault } from '../../capture/capture-stats.js'
import { transportScope } from '../../context.js'
import { httpTransportInstalled, installHttpTransport } from './http-transport.js'
import type { HttpTransportOptions } from './http-transport.js'

/**
 * Cheap tripwires in front of the fetch/http transport. Loading @mswjs/interceptors and the fetch
 * implementation it pulls in costs ~30 ms per process, and most replays never touch the network,
 * yet every replay must still catch a request the recording does not have
 * (REPLAY:UNRECORDED_DEPENDENCY), also in a scenario that recorded none. So the first scenario
 * to open installs only these guards on `globalThis.fetch`, `http.request/get`,
 * `https.request/get` and `http.ClientRequest`, the entry points the interceptors patch. A call
 * made outside every scenario goes straight to the original (the interceptors would pass it
 * through too). The first call made inside a scenario removes the guards, installs the
 * interceptors synchronously and hands the call on to the intercepted function, so it is
 * recorded or answered from the recording exactly as if the interceptors had been there all along.
 */

interface Originals {
  fetch: typeof globalThis.fetch | undefined
  httpRequest: typeof http.request
  httpGet: typeof http.get
  httpsRequest: typeof https.request
  httpsGet: typeof https.get
  ClientRequest: typeof http.ClientRequest
}

/** The guard functions installed in place of the originals (same entry points), and what they restore. */
interface Guards extends Originals {
  options: HttpTransportOptions
  originals: Originals
}

let guards: Guards | undefined
/** Set once the guards tripped: from then on the transport itself is in charge. */
let tripped = false

/** Puts back every original the guards still stand in front of (not what someone patched since). */
function removeGuards(g: Guards): void {
  if (g.fetch !== undefined && globalThis.fetch === g.fetch && g.originals.fetch !== undefined) globalThis.fetch = g.originals.fetch
  if (http.request === g.httpRequest) http.request = g.originals.httpRequest
  if (http.get === g.httpGet) http.get = g.originals.httpGet
  if (https.request === g.httpsRequest) https.request = g.originals.httpsRequest
  if (https.get === g.httpsGet) https.get = g.originals.httpsGet
  if (http.ClientRequest === g.ClientRequest) http.ClientRequest = g.originals.ClientRequest
  syncBuiltinESMExports()
}

/**
 * Called by a guard inside a scenario: swaps the guards for the interceptors. A transport that
 * cannot be installed is counted as a capture fault and the call goes to the original, as when
 * installing failed at the first scenario before.
 */
function trip(): void {
  const g = guards
  if (g === undefined || tripped) return
  tripped = true
  removeGuards(g)
  try {
    installHttpTransport(g.options)
  } catch (error) {
    captureFault(undefined, 'installing the fetch/http transport', error)
  }
}

/** A guard for a plain function: the original outside scenarios, the intercepted one inside. */
function guardFunction<F extends (...args: never[]) => unknown>(original: F, current: () => F): F {
  const guard = function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    if (tripped || transportScope() !== undefined) {
      trip()
      const now = current()
      // Someone replaced the function after us and still calls us: do not loop.
      return (now === guard ? original : now).apply(this, args) as ReturnType<F>
    }
    return original.apply(this, args) as ReturnType<F>
  }
  Object.defineProperty(guard, 'name', { value: original.name })
  Object.defineProperty(guard, 'length', { value: original.length })
  return guard as unknown as F
}

/**
 * Installs the guards once (later calls only update the options the transport will be installed
 * with; once tripped, the installed transport's options). Never loads @mswjs/interceptors itself.
 */
export function installHttpGuards(options: HttpTransportOptions = {}): void {
  if (tripped || httpTransportInstalled()) {
    installHttpTransport(options)
    return
  }
  if (guards !== undefined) {
    guards.options = options
    return
  }
  const originals: Originals = {
    fetch: typeof globalThis.fetch === 'function' ? globalThis.fetch : undefined,
    httpRequest: http.request,
    httpGet: http.get,
    httpsRequest: https.request,
    httpsGet: https.get,
    ClientRequest: http.ClientRequest,
  }
  const ClientRequestGuard: typeof http.ClientRequest = new Proxy(originals.ClientRequest, {
    construct(target, args, newTarget): object {
      if (tripped || transportScope() !== undefined) {
        trip()
        const now = http.ClientRequest
        if (now !== ClientRequestGuard) return Reflect.construct(now, args, newTarget === ClientRequestGuard ? now : newTarget) as object
      }
      return Reflect.construct(target, args, newTarget === ClientRequestGuard ? target : newTarget) as object
    },
  })
  const g: Guards = {
    options,
    originals,
    fetch: originals.fetch === undefined ? undefined : guardFunction(originals.fetch, () => globalThis.fetch),
    httpRequest: guardFunction(originals.httpRequest, () => http.request),
    httpGet: guardFunction(originals.httpGet, () => http.get),
    httpsRequest: guardFunction(originals.httpsRequest, () => https.request),
    httpsGet: guardFunction(originals.httpsGet, () => https.get),
    ClientRequest: ClientRequestGuard,
  }
  if (g.fetch !== undefined) globalThis.fetch = g.fetch
  http.request = g.httpRequest
  http.get = g.httpGet
  https.request = g.httpsRequest
  https.get = g.httpsGet
  http.ClientRequest = g.ClientRequest
  // ES modules that import { request } from 'node:http' see the guards too.
  syncBuiltinESMExports()
  guards = g
}

/** True while the guards stand and have not tripped (the interceptors are not loaded). */
export function httpGuardsArmed(): boolean {
  return guards !== undefined && !tripped
}
