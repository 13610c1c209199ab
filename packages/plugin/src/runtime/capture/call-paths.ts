import type { RecordScope } from '../context.js'
import { openScopes, runInScope } from '../context.js'
import type { RawOutcome } from '../context.js'
import { wallNow } from '../transports/clock/clock-transport.js'
import { ensureTransports } from '../transports/install-transports.js'
import { captureFault, count } from './capture-stats.js'
import { captureQueueFull, enqueueCapture } from './capture-pipeline.js'
import type { FunctionState } from './function-state.js'
import { sampleIn } from './function-state.js'
import { RecordingScope } from './record-scope.js'
import { lastCopyWasJson, safeCopy } from './safe-copy.js'

/**
 * What a captured call does once the wrapper decided it is recorded. Every path returns exactly
 * what the original returned (same object; for a promise, one settling the same way, see `follow`) and rethrows exactly what it threw;
 * capture's own work is wrapped so that a fault in it is counted, never raised.
 */

type Original = (this: unknown, ...args: unknown[]) => unknown

const apply = Reflect.apply as (fn: Original, thisArg: unknown, args: ArrayLike<unknown>) => unknown

let transportsReady = false
// performance.timeOrigin is a getter that calls into the runtime: read it once.
const timeOrigin = performance.timeOrigin

/** Copies the arguments; `json` tells the pipeline it may key duplicates by JSON.stringify. */
function copyArgs(args: ArrayLike<unknown>): unknown[] & { json?: true } {
  const out: unknown[] & { json?: true } = new Array<unknown>(args.length)
  let json = true
  for (let i = 0; i < args.length; i++) {
    out[i] = safeCopy(args[i])
    if (!lastCopyWasJson) json = false
  }
  if (json) out.json = true
  return out
}

/** Runs `original` with `scope` as its scenario context and calls `done` with the outcome, sync or async. */
function observe(scope: RecordingScope | undefined, original: Original, thisArg: unknown, args: ArrayLike<unknown>, done: (outcome: RawOutcome) => void): unknown {
  let result: unknown
  try {
    result = runInScope(scope, apply, original, thisArg, args)
  } catch (error) {
    done({ kind: 'throw', error })
    throw error
  }
  // Only native promises are observed: calling `then` on another thenable (a lazy query
  // builder) could start work the host did not ask for.
  if (result instanceof Promise) {
    return follow(
      result,
      (value) => done({ kind: 'return', value }),
      (error) => done({ kind: 'throw', error }),
    )
  }
  done({ kind: 'return', value: result })
  return result
}

/**
 * Observes a returned native promise without taking its rejection away from the host. A side
 * `then` on the host's own promise would count as a handler, so a rejection nobody handles
 * would no longer be Node's unhandled rejection (a crash by default). Instead the host gets the
 * derived promise: it settles with the same value or error one tick later, is of the same
 * Promise subclass (`then` uses the species), and stays unhandled exactly when the host leaves
 * it unhandled. `onValue`/`onError` never throw.
 */
export function follow(result: Promise<unknown>, onValue: (value: unknown) => void, onError: (error: unknown) => void): Promise<unknown> {
  return result.then(
    (value) => {
      onValue(value)
      return value
    },
    (error: unknown) => {
      onError(error)
      throw error
    },
  )
}

function safeOutcome(state: FunctionState, outcome: RawOutcome): RawOutcome {
  return outcome.kind === 'return' ? { kind: 'return', value: safeCopy(outcome.value) } : { kind: 'throw', error: safeCopy(outcome.error) }
}

/** An entry call with no scenario running: it becomes a scenario of its own. */
export function recordEntry(state: FunctionState, original: Original, thisArg: unknown, args: ArrayLike<unknown>): unknown {
  if (captureQueueFull()) {
    // The pipeline is behind: drop now, before paying for a copy, and say so in the stats.
    count(state.stats, 'dropped')
    return apply(original, thisArg, args)
  }
  let scope: RecordingScope | undefined
  let argsCopy: unknown[] = []
  let thisCopy: unknown
  let started = 0
  try {
    if (!transportsReady) {
      ensureTransports()
      transportsReady = true
    }
    argsCopy = copyArgs(args)
    if (state.recordsThis) thisCopy = safeCopy(thisArg)
    started = performance.now()
    scope = new RecordingScope(state.functionId, state.clock, timeOrigin + started)
    openScopes.count++
  } catch (error) {
    captureFault(state.stats, `copying the input of ${state.functionId}`, error)
    if (scope !== undefined) openScopes.count--
    return apply(original, thisArg, args)
  }
  let result: unknown
  try {
    result = runInScope(scope, apply, original, thisArg, args)
  } catch (error) {
    finishEntry(state, scope, argsCopy, thisCopy, started, 'throw', error)
    throw error
  }
  // Only native promises are observed: calling `then` on another thenable (a lazy query
  // builder) could start work the host did not ask for. finishEntry never throws.
  if (result instanceof Promise) {
    const own = scope
    return follow(
      result,
      (value) => finishEntry(state, own, argsCopy, thisCopy, started, 'return', value),
      (error) => finishEntry(state, own, argsCopy, thisCopy, started, 'throw', error),
    )
  }
  finishEntry(state, scope, argsCopy, thisCopy, started, 'return', result)
  return result
}

