import { describe, expect, it } from 'vitest'
import {
  assertBaselineFileHasNoPii,
  assertNoPii,
  createRedactor,
  encode,
  encodeInput,
  isShadowtestError,
  scanBaselineFile,
  scanForPii,
  ShadowtestError,
} from '@shadowtest/core'

const redactor = createRedactor({ secret: 'scan' })

function baselineFile(input: unknown[], returned: unknown, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    function: { id: 'checkout.pay' },
    scenarios: {
      '0123456789ab': {
        id: 'checkout.pay:0123456789ab',
        label: 'pays',
        input: encodeInput(input),
        outcome: { kind: 'return', value: encode(returned) },
        dependencies: [],
        ...extra,
      },
    },
  }
}

describe('scanForPii', () => {
  it('finds each kind with its JSONPath and a shortened sample, never the value', () => {
    const findings = scanForPii(encode({ customer: { email: 'jane.doe@example.com' }, cards: ['4111 1111 1111 1111'], password: 'hunter2' }), {
      file: 'f.json',
      scenarioId: 'a:0123456789ab',
    })
    expect(findings).toEqual([
      { kind: 'email', path: '$.customer.email', file: 'f.json', scenarioId: 'a:0123456789ab', sample: 'ja…om (20 chars)' },
      { kind: 'card', path: '$.cards[0]', file: 'f.json', scenarioId: 'a:0123456789ab', sample: '41…11 (19 chars)' },
      { kind: 'secret', path: '$.password', file: 'f.json', scenarioId: 'a:0123456789ab', sample: 'hu…r2 (7 chars)' },
    ])
  })

  it('ignores masks: a redacted value has no findings', () => {
    const value = encode({ email: 'jane@example.com', password: 'p', note: 'call +1 415 555 2671', n: 4111111111111111 })
    expect(scanForPii(value).length).toBe(4)
    expect(scanForPii(redactor.redact(value))).toEqual([])
  })

  it('reports paths through tags as they are in the file', () => {
    const findings = scanForPii(encode(new Map([['k', new Error('for bob@x.io')]])))
    expect(findings.map((f) => f.path)).toEqual(['$.entries[0][1].message'])
  })

  it('respects the allow list, patterns and extra keys', () => {
    const value = encode({ supportEmail: 'help@shop.com', phone: '+1 415 555 2671', internalNote: 'x' })
    expect(scanForPii(value, { allow: ['supportEmail'], patterns: { phone: false } })).toEqual([])
    expect(scanForPii(value, { allow: ['$.supportEmail'], patterns: { phone: false }, keys: ['internalNote'] }).map((f) => f.kind)).toEqual(['secret'])
  })
})

describe('assertNoPii', () => {
  it('throws SECURITY:UNMASKED_PII naming file, scenario and path', () => {
    let error: unknown
    try {
      assertNoPii(encode({ contact: 'jane@example.com' }), { file: '__baselines__/pay.baseline.json', scenarioId: 'checkout.pay:0123456789ab' })
    } catch (e) {
      error = e
    }
    expect(isShadowtestError(error)).toBe(true)
    const e = error as ShadowtestError
    expect(e.code).toBe('SECURITY:UNMASKED_PII')
    expect(e.exitCode).toBe(2)
    expect(e.file).toBe('__baselines__/pay.baseline.json')
    expect(e.scenarioId).toBe('checkout.pay:0123456789ab')
    expect(e.path).toBe('$.contact')
    expect(e.message).toContain('email at $.contact (scenario checkout.pay:0123456789ab)')
    expect(e.message).not.toContain('jane@example.com')
    expect(e.message).toContain('docs/redaction.md')
  })

  it('passes on clean values', () => {
    expect(() => assertNoPii(encode({ total: 12.5, currency: 'EUR' }))).not.toThrow()
  })
})

describe('scanBaselineFile', () => {
  it('walks input, outcome, dependencies, proposed and label of every scenario', () => {
    const file = baselineFile([{ email: 'a@b.co' }], { receipt: 'sent to a@b.co' }, {
      label: 'pays for 123-45-6789',
      dependencies: [{ kind: 'http', order: 0, request: { method: 'GET', url: 'https://x', headers: { authorization: 'Bearer abc123def456ghi' } }, response: { status: 200, headers: {} } }],
      proposed: { outcome: { kind: 'return', value: 'AKIAIOSFODNN7EXAMPLE' }, dependencies: [] },
    })
    const findings = scanBaselineFile(file, 'pay.baseline.json')
    expect(findings.map((f) => [f.kind, f.path])).toEqual([
      ['ssn', "$.scenarios['0123456789ab'].label"],
      ['email', "$.scenarios['0123456789ab'].input.args[0].email"],
      ['email', "$.scenarios['0123456789ab'].outcome.value.receipt"],
      ['secret', "$.scenarios['0123456789ab'].dependencies[0].request.headers.authorization"],
      ['apiKey', "$.scenarios['0123456789ab'].proposed.outcome.value"],
    ])
    expect(findings.every((f) => f.scenarioId === 'checkout.pay:0123456789ab' && f.file === 'pay.baseline.json')).toBe(true)
  })

  it('a file written through the redactor is clean; the guard throws on a dirty one', () => {
    const clean = baselineFile([], null)
    clean.scenarios['0123456789ab'].input = redactor.redact(encodeInput([{ email: 'a@b.co', token: 't' }]))
    expect(scanBaselineFile(clean)).toEqual([])
    expect(() => assertBaselineFileHasNoPii(clean, 'x.json')).not.toThrow()
    expect(() => assertBaselineFileHasNoPii(baselineFile([{ email: 'a@b.co' }], null), 'x.json')).toThrow(/SECURITY:UNMASKED_PII.*x\.json/s)
  })

  it('tolerates files without scenarios', () => {
    expect(scanBaselineFile({}, 'empty.json')).toEqual([])
    expect(scanBaselineFile(null)).toEqual([])
  })
})
