import { defineHandler } from '../types.js'

/** `value` is the ISO string, or null for an invalid date. */
export const dateHandler = defineHandler<Date>({
  name: 'date',
  test: (value) => value instanceof Date,
  encode: (value) => {
    const time = value.getTime()
    return { $st: 'date', value: Number.isNaN(time) ? null : new Date(time).toISOString() }
  },
  decode: (tagged) => new Date(typeof tagged['value'] === 'string' ? tagged['value'] : NaN),
})
