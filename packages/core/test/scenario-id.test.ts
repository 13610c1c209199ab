import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  canonicalize,
  createRedactor,
  encode,
  encodeInput,
  parseScenarioId,
  scenarioId,
  scenarioIdFromEncoded,
  SEMANTICS_VERSION,
  semanticIdOf,
  ShadowtestError,
} from '@shadowtest/core'
import { GOLDEN_SECRET, goldenInputs } from './scenario-id-vectors.js'

const goldenFile = fileURLToPath(new URL('./golden/scenario-ids.json', import.meta.url))
const redactor = createRedactor({ secret: GOLDEN_SECRET })

interface Golden {
  semanticsVersion: number
  secret: string
  vectors: { name: string; id: string; canonical: string }[]
}

function computeVectors(): Golden['vectors'] {
  return goldenInputs().map((v) => {
    const input = redactor.redact(encodeInput(v.args, v.this))
    return { name: v.name, id: scenarioId(v.functionId, { args: v.args, this: v.this }, { redactor }), canonical: canonicalize(input as never) }
  })
}

describe('golden scenario ids', () => {
  it('ids of the pinned inputs have not changed', () => {
    const computed = computeVectors()
    // Regenerate deliberately, after bumping SEMANTICS_VERSION: SHADOWTEST_WRITE_GOLDEN=1 npx vitest run --project core scenario-id
    if (process.env['SHADOWTEST_WRITE_GOLDEN'] === '1') {
      const golden: Golden = { semanticsVersion: SEMANTICS_VERSION, secret: GOLDEN_SECRET, vectors: computed }
      writeFileSync(goldenFile, `${JSON.stringify(golden, null, 2)}\n`)
    }
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Golden
    expect(golden.vectors.length).toBeGreaterThanOrEqual(20)
    const hint =
      'The canonical form (or the encoding) changed, so every stored scenario id would change. ' +
      'If this is intended: bump SEMANTICS_VERSION in packages/core/src/identity/semantic-id.ts, regenerate ' +
      'packages/core/test/golden/scenario-ids.json (SHADOWTEST_WRITE_GOLDEN=1), and say so in the changelog.'
    expect(golden.semanticsVersion, hint).toBe(SEMANTICS_VERSION)
    for (const [i, vector] of golden.vectors.entries()) {
      expect(computed[i]?.name).toBe(vector.name)
      expect(computed[i]?.canonical, `${hint}\nvector "${vector.name}": canonical form`).toBe(vector.canonical)
      expect(computed[i]?.id, `${hint}\nvector "${vector.name}": id`).toBe(vector.id)
    }
  })

  it('all pinned ids differ from each other', () => {
    const ids = computeVectors().map((v) => v.id.split(':')[1])
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('scenario ids', () => {
  it('have the form <functionId>:<12 hex>', () => {
    expect(scenarioId('pricing.quote', { args: [{ a: 1 }] })).toMatch(/^pricing\.quote:[0-9a-f]{12}$/)
  })

  it('scenarioId on raw values equals scenarioIdFromEncoded on the stored (encoded, redacted) input', () => {
    const args = [{ email: 'a.b@example.com', when: new Date(0), n: 1n }]
    const stored = JSON.parse(JSON.stringify(redactor.redact(encodeInput(args)))) as ReturnType<typeof encodeInput>
    expect(scenarioIdFromEncoded('f', stored)).toBe(scenarioId('f', { args }, { redactor }))
    expect(scenarioId('f', args, { redactor })).toBe(scenarioId('f', { args }, { redactor }))
  })

  it('redacts before hashing: two inputs differing only in a password get different ids, masked consistently', () => {
    const a = scenarioId('login', [{ user: 'u', password: 'one' }], { redactor })
    const b = scenarioId('login', [{ user: 'u', password: 'two' }], { redactor })
    expect(a).not.toBe(b)
    expect(scenarioId('login', [{ user: 'u', password: 'one' }], { redactor })).toBe(a)
    const stored = redactor.redact(encodeInput([{ user: 'u', password: 'one' }]))
    expect(JSON.stringify(stored)).not.toContain('one')
  })

  it('depend on the function id and on `this`', () => {
    expect(scenarioId('a', [1])).not.toBe(scenarioId('b', [1]))
    expect(scenarioId('a', { args: [1], this: { x: 1 } })).not.toBe(scenarioId('a', { args: [1] }))
  })

  it('semanticIdOf is version-prefixed sha256, 12 lowercase hex chars', async () => {
    const { createHash } = await import('node:crypto')
    const expected = createHash('sha256').update(`shadowtest/semantics/v${SEMANTICS_VERSION}\n[1]`).digest('hex').slice(0, 12)
    expect(semanticIdOf([1])).toBe(expected)
  })

  it('reject bad function ids with a coded error', () => {
    expect(() => scenarioId('', [])).toThrowError(ShadowtestError)
    expect(() => scenarioId('has space', [])).toThrow(/VALIDATION:FUNCTION_ID_INVALID/)
  })
})

describe('parseScenarioId', () => {
  it('splits at the last colon', () => {
    expect(parseScenarioId('pricing.quote:9f2c41d07a1b')).toEqual({ functionId: 'pricing.quote', semanticId: '9f2c41d07a1b' })
    expect(parseScenarioId('src/a.ts:quote:9f2c41d07a1b')).toEqual({ functionId: 'src/a.ts:quote', semanticId: '9f2c41d07a1b' })
  })

  it.each(['', 'nocolon', ':9f2c41d07a1b', 'f:9F2C41D07A1B', 'f:9f2c41', 'f:9f2c41d07a1bb'])('rejects %j', (id) => {
    expect(() => parseScenarioId(id)).toThrow(/VALIDATION:SCENARIO_ID_INVALID/)
  })
})

describe('canonicalize', () => {
  it('sorts keys at every level', () => {
    expect(canonicalize({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}')
  })

  it('orders Map entries and Set members by content', () => {
    expect(canonicalize(encode(new Map([['b', 1], ['a', 2]])))).toBe(canonicalize(encode(new Map([['a', 2], ['b', 1]]))))
    expect(canonicalize(encode(new Set([2, 1])))).toBe(canonicalize(encode(new Set([1, 2]))))
  })

  it('keeps -0, NaN and non-finite numbers apart even if they reach it raw', () => {
    expect(canonicalize(-0)).toBe('{"$st":"number","value":"-0"}')
    expect(canonicalize(encode(-0))).toBe(canonicalize(-0))
    expect(canonicalize(0)).toBe('0')
  })

  it('writes cycles as levels up, so they do not depend on where the cycle was first met', () => {
    const x: Record<string, unknown> = {}
    x['self'] = x
    const ab = canonicalize(encode({ a: x, b: x }))
    const ba = canonicalize(encode({ b: x, a: x }))
    expect(ab).toBe(ba)
    expect(ab).toBe('{"a":{"self":{"$st":"ref","up":1}},"b":{"self":{"$st":"ref","up":1}}}')
  })

  it('does not read a `$st` key inside an escaped object as a tag', () => {
    const escaped = canonicalize(encode({ $st: 'ref', path: '$' }))
    expect(escaped).toBe('{"$st":"object","value":{"$st":"ref","path":"$"}}')
  })
})
