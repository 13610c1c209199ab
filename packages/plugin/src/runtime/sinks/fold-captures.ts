import type { BaselineStore, FunctionRef, ScenarioDraft, UpsertResult } from '@shadowtest/core'
import { readCapturesFrom } from './capture-backend.js'
import { draftFromRecord } from './draft.js'
import type { CaptureBackend } from './postgres-options.js'
import type { CaptureReadIssue, ReadCapturesOptions } from './read-captures.js'

export interface FoldResult {
  /** Records read (after filters), including repeats of one scenario. */
  records: number
  /** One entry per function, in the order functions were first seen. */
  functions: UpsertResult[]
  /** Lines skipped while reading (torn tails, corrupt or invalid lines). */
  issues: readonly CaptureReadIssue[]
}

/**
 * Reads the captures of `from` (a capture directory, or a backend: NDJSON or Postgres) matching `filter` and adds them to `store` as pending scenarios,
 * one upsert per function. Within one run the first recording of a scenario wins; the store
 * dedupes against what is already on disk, so folding the same captures twice adds nothing.
 * All or nothing: every function's upsert is planned (a dry run) before any file is written, so
 * a function that governance or validation rejects leaves every baseline file as it was.
 */
export async function foldCaptures(
  from: string | CaptureBackend,
  store: BaselineStore,
  options: { filter?: ReadCapturesOptions; by: string; at?: string; dryRun?: boolean },
): Promise<FoldResult> {
  const reader = readCapturesFrom(from, options.filter)
  const byFunction = new Map<string, { fn: FunctionRef; drafts: Map<string, ScenarioDraft> }>()
  let records = 0
  for await (const record of reader) {
    records += 1
    let entry = byFunction.get(record.functionId)
    if (!entry) {
      const fn: FunctionRef = {
        id: record.functionId,
        ...(record.module === undefined ? {} : { module: record.module }),
        ...(record.exportName === undefined ? {} : { exportName: record.exportName }),
      }
      entry = { fn, drafts: new Map() }
      byFunction.set(record.functionId, entry)
    }
    const draft = draftFromRecord(record)
    if (!entry.drafts.has(draft.id)) entry.drafts.set(draft.id, draft)
  }
  // All or nothing: plan every function's upsert (ids, governance transitions, validation of
  // the resulting file) before writing any. A rejected function throws here, and no file has
  // changed. Then each file is written atomically under its lock, re-merged against what is on
  // disk then (a concurrent writer in between can still make a later function fail).
  const at = options.at ?? new Date().toISOString()
  const planned = [...byFunction.values()].map(({ fn, drafts }) => ({ fn, drafts: [...drafts.values()] }))
  const checked: UpsertResult[] = []
  for (const { fn, drafts } of planned) checked.push(await store.upsertScenarios(fn, drafts, { by: options.by, at, dryRun: true }))
  if (options.dryRun === true) return { records, functions: checked, issues: reader.issues }
  const functions: UpsertResult[] = []
  for (const { fn, drafts } of planned) functions.push(await store.upsertScenarios(fn, drafts, { by: options.by, at }))
  return { records, functions, issues: reader.issues }
}
