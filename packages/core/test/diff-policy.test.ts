import { describe, expect, it } from 'vitest'
import {
  DIFF_SEMANTICS_VERSION,
  comparePolicySnapshot,
  isShadowtestError,
  policySnapshot,
  resolvePolicy,
  type DiffPolicyInput,
} from '@shadowtest/core'

function errorOf(input: unknown): { code: string; message: string; path: string | undefined; details: Record<string, unknown> } {
  try {
    resolvePolicy(input as DiffPolicyInput)
  } catch (error) {
    if (isShadowtestError(error)) return { code: error.code, message: error.message, path: error.path, details: error.details }
    throw error
  }
  throw new Error('expected resolvePolicy to throw')
}

describe('resolvePolicy', () => {
  it('applies defaults and freezes the result', () => {
    const policy = resolvePolicy()
    expect(policy).toMatchObject({
      id: 'default',
      semanticsVersion: DIFF_SEMANTICS_VERSION,
      ignoredFields: [],
      ignoredPaths: [],
      floatTolerance: { absolute: 0, relative: 0 },
      sortLists: 'none',
      maskTimestamps: false,
      maskUuids: false,
      rules: [],
    })
    expect(policy.hash).toMatch(/^[0-9a-f]{12}$/)
    expect(Object.isFrozen(policy)).toBe(true)
    expect(Object.isFrozen(policy.floatTolerance)).toBe(true)
    expect(() => (policy.ignoredFields as string[]).push('x')).toThrow()
  })

  it('keeps every option it was given', () => {
    const policy = resolvePolicy({
      id: 'pricing',
      ignoredFields: ['requestId'],
      ignoredPaths: ['$.meta.at', '$..timestamp', '$.items[*].id', "$['odd key']"],
      floatTolerance: { absolute: 0.01, relative: 0.001 },
      sortLists: ['$.tags'],
      maskTimestamps: true,
      maskUuids: true,
      rules: [
        { path: '$.total', rule: 'exact' },
        { path: '$.latency', rule: 'withinRange', min: 0, max: 100 },
        { path: '$.count', rule: 'maxIncreasePercent', percent: 10 },
        { path: '$.count', rule: 'maxDecreasePercent', percent: 0 },
      ],
    })
    expect(policy.id).toBe('pricing')
    expect(policy.rules).toHaveLength(4)
    expect(policy.sortLists).toEqual(['$.tags'])
    expect(resolvePolicy(policy)).toBe(policy)
  })

  it('rejects an unknown key, naming it and listing the allowed ones', () => {
    const error = errorOf({ ignoreFields: ['x'] })
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.message).toContain('"ignoreFields"')
    expect(error.message).toContain('ignoredFields, ignoredPaths, floatTolerance, sortLists, maskTimestamps, maskUuids, rules')
    expect(error.path).toBe('diff.ignoreFields')
  })

  it.each([
    [{ id: '' }, 'diff.id', 'non-empty string'],
    [{ ignoredFields: 'requestId' }, 'diff.ignoredFields', 'array of strings'],
    [{ ignoredFields: [1] }, 'diff.ignoredFields[0]', 'key name'],
    [{ ignoredPaths: ['meta.requestId'] }, 'diff.ignoredPaths[0]', 'starts with "$"'],
    [{ ignoredPaths: ['$.items['] }, 'diff.ignoredPaths[0]', 'unclosed "["'],
    [{ ignoredPaths: ['$.items[?(@.price >)]'] }, 'diff.ignoredPaths[0]', 'does not parse'],
    [{ ignoredPaths: ['$..'] }, 'diff.ignoredPaths[0]', 'recursive descent'],
    [{ ignoredPaths: ['$.a.'] }, 'diff.ignoredPaths[0]', 'property name'],
    [{ ignoredPaths: ['$.a[]'] }, 'diff.ignoredPaths[0]', 'empty "[]"'],
    [{ ignoredPaths: ["$['a]"] }, 'diff.ignoredPaths[0]', 'unclosed'],
    [{ floatTolerance: 0.01 }, 'diff.floatTolerance', 'absolute?, relative?'],
    [{ floatTolerance: { absolute: -1 } }, 'diff.floatTolerance.absolute', '≥ 0'],
    [{ floatTolerance: { relative: Number.NaN } }, 'diff.floatTolerance.relative', 'finite number'],
    [{ floatTolerance: { abs: 1 } }, 'diff.floatTolerance.abs', 'Allowed: absolute, relative'],
    [{ sortLists: true }, 'diff.sortLists', '"none", "all" or an array'],
    [{ sortLists: ['tags'] }, 'diff.sortLists[0]', 'starts with "$"'],
    [{ maskTimestamps: 'yes' }, 'diff.maskTimestamps', 'true or false'],
    [{ maskUuids: 1 }, 'diff.maskUuids', 'true or false'],
    [{ rules: {} }, 'diff.rules', 'array of { path, rule'],
    [{ rules: [{ path: '$.a', rule: 'approx' }] }, 'diff.rules[0].rule', 'Allowed: exact, withinRange, maxIncreasePercent, maxDecreasePercent'],
    [{ rules: [{ path: 'a', rule: 'exact' }] }, 'diff.rules[0].path', 'invalid JSONPath'],
    [{ rules: [{ path: '$.a', rule: 'exact', percent: 3 }] }, 'diff.rules[0].percent', 'unknown option "percent"'],
    [{ rules: [{ path: '$.a', rule: 'withinRange' }] }, 'diff.rules[0]', 'needs "min", "max" or both'],
    [{ rules: [{ path: '$.a', rule: 'withinRange', min: 5, max: 1 }] }, 'diff.rules[0]', 'min (5) is greater than max (1)'],
    [{ rules: [{ path: '$.a', rule: 'withinRange', min: '1' }] }, 'diff.rules[0].min', 'finite number'],
    [{ rules: [{ path: '$.a', rule: 'maxIncreasePercent' }] }, 'diff.rules[0]', 'needs "percent"'],
    [{ rules: [{ path: '$.a', rule: 'maxDecreasePercent', percent: -5 }] }, 'diff.rules[0].percent', '≥ 0'],
    ['strict', 'diff', 'expected an object'],
  ])('rejects %j at %s', (input, path, text) => {
    const error = errorOf(input)
    expect(error.code).toBe('CONFIG:INVALID')
    expect(error.path).toBe(path)
    expect(error.message).toContain(text)
  })
})

