import { types } from 'node:util'
import { anyScopeOpen, currentScope } from '../context.js'
import { serveRecordedCall } from '../transports/call/call-transport.js'
import { follow, recordEntry, recordNested, recordThrowOnly } from './call-paths.js'
import { CAPTURE_INFO } from './capture-info.js'
import type { CaptureInfo, CaptureOptions } from './capture-info.js'
import { captureSettings, captureSwitchedOff } from './capture-settings.js'
import { callerFile, functionIdFor, modulePathFor } from './function-id.js'
import { resolveFunctionState, sampleIn } from './function-state.js'
import type { FunctionState } from './function-state.js'

// `any`, not `never`: an unannotated parameter or `this` (every one in a JavaScript file) takes
// its type from this constraint, and `never` made the wrapped function uncallable from
// TypeScript. Annotated parameters and `this` keep their own types: F is inferred from the
// function itself.
type AnyFunction = (this: any, ...args: any[]) => unknown
type Original = (this: unknown, ...args: unknown[]) => unknown

/** The TS 5 standard method decorator `@capture()` returns. */
export type CaptureMethodDecorator = <This, Args extends unknown[], Return>(
  method: (this: This, ...args: Args) => Return,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Return>,
) => (this: This, ...args: Args) => Return

/**
 * Records what `fn` really does. The returned function is interchangeable with `fn`: same
 * return value (same object), same thrown error, same `this`, sync stays sync, async stays
 * async (a promise settling with the same value or error; see `follow`), same `name` and `length`.
 *
 * ```ts
 * export const quote = capture(function quote(order: Order): Quote { … })          // id pricing.quote
 * export const score = capture(scoreImpl, { id: 'risk.score', samplingRate: 0.05 })
 * class Billing { @capture() invoice(c: Customer) { … } }                            // id billing.Billing.invoice
 * ```
 */
export function capture<F extends AnyFunction>(fn: F, options?: CaptureOptions<Parameters<F>>): F
export function capture(options?: CaptureOptions): CaptureMethodDecorator
export function capture(fnOrOptions?: AnyFunction | CaptureOptions, options: CaptureOptions = {}): unknown {
  if (typeof fnOrOptions === 'function') return wrap(fnOrOptions as unknown as Original, options as CaptureOptions, callerFile(), undefined)
  const decoratorOptions = fnOrOptions ?? {}
  const file = callerFile()
  return ((method: Original, context: ClassMethodDecoratorContext) => {
    const owner: { className?: string } = {}
    context.addInitializer(function (this: unknown) {
      if (owner.className !== undefined) return
      const name = context.static ? (this as { name?: unknown }).name : (this as { constructor?: { name?: unknown } }).constructor?.name
      if (typeof name === 'string' && name !== '') owner.className = name
    })
    return wrap(method, { exportName: String(context.name), ...decoratorOptions }, file, { owner, method: String(context.name) })
  }) as CaptureMethodDecorator
}

interface MethodOwner {
  owner: { className?: string }
  method: string
}

