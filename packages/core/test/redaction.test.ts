import { describe, expect, it } from 'vitest'
import {
  createRedactor,
  decode,
  encode,
  encodeInput,
  isMask,
  ShadowtestError,
  type Encoded,
} from '@shadowtest/core'

const redactor = createRedactor({ secret: 'test-secret' })
const redact = (value: unknown) => redactor.redact(encode(value))
const text = (value: unknown) => JSON.stringify(redact(value))

/** Planted secrets of every built-in kind. */
const PLANTED: Record<string, string[]> = {
  email: ['jane.doe+shop@example.co.uk', 'bob@x.io'],
  card: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '6011111111111117'],
  phone: ['+1 415 555 2671', '+44 20 7946 0958', '+14155552671', '(415) 555-2671', '415.555.2671'],
  ssn: ['123-45-6789'],
  jwt: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
  bearer: ['abc123def456ghi789'],
  apiKey: [
    'AKIAIOSFODNN7EXAMPLE',
    'ASIAY34FZKBOKMUTVV7A',
    `ghp_${'a1B2c3D4e5'.repeat(4)}`,
    `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
    'rk_test_51Hx9k2LkdIwHu7ix',
    'xoxb-123456789012-abcdefghijklmn',
    `AIza${'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'}`,
    `sk-proj-${'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7'}`,
    `sk-ant-api03-${'xY9zA8bC7dE6fG5hI4jK3lM2nO1'}`,
  ],
  iban: ['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432'],
}

describe('redaction by value pattern', () => {
  for (const [kind, values] of Object.entries(PLANTED)) {
    it(`masks every ${kind}, inside sentences too, and leaves the words around it`, () => {
      for (const value of values) {
        const planted = kind === 'bearer' ? `Bearer ${value}` : value
        const sentence = `see ${planted} now`
        const out = redact({ alone: planted, sentence }) as { alone: string; sentence: string }
        expect(JSON.stringify(out), `${kind}: ${value}`).not.toContain(value)
        expect(out.sentence, value).toMatch(new RegExp(`^see .*<${kind}:[0-9a-f]{12}>.* now$`))
      }
    })
  }

  it('masks secrets wherever encoding puts strings: arrays, Map keys and values, Sets, errors, instances, headers', () => {
    class Customer {
      constructor(public contact: string) {}
    }
    const error = Object.assign(new Error('charge failed for jane@example.com', { cause: new Error('card 4111111111111111 declined') }), {
      detail: 'call +1 415 555 2671',
    })
    const value = {
      list: ['bob@x.io'],
      map: new Map([['jane@example.com', { ssn: 'x' }], ['note', '123-45-6789']]),
      set: new Set(['AKIAIOSFODNN7EXAMPLE']),
      error,
      customer: new Customer('eve@example.org'),
      headers: { 'content-type': 'application/json', 'x-trace': 'Bearer abc123def456ghi789' },
      long: encode('x'.repeat(10) + ' mail bob@x.io', { maxStringLength: 5 }),
    }
    const out = JSON.stringify(redact(value))
    for (const secret of ['bob@x.io', 'jane@example.com', '123-45-6789', 'AKIAIOSFODNN7EXAMPLE', '4111111111111111', '415 555 2671', 'eve@example.org', 'abc123def456ghi789']) {
      expect(out).not.toContain(secret)
    }
    expect(out).toContain('application/json')
  })

  it('keeps URLs decodable: masks inside the query, the whole URL when a password is in it', () => {
    const out = redact({ a: new URL('https://shop.test/track?email=jane@example.com'), b: new URL('https://admin:s3cret@db.test/x') }) as Record<string, Encoded>
    expect(out['a']).toEqual({ $st: 'url', href: expect.stringMatching(/^https:\/\/shop\.test\/track\?email=<email:[0-9a-f]{12}>$/) })
    expect(out['b']).toMatch(/^<url:[0-9a-f]{12}>$/)
    const back = decode(out) as { a: URL }
    expect(back.a).toBeInstanceOf(URL)
    expect(JSON.stringify(out)).not.toContain('s3cret')
  })

  it('masks a secret cut in half at the end of a truncated string', () => {
    const out = redactor.redact(encode('please contact jane.doe@exam' + 'ple.com today', { maxStringLength: 28 })) as Record<string, string>
    expect(out['prefix']).toMatch(/^please contact <partial:[0-9a-f]{12}>$/)
    expect(redactor.redact(out as unknown as Encoded)).toEqual(out)
  })

  it('masks Luhn-valid card numbers held as numbers or bigints, under any key', () => {
    const out = redact({ n: 4111111111111111, big: 4111111111111111n, ms: 1764000000000, order: 1234567890123 }) as Record<string, Encoded>
    expect(out['n']).toMatch(/^<card:[0-9a-f]{12}>$/)
    expect(out['big']).toMatch(/^<card:[0-9a-f]{12}>$/)
    expect(out['ms']).toBe(1764000000000)
    expect(out['order']).toBe(1234567890123)
  })
})

describe('redaction by key name', () => {
  it('masks the whole value under sensitive keys, case- and separator-insensitively', () => {
    const value = {
      password: 'hunter2',
      PASSWD: 'x1',
      pwd: 1234,
      access_token: 'abc',
      'ACCESS-TOKEN': 'def',
      refreshToken: 'ghi',
      idToken: 'jkl',
      apiKey: 'k',
      'x-api-key': 'k2',
      Authorization: 'Basic dXNlcjpwYXNz',
      cookie: 'sid=1',
      'Set-Cookie': 'sid=2',
      ssn: 'nope',
      cardNumber: '1234',
      cvv: '123',
      privateKey: { pem: '-----BEGIN-----' },
      client_secret: 'cs',
      stripeSecretKey: 'sk',
      userPassword: 'up',
    }
    const out = redact(value) as Record<string, Encoded>
    for (const key of Object.keys(value)) expect(out[key], key).toMatch(/^<secret:[0-9a-f]{12}>$/)
    expect(JSON.stringify(out)).not.toContain('BEGIN')
  })

  it('leaves counts and look-alikes alone', () => {
    const value = { maxTokens: 4096, tokenCount: 12, totalTokens: 100, tokenizer: 'bpe', keyboard: 'qwerty', passage: 'text', sessions: 3, session: { userId: 'u1' }, author: 'ann', cid: 'c-1' }
    expect(redact(value)).toEqual(value)
  })

  it('keeps "no value" visible: null, undefined, empty string, booleans', () => {
    const out = redact({ password: null, token: undefined, secret: '', apiKey: false })
    expect(out).toEqual({ password: null, token: { $st: 'undefined' }, secret: '', apiKey: false })
  })

  it('masks by key inside Maps, class data and error props', () => {
    class Session {
      token = 'instance-token-1'
    }
    const error = Object.assign(new Error('x'), { password: 'in-error-props' })
    const out = JSON.stringify(redact({ m: new Map([['password', 'in-a-map']]), s: new Session(), error }))
    expect(out).not.toContain('in-a-map')
    expect(out).not.toContain('instance-token-1')
    expect(out).not.toContain('in-error-props')
  })

  it('masks extra configured keys', () => {
    const custom = createRedactor({ secret: 's', keys: ['internal_note'] })
    expect(custom.redact(encode({ InternalNote: 'secret plan' }))).toEqual({ InternalNote: expect.stringMatching(/^<secret:/) })
  })
})

describe('masks', () => {
  it('equal values get equal masks, different values different masks, across calls', () => {
    const a = redact({ x: 'jane@example.com', y: 'jane@example.com', z: 'john@example.com' }) as Record<string, string>
    expect(a['x']).toBe(a['y'])
    expect(a['x']).not.toBe(a['z'])
    expect((redact('jane@example.com') as string)).toBe(a['x'])
    expect(createRedactor({ secret: 'test-secret' }).redact('mail jane@example.com')).toBe(`mail ${a['x']}`)
  })

  it('depend on the secret', () => {
    const other = createRedactor({ secret: 'another' })
    expect(other.redact(encode('jane@example.com'))).not.toBe(redact('jane@example.com'))
  })

  it('many distinct secrets get distinct masks', () => {
    const masks = new Set<string>()
    for (let i = 0; i < 5000; i++) masks.add(redact(`user${i}@example.com`) as string)
    expect(masks.size).toBe(5000)
  })

  it('use SHADOWTEST_SECRET when no secret is given', () => {
    const before = process.env['SHADOWTEST_SECRET']
    try {
      process.env['SHADOWTEST_SECRET'] = 'from-env'
      const fromEnv = createRedactor().redact('a@b.co')
      expect(fromEnv).toBe(createRedactor({ secret: 'from-env' }).redact('a@b.co'))
      delete process.env['SHADOWTEST_SECRET']
      expect(createRedactor().redact('a@b.co')).not.toBe(fromEnv)
    } finally {
      if (before === undefined) delete process.env['SHADOWTEST_SECRET']
      else process.env['SHADOWTEST_SECRET'] = before
    }
  })

  it('redaction is idempotent and never re-masks a mask', () => {
    const value = { password: 'p', note: 'mail jane@example.com, card 4111 1111 1111 1111', n: 4111111111111111 }
    const once = redact(value)
    expect(redactor.redact(once)).toEqual(once)
    expect(isMask((once as Record<string, string>)['password']!)).toBe(true)
  })

  it('does not change its input and keeps tags decodable', () => {
    const input = encodeInput([{ when: new Date(0), tags: new Set(['a@b.co']), n: 10n, m: new Map([[1, 'x']]) }])
    const copy = structuredClone(input)
    const out = redactor.redact(input)
    expect(input).toEqual(copy)
    const args = decode(out.args as Encoded) as [{ when: Date; tags: Set<string>; n: bigint; m: Map<number, string> }]
    expect(args[0].when).toEqual(new Date(0))
    expect([...args[0].tags][0]).toMatch(/^<email:/)
    expect(args[0].n).toBe(10n)
    expect(args[0].m.get(1)).toBe('x')
  })
})

describe('false positives stay clear', () => {
  it.each([
    'ORD-2026-000123',
    'order #4111',
    '2026-01-15',
    '2026-01-15T10:00:00.000Z',
    '$1,234.56',
    '1234.56',
    '94107',
    '94107-1234',
    '123e4567-e89b-12d3-a456-426614174000',
    'v1.2.3',
    '1764000000000',
    '192.168.1.10',
    '3f9a1c2b4d5e6f708192a3b4c5d6e7f8',
    'SKU-ABC-12345',
    'Basic information about the Bearer authentication scheme',
    'task-sk-runner',
    'disk-usage-report-for-cluster-nodes',
    'INV-000-00-0000',
    '000-12-3456',
    '666-12-3456',
    'call at 10:30-11:45',
    'qty 12345678',
    'DE00 0000 0000 0000 0000 00',
    'user@localhost',
    'a@b',
    'The eyJ prefix alone',
  ])('%s', (value) => {
    expect(redact(value)).toBe(value)
  })
})

describe('allow list', () => {
  it('keeps values under allowed key names clear, even sensitive ones', () => {
    const r = createRedactor({ secret: 's', allow: ['supportEmail', 'csrf_token'] })
    const out = r.redact(encode({ supportEmail: 'help@shop.com', csrfToken: 'abc', other: 'x@y.io' })) as Record<string, string>
    expect(out['supportEmail']).toBe('help@shop.com')
    expect(out['csrfToken']).toBe('abc')
    expect(out['other']).toMatch(/^<email:/)
  })

  it('keeps values at allowed JSONPaths clear, with wildcards and descent', () => {
    class Customer {
      constructor(public email: string) {}
    }
    const r = createRedactor({ secret: 's', allow: ['$.args[0].customer.email', '$.args[*].publicKey', '$..shopEmail'] })
    const input = encodeInput([{ customer: new Customer('jane@example.com'), publicKey: 'pk', deep: { x: { shopEmail: 'shop@example.com' } } }, { publicKey: 'pk2', email: 'b@c.de' }])
    const out = JSON.stringify(r.redact(input))
    expect(out).toContain('jane@example.com')
    expect(out).toContain('shop@example.com')
    expect(out).not.toContain('b@c.de')
    expect(out).toContain('"publicKey":"pk"')
  })

  it('rejects a JSONPath it cannot match with a coded error', () => {
    expect(() => createRedactor({ allow: ['$.a[?(@.x)]'] })).toThrow(/CONFIG:INVALID/)
  })
})

describe('options', () => {
  it('turns single patterns off and the whole redactor off', () => {
    const noPhone = createRedactor({ secret: 's', patterns: { phone: false } })
    expect(noPhone.redact('+1 415 555 2671')).toBe('+1 415 555 2671')
    expect(noPhone.redact('a@b.co')).toMatch(/^<email:/)
    const off = createRedactor({ enabled: false })
    expect(off.redact(encode({ password: 'p', e: 'a@b.co' }))).toEqual({ password: 'p', e: 'a@b.co' })
  })

  it('adds custom patterns', () => {
    const r = createRedactor({ secret: 's', custom: [{ name: 'employee', pattern: 'EMP-\\d{6}' }, { name: 'ticket', pattern: /TCK\d+/i }] })
    expect(r.redact('by EMP-123456 on tck42')).toMatch(/^by <employee:[0-9a-f]{12}> on <ticket:[0-9a-f]{12}>$/)
  })

  it.each([
    [{ unknown: true }, /redaction\.unknown: unknown option/],
    [{ keys: 'password' }, /redaction\.keys/],
    [{ patterns: { fax: true } }, /redaction\.patterns\.fax: unknown pattern/],
    [{ patterns: { email: 'yes' } }, /redaction\.patterns\.email/],
    [{ custom: [{ name: 'x', pattern: '(' }] }, /redaction\.custom\[0\]\.pattern: not a valid regular expression/],
    [{ custom: [{ name: '1bad', pattern: 'x' }] }, /redaction\.custom\[0\]\.name/],
    [{ secret: '' }, /redaction\.secret/],
  ])('rejects %j with CONFIG:INVALID', (options, message) => {
    let error: unknown
    try {
      createRedactor(options as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ShadowtestError)
    expect((error as ShadowtestError).code).toBe('CONFIG:INVALID')
    expect((error as Error).message).toMatch(message)
  })
})