describe('policy hash and snapshots', () => {
  const base: DiffPolicyInput = {
    ignoredFields: ['requestId', 'traceId'],
    ignoredPaths: ['$.meta.at'],
    floatTolerance: { absolute: 0.01, relative: 0 },
    rules: [
      { path: '$.total', rule: 'exact' },
      { path: '$.n', rule: 'withinRange', min: 1, max: 3 },
    ],
  }

  it('is stable under key order, list order and the id', () => {
    const reordered: DiffPolicyInput = {
      rules: [
        { max: 3, min: 1, rule: 'withinRange', path: '$.n' },
        { rule: 'exact', path: '$.total' },
      ],
      floatTolerance: { relative: 0, absolute: 0.01 },
      ignoredPaths: ['$.meta.at'],
      ignoredFields: ['traceId', 'requestId'],
      id: 'renamed',
    }
    expect(resolvePolicy(reordered).hash).toBe(resolvePolicy(base).hash)
    // Defaults spelled out are the same policy as defaults left out.
    expect(resolvePolicy({ ...base, sortLists: 'none', maskUuids: false }).hash).toBe(resolvePolicy(base).hash)
  })

  it('differs whenever a verdict could differ', () => {
    const hashes = [
      base,
      { ...base, ignoredFields: ['requestId'] },
      { ...base, floatTolerance: { absolute: 0.02 } },
      { ...base, sortLists: 'all' as const },
      { ...base, maskTimestamps: true },
      { ...base, maskUuids: true },
      { ...base, rules: [{ path: '$.total', rule: 'exact' as const }] },
      { ...base, rules: [{ path: '$.n', rule: 'withinRange' as const, min: 1, max: 4 }] },
    ].map((p) => resolvePolicy(p).hash)
    expect(new Set(hashes).size).toBe(hashes.length)
  })

  it('compares stored and current snapshots', () => {
    const current = policySnapshot(resolvePolicy(base))
    expect(current).toEqual({ id: 'default', semanticsVersion: DIFF_SEMANTICS_VERSION, hash: resolvePolicy(base).hash })
    expect(comparePolicySnapshot(current, current).status).toBe('same')
    expect(comparePolicySnapshot({ ...current, id: 'old-name' }, current)).toMatchObject({ status: 'same', message: expect.stringContaining('renamed from "old-name"') })

    const drift = comparePolicySnapshot(policySnapshot(resolvePolicy({ ...base, maskUuids: true })), current)
    expect(drift.status).toBe('drift')
    expect(drift.message).toContain('POLICY_DRIFT')
    expect(drift.message).toContain('re-approve')

    const older = comparePolicySnapshot({ ...current, semanticsVersion: current.semanticsVersion - 1 }, current)
    expect(older.status).toBe('older-semantics')
    expect(older.message).toContain(`v${current.semanticsVersion - 1}`)
    const newer = comparePolicySnapshot({ ...current, semanticsVersion: current.semanticsVersion + 1 }, current)
    expect(newer.status).toBe('newer-semantics')
    expect(newer.message).toContain('Upgrade')
  })
})

describe('extending a resolved policy', () => {
  it('accepts a resolved policy spread with overrides and recomputes its hash', () => {
    const base = resolvePolicy({ id: 'config', ignoredFields: ['requestId'] })
    const extended = resolvePolicy({ ...base, floatTolerance: { absolute: 0.01 } })
    expect(extended.id).toBe('config')
    expect(extended.ignoredFields).toEqual(['requestId'])
    expect(extended.floatTolerance).toEqual({ absolute: 0.01, relative: 0 })
    expect(extended.hash).not.toBe(base.hash)
    expect(resolvePolicy({ ...base }).hash).toBe(base.hash)
  })
})
