import { defineHandler, type Tagged } from '../types.js'

export const regexpHandler = defineHandler<RegExp>({
  name: 'regexp',
  test: (value) => value instanceof RegExp,
  encode: (value) => {
    const tagged: Tagged = { $st: 'regexp', source: value.source, flags: value.flags }
    // Sticky and global regexps carry state between calls.
    if (value.lastIndex !== 0) tagged['lastIndex'] = value.lastIndex
    return tagged
  },
  decode: (tagged) => {
    const re = new RegExp(String(tagged['source']), String(tagged['flags'] ?? ''))
    if (typeof tagged['lastIndex'] === 'number') re.lastIndex = tagged['lastIndex']
    return re
  },
})
