import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encode } from '@shadowtest/core'
import { safeCopy } from '../src/runtime/capture/safe-copy.js'

// Capture stores encode(copy) while a direct encoding of the value is what anyone else would
// compute (replay re-encodes through the same copy): the copy must never change the encoding.
describe('safeCopy', () => {
  it('never throws and encodes exactly like the original, for any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: false,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          maxDepth: 4,
        }),
        (value) => {
          const copy = safeCopy(value)
          expect(encode(copy)).toEqual(encode(value))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('returns a copy the original’s later mutation cannot reach', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.string(), v: fc.integer() })), (list) => {
        const copy = safeCopy(list) as typeof list
        const before = JSON.stringify(copy)
        list.push({ k: 'new', v: 1 })
        for (const item of list) item.v++
        expect(JSON.stringify(copy)).toBe(before)
      }),
      { numRuns: 200 },
    )
  })
})

describe('safeCopy on values JSON-minded copies get wrong', () => {
  class Money {
    constructor(
      readonly amount: number,
      readonly currency: string,
    ) {}
    get label(): string {
      return `${this.amount} ${this.currency}`
    }
  }
  class HttpError extends Error {
    constructor(
      message: string,
      readonly status: number,
    ) {
      super(message, { cause: new TypeError('socket hang up') })
      this.name = 'HttpError'
    }
  }
  const specials: Record<string, unknown> = {
    'class instance with a prototype getter': new Money(5, 'EUR'),
    'error subclass with cause and own fields': new HttpError('bad gateway', 502),
    'symbol-keyed property': { a: 1, [Symbol('hidden')]: 2 },
    'function inside an object': { run: () => 1, n: 1 },
    Buffer: Buffer.from('héllo'),
    DataView: new DataView(new Uint8Array([1, 2, 3]).buffer, 1, 2),
    ArrayBuffer: new Uint8Array([9, 8]).buffer,
    'boxed values': [Object(1), Object('s'), Object(true)],
    'object with toJSON': { toJSON: () => 'nope', x: 1 },
    URL: new URL('https://example.test/a?b=1'),
    'sticky RegExp mid-match': (() => {
      const re = /a/gy
      re.exec('aa')
      return re
    })(),
    WeakMap: new WeakMap(),
    'shared (non-cyclic) reference': (() => {
      const shared = { id: 1 }
      return { a: shared, b: shared }
    })(),
  }
  for (const [name, value] of Object.entries(specials)) {
    it(`encodes a copy of ${name} exactly like the value`, () => {
      expect(encode(safeCopy(value))).toEqual(encode(value))
    })
  }
})
