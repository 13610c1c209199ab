import type { Dependency, FunctionRef, Outcome, ScenarioInput, Source } from './generated-types.js'

export type {
  BaselineFile,
  CallDependency,
  CaptureRecord,
  ClockDependency,
  Dependency,
  FunctionRef,
  GovernanceAction,
  HistoryEntry,
  HttpDependency,
  HttpHeaders,
  HttpRequestRecord,
  HttpResponseRecord,
  JsonValue,
  Outcome,
  Proposal,
  ReturnOutcome,
  Scenario,
  ScenarioInput,
  ScenarioStatus,
  Source,
  ThrowOutcome,
} from './generated-types.js'

/** The format version this engine writes. Older files are migrated on load (see `migrations`). */
export const CURRENT_SCHEMA_VERSION = 2 as const

/**
 * A scenario as a recorder produces it, before the store gives it a status, a `seq`, a version
 * and a history. `id` must equal `scenarioIdFromEncoded(functionId, input)`.
 */
export interface ScenarioDraft {
  id: string
  label?: string
  input: ScenarioInput
  outcome: Outcome
  dependencies: Dependency[]
  capturedAt: string
  durationMs?: number
  source: Source
}

/** Where a baseline file lives, as `BaselineStore.list()` reports it. */
export interface BaselineFileRef {
  functionId: string
  /** Absolute path of the file. */
  file: string
  function: FunctionRef
}

