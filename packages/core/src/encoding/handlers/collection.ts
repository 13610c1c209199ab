import { Placeholder, TRUNCATED } from '../placeholder.js'
import type { EncodeContext, Encoded, Tagged } from '../types.js'

/**
 * Encodes the items of a Map or Set under `field`, honouring maxArrayLength and the size
 * budget; what is left out is counted in a `truncated` field of the tag.
 */
export function encodeItems(
  tag: string,
  field: string,
  items: Iterable<unknown>,
  size: number,
  ctx: EncodeContext,
  encodeItem: (item: unknown, index: number) => Encoded,
): Tagged {
  const out: Encoded[] = []
  const limit = Math.min(size, ctx.options.maxArrayLength)
  let i = 0
  for (const item of items) {
    if (i >= limit || !ctx.withinBudget()) break
    out.push(encodeItem(item, i))
    i++
  }
  const tagged: Tagged = { $st: tag, [field]: out }
  if (i < size) tagged['truncated'] = { reason: i < limit ? 'bytes' : 'length', omitted: size - i }
  return tagged
}

/** The marker a decoded container carries under the TRUNCATED symbol when items were cut. */
export function truncatedMarker(tagged: Tagged): Placeholder | undefined {
  const info = tagged['truncated']
  if (info === undefined || info === null || typeof info !== 'object' || Array.isArray(info)) return undefined
  return new Placeholder({ $st: 'truncated', ...info })
}

export { TRUNCATED }
