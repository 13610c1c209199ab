import * as vitest from 'vitest'
import type { BaselineReadReceipt, EmptyCheck, GateTaskMeta, ScenarioResult } from '@shadowtest/plugin/vitest'

type MatchedResults = NonNullable<GateTaskMeta['matched']>[number]
type MetaReceipt = NonNullable<GateTaskMeta['files']>[number]

/** The part of a Vitest task the gate uses: where to leave results for the reporter. */
export interface TaskLike {
  meta: Record<string, unknown>
  /** The test file's task: the reporter reads its meta too (`testModule.meta()`). */
  file?: TaskLike
}

interface VitestExports {
  TestRunner?: { getCurrentTest?: () => TaskLike | undefined }
}

let legacyGetCurrentTest: (() => TaskLike | undefined) | null | undefined
/** The file that started last in this worker (set by the setup file's `beforeAll`). */
let lastFile: TaskLike | undefined

/**
 * Called by the setup entry when a test file starts (with the file's task) and usable with any
 * test: its file is where results go when no test can be told.
 */
export function rememberTestFile(task: { file?: unknown }): void {
  if (isTask(task.file)) lastFile = task.file
}

/**
 * Where the matcher leaves its results: the test from `this.task` (Vitest ≥ 4.0.x with the
 * test context's `expect`), else the running test's **file**. Without `this.task` (Vitest 3.x,
 * or the global `expect` in concurrent tests) the runner's "current test" is just the test that
 * started last, and none once any test has finished, so concurrent tests' results would be lost
 * or land on another test; their file is certain. The runner API is `TestRunner.getCurrentTest`
 * (Vitest 4.1+, 5) or `getCurrentTest` from 'vitest/suite' (3.x, 4.0; gone in 5). Never
 * `@vitest/runner` directly: Vitest 5 bundles it.
 */
export async function currentTask(context: { task?: unknown }): Promise<TaskLike | undefined> {
  if (isTask(context.task)) return context.task
  const fromRunner = (vitest as unknown as VitestExports).TestRunner?.getCurrentTest?.()
  if (isTask(fromRunner)) return fileOf(fromRunner)
  if (legacyGetCurrentTest === undefined) {
    try {
      const suite = (await import('vitest/suite')) as { getCurrentTest?: () => TaskLike | undefined }
      legacyGetCurrentTest = suite.getCurrentTest ?? null
    } catch {
      legacyGetCurrentTest = null
    }
  }
  const legacy = legacyGetCurrentTest?.()
  return isTask(legacy) ? fileOf(legacy) : lastFile
}

function fileOf(test: TaskLike): TaskLike {
  return isTask(test.file) ? test.file : test
}

function isTask(value: unknown): value is TaskLike {
  return typeof value === 'object' && value !== null && typeof (value as { meta?: unknown }).meta === 'object'
}

/**
 * Leaves one matcher call's results in `task.meta.shadowtest` for the reporter (main process).
 * Vitest serialises every test's meta to the main process, so a plain matched result (status
 * `matched`, unchanged, no diff text, no noise: most of a green run's) goes in compact form,
 * `[functionId, file, scenarioId, label, baselineVersion, …]` in `meta.matched`, rebuilt by the
 * reporter (`scenarioResultsOf`); every other result goes in full to `meta.scenarios`.
 */
export function leaveResults(task: TaskLike, results: ScenarioResult[], read?: BaselineReadReceipt, empty?: EmptyCheck): void {
  const meta = (task.meta.shadowtest ??= { scenarios: [] }) as GateTaskMeta
  // The reporter puts the packed results before the full ones: once a matched result had to go in
  // full, later matched ones do too, so results of one status keep their order (which one of two
  // equal-status results for a scenario the report keeps depends on it).
  let fullMatched = meta.scenarios.some((r) => r.status === 'matched')
  for (const result of results) {
    if (fullMatched || !packsAsMatched(result)) {
      meta.scenarios.push(result)
      if (result.status === 'matched') fullMatched = true
      continue
    }
    const groups = (meta.matched ??= [])
    let group = groups[groups.length - 1]
    if (group === undefined || group[0] !== result.functionId || group[1] !== result.file) {
      group = [result.functionId, result.file] as MatchedResults
      groups.push(group)
    }
    group.push(result.scenarioId, result.label, result.baselineVersion)
  }
  if (read) (meta.files ??= []).push(packReceipt(read))
  if (empty) (meta.empty ??= []).push(empty)
}

/** Whether `MatchedResults` carries `result` without loss (the reporter's `scenarioResultsOf` rebuilds exactly these fields). */
function packsAsMatched(result: ScenarioResult): boolean {
  return (
    result.status === 'matched' &&
    result.changed === false &&
    result.diffSummary === '' &&
    result.diff === '' &&
    result.noise.length === 0
  )
}

/** `receipt` with its unreplayed approved scenarios of the receipt's function packed (`MetaReceipt`). */
function packReceipt(receipt: BaselineReadReceipt): MetaReceipt {
  const unreplayed: BaselineReadReceipt['unreplayed'] = []
  const packed: Array<string | number> = []
  for (const ref of receipt.unreplayed) {
    if (ref.status === 'approved' && ref.functionId === receipt.function.id) packed.push(ref.scenarioId, ref.label, ref.version)
    else unreplayed.push(ref)
  }
  return packed.length === 0 ? receipt : { ...receipt, unreplayed, packedUnreplayed: packed }
}
