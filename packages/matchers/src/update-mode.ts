/** How a matcher call may write baselines, exactly like snapshots: `-u` → 'all', default 'new', CI → 'none'. */
export type UpdateMode = 'all' | 'new' | 'none'

interface SnapshotStateLike {
  snapshotUpdateState?: unknown
  _updateSnapshot?: unknown
}

const isMode = (value: unknown): value is UpdateMode => value === 'all' || value === 'new' || value === 'none'

/**
 * The update mode for this matcher call. Read on every call, never cached: watch-mode `u`
 * changes the snapshot state of the rerun but not the values provided at start-up.
 * `snapshotUpdateState` is the public getter (Vitest ≥ 4.1.4); `_updateSnapshot` is the
 * field Vitest 3.x–4.1.3 and Jest 29/30 keep.
 */
export function updateModeOf(context: { snapshotState?: unknown }, approve = false): UpdateMode {
  if (approve) return 'all'
  const state = context.snapshotState as SnapshotStateLike | undefined
  if (isMode(state?.snapshotUpdateState)) return state.snapshotUpdateState
  if (isMode(state?._updateSnapshot)) return state._updateSnapshot
  return 'new'
}

/** Who approved, for the governance history: the command the user typed. */
export function approverOf(runner: 'vitest' | 'jest', approve: boolean): string {
  if (approve) return `${runner} (approve)`
  return `${runner} -u`
}
