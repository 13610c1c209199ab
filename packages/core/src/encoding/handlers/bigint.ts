import { defineHandler } from '../types.js'

export const bigintHandler = defineHandler<bigint>({
  name: 'bigint',
  test: (value) => typeof value === 'bigint',
  encode: (value) => ({ $st: 'bigint', value: value.toString() }),
  decode: (tagged) => BigInt(String(tagged['value'])),
})
