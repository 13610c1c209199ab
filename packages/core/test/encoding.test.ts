import { describe, expect, it } from 'vitest'
import {
  decode,
  decodeInput,
  DEFAULT_ENCODE_LIMITS,
  defineHandler,
  encode,
  encodeInput,
  isPlaceholder,
  ShadowtestError,
  SYNTHETIC,
  TRUNCATED,
  type Encoded,
} from '@shadowtest/core'

const roundTrip = (value: unknown) => decode(JSON.parse(JSON.stringify(encode(value))) as Encoded)

describe('encode: plain JSON', () => {
  it('encodes plain JSON to an equal, fresh copy', () => {
    const value = { id: 'o-1', total: 12.5, tags: ['a', 'b'], nested: { ok: true, none: null }, list: [] }
    const encoded = encode(value)
    expect(encoded).toStrictEqual(value)
    expect(encoded).not.toBe(value)
    expect((encoded as { nested: unknown }).nested).not.toBe(value.nested)
  })

  it('escapes a plain object that has its own "$st" key, and decodes it back', () => {
    const value = { $st: 'date', value: 'not a date' }
    const encoded = encode(value)
    expect(encoded).toEqual({ $st: 'object', value: { $st: 'date', value: 'not a date' } })
    expect(roundTrip(value)).toStrictEqual(value)
  })
})

describe('encode: special values keep their type', () => {
  it.each([
    ['undefined', undefined, { $st: 'undefined' }],
    ['NaN', NaN, { $st: 'number', value: 'NaN' }],
    ['Infinity', Infinity, { $st: 'number', value: 'Infinity' }],
    ['-Infinity', -Infinity, { $st: 'number', value: '-Infinity' }],
    ['-0', -0, { $st: 'number', value: '-0' }],
    ['bigint', 12345678901234567890n, { $st: 'bigint', value: '12345678901234567890' }],
    ['date', new Date('2026-01-01T00:00:00.000Z'), { $st: 'date', value: '2026-01-01T00:00:00.000Z' }],
    ['invalid date', new Date(NaN), { $st: 'date', value: null }],
    ['regexp', /a+b/gi, { $st: 'regexp', source: 'a+b', flags: 'gi' }],
    ['url', new URL('https://example.com/a?b=1'), { $st: 'url', href: 'https://example.com/a?b=1' }],
  ])('%s', (_, value, tagged) => {
    expect(encode(value)).toEqual(tagged)
    const back = roundTrip(value)
    if (value instanceof Date) expect((back as Date).getTime()).toBe(value.getTime())
    else expect(back).toStrictEqual(value)
  })

  it('-0 and 0 stay distinct through a JSON round trip', () => {
    expect(Object.is(roundTrip(-0), -0)).toBe(true)
    expect(Object.is(roundTrip(0), 0)).toBe(true)
  })

  it('keeps a regexp lastIndex', () => {
    const re = /a/g
    re.exec('aa')
    expect((roundTrip(re) as RegExp).lastIndex).toBe(1)
  })

  it('restores a registered symbol exactly and others by description', () => {
    expect(roundTrip(Symbol.for('app.key'))).toBe(Symbol.for('app.key'))
    const local = roundTrip(Symbol('local')) as symbol
    expect(typeof local).toBe('symbol')
    expect(local.description).toBe('local')
  })

  it('boxed primitives come back boxed', () => {
    const back = roundTrip(new String('x')) as object
    expect(back).toBeInstanceOf(String)
    expect(String(back)).toBe('x')
  })
})

