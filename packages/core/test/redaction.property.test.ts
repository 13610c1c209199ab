import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, encode, scanForPii, type Encoded } from '@shadowtest/core'

const redactor = createRedactor({ secret: 'prop' })

const secrets = fc.constantFrom(
  'jane.doe@example.com',
  '4111 1111 1111 1111',
  '+44 20 7946 0958',
  '123-45-6789',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
  'AKIAIOSFODNN7EXAMPLE',
  'GB82WEST12345698765432',
)

/** A random structure of every container kind with a secret planted somewhere inside a string. */
const planted = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(fc.string({ maxLength: 5 }), secrets, fc.string({ maxLength: 5 })).map(([a, s, b]) => ({ text: `${a} ${s} ${b}`, secret: s })),
    tie('array'),
    tie('object'),
    tie('map'),
    tie('set'),
    tie('error'),
  ),
  array: fc.tuple(tie('node'), fc.array(fc.jsonValue(), { maxLength: 2 })).map(([n, rest]) => ({ ...wrap(n), value: [...rest, unwrap(n)] })),
  object: fc.tuple(tie('node'), fc.string()).map(([n, key]) => ({ ...wrap(n), value: { [`k${key}`]: unwrap(n) } })),
  map: tie('node').map((n) => ({ ...wrap(n), value: new Map([['k', unwrap(n)]]) })),
  set: tie('node').map((n) => ({ ...wrap(n), value: new Set([unwrap(n)]) })),
  error: tie('node').map((n) => ({ ...wrap(n), value: new Error('failed', { cause: unwrap(n) }) })),
})).node as fc.Arbitrary<Planted>

interface Planted {
  text?: string
  value?: unknown
  secret: string
}
function wrap(n: unknown): { secret: string } {
  return { secret: (n as Planted).secret }
}
function unwrap(n: unknown): unknown {
  const p = n as Planted
  return 'text' in p && p.text !== undefined ? p.text : p.value
}

describe('redaction properties', () => {
  it('a planted secret never survives redaction, wherever it sits', () => {
    fc.assert(
      fc.property(planted, (p) => {
        const out = redactor.redact(encode(unwrap(p)))
        expect(JSON.stringify(out)).not.toContain(p.secret)
        expect(scanForPii(out)).toEqual([])
        expect(scanForPii(encode(unwrap(p))).length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('redaction is idempotent on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true }), (value) => {
        const once = redactor.redact(encode(value))
        expect(redactor.redact(once)).toEqual(once)
      }),
      { numRuns: 300 },
    )
  })

  it('values without PII pass through unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.parse(JSON.stringify(value)) as Encoded
        const out = redactor.redact(json)
        // Random strings may by chance hold a pattern; then the scanner must have seen it in the input.
        if (JSON.stringify(out) !== JSON.stringify(json)) expect(scanForPii(json).length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})
