import { Placeholder } from '../placeholder.js'
import { defineHandler } from '../types.js'

const KINDS: Record<string, string> = {
  AsyncFunction: 'async',
  GeneratorFunction: 'generator',
  AsyncGeneratorFunction: 'async-generator',
}

/** Functions are kept as a name only; decoding gives a non-callable placeholder. */
export const functionHandler = defineHandler<(...args: unknown[]) => unknown>({
  name: 'function',
  test: (value) => typeof value === 'function',
  encode: (value) => {
    const name = typeof value.name === 'string' ? value.name : ''
    const kind = KINDS[Object.getPrototypeOf(value)?.constructor?.name ?? ''] ?? 'function'
    return { $st: 'function', name, kind }
  },
  decode: (tagged) => new Placeholder(tagged),
})
