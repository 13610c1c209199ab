import { afterEach, describe, expect, it } from 'vitest'
import type { RedactionOptions } from '@shadowtest/core'
import { capture, configureCapture, replay } from '@shadowtest/plugin/runtime'
import { encodeOutcome, redactorFor } from '../src/runtime/capture/encode-record.js'
import { safeCopy } from '../src/runtime/capture/safe-copy.js'

// replay() encodes the outcome in one walk when it can; what it stores must be byte for byte what
// capture's two passes (encode, then redact the { kind, value | error } wrapper) give.
const EMAIL = 'ada.lovelace@example.com'
const results: unknown[] = [
  { to: EMAIL, card: 4111111111111111, nested: { password: 'hunter2', list: [EMAIL, 'plain', 12] } },
  new Map([['k', { at: new Date(0), big: 12n }]]),
  'returned ' + EMAIL,
  undefined,
]
const configs: Array<[string, RedactionOptions | undefined]> = [
  ['defaults', undefined],
  ['a sensitive key named like the wrapper field', { keys: ['value', 'error'] }],
  ['a sensitive key named kind', { keys: ['kind'] }],
  ['a custom pattern that matches the kind', { custom: [{ name: 'word', pattern: /return|throw/ }] }],
  ['an allowed key', { allow: ['to'] }],
  ['a JSONPath allow rule', { allow: ['$.value.to'] }],
  ['redaction off', { enabled: false }],
]

describe('the replayed outcome is encoded exactly as capture encodes it', () => {
  afterEach(() => configureCapture(undefined))

  for (const [name, redaction] of configs) {
    it(name, async () => {
      configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {}, redaction })
      const redactor = redactorFor(redaction, undefined)
      for (const value of results) {
        const returns = capture(() => value, { id: 'enc.returns' })
        const replayed = await replay(returns, { input: { args: [] } })
        expect(JSON.stringify(replayed.outcome)).toBe(JSON.stringify(encodeOutcome({ kind: 'return', value: safeCopy(value) }, redactor)))
        const error = Object.assign(new Error(`failed for ${EMAIL}`), { value })
        const throws = capture(() => {
          throw error
        }, { id: 'enc.throws' })
        const thrown = await replay(throws, { input: { args: [] } })
        expect(JSON.stringify(thrown.outcome)).toBe(JSON.stringify(encodeOutcome({ kind: 'throw', error: safeCopy(error) }, redactor)))
      }
    })
  }
})