function wrap(original: Original, options: CaptureOptions, file: string | undefined, method: MethodOwner | undefined): Original {
  const recordsThis = method !== undefined
  const name = method?.method ?? original.name
  const isAsync = types.isAsyncFunction(original)
  let functionId: string | undefined = options.id
  let module: string | undefined = options.module
  let moduleResolved = options.module !== undefined
  const resolveModule = (): string | undefined => {
    if (!moduleResolved) {
      moduleResolved = true
      module = file === undefined ? undefined : modulePathFor(file, captureSettings().rootDir)
    }
    return module
  }
  const resolveId = (): string => {
    if (functionId !== undefined) return functionId
    const className = method?.owner.className
    // A method's id needs its class, known once an instance (or the class, for statics) exists.
    if (method !== undefined && className === undefined) return functionIdFor(resolveModule(), name || 'anonymous')
    const id = functionIdFor(resolveModule(), className === undefined ? name || 'anonymous' : `${className}.${name}`)
    return (functionId = id)
  }
  const exportName = options.exportName ?? (name === '' ? undefined : name)

  const info: CaptureInfo = {
    get functionId() {
      return resolveId()
    },
    get module() {
      return resolveModule()
    },
    exportName,
    original,
    options,
    recordsThis,
  }

  // Generators hand back an iterator whose identity callers rely on; wrapping it would change
  // that. They pass through untouched (see docs/instrumenting.md) and keep their capture info.
  if (types.isGeneratorFunction(original) || captureSwitchedOff()) {
    return attachInfo(original, info)
  }

  let state: FunctionState | undefined
  const resolveState = (): FunctionState => (state ??= resolveFunctionState(resolveId(), resolveModule(), exportName, options, recordsThis))
  const served = {
    get functionId() {
      return resolveId()
    },
    get redactor() {
      return resolveState().redactor
    },
    recordsThis,
    isAsync,
  }

  /** Everything but the sampled-out fast path: kept out of `wrapped` so V8 can inline the wrapper. */
  const slowPath = (thisArg: unknown, args: unknown[], newTarget: unknown): unknown => {
    if (newTarget !== undefined) return Reflect.construct(original, args, newTarget as new (...a: unknown[]) => unknown) as unknown
    if (anyScopeOpen()) {
      const scope = currentScope()
      if (scope !== undefined) {
        if (scope.mode === 'replay') return serveRecordedCall(served, scope, thisArg, args)
        return recordNested(state ?? resolveState(), scope, original, thisArg, args)
      }
    }
    const s = state ?? resolveState()
    if (!s.enabled || s.role === 'dependency') return original.apply(thisArg, args)
    s.stats.calls++
    if (sampleIn(s)) return recordEntry(s, original, thisArg, args)
    s.stats.sampledOut++
    return callSampledOut(s, original, thisArg, args)
  }

  // The fast path (no scenario open, function resolved, not at its cap, call sampled out) only
  // reads `arguments.length` and forwards `arguments` to `apply`, which V8 does without
  // allocating; every other path copies the arguments into an array first.
  const wrapped = function (this: unknown): unknown {
    const s = state
    if (s !== undefined && s.fastPath && new.target === undefined && !anyScopeOpen()) {
      s.stats.calls++
      const rate = s.samplingRate
      if (!(rate > 0 && (rate >= 1 || Math.random() < rate))) {
        s.stats.sampledOut++
        let result: unknown
        try {
          result = original.apply(this, arguments as unknown as unknown[])
        } catch (error) {
          const copy = new Array<unknown>(arguments.length)
          for (let i = 0; i < copy.length; i++) copy[i] = arguments[i]
          recordThrowOnly(s, this, copy, error)
          throw error
        }
        if (result instanceof Promise) {
          const copy = new Array<unknown>(arguments.length)
          for (let i = 0; i < copy.length; i++) copy[i] = arguments[i]
          return observeRejection(s, this, copy, result)
        }
        return result
      }
      const args = new Array<unknown>(arguments.length)
      for (let i = 0; i < args.length; i++) args[i] = arguments[i]
      return recordEntry(s, original, this, args)
    }
    const args = new Array<unknown>(arguments.length)
    for (let i = 0; i < args.length; i++) args[i] = arguments[i]
    return slowPath(this, args, new.target)
  }
  copyFunctionProperties(original, wrapped)
  return attachInfo(wrapped, info)
}

/** Records a sampled-out call's rejection (errors are always captured); the host gets the followed promise, see `follow`. */
function observeRejection(state: FunctionState, thisArg: unknown, args: unknown[], result: Promise<unknown>): Promise<unknown> {
  return follow(result, ignore, (error: unknown) => recordThrowOnly(state, thisArg, args, error))
}

function ignore(): void {}

/** The sampled-out call on the slow path (arguments already copied into an array). */
function callSampledOut(state: FunctionState, original: Original, thisArg: unknown, args: unknown[]): unknown {
  let result: unknown
  try {
    result = original.apply(thisArg, args)
  } catch (error) {
    recordThrowOnly(state, thisArg, args, error)
    throw error
  }
  if (result instanceof Promise) return observeRejection(state, thisArg, args, result)
  return result
}

function attachInfo<T extends object>(fn: T, info: CaptureInfo): T {
  try {
    Object.defineProperty(fn, CAPTURE_INFO, { value: info, enumerable: false, configurable: true, writable: false })
  } catch {
    // A frozen function (returned as is when capture is off, or a generator) cannot carry the
    // info; capture must still not throw at the host's module load.
  }
  return fn
}

/** Keeps `name`, `length`, `prototype` and any static properties the original carries. */
function copyFunctionProperties(from: Original, to: Original): void {
  for (const key of Reflect.ownKeys(from)) {
    if (key === 'arguments' || key === 'caller' || key === CAPTURE_INFO) continue
    const descriptor = Object.getOwnPropertyDescriptor(from, key)
    if (descriptor === undefined) continue
    try {
      Object.defineProperty(to, key, descriptor)
    } catch {
      // A non-configurable property of the wrapper itself (none in practice): keep the wrapper's.
    }
  }
}
