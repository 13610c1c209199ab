import * as vitest from 'vitest'

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
/** The file of the last test that started in this worker (set by the setup file's `beforeEach`). */
let lastFile: TaskLike | undefined

/** Called for every test by the setup entry: its file is where results go when no test can be told. */
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
