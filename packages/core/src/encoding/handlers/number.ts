import { defineHandler } from '../types.js'

/** The numbers JSON cannot hold: NaN, ±Infinity and -0 (finite numbers stay plain JSON). */
export const numberHandler = defineHandler<number>({
  name: 'number',
  test: (value) => typeof value === 'number',
  encode: (value) => ({
    $st: 'number',
    value: Number.isNaN(value) ? 'NaN' : value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : Object.is(value, -0) ? '-0' : String(value),
  }),
  decode: (tagged) => {
    switch (tagged['value']) {
      case 'NaN':
        return NaN
      case 'Infinity':
        return Infinity
      case '-Infinity':
        return -Infinity
      case '-0':
        return -0
      default:
        return Number(tagged['value'])
    }
  },
})
