import { defineHandler } from '../types.js'
import { encodeItems, TRUNCATED, truncatedMarker } from './collection.js'

/** `values` in insertion order. */
export const setHandler = defineHandler<Set<unknown>>({
  name: 'set',
  test: (value) => value instanceof Set,
  encode: (value, ctx) => encodeItems('set', 'values', value, value.size, ctx, (item, i) => ctx.encode(item, 'values', i)),
  decode: (tagged, ctx) => {
    const set = ctx.created(new Set<unknown>())
    const values = tagged['values']
    if (Array.isArray(values)) for (const item of values) set.add(ctx.decode(item))
    const marker = truncatedMarker(tagged)
    if (marker) set.add(marker)
    return set
  },
})
