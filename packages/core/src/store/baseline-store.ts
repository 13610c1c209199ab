import type { BaselineFile, BaselineFileRef, FunctionRef, ScenarioDraft, Source } from '../model/index.js'

export interface UpsertOptions {
  /** Who recorded, for the history (`record`, `ci`, a user name…). */
  by: string
  /** Replaces every draft's `source` (e.g. the `record` command stamping its run). */
  source?: Source | undefined
  /** ISO time written into history entries; now by default. */
  at?: string | undefined
  /**
   * Plan only: check the drafts, run every governance transition and validate the resulting file
   * exactly as a real upsert would, report what would happen, and write nothing (no lock, no
   * folder). `record` plans every function first so that one rejected function leaves all files
   * as they were.
   */
  dryRun?: boolean | undefined
}

/** Options of `BaselineStore.update`. */
export interface UpdateOptions {
  /** Run `mutate` on the current file and validate its result, but write nothing (no lock, no folder). */
  dryRun?: boolean | undefined
}

/** What `upsertScenarios` did, scenario ids per outcome. */
export interface UpsertResult {
  functionId: string
  file: string
  /** New scenarios, stored as `pending`. */
  added: string[]
  /** Recorded again with the same outcome: nothing changed (idempotent). */
  unchanged: string[]
  /** Approved scenarios that now behave differently: the new outcome waits in `proposed`. */
  proposed: string[]
  /** Pending scenarios recorded again with a different outcome: the newest recording replaces it. */
  updated: string[]
  /** Deprecated scenarios recorded again: back to `pending`. */
  rerecorded: string[]
  /**
   * Approved scenarios recorded again with their approved outcome while a changed outcome waited
   * in `proposed`: the newest recording says the change is gone, so the proposal is withdrawn
   * (a flaky run's proposal must not be approved later by `approve --all`).
   */
  withdrawn: string[]
  /**
   * Scenarios recorded again with their stored outcome but different dependencies (a changed URL,
   * a changed answer): the dependencies are replaced in place, status and version kept, and a
   * `record` history entry says they were refreshed. Also listed in `withdrawn` when a proposal was withdrawn.
   */
  refreshed: string[]
}

/**
 * Where baseline files live. The file-system store is one implementation; tests and other
 * backends plug in through this port.
 */
export interface BaselineStore {
  /** Every baseline file, with the function it holds. */
  list(): Promise<BaselineFileRef[]>
  read(functionId: string): Promise<BaselineFile | undefined>
  /**
   * Read-modify-write under a cross-process lock. `mutate` receives the current file (or
   * undefined) and returns the next one, or undefined to leave the file as it is. With
   * `dryRun`, the next file is validated and returned but not written.
   */
  update(
    fn: FunctionRef,
    mutate: (current: BaselineFile | undefined) => BaselineFile | undefined,
    options?: UpdateOptions,
  ): Promise<BaselineFile | undefined>
  /** Adds drafts as `pending` (dedupe by id, next `seq`), proposes changed outcomes of approved scenarios. */
  upsertScenarios(fn: FunctionRef, drafts: ScenarioDraft[], options: UpsertOptions): Promise<UpsertResult>
  /** The file a function's baselines are stored in (absolute). */
  fileFor(fn: FunctionRef): string
}
