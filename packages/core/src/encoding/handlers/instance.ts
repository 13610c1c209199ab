import { assignData, syntheticClass } from '../synthetic-class.js'
import { defineHandler } from '../types.js'

/**
 * Any other object: its own enumerable data plus its class name. Decoding restores the
 * prototype from `DecodeOptions.classes` when the class is registered (the constructor is not
 * run), else builds an object of a stand-in class with the same name.
 * Private fields (`#x`) and accessors on the prototype are not data and are not kept.
 */
export const instanceHandler = defineHandler<object>({
  name: 'instance',
  test: (value) => typeof value === 'object' && value !== null,
  encode: (value, ctx) => {
    const proto: unknown = Object.getPrototypeOf(value)
    const ctor = proto === null ? undefined : (proto as { constructor?: { name?: unknown } }).constructor
    const name = typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : '(anonymous)'
    return { $st: 'instance', class: name, data: ctx.encode(ctx.ownData(value), 'data') }
  },
  decode: (tagged, ctx) => {
    const name = String(tagged['class'])
    const cls = ctx.classFor(name) ?? syntheticClass(name)
    const instance = ctx.created(Object.create(cls.prototype as object) as object)
    assignData(instance, ctx.decode(tagged['data'] ?? {}))
    return instance
  },
})
