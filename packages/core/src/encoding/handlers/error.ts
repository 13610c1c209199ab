import { assignData, syntheticClass } from '../synthetic-class.js'
import { defineHandler, type Tagged } from '../types.js'

const NATIVE: Record<string, ErrorConstructor> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
  AggregateError: AggregateError as unknown as ErrorConstructor,
}

const OWN_FIELDS = new Set(['name', 'message', 'stack', 'code', 'cause'])

/**
 * Errors: name, message, code, cause and custom own properties (`props`); `class` when the
 * constructor's name differs from `name`. The stack is left out unless `errorStack` is set,
 * because it changes between machines and runs.
 */
export const errorHandler = defineHandler<Error>({
  name: 'error',
  test: (value) => value instanceof Error,
  encode: (value, ctx) => {
    const record = value as Error & { code?: unknown; cause?: unknown }
    const tagged: Tagged = { $st: 'error', name: String(record.name), message: String(record.message) }
    const ctorName = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name
    if (typeof ctorName === 'string' && ctorName !== '' && ctorName !== tagged['name']) tagged['class'] = ctorName
    if (Object.hasOwn(value, 'code') || record.code !== undefined) tagged['code'] = ctx.encode(record.code, 'code')
    if (Object.hasOwn(value, 'cause')) tagged['cause'] = ctx.encode(record.cause, 'cause')
    const data = ctx.ownData(value, OWN_FIELDS)
    if (Object.keys(data).length > 0) tagged['props'] = ctx.encode(data, 'props')
    if (ctx.options.errorStack && typeof record.stack === 'string') tagged['stack'] = record.stack
    return tagged
  },
  decode: (tagged, ctx) => {
    const name = String(tagged['name'] ?? 'Error')
    const className = typeof tagged['class'] === 'string' ? tagged['class'] : name
    const registered = ctx.classFor(className)
    // A subclass that was not registered gets a stand-in with its name, extending the native class it named.
    const cls = registered ?? NATIVE[className] ?? syntheticClass(className, NATIVE[name] ?? Error)
    // Reflect.construct gives a real error (internal slot, '[object Error]') with the class's prototype, without running its constructor.
    const error = ctx.created(Reflect.construct(NATIVE[name] ?? Error, [], cls) as Error & { code?: unknown; cause?: unknown })
    const hidden = (key: string, value: unknown) =>
      Object.defineProperty(error, key, { value, enumerable: false, writable: true, configurable: true })
    hidden('message', String(tagged['message'] ?? ''))
    if (error.name !== name) hidden('name', name)
    hidden('stack', typeof tagged['stack'] === 'string' ? tagged['stack'] : `${name}: ${String(tagged['message'] ?? '')}`)
    if ('code' in tagged) error.code = ctx.decode(tagged['code'] ?? null)
    if ('cause' in tagged) hidden('cause', ctx.decode(tagged['cause'] ?? null))
    if ('props' in tagged) assignData(error, ctx.decode(tagged['props'] ?? {}))
    return error
  },
})
