/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: packages/core/schema/*.schema.json. Regenerate with `npm run gen:types`;
 * `npm run gen:types -- --check` (part of `npm test`) fails when this file is stale.
 */

/** Any JSON value; stored values use Shadowtest's tagged encoding on top of plain JSON. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "ScenarioStatus".
 */
export type ScenarioStatus = 'pending' | 'approved' | 'deprecated'
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "Outcome".
 */
export type Outcome = ReturnOutcome | ThrowOutcome
/**
 * A recorded call the function made: a nested captured function, an HTTP/fetch exchange, or the clock.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "Dependency".
 */
export type Dependency = CallDependency | HttpDependency | ClockDependency
/**
 * What a history entry records: `record` is the first storing of a scenario, the others are governance transitions.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "GovernanceAction".
 */
export type GovernanceAction = 'record' | 'approve' | 'deprecate' | 'propose' | 'approve-change' | 'rerecord'

/**
 * One recorded behaviour of a function: its (encoded, redacted) input, what it returned or threw, and the dependencies it used. Stored in a baseline file under its semantic id.
 */
export interface Scenario {
  /**
   * "<function id>:<semantic id>", the semantic id being 12 lowercase hex characters.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "ScenarioIdString".
   */
  id: string
  status: ScenarioStatus
  /**
   * 1 when first stored, +1 on every approved change of outcome.
   */
  version: number
  /**
   * Monotonic per baseline file, assigned when the scenario is first stored.
   */
  seq: number
  /**
   * Human readable name, used as the test name.
   */
  label: string
  input: ScenarioInput
  outcome: Outcome
  dependencies: Dependency[]
  /**
   * JSONPaths whose values differ between two replays of unchanged code; ignored by the diff.
   */
  noise?: string[]
  proposed?: Proposal
  /**
   * An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Timestamp".
   */
  capturedAt: string
  durationMs?: number
  source: Source
  history: HistoryEntry[]
}
/**
 * The call's arguments and receiver, encoded and redacted; the semantic id is the hash of exactly this value.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "ScenarioInput".
 */
export interface ScenarioInput {
  /**
   * Items: A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  args: JsonValue[]
  /**
   * A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  this?: JsonValue
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "ReturnOutcome".
 */
export interface ReturnOutcome {
  kind: 'return'
  /**
   * A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  value: JsonValue
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "ThrowOutcome".
 */
export interface ThrowOutcome {
  kind: 'throw'
  /**
   * A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  error: JsonValue
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "CallDependency".
 */
export interface CallDependency {
  kind: 'call'
  functionId: string
  /**
   * "<function id>:<semantic id>", the semantic id being 12 lowercase hex characters.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "ScenarioIdString".
   */
  scenarioId: string
  input: ScenarioInput
  outcome: Outcome
  order: number
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "HttpDependency".
 */
export interface HttpDependency {
  kind: 'http'
  order: number
  request: HttpRequestRecord
  response: HttpResponseRecord
}
export interface HttpRequestRecord {
  method: string
  url: string
  headers: HttpHeaders
  /**
   * A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  body?: JsonValue
}
/**
 * Recorded header names (lower case) and values; only the headers configured in capture.http.recordHeaders.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "Headers".
 */
export interface HttpHeaders {
  [k: string]: string
}
export interface HttpResponseRecord {
  status: number
  statusText?: string
  headers: HttpHeaders
  /**
   * A value in Shadowtest's lossless tagged encoding: plain JSON, with non-JSON values as objects tagged by a "$st" key.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Encoded".
   */
  body?: JsonValue
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "ClockDependency".
 */
export interface ClockDependency {
  kind: 'clock'
  /**
   * Epoch milliseconds when the call started.
   */
  start: number
  /**
   * Every clock read (epoch ms) in order, replayed as is.
   */
  reads: number[]
}
/**
 * A newly recorded outcome that differs from the stored one, awaiting `approve-change`.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "Proposal".
 */
export interface Proposal {
  outcome: Outcome
  dependencies: Dependency[]
  /**
   * An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Timestamp".
   */
  capturedAt: string
  durationMs?: number
  source: Source
}
/**
 * Where a recording came from.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  kind: 'record' | 'vitest' | 'jest' | 'import'
  command?: string
  host?: string
  /**
   * Id of the process that captured the call (with host: which instance of a service recorded it).
   */
  pid?: number
  runId?: string
}
/**
 * One governance decision. `from` is null for the first `record` entry.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "HistoryEntry".
 */
export interface HistoryEntry {
  action: GovernanceAction
  from: ScenarioStatus | null
  to: ScenarioStatus
  /**
   * An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Timestamp".
   */
  at: string
  by: string
  reason?: string
  /**
   * The scenario's version after this decision.
   */
  version: number
}
/**
 * __baselines__/<module path>/<function>.baseline.json: every scenario of one function, keyed by semantic id.
 */
export interface BaselineFile {
  /**
   * Optional pointer to this schema, for editors.
   */
  $schema?: string
  /**
   * Format version of this file. Older versions are migrated on load.
   */
  schemaVersion: 2
  function: FunctionRef
  /**
   * Version of the Shadowtest engine that last wrote the file.
   */
  engineVersion: string
  policy: PolicySnapshot
  /**
   * Scenarios keyed by their semantic id (the part of the scenario id after the last colon).
   */
  scenarios: {
    [k: string]: Scenario
  }
}
/**
 * Which function the scenarios belong to. `module` is the source path relative to the root dir.
 *
 * This interface was referenced by `BaselineFile`'s JSON-Schema
 * via the `definition` "FunctionRef".
 */
export interface FunctionRef {
  id: string
  module?: string
  exportName?: string
}
/**
 * The diff policy the scenarios were approved under.
 *
 * This interface was referenced by `BaselineFile`'s JSON-Schema
 * via the `definition` "PolicySnapshot".
 */
export interface PolicySnapshot {
  id: string
  semanticsVersion: number
  hash: string
}
/**
 * One line of a capture file (.shadowtest/captures/*.ndjson): a finished, encoded and redacted call.
 */
export interface CaptureRecord {
  v: 1
  functionId: string
  module?: string
  exportName?: string
  semanticId: string
  label?: string
  input: ScenarioInput
  outcome: Outcome
  dependencies: Dependency[]
  /**
   * An ISO 8601 date-time, e.g. 2026-01-01T12:00:00.000Z.
   *
   * This interface was referenced by `Scenario`'s JSON-Schema
   * via the `definition` "Timestamp".
   */
  capturedAt: string
  durationMs: number
  source: Source
}