describe('encode: collections and binary', () => {
  it('Map and Set keep entries, insertion order and non-string keys', () => {
    const value = new Map<unknown, unknown>([[1, 'one'], ['1', new Set([1n, 'x'])], [{ k: 1 }, null]])
    const back = roundTrip(value) as Map<unknown, unknown>
    expect(back).toBeInstanceOf(Map)
    expect([...back.keys()]).toStrictEqual([1, '1', { k: 1 }])
    expect(back.get('1')).toStrictEqual(new Set([1n, 'x']))
  })

  it('Buffer stays a Buffer and Uint8Array stays a Uint8Array', () => {
    const buffer = roundTrip(Buffer.from('héllo'))
    expect(Buffer.isBuffer(buffer)).toBe(true)
    expect((buffer as Buffer).toString()).toBe('héllo')
    const bytes = roundTrip(new Uint8Array([1, 2, 255]))
    expect(Buffer.isBuffer(bytes)).toBe(false)
    expect(bytes).toStrictEqual(new Uint8Array([1, 2, 255]))
  })

  it.each([
    new Int8Array([-1, 2]),
    new Uint8ClampedArray([0, 255]),
    new Int16Array([-300, 300]),
    new Uint16Array([65535]),
    new Int32Array([-1, 2 ** 31 - 1]),
    new Uint32Array([2 ** 32 - 1]),
    new Float32Array([1.5, NaN, -0]),
    new Float64Array([Math.PI, -Infinity]),
    new BigInt64Array([-(2n ** 63n), 5n]),
    new BigUint64Array([2n ** 64n - 1n]),
  ])('typed array %#', (value) => {
    const back = roundTrip(value)
    expect(back).toBeInstanceOf(value.constructor)
    expect(back).toStrictEqual(value)
  })

  it('a typed array view over part of a buffer keeps only its own bytes', () => {
    const whole = new Uint16Array([1, 2, 3, 4])
    const view = new Uint16Array(whole.buffer, 2, 2)
    expect(roundTrip(view)).toStrictEqual(new Uint16Array([2, 3]))
  })

  it('ArrayBuffer and DataView', () => {
    const ab = new Uint8Array([9, 8, 7]).buffer
    expect(new Uint8Array(roundTrip(ab) as ArrayBuffer)).toStrictEqual(new Uint8Array([9, 8, 7]))
    const dv = roundTrip(new DataView(ab)) as DataView
    expect(dv).toBeInstanceOf(DataView)
    expect(dv.getUint8(1)).toBe(8)
  })

  it('sparse arrays keep their holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = [1, , 3, , undefined]
    const encoded = encode(value)
    expect(encoded).toEqual([1, { $st: 'hole' }, 3, { $st: 'hole' }, { $st: 'undefined' }])
    const back = roundTrip(value) as unknown[]
    expect(back).toHaveLength(5)
    expect(1 in back).toBe(false)
    expect(4 in back).toBe(true)
  })
})

describe('encode: errors and class instances', () => {
  it('errors keep name, message, code, cause and custom props; not the stack', () => {
    const error = Object.assign(new TypeError('bad input', { cause: new Error('root cause') }), { code: 'E_INPUT', field: 'qty' })
    const encoded = encode(error)
    expect(encoded).toEqual({
      $st: 'error',
      name: 'TypeError',
      message: 'bad input',
      code: 'E_INPUT',
      cause: { $st: 'error', name: 'Error', message: 'root cause' },
      props: { field: 'qty' },
    })
    const back = roundTrip(error) as TypeError & { code: string; field: string; cause: Error }
    expect(back).toBeInstanceOf(TypeError)
    expect(back.message).toBe('bad input')
    expect(back.code).toBe('E_INPUT')
    expect(back.field).toBe('qty')
    expect(back.cause.message).toBe('root cause')
  })

  it('keeps the stack only when asked', () => {
    const error = new Error('x')
    expect(encode(error, { errorStack: true })).toMatchObject({ stack: error.stack })
  })

  it('custom error classes keep their class name, or their prototype when registered', () => {
    class PaymentDeclined extends Error {
      override name = 'PaymentDeclined'
      reason = 'insufficient_funds'
    }
    class Unnamed extends Error {}
    const back = roundTrip(new PaymentDeclined('no')) as Error & { reason: string }
    expect(back.name).toBe('PaymentDeclined')
    expect(back.reason).toBe('insufficient_funds')
    expect(back).toBeInstanceOf(Error)
    const restored = decode(encode(new PaymentDeclined('no')), { classes: { PaymentDeclined } })
    expect(restored).toBeInstanceOf(PaymentDeclined)
    expect(encode(new Unnamed('u'))).toMatchObject({ name: 'Error', class: 'Unnamed' })
    expect((roundTrip(new Unnamed('u')) as object).constructor.name).toBe('Unnamed')
  })

  it('class instances keep own data and class name; registered classes get their prototype back', () => {
    class Money {
      constructor(
        public amount: number,
        public currency: string,
      ) {}
      format() {
        return `${this.amount} ${this.currency}`
      }
    }
    const encoded = encode(new Money(5, 'EUR'))
    expect(encoded).toEqual({ $st: 'instance', class: 'Money', data: { amount: 5, currency: 'EUR' } })
    const synthetic = decode(encoded) as object
    expect(synthetic.constructor.name).toBe('Money')
    expect((synthetic.constructor as unknown as Record<symbol, unknown>)[SYNTHETIC]).toBe(true)
    expect(synthetic).toMatchObject({ amount: 5, currency: 'EUR' })
    expect(encode(synthetic)).toEqual(encoded)
    const real = decode(encoded, { classes: { Money } }) as Money
    expect(real).toBeInstanceOf(Money)
    expect(real.format()).toBe('5 EUR')
    expect(decode(encoded, { classes: new Map([['Money', Money]]) })).toBeInstanceOf(Money)
  })
})

