import { defineHandler } from '../types.js'
import { encodeItems, TRUNCATED, truncatedMarker } from './collection.js'

/** `entries` is a list of `[key, value]` pairs in insertion order. */
export const mapHandler = defineHandler<Map<unknown, unknown>>({
  name: 'map',
  test: (value) => value instanceof Map,
  encode: (value, ctx) =>
    encodeItems('map', 'entries', value, value.size, ctx, (entry, i) => {
      const [key, item] = entry as [unknown, unknown]
      return [ctx.encode(key, 'entries', i, 0), ctx.encode(item, 'entries', i, 1)]
    }),
  decode: (tagged, ctx) => {
    const map = ctx.created(new Map<unknown, unknown>())
    const entries = tagged['entries']
    if (Array.isArray(entries)) {
      for (const entry of entries) {
        if (Array.isArray(entry)) map.set(ctx.decode(entry[0] ?? null), ctx.decode(entry[1] ?? null))
      }
    }
    const marker = truncatedMarker(tagged)
    if (marker) map.set(TRUNCATED, marker)
    return map
  },
})
