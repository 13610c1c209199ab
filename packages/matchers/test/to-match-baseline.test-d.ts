import { expect, expectTypeOf, test, type Assertion } from 'vitest'
import type {} from '../src/vitest.js'
import type { BaselineMatchers } from '../src/vitest.js'
import type { ScenarioCase } from '../src/index.js'

declare const quote: (order: { total: number }) => number
declare const s: ScenarioCase

test('toMatchBaseline is typed on expect() and returns a promise to await', () => {
  expectTypeOf(expect(quote).toMatchBaseline()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(quote).toMatchBaseline({ mode: 'tolerant', strict: true, policy: { ignoredFields: ['at'] } })).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(s.replay(quote)).toMatchBaseline(s)).toEqualTypeOf<Promise<void>>()
})

test('.not and expect.soft carry the same signature', () => {
  expectTypeOf(expect(quote).not.toMatchBaseline()).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(s.replay(quote)).not.toMatchBaseline(s, { mode: 'strict' })).toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect.soft(quote).toMatchBaseline()).toEqualTypeOf<Promise<void>>()
})

test('the method on Assertion is exactly BaselineMatchers<void>, not any', () => {
  expectTypeOf<Assertion<typeof quote>['toMatchBaseline']>().toEqualTypeOf<BaselineMatchers<void>['toMatchBaseline']>()
  expectTypeOf<Assertion<typeof quote>['toMatchBaseline']>().not.toBeAny()
})

test('a wrong option does not type-check', () => {
  // @ts-expect-error unknown replay mode
  void expect(quote).toMatchBaseline({ mode: 'loose' })
  // @ts-expect-error unknown option
  void expect(quote).toMatchBaseline({ approve: true })
  // @ts-expect-error strict is a boolean
  void expect(quote).toMatchBaseline({ strict: 'yes' })
  // @ts-expect-error a scenario is a ScenarioCase from scenarios(), not its id
  void expect(quote).not.toMatchBaseline('pricing.quote:0123456789ab')
})
