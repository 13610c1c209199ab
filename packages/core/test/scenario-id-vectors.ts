/** Inputs whose ids are pinned in golden/scenario-ids.json: one per kind of value that ids must keep apart. */
class Money {
  constructor(
    public amount: number,
    public currency: string,
  ) {}
}

export const GOLDEN_SECRET = 'golden-vector-secret'

export function goldenInputs(): { name: string; functionId: string; args: unknown[]; this?: unknown }[] {
  const node: Record<string, unknown> = { name: 'root' }
  node['self'] = node
  const shared = { city: 'Lyon' }
  return [
    { name: 'no arguments', functionId: 'util.now', args: [] },
    { name: 'number 1', functionId: 'math.inc', args: [1] },
    { name: 'string "1"', functionId: 'math.inc', args: ['1'] },
    { name: 'negative zero', functionId: 'math.inc', args: [-0] },
    { name: 'NaN and infinities', functionId: 'math.inc', args: [NaN, Infinity, -Infinity] },
    { name: 'undefined vs null', functionId: 'math.inc', args: [undefined, null] },
    { name: 'bigint', functionId: 'math.inc', args: [12345678901234567890n] },
    { name: 'plain order', functionId: 'pricing.quote', args: [{ id: 'o-1', lines: [{ sku: 'A', qty: 2, price: 9.99 }], currency: 'EUR' }] },
    { name: 'dates', functionId: 'calendar.span', args: [new Date('2026-01-01T00:00:00.000Z'), new Date(NaN)] },
    { name: 'map', functionId: 'cache.load', args: [new Map<unknown, unknown>([['a', 1], [2, 'b']])] },
    { name: 'set', functionId: 'cache.load', args: [new Set(['x', 'y'])] },
    { name: 'regexp', functionId: 'text.match', args: [/a+b/gi] },
    { name: 'binary', functionId: 'files.write', args: [Buffer.from('hello'), new Uint8Array([1, 2, 3]), new Float64Array([1.5])] },
    { name: 'error', functionId: 'errors.report', args: [Object.assign(new TypeError('bad', { cause: new Error('root') }), { code: 'E_BAD' })] },
    { name: 'class instance', functionId: 'pricing.convert', args: [new Money(10, 'EUR')] },
    { name: 'sparse array', functionId: 'math.sum', args: [[1, , 3]] },
    { name: 'circular', functionId: 'graph.walk', args: [node] },
    { name: 'shared reference', functionId: 'orders.ship', args: [{ billing: shared, shipping: shared }] },
    { name: 'escaped $st key', functionId: 'raw.store', args: [{ $st: 'date', value: 'x' }] },
    { name: 'method receiver', functionId: 'Cart.total', args: [0.2], this: { items: [{ price: 5 }] } },
    { name: 'redacted email and card', functionId: 'checkout.pay', args: [{ email: 'jane@example.com', card: '4111 1111 1111 1111', password: 'hunter2' }] },
    { name: 'unicode strings', functionId: 'text.echo', args: ['héllo wörld ✓', '\u0000\u001f"\\'] },
  ]
}