function finishEntry(state: FunctionState, scope: RecordingScope, args: unknown[], thisCopy: unknown, started: number, kind: 'return' | 'throw', value: unknown): void {
  try {
    const durationMs = performance.now() - started
    openScopes.count--
    scope.closed = true
    enqueueCapture({
      fn: state,
      args,
      thisArg: thisCopy,
      hasThis: state.recordsThis,
      outcome: kind === 'return' ? { kind, value: safeCopy(value) } : { kind, error: safeCopy(value) },
      dependencies: scope.dependencies,
      clock: scope.clock.toDependency(),
      startedAt: scope.clock.start,
      durationMs,
    })
  } catch (error) {
    captureFault(state.stats, `finishing ${state.functionId}`, error)
  }
}

/**
 * A captured call made inside a scenario being recorded: a `call` dependency of that scenario,
 * in call order. It runs in a scope of its own (its own scenario when it is an entry and sampled
 * in; else no scope), so what it does inside never leaks into the parent's recording: replay
 * serves the parent this call's recorded outcome without running it.
 */
export function recordNested(state: FunctionState, parent: RecordScope, original: Original, thisArg: unknown, args: ArrayLike<unknown>): unknown {
  let order = 0
  let argsCopy: unknown[] = []
  let thisCopy: unknown
  let child: RecordingScope | undefined
  let started = 0
  try {
    order = parent.nextOrder()
    argsCopy = copyArgs(args)
    if (state.recordsThis) thisCopy = safeCopy(thisArg)
    if (state.enabled && state.role === 'entry') {
      count(state.stats, 'calls')
      if (sampleIn(state)) {
        child = new RecordingScope(state.functionId, state.clock)
        openScopes.count++
      } else count(state.stats, 'sampledOut')
    }
    started = performance.now()
  } catch (error) {
    captureFault(state.stats, `copying the input of ${state.functionId}`, error)
    return runInScope(undefined, apply, original, thisArg, args)
  }
  const startedAt = wallNow()
  return observe(child, original, thisArg, args, (outcome) => {
    try {
      const copied = safeOutcome(state, outcome)
      const input = state.recordsThis ? { args: argsCopy, this: thisCopy } : { args: argsCopy }
      const dependency = { kind: 'call' as const, functionId: state.functionId, input, outcome: copied, order }
      if (parent instanceof RecordingScope) parent.add(dependency, state.redactor)
      else parent.recordDependency(dependency)
      if (child !== undefined) {
        openScopes.count--
        child.closed = true
        enqueueCapture({
          fn: state,
          args: argsCopy,
          thisArg: thisCopy,
          hasThis: state.recordsThis,
          outcome: copied,
          dependencies: child.dependencies,
          clock: child.clock.toDependency(),
          startedAt,
          durationMs: performance.now() - started,
        })
      }
    } catch (error) {
      captureFault(state.stats, `finishing ${state.functionId}`, error)
    }
  })
}

/**
 * A throw from a call the sampling decision skipped: still recorded (sampling never drops an
 * error), from the arguments as they are when the error surfaces, without dependencies (the
 * call ran outside any scenario) and with durationMs 0 (timing it would cost every skipped call).
 */
export function recordThrowOnly(state: FunctionState, thisArg: unknown, args: ArrayLike<unknown>, error: unknown): void {
  try {
    const durationMs = 0
    enqueueCapture({
      fn: state,
      args: copyArgs(args),
      thisArg: state.recordsThis ? safeCopy(thisArg) : undefined,
      hasThis: state.recordsThis,
      outcome: { kind: 'throw', error: safeCopy(error) },
      dependencies: [],
      clock: undefined,
      startedAt: wallNow() - durationMs,
      durationMs,
    })
  } catch (fault) {
    captureFault(state.stats, `recording a throw of ${state.functionId}`, fault)
  }
}
