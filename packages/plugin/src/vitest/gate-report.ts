/**
 * The data the gate passes from the workers (the matcher) to the main process (the reporter)
 * and from the reporter to `shadowtest verify`. Everything here must survive JSON: it travels
 * over Vitest's RPC channel as `task.meta` and is written to the report file.
 */
import type {} from 'vitest'
import type { StoredScenarioRef } from './summary.js'

/** What happened to one scenario in one matcher call. */
export type ScenarioResultStatus =
  /** replayed, equal to the approved outcome */
  | 'matched'
  /** first stored by this run (pending in 'new' mode, approved in 'all' mode) */
  | 'new'
  /** changed and re-approved as a new version (`vitest -u`) */
  | 'updated'
  /** changed (or could not be replayed) and not approved: fails the test */
  | 'failed'
  /** a pending scenario: replayed and reported, fails only when strict */
  | 'pending'

export interface ScenarioResult {
  scenarioId: string
  functionId: string
  label: string
  status: ScenarioResultStatus
  /** For `pending`: whether the replay differed from the recorded outcome. */
  changed: boolean
  /** The scenario's version in the baseline after this call. */
  baselineVersion: number
  /** One line, e.g. `2 changes: $.total, $.lines[0].price` (empty when equal). */
  diffSummary: string
  /** The rendered diff (or replay error) when the scenario differed; empty otherwise. */
  diff: string
  /** Paths found non-deterministic by replaying twice and stored as `noise` by this call. */
  noise: string[]
  /** The baseline file the scenario lives in (absolute). */
  file: string
}

/** The key under `task.meta` where the matcher leaves its results for the reporter. */
export const GATE_META_KEY = 'shadowtest'

export interface GateTaskMeta {
  /** Results in full: every result but the plain matched ones (in `matched`). */
  scenarios: ScenarioResult[]
  /**
   * The plain matched results (status `matched`, `changed` false, no diff text, no noise: most
   * of a green run's), compact: Vitest serialises every test's meta to the main process, and a
   * one-test-per-scenario suite sends one per scenario. The reporter rebuilds them with
   * `scenarioResultsOf`.
   */
  matched?: MatchedResults[]
  /** Whole-function checks that found nothing to replay (the test passed, but checked nothing). */
  empty?: EmptyCheck[]
  /**
   * Baseline files the matcher read and fully validated, so the reporter does not parse them
   * again. Each receipt's `unreplayed` may travel packed (see `MetaReceipt`): read them through
   * `receiptsOf`.
   */
  files?: MetaReceipt[]
}

/**
 * A receipt as it travels in `task.meta`: the unreplayed approved scenarios of the receipt's
 * function (all of them, as the matcher makes receipts) packed as
 * `[scenarioId, label, version, scenarioId, label, version, …]` in `packedUnreplayed`, which a
 * first one-scenario check (`toMatchBaseline(s)`) fills with every other scenario of the file.
 */
export interface MetaReceipt extends BaselineReadReceipt {
  packedUnreplayed?: Array<string | number>
}

/** The receipts of a task's meta, unpacked. */
export function receiptsOf(meta: GateTaskMeta): BaselineReadReceipt[] {
  if (!Array.isArray(meta.files)) return []
  return meta.files.map((sent) => {
    const { packedUnreplayed, ...receipt } = sent
    if (!Array.isArray(packedUnreplayed)) return receipt
    const unreplayed = [...receipt.unreplayed]
    for (let i = 0; i + 2 < packedUnreplayed.length; i += 3) {
      unreplayed.push({
        scenarioId: packedUnreplayed[i] as string,
        functionId: receipt.function.id,
        label: packedUnreplayed[i + 1] as string,
        status: 'approved',
        version: packedUnreplayed[i + 2] as number,
      })
    }
    return { ...receipt, unreplayed }
  })
}

/**
 * Matched results of one function and baseline file, in the order the matcher returned them:
 * `[functionId, file, scenarioId, label, baselineVersion, scenarioId, label, baselineVersion, …]`.
 */
export type MatchedResults = [functionId: string, file: string, ...entries: Array<string | number>]

/**
 * The `ScenarioResult`s of a task's meta: the packed matched ones rebuilt, then the full ones.
 * Results of one status keep the order the matcher returned them in (the worker sends matched
 * results in full only after the packed ones).
 */
export function scenarioResultsOf(meta: GateTaskMeta): ScenarioResult[] {
  const full = Array.isArray(meta.scenarios) ? meta.scenarios : []
  if (!Array.isArray(meta.matched)) return [...full]
  const results: ScenarioResult[] = []
  for (const group of meta.matched) {
    const functionId = group[0]
    const file = group[1]
    for (let i = 2; i + 2 < group.length; i += 3) {
      results.push({
        scenarioId: group[i] as string,
        functionId,
        label: group[i + 1] as string,
        status: 'matched',
        changed: false,
        baselineVersion: group[i + 2] as number,
        diffSummary: '',
        diff: '',
        noise: [],
        file,
      })
    }
  }
  results.push(...full)
  return results
}

