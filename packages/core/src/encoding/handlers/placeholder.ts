import { isPlaceholder, Placeholder } from '../placeholder.js'
import { defineHandler, type Tagged } from '../types.js'

/** A decoded placeholder encodes back to the exact tag it came from, so replayed values compare equal. */
export const placeholderHandler = defineHandler<Placeholder>({
  name: 'placeholder',
  test: isPlaceholder,
  encode: (value) => structuredClone(value.encoded) as Tagged,
  decode: (tagged) => new Placeholder(tagged),
})
