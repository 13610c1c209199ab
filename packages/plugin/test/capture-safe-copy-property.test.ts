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
