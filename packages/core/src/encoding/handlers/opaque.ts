import { Placeholder } from '../placeholder.js'
import { defineHandler } from '../types.js'

const OPAQUE: [string, unknown][] = [
  ['Promise', Promise],
  ['WeakMap', WeakMap],
  ['WeakSet', WeakSet],
  ['WeakRef', globalThis.WeakRef],
]

/** Objects whose content cannot be read synchronously or at all: kept as their type name only. */
export const opaqueHandler = defineHandler<object>({
  name: 'opaque',
  test: (value) => OPAQUE.some(([, ctor]) => typeof ctor === 'function' && value instanceof ctor),
  encode: (value) => {
    const type = OPAQUE.find(([, ctor]) => typeof ctor === 'function' && value instanceof ctor)?.[0] ?? 'Object'
    return { $st: 'opaque', type }
  },
  decode: (tagged) => new Placeholder(tagged),
})
