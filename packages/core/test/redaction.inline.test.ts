import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, encode, encodeInput } from '@shadowtest/core'

const redactors = {
  defaults: createRedactor({ secret: 'inline' }),
  allowKeys: createRedactor({ secret: 'inline', allow: ['supportEmail', 'token'], keys: ['note'] }),
  allowPaths: createRedactor({ secret: 'inline', allow: ['$..publicEmail'] }),
  custom: createRedactor({ secret: 'inline', custom: [{ name: 'emp', pattern: 'E\\d{3}' }] }),
}

const piiString = fc.oneof(
  fc.string(),
  fc.constantFrom('jane@example.com', '4111 1111 1111 1111', '+1 415 555 2671', 'Bearer abc123def456', 'AKIAIOSFODNN7EXAMPLE', 'E123', 'x'.repeat(30) + ' bob@x.io'),
)
const key = fc.oneof(fc.string(), fc.constantFrom('password', 'token', 'supportEmail', 'publicEmail', 'note', 'email', 'Authorization'))
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    piiString,
    fc.constantFrom(4111111111111111, 1764000000000, 4111111111111111n, -0, NaN, undefined, null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }).map((e) => new Map(e)),
    fc.array(tie('value'), { maxLength: 3 }).map((v) => new Set(v)),
    fc.tuple(piiString, tie('value')).map(([m, cause]) => Object.assign(new Error(m, { cause }), { password: m })),
  ),
}))

describe('encode with a redactor (one pass)', () => {
  for (const [name, redactor] of Object.entries(redactors)) {
    it(`equals redact(encode(v)) — ${name}`, () => {
      fc.assert(
        fc.property(value, fc.boolean(), (v, short) => {
          const options = short ? { maxStringLength: 12 } : {}
          expect(encode(v, { ...options, redactor })).toStrictEqual(redactor.redact(encode(v, options)))
          expect(encodeInput([v], v, { ...options, redactor })).toStrictEqual(redactor.redact(encodeInput([v], v, options)))
        }),
        { numRuns: 300 },
      )
    })
  }

  it('keeps circular and shared references', () => {
    const shared: Record<string, unknown> = { email: 'jane@example.com' }
    shared['self'] = shared
    const redactor = redactors.defaults
    expect(encode({ a: shared, b: shared }, { redactor })).toStrictEqual(redactor.redact(encode({ a: shared, b: shared })))
  })

  it('a disabled redactor changes nothing', () => {
    expect(encode({ password: 'p' }, { redactor: createRedactor({ enabled: false }) })).toEqual({ password: 'p' })
  })
})
