import { describe, expect, test } from 'vitest'
import { approverOf, updateModeOf } from '../src/update-mode.js'

describe('updateModeOf', () => {
  test('reads the public getter first (Vitest ≥ 4.1.4), then the private field (Vitest 3, Jest)', () => {
    expect(updateModeOf({ snapshotState: { snapshotUpdateState: 'all', _updateSnapshot: 'new' } })).toBe('all')
    expect(updateModeOf({ snapshotState: { _updateSnapshot: 'none' } })).toBe('none')
    expect(updateModeOf({ snapshotState: { snapshotUpdateState: undefined, _updateSnapshot: 'all' } })).toBe('all')
  })

  test('defaults to new without a snapshot state or with a value it does not know', () => {
    expect(updateModeOf({})).toBe('new')
    expect(updateModeOf({ snapshotState: { _updateSnapshot: true } })).toBe('new')
  })

  test('approve forces all, even in CI', () => {
    expect(updateModeOf({ snapshotState: { _updateSnapshot: 'none' } }, true)).toBe('all')
  })

  test('the approver names the command the user ran', () => {
    expect(approverOf('vitest', false)).toBe('vitest -u')
    expect(approverOf('jest', true)).toBe('jest (approve)')
  })
})
