import type { CaptureRecord, ScenarioDraft } from '@shadowtest/core'

/** The draft a capture record becomes in the baseline store (scenario id = function id + semantic id). */
export function draftFromRecord(record: CaptureRecord): ScenarioDraft {
  return {
    id: `${record.functionId}:${record.semanticId}`,
    ...(record.label === undefined ? {} : { label: record.label }),
    input: record.input,
    outcome: record.outcome,
    dependencies: record.dependencies,
    capturedAt: record.capturedAt,
    durationMs: record.durationMs,
    source: record.source,
  }
}