describe('encode: references', () => {
  it('keeps circular references', () => {
    const node: Record<string, unknown> = { name: 'root', children: [] }
    ;(node['children'] as unknown[]).push({ parent: node })
    node['self'] = node
    expect(encode(node)).toEqual({ name: 'root', children: [{ parent: { $st: 'ref', path: '$' } }], self: { $st: 'ref', path: '$' } })
    const back = roundTrip(node) as Record<string, unknown>
    expect(back['self']).toBe(back)
    expect((back['children'] as { parent: unknown }[])[0]?.parent).toBe(back)
  })

  it('keeps shared references as one object, inside Maps too', () => {
    const address = { city: 'Lyon' }
    const value = { billing: address, shipping: address, byKind: new Map([['home', address]]) }
    const back = roundTrip(value) as typeof value
    expect(back.shipping).toBe(back.billing)
    expect(back.byKind.get('home')).toBe(back.billing)
  })

  it('resolves references after keys were sorted (as in a stored baseline file)', () => {
    const shared = { v: 1 }
    const value = { z: shared, a: shared }
    const sorted = JSON.parse(JSON.stringify(encode(value), (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
    )) as Encoded
    const back = decode(sorted) as typeof value
    expect(back.a).toBe(back.z)
    expect(back.a).toEqual({ v: 1 })
  })

  it('keeps a circular Map and an error whose cause is itself', () => {
    const map = new Map<string, unknown>()
    map.set('me', map)
    const back = roundTrip(map) as Map<string, unknown>
    expect(back.get('me')).toBe(back)
    const error = new Error('loop') as Error & { cause?: unknown }
    error.cause = error
    const e2 = roundTrip(error) as Error & { cause?: unknown }
    expect(e2.cause).toBe(e2)
  })
})

describe('encode: placeholders', () => {
  it('functions become non-callable placeholders that encode back to the same tag', () => {
    async function fetchRates() {}
    const encoded = encode({ cb: fetchRates, arrow: () => 1 })
    expect(encoded).toEqual({ cb: { $st: 'function', name: 'fetchRates', kind: 'async' }, arrow: { $st: 'function', name: 'arrow', kind: 'function' } })
    const back = decode(encoded) as { cb: unknown }
    expect(typeof back.cb).toBe('object')
    expect(isPlaceholder(back.cb)).toBe(true)
    expect(String(back.cb)).toBe('[shadowtest function fetchRates]')
    expect(encode(back)).toEqual(encoded)
  })

  it('Promise and WeakMap are opaque', () => {
    expect(encode(Promise.resolve(1))).toEqual({ $st: 'opaque', type: 'Promise' })
    expect(isPlaceholder(decode(encode(new WeakMap())))).toBe(true)
  })
})

describe('encode: limits', () => {
  it('exports its defaults', () => {
    expect(DEFAULT_ENCODE_LIMITS).toEqual({ maxDepth: 100, maxArrayLength: 10_000, maxStringLength: 100_000, maxBytes: 10 * 1024 * 1024 })
    expect(Object.isFrozen(DEFAULT_ENCODE_LIMITS)).toBe(true)
  })

  it('cuts depth with a marker that decodes to a placeholder, not data', () => {
    const encoded = encode({ a: { b: { c: { d: 1 } } } }, { maxDepth: 2 })
    expect(encoded).toEqual({ a: { b: { $st: 'truncated', reason: 'depth' } } })
    const back = decode(encoded) as { a: { b: unknown } }
    expect(isPlaceholder(back.a.b)).toBe(true)
  })

  it('cuts long arrays, strings, objects, Maps and Sets and says how much', () => {
    expect(encode([1, 2, 3, 4], { maxArrayLength: 2 })).toEqual([1, 2, { $st: 'truncated', reason: 'length', omitted: 2 }])
    expect(encode('abcdef', { maxStringLength: 3 })).toEqual({ $st: 'truncated', reason: 'string', length: 6, prefix: 'abc' })
    expect(encode({ a: 1, b: 2, c: 3 }, { maxArrayLength: 2 })).toEqual({ $st: 'object', value: { a: 1, b: 2 }, truncated: { reason: 'length', omitted: 1 } })
    expect(encode(new Set([1, 2, 3]), { maxArrayLength: 1 })).toEqual({ $st: 'set', values: [1], truncated: { reason: 'length', omitted: 2 } })
    const map = decode(encode(new Map([[1, 1], [2, 2]]), { maxArrayLength: 1 })) as Map<unknown, unknown>
    expect(isPlaceholder(map.get(TRUNCATED))).toBe(true)
    const object = decode(encode({ a: 1, b: 2 }, { maxArrayLength: 1 })) as Record<symbol, unknown>
    expect(isPlaceholder(object[TRUNCATED])).toBe(true)
  })

  it('stops at the byte budget', () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ i, text: 'x'.repeat(100) }))
    const encoded = encode(big, { maxBytes: 10_000 }) as Encoded[]
    expect(encoded.length).toBeLessThan(200)
    expect(encoded.at(-1)).toMatchObject({ $st: 'truncated', reason: 'bytes' })
    expect(JSON.stringify(encoded).length).toBeLessThan(20_000)
    expect(encode(Buffer.alloc(100_000), { maxBytes: 1000 })).toEqual({ $st: 'truncated', reason: 'bytes', type: 'buffer', byteLength: 100_000 })
  })
})

