import { defineHandler, type Tagged } from '../types.js'

/**
 * Symbols keep their description; a registered symbol (`Symbol.for(key)`) decodes to the same
 * symbol, any other to a new symbol with the same description (symbols are unique by nature).
 */
export const symbolHandler = defineHandler<symbol>({
  name: 'symbol',
  test: (value) => typeof value === 'symbol',
  encode: (value) => {
    const key = Symbol.keyFor(value)
    const tagged: Tagged = { $st: 'symbol' }
    if (key !== undefined) tagged['key'] = key
    else if (value.description !== undefined) tagged['description'] = value.description
    return tagged
  },
  decode: (tagged) => {
    const key = tagged['key']
    if (typeof key === 'string') return Symbol.for(key)
    const description = tagged['description']
    return typeof description === 'string' ? Symbol(description) : Symbol()
  },
})
