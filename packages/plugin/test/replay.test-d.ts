import { expectTypeOf, test } from 'vitest'
import { capture } from '../src/index.js'
import { replay, type ReplayableScenario, type ReplayResult } from '../src/runtime/index.js'
import { counter, label, quote } from './types/pricing.js'

// replay() and capture()'s label take any function the way capture() does: an inline function's
// parameters are `any` (they were `never`), JavaScript functions and typed ones are accepted as they are.
declare const scenario: ReplayableScenario

test('replay accepts inline, JavaScript, typed and method functions; its parameters are any, not never', () => {
  expectTypeOf(replay).parameter(0).parameters.toEqualTypeOf<any[]>()
  // An inline function: `order` is contextually typed any, so reading a field type-checks.
  expectTypeOf(replay((order) => order.total, scenario)).toEqualTypeOf<Promise<ReplayResult>>()
  replay(async (amount, rate) => amount * rate, scenario, { mode: 'tolerant' })
  replay(function (this: { step: number }, n: number) {
    return n + this.step
  }, scenario)
  // JavaScript functions wrapped by capture() (test/types/pricing.js) and a typed capture.
  replay(quote, scenario)
  replay(label, scenario)
  replay(counter.next, scenario)
  replay(capture((order: { id: string }) => order.id, { id: 'orders.id' }), scenario)
  // @ts-expect-error not a function
  replay(42, scenario)
  // @ts-expect-error the scenario is required
  replay(quote)
})

test('a label function gets the call\'s arguments: typed from the function, any for JavaScript and for the decorator', () => {
  // JavaScript function: its parameters are any, so is the label's.
  capture(function quote(order) {
    return order.total
  }, { label: (order) => `quote(${order.id})` })
  // Typed function: the label reads the real types…
  capture((order: { id: string }, discount: number) => discount, { label: (order, discount) => `${order.id}-${discount.toFixed(2)}` })
  // @ts-expect-error …and a wrong field is an error
  capture((order: { id: string }) => order.id, { label: (order) => order.name })
  // The decorator's options know no function yet: any arguments, `this` included.
  class Billing {
    prefix = 'inv'
    @capture({ id: 'billing.invoice', label: (customer) => `invoice(${customer.id})` })
    invoice(customer: { id: string }) {
      return `${this.prefix}-${customer.id}`
    }
  }
  expectTypeOf(new Billing().invoice).parameters.toEqualTypeOf<[{ id: string }]>()
  // @ts-expect-error a label returns text
  capture((n: number) => n, { label: (n) => n })
})
