import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffValues } from '@shadowtest/core'

// Values built from a template of id slots: slot k holds the k-th id of a side.
type Template = Array<{ slot: number; note: string }>
const template = fc.array(fc.record({ slot: fc.nat(4), note: fc.constantFrom('a', 'b') }), { minLength: 1, maxLength: 8 })
const fill = (t: Template, ids: readonly string[]) => t.map(({ slot, note }) => ({ id: ids[slot], note, url: `/x/${ids[slot]}` }))

describe('masks keep equality links (property)', () => {
  it('renaming every id one-to-one is no change', () => {
    fc.assert(
      fc.property(template, fc.uniqueArray(fc.uuid(), { minLength: 10, maxLength: 10 }), (t, ids) => {
        const before = fill(t, ids.slice(0, 5))
        const after = fill(t, ids.slice(5))
        return diffValues(before, after, { maskUuids: true }).equal
      }),
      { numRuns: 200 },
    )
  })

  it('merging two distinct ids into one is a change', () => {
    fc.assert(
      fc.property(template, fc.uniqueArray(fc.uuid(), { minLength: 5, maxLength: 5 }), (t, ids) => {
        const used = [...new Set(t.map((s) => s.slot))]
        fc.pre(used.length >= 2)
        const [a, b] = used as [number, number]
        const merged = ids.map((id, k) => (k === b ? (ids[a] as string) : id))
        return !diffValues(fill(t, ids), fill(t, merged), { maskUuids: true }).equal
      }),
      { numRuns: 200 },
    )
  })

  it('swapping two ids that both sides share is a change', () => {
    fc.assert(
      fc.property(template, fc.uniqueArray(fc.uuid(), { minLength: 5, maxLength: 5 }), (t, ids) => {
        const used = [...new Set(t.map((s) => s.slot))]
        fc.pre(used.length >= 2)
        const [a, b] = used as [number, number]
        const swapped = ids.map((id, k) => (k === a ? (ids[b] as string) : k === b ? (ids[a] as string) : id))
        return !diffValues(fill(t, ids), fill(t, swapped), { maskUuids: true }).equal
      }),
      { numRuns: 200 },
    )
  })

  it('timestamps follow the same rules', () => {
    const before = { created: '2026-01-01T10:00:00.000Z', updated: '2026-01-01T10:00:00.000Z', log: 'at 2026-01-01T10:00:00.000Z' }
    expect(diffValues(before, { created: '2026-02-02T11:11:11Z', updated: '2026-02-02T11:11:11Z', log: 'at 2026-02-02T11:11:11Z' }, { maskTimestamps: true }).equal).toBe(true)
    const broken = diffValues(before, { created: '2026-02-02T11:11:11Z', updated: '2026-03-03T11:11:11Z', log: 'at 2026-02-02T11:11:11Z' }, { maskTimestamps: true })
    expect(broken.changes).toEqual([{ path: '$.updated', kind: 'changed', before: '<timestamp#1>', after: '<timestamp#2>' }])
  })
})
