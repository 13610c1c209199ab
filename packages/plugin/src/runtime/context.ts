import { AsyncLocalStorage } from 'node:async_hooks'
import type { CallDependency, Encoded, HttpDependency } from '@shadowtest/core'

/**
 * The scenario context: which scenario (if any) the running code belongs to, carried through
 * every `await`, timer and callback by AsyncLocalStorage. Transports (nested calls, clock,
 * fetch/http) look it up with `currentScope()` and either record into it or are served from it.
 *
 * ```ts
 * const scope = currentScope()
 * if (scope?.mode === 'record') scope.recordDependency({ kind: 'http', request, response })
 * if (scope?.mode === 'replay') {
 *   const dep = scope.takeDependency('http', { method, url, headers, body }) // throws REPLAY:UNRECORDED_DEPENDENCY
 *   return responseFrom(dep.response)
 * }
 * ```
 */
export type ScopeMode = 'record' | 'replay'

/** A call's receiver and arguments as live values (record: already safe copies). */
export interface RawInput {
  args: unknown[]
  this?: unknown
}

/** What a call did, as live values. */
export type RawOutcome = { kind: 'return'; value: unknown } | { kind: 'throw'; error: unknown }

/** The request side of an HTTP exchange; `body` is whatever the transport stores (string, bytes, parsed JSON). */
export interface RawHttpRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: unknown
}

export interface RawHttpResponse {
  status: number
  statusText?: string
  headers: Record<string, string>
  body?: unknown
}

/**
 * A dependency as a transport hands it to a record scope: raw values, not yet encoded or
 * redacted (the capture pipeline does that off the hot path). Pass values nobody mutates later.
 * `order` is the call-order slot from `scope.nextOrder()` taken when the call STARTED; omit it to
 * take the next slot now (fine for calls that complete synchronously).
 */
export type RawDependency =
  | { kind: 'call'; functionId: string; input: RawInput; outcome: RawOutcome; order?: number }
  | { kind: 'http'; request: RawHttpRequest; response: RawHttpResponse; order?: number }

/** What a transport knows about a live call when asking a replay scope for its recording. */
export interface DependencyRequests {
  /** `redactor`: the nested function's own redaction (config + its call-site `redact`), when it has one. */
  call: { functionId: string; input: RawInput; redactor?: { redact(value: Encoded): Encoded } }
  http: RawHttpRequest
}

/** The recorded dependency handed back by `takeDependency`, per kind (encoded and redacted). */
export interface RecordedDependencies {
  call: CallDependency
  http: HttpDependency
}

/** Clock state of one scenario; read and written by the clock transport only. */
export interface ScopeClock {
  /** Wall-clock ms when the scenario started (record) or the recorded start (replay). */
  readonly start: number
  /** Returns the time the code under this scope should see, and records/consumes the read. */
  read(): number
}

interface ScopeBase {
  readonly mode: ScopeMode
  /** Function id of the scenario's entry function. */
  readonly functionId: string
  readonly clock: ScopeClock
}

/** A scenario being recorded: transports append what the code did, in call order. */
export interface RecordScope extends ScopeBase {
  readonly mode: 'record'
  /** Reserves the next call-order slot; take it when a call starts so completion order doesn't reorder calls. */
  nextOrder(): number
  /** Appends a dependency (raw values). Never throws. */
  recordDependency(dependency: RawDependency): void
}

/** An issue found while replaying: a call nobody recorded, or a recording nobody called. */
export type DependencyIssue =
  | { kind: 'unrecorded'; dependencyKind: keyof DependencyRequests; error: Error }
  | { kind: 'unused'; dependency: CallDependency | HttpDependency }
  | { kind: 'failed'; error: Error }

/** A scenario being replayed: transports are served the recorded dependencies. */
export interface ReplayScope extends ScopeBase {
  readonly mode: 'replay'
  /**
   * The next unconsumed recorded dependency of `kind` whose request matches `request` (strict:
   * identical after encoding and redaction; tolerant: equal under the replay's diff policy).
   * No match: registers a `REPLAY:UNRECORDED_DEPENDENCY` issue on the scope and throws it, with
   * the nearest recorded dependency and a field diff in the message.
   */
  takeDependency<K extends keyof DependencyRequests>(kind: K, request: DependencyRequests[K]): RecordedDependencies[K]
  /** Registers a failure the transport could not throw to the caller; it fails the replay. */
  fail(error: unknown): void
  readonly issues: readonly DependencyIssue[]
}

export type ScenarioScope = RecordScope | ReplayScope

const storage = new AsyncLocalStorage<ScenarioScope | undefined>()

/**
 * How many scopes are open right now, in any async context. When it is 0 no code can be inside
 * a scenario, so the hot paths (captured calls, Date.now) skip the AsyncLocalStorage lookup.
 * Scope owners (capture, replay) bump it while a scenario runs; transports only read it.
 */
let open = 0
export const openScopes = {
  get count(): number {
    return open
  },
  set count(value: number) {
    open = value
  },
}

/** Whether any scope is open anywhere: the one check hot paths make (a plain module variable, cheapest for V8). */
export function anyScopeOpen(): boolean {
  return open !== 0
}

/** The scope of the scenario the calling code runs in, or undefined outside any scenario. */
export function currentScope(): ScenarioScope | undefined {
  return open === 0 ? undefined : storage.getStore()
}

/**
 * The scenario a transport is working for while its library internals run outside the scenario
 * (see `runAsTransport`).
 */
const transportStorage = new AsyncLocalStorage<ScenarioScope | undefined>()

/**
 * Runs a transport's library work (undici's fetch, the interceptors) OUTSIDE the scenario: what
 * that code does on its own (undici reads `Date.now()` when a response body ends) is not the
 * scenario's behaviour and must not be recorded, or replay would hand the function's own reads
 * the wrong times. The transport's listeners still find the scenario with `transportScope()`.
 */
export function runAsTransport<T>(scope: ScenarioScope, fn: () => T): T {
  return storage.run(undefined, () => transportStorage.run(scope, fn))
}

/** For transport listeners: the calling code's scenario, or the one a `runAsTransport` works for. */
export function transportScope(): ScenarioScope | undefined {
  return open === 0 ? undefined : (storage.getStore() ?? transportStorage.getStore())
}

/**
 * Runs `fn` inside `scope` (undefined: outside any scenario, e.g. a nested call whose own
 * dependencies must not leak into the parent's recording). Sync stays sync.
 */
export function runInScope<A extends unknown[], T>(scope: ScenarioScope | undefined, fn: (...args: A) => T, ...args: A): T {
  return storage.run(scope, fn, ...args)
}