/** Why a `toMatchBaseline()` call had nothing to replay. */
export type EmptyCheckReason =
  /** no baseline file for the function id (a typo in the capture id, never recorded, not committed) */
  | 'no-baseline'
  /** a baseline file whose scenarios are all deprecated (or that has none) */
  | 'no-live-scenarios'

/**
 * A whole-function `expect(fn).toMatchBaseline()` that replayed nothing and stored nothing: the
 * test passes locally (CI fails it), so the summary and the report must say it checked nothing.
 */
export interface EmptyCheck {
  functionId: string
  reason: EmptyCheckReason
  /** The baseline file the store reads and writes for the function (absolute). */
  file: string
}

/**
 * What a matcher call saw in a baseline file it read and validated. The reporter trusts it for
 * the file whose text still has this digest, and reads and validates every other file itself.
 */
export interface BaselineReadReceipt {
  /** Absolute path of the file. */
  file: string
  /**
   * sha256 (hex) of the file's text as the worker read it. Absent when `stamp` identifies the
   * content instead (exactly one of the two is set).
   */
  digest?: string
  /**
   * The file's stat identity (inode, size, mtime, ctime: `baselineFileStamp`), unchanged from before
   * the worker's read until after it, on a file last changed long enough ago that no later write
   * can keep it: any write after the read changes it. Cheaper than hashing the bytes.
   */
  stamp?: string
  function: { id: string; module?: string; exportName?: string }
  /** Scenarios in the file that are not deprecated (approved and pending). */
  counted: number
  /** Approved scenarios of the file that this call did not replay (candidates for obsolete). */
  unreplayed: StoredScenarioRef[]
}

/** Env var naming the file the reporter writes its machine-readable result to (read by `shadowtest verify`). */
export const REPORT_FILE_ENV = 'SHADOWTEST_REPORT_FILE'

/** Env var that forces update mode 'all' (like `vitest -u`). */
export const APPROVE_ENV = 'SHADOWTEST_APPROVE'

export type VerifyScenarioStatus = 'pass' | 'fail' | 'pending' | 'obsolete'

export interface GateRunReport {
  schemaVersion: 1
  timestamp: string
  shadowtestVersion: string
  /** Approved + pending scenarios in the baseline store at the end of the run. */
  baselineCount: number
  replayedCount: number
  mismatchCount: number
  /** True when every test file ran with no name filter and no skipped test (obsolete detection is only trusted then). */
  fullRun: boolean
  /** Vitest's own verdict for the run: failed tests of any kind make it 'failed'. */
  testRunState: 'passed' | 'failed' | 'interrupted'
  scenarios: Array<{
    scenarioId: string
    functionId: string
    label: string
    status: VerifyScenarioStatus
    /** The matcher's finer status (matched/new/updated/failed/pending) or `obsolete`. */
    detail: ScenarioResultStatus | 'obsolete'
    diffSummary: string
    diff: string
    baselineVersion: number
    /** Noise paths detected and stored by this run. */
    noise: string[]
  }>
  functions: FunctionSummary[]
  /**
   * Functions whose `toMatchBaseline()` replayed nothing (no baseline, or no live scenario) and
   * that no other call of the run replayed or stored anything for. Added in 0.x, additive.
   */
  emptyChecks: EmptyCheckSummary[]
  /** Problems that are not a scenario's (unreadable baseline files, …). */
  errors: string[]
}

export interface FunctionSummary {
  functionId: string
  matched: number
  new: number
  updated: number
  failed: number
  pending: number
  obsolete: number
  /** Scenarios that got noise paths in this run. */
  noise: number
}

export interface EmptyCheckSummary extends EmptyCheck {
  /** For 'no-baseline': a function id in the store within a small edit distance (a likely typo). */
  didYouMean?: string
}

/** What the plugin hands to every worker through `provide('shadowtest:options', …)`. */
export interface GateProvided {
  /** Where the Shadowtest config is searched from. */
  rootDir: string
  /** Forces update mode 'all' (plugin option `approve` or `SHADOWTEST_APPROVE=1`). */
  approve: boolean
  /** Plugin override of config `gate.strict`; null = use the config. */
  strict: boolean | null
}

declare module 'vitest' {
  interface ProvidedContext {
    'shadowtest:options': GateProvided
  }
  interface TaskMeta {
    shadowtest?: GateTaskMeta
  }
}
