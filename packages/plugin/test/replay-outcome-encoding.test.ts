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

describe('the replayed outcome is taken when capture takes it', () => {
  it('a sync result is copied as returned, before the microtasks it queued run', async () => {
    const fn = capture(() => {
      const order = { n: 1 }
      queueMicrotask(() => {
        order.n = 2
      })
      return order
    }, { id: 'when.sync' })
    expect((await replay(fn, { input: { args: [] } })).outcome).toEqual({ kind: 'return', value: { n: 1 } })
  })

  it('a native promise is followed; a foreign thenable is the outcome itself and its then is never called', async () => {
    const later = capture(async () => ({ n: 3 }), { id: 'when.promise' })
    expect((await replay(later, { input: { args: [] } })).outcome).toEqual({ kind: 'return', value: { n: 3 } })
    let called = false
    const lazy = capture(() => ({ kind: 'query', then: () => (called = true) }), { id: 'when.thenable' })
    const outcome = (await replay(lazy, { input: { args: [] } })).outcome as { kind: string; value: { kind: string } }
    expect(called).toBe(false)
    expect(outcome.kind).toBe('return')
    expect(outcome.value.kind).toBe('query')
  })
})
