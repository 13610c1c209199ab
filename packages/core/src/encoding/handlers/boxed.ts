import { defineHandler } from '../types.js'

/** `new String('a')`, `new Number(1)`, `new Boolean(false)`, `Object(1n)`: the primitive inside. */
export const boxedHandler = defineHandler<object>({
  name: 'boxed',
  test: (value) => value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof BigInt,
  encode: (value, ctx) => ({ $st: 'boxed', value: ctx.encode((value as { valueOf(): unknown }).valueOf(), 'value') }),
  decode: (tagged, ctx) => Object(ctx.decode(tagged['value'] ?? null)) as object,
})
