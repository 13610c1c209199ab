import { expectTypeOf, test } from 'vitest'
import { capture } from '../src/index.js'
import { convert, counter, label, quote, total } from './types/pricing.js'

// types/pricing.js is plain JavaScript, checked with allowJs/checkJs (test/tsconfig.json): any
// type error inside it fails this run too.

test('an untyped JavaScript function stays callable from TypeScript, its parameters any', () => {
  expectTypeOf(quote).parameters.toEqualTypeOf<[any, any]>()
  expectTypeOf(quote).toBeCallableWith({ id: 'B-1', total: 3 }, 1)
  expectTypeOf(quote).returns.toEqualTypeOf<{ id: any; total: number }>()
  expectTypeOf(label).toBeCallableWith({ name: 'pen', qty: 2 })
  expectTypeOf(label).returns.toEqualTypeOf<string>()
  expectTypeOf(convert).returns.toEqualTypeOf<Promise<number>>()
  expectTypeOf(counter.next).toBeCallableWith(1)
  expectTypeOf(total).returns.toEqualTypeOf<number>()
})

test('a TypeScript function keeps its exact type', () => {
  interface Order {
    id: string
    total: number
  }
  const typed = capture(function quote(order: Order, discount: number): { id: string; total: number } {
    return { id: order.id, total: order.total - discount }
  })
  expectTypeOf(typed).toEqualTypeOf<(order: Order, discount: number) => { id: string; total: number }>()
  // @ts-expect-error a string is not an Order
  typed('B-1', 1)
  // @ts-expect-error too many arguments
  typed({ id: 'B-1', total: 3 }, 1, 2)

  const arrow = capture(async (amount: number, rate: number) => amount * rate, { id: 'rates.convert' })
  expectTypeOf(arrow).toEqualTypeOf<(amount: number, rate: number) => Promise<number>>()

  const method = capture(function next(this: { step: number }, n: number) {
    return n + this.step
  })
  expectTypeOf(method).thisParameter.toEqualTypeOf<{ step: number }>()
  expectTypeOf(method).parameters.toEqualTypeOf<[number]>()

  // Options typed by the function's parameters: a label reads the real argument types.
  capture((order: Order) => order.total, { label: (order) => order.id })
  // @ts-expect-error Order has no `name`
  capture((order: Order) => order.total, { label: (order) => order.name })
})
