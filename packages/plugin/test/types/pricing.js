// A plain JavaScript module (checked with allowJs/checkJs by test/tsconfig.json), the way a
// JS codebase wraps its functions: no annotations, so parameters are typed by what capture() says.
import { capture } from '../../src/index.js'

export const quote = capture(function quote(order, discount) {
  return { id: order.id, total: order.total - discount }
})

export const label = capture(
  function label(item) {
    return `${item.name} × ${item.qty}`
  },
  { id: 'shop.label', label: (item) => item.name },
)

export const convert = capture(async (amount, rate) => amount * rate, { id: 'rates.convert' })

// TypeScript code calling into the module, as a mixed codebase does.
export function total() {
  return quote({ id: 'B-1', total: 10 }, 2).total + label({ name: 'pen', qty: 2 }).length
}

export const counter = {
  step: 2,
  next: capture(function next(n) {
    return n + this.step
  }),
}