describe('encode never throws', () => {
  it('a throwing getter becomes an unreadable placeholder, the rest is kept', () => {
    const value = {
      ok: 1,
      get boom(): never {
        throw new Error('getter exploded')
      },
    }
    expect(encode(value)).toEqual({ ok: 1, boom: { $st: 'unreadable', error: 'Error: getter exploded' } })
  })

  it('a throwing getter on a class instance', () => {
    class Lazy {
      ok = 1
      constructor() {
        Object.defineProperty(this, 'bad', { enumerable: true, get: () => { throw new RangeError('nope') } })
      }
    }
    expect(encode(new Lazy())).toEqual({ $st: 'instance', class: 'Lazy', data: { ok: 1, bad: { $st: 'unreadable', error: 'RangeError: nope' } } })
  })

  it('revoked proxies and proxies that throw on every trap', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const hostile = new Proxy({}, {
      ownKeys() { throw new Error('no keys') },
      getPrototypeOf() { throw new Error('no proto') },
      get() { throw new Error('no get') },
      has() { throw new Error('no has') },
    })
    const encoded = encode({ proxy, hostile, fine: true }) as Record<string, Encoded>
    expect(encoded['proxy']).toMatchObject({ $st: 'unreadable' })
    expect(encoded['hostile']).toMatchObject({ $st: 'unreadable' })
    expect(encoded['fine']).toBe(true)
  })

  it('a faulty custom handler becomes a placeholder naming it', () => {
    class Weird {}
    const handler = defineHandler<Weird>({
      name: 'weird',
      test: (v) => v instanceof Weird,
      encode: () => {
        throw new Error('handler bug')
      },
      decode: () => new Weird(),
    })
    expect(encode(new Weird(), { handlers: [handler] })).toEqual({ $st: 'unreadable', error: 'Error: handler bug', handler: 'weird' })
  })

  it('custom handlers take precedence and decode their own tags', () => {
    class Temperature {
      constructor(readonly celsius: number) {}
    }
    const handler = defineHandler<Temperature>({
      name: 'temperature',
      test: (v) => v instanceof Temperature,
      encode: (v) => ({ $st: 'temperature', celsius: v.celsius }),
      decode: (t) => new Temperature(Number(t['celsius'])),
    })
    const encoded = encode({ t: new Temperature(21) }, { handlers: [handler] })
    expect(encoded).toEqual({ t: { $st: 'temperature', celsius: 21 } })
    expect((decode(encoded, { handlers: [handler] }) as { t: Temperature }).t).toBeInstanceOf(Temperature)
  })

  it('depth 10,000 with limits off still returns', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 10_000; i++) deep = { next: deep }
    expect(() => encode(deep)).not.toThrow()
    expect(() => encode(deep, { maxDepth: Infinity })).not.toThrow()
    expect(JSON.stringify(encode(deep)).length).toBeLessThan(2_000)
  })

  it('null-prototype objects encode as plain objects', () => {
    const dict = Object.assign(Object.create(null) as Record<string, number>, { a: 1 })
    expect(encode(dict)).toEqual({ a: 1 })
  })

  it('an own "constructor" key is data', () => {
    const back = roundTrip({ constructor: { name: 'x' } }) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(back['constructor']).toEqual({ name: 'x' })
  })

  it('an own __proto__ key is data, never a prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>
    const back = roundTrip(value) as Record<string, unknown>
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.keys(back)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('decode', () => {
  it('rejects an unknown tag with a coded error naming the path', () => {
    expect(() => decode({ $st: 'from-the-future' })).toThrowError(ShadowtestError)
    expect(() => decode({ a: [1, { $st: 'from-the-future' }] })).toThrow(/ENCODING:UNKNOWN_TAG.*at \$\.a\[1\]/)
  })

  it('wraps a malformed tagged value in ENCODING:DECODE_FAILED with its path', () => {
    let error: unknown
    try {
      decode({ order: { total: { $st: 'bigint', value: '12.5x' } } })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ShadowtestError)
    expect((error as ShadowtestError).code).toBe('ENCODING:DECODE_FAILED')
    expect((error as ShadowtestError).path).toBe('$.order.total')
    expect((error as Error).cause).toBeInstanceOf(SyntaxError)
  })

  it('an unresolvable reference becomes a placeholder', () => {
    expect(isPlaceholder(decode({ a: { $st: 'ref', path: '$.nowhere' } } as Encoded & object) && (decode({ a: { $st: 'ref', path: '$.nowhere' } }) as { a: unknown }).a)).toBe(true)
  })
})

describe('encodeInput / decodeInput', () => {
  it('encodes arguments and this as the scenario input shape', () => {
    const shared = { id: 1 }
    const input = encodeInput([shared, shared, undefined], { rate: 2n })
    expect(input).toEqual({ args: [{ id: 1 }, { $st: 'ref', path: '$.args[0]' }, { $st: 'undefined' }], this: { rate: { $st: 'bigint', value: '2' } } })
    const back = decodeInput(JSON.parse(JSON.stringify(input)) as typeof input)
    expect(back.args[1]).toBe(back.args[0])
    expect(back.this).toEqual({ rate: 2n })
  })

  it('leaves out `this` when there is none', () => {
    expect(encodeInput([1])).toStrictEqual({ args: [1] })
    expect(decodeInput({ args: [1] })).toStrictEqual({ args: [1] })
  })
})
