import { defineHandler } from '../types.js'

export const undefinedHandler = defineHandler<undefined>({
  name: 'undefined',
  test: (value) => value === undefined,
  encode: () => ({ $st: 'undefined' }),
  decode: () => undefined,
})
