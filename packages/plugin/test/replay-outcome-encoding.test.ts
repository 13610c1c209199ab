import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { RedactionOptions } from '@shadowtest/core'
import { capture, configureCapture, prepareReplay, replay, replayPrepared, type ReplayResult } from '@shadowtest/plugin/runtime'
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

// A plain-JSON copy that redaction and the limits leave as it is becomes the outcome itself
// (encodesToItself); everything else is encoded. Generated results, mostly plain JSON, with the
// things that must not take that path mixed in: shared references, cycles, getters (read once),
// class instances, Maps, -0, values the limits cut and strings or keys redaction changes.
describe('the replayed outcome over generated results is what copy-then-encode gives', () => {
  afterEach(() => configureCapture(undefined))

  class Money {
    constructor(
      public amount: number,
      public currency: string,
    ) {}
  }
  const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(EMAIL, 'gold', '4111 1111 1111 1111', ''))
  const { value: tree } = fc.letrec((tie) => ({
    leaf: fc.oneof(
      { weight: 8, arbitrary: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(-0, NaN, 4111111111111111, undefined, 5n) },
    ),
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object'), tie('odd')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.array(fc.tuple(fc.constantFrom('id', 'n', 'note', 'password', 'tier', '$st'), tie('value')), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
    odd: fc.oneof(
      { weight: 1, arbitrary: tie('value').map((v) => new Map([['k', v]]) as unknown) },
      { weight: 1, arbitrary: fc.tuple(fc.integer(), text).map(([a, c]) => new Money(a, c) as unknown) },
      { weight: 1, arbitrary: tie('object').map((o) => ({ shared: o, again: o }) as unknown) },
      {
        weight: 1,
        arbitrary: tie('value').map((v) => {
          const cyclic: Record<string, unknown> = { v }
          cyclic['self'] = cyclic
          return cyclic as unknown
        }),
      },
    ),
  }))
  const encodings = fc.option(fc.record({ maxDepth: fc.integer({ min: 1, max: 4 }), maxArrayLength: fc.integer({ min: 1, max: 4 }), maxStringLength: fc.integer({ min: 1, max: 20 }) }, { requiredKeys: [] }), { nil: undefined })
  const redactions: Array<RedactionOptions | undefined> = [undefined, { keys: ['note'] }, { custom: [{ name: 'gold', pattern: 'gold' }] }, { enabled: false }, { allow: ['$.value.id'] }]

  const jsonText = (value: unknown) => {
    try {
      return JSON.stringify(value)
    } catch {
      return undefined // a cycle
    }
  }

  it('under generated limits and redaction configs, through replay and a prepared loop', async () => {
    const samples = fc.sample(fc.tuple(tree, encodings, fc.nat(redactions.length - 1)), { numRuns: 600, seed: 42 })
    let plain = 0
    for (const [value, encoding, r] of samples) {
      const redaction = redactions[r]
      configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {}, redaction, encoding })
      const expected = JSON.stringify(encodeOutcome({ kind: 'return', value: safeCopy(value) }, redactorFor(redaction, undefined), encoding))
      const fn = capture(() => value, { id: 'enc.generated' })
      expect(JSON.stringify((await replay(fn, { input: { args: [] } })).outcome)).toBe(expected)
      const plan = prepareReplay(fn)
      expect(JSON.stringify((replayPrepared(plan, { input: { args: [] } }) as ReplayResult).outcome)).toBe(expected)
      if (jsonText(value) === expected.slice('{"kind":"return","value":'.length, -1)) plain++
    }
    // Enough results came back as themselves for the comparison to cover that path.
    expect(plain).toBeGreaterThan(100)
  })

  it('a getter is read once per replay, and a result that is its own encoding is a copy, not the returned object', async () => {
    configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {} })
    let reads = 0
    const result = {
      n: 1,
      get total() {
        reads++
        return 2
      },
    }
    const fn = capture(() => result, { id: 'enc.getter' })
    const replayed = await replay(fn, { input: { args: [] } })
    expect(reads).toBe(1)
    expect(replayed.outcome).toEqual({ kind: 'return', value: { n: 1, total: 2 } })
    const plainResult = { n: 1, tags: ['a'] }
    const outcome = (await replay(capture(() => plainResult, { id: 'enc.own' }), { input: { args: [] } })).outcome as { value: unknown }
    expect(outcome.value).toEqual(plainResult)
    expect(outcome.value).not.toBe(plainResult)
    plainResult.tags.push('b')
    expect(outcome.value).toEqual({ n: 1, tags: ['a'] })
  })
})
