import * as vitest from 'vitest'

/** The part of a Vitest task the gate uses: where to leave results for the reporter. */
export interface TaskLike {
  meta: Record<string, unknown>
}

interface VitestExports {
  TestRunner?: { getCurrentTest?: () => TaskLike | undefined }
}

let legacyGetCurrentTest: (() => TaskLike | undefined) | null | undefined

/**
 * The running test: `this.task` (Vitest ≥ 4.1), else the public runner API —
 * `TestRunner.getCurrentTest` (Vitest 4.1+, 5) or `getCurrentTest` from 'vitest/suite'
 * (3.x, 4.0; gone in 5). Never `@vitest/runner` directly: Vitest 5 bundles it.
 */
export async function currentTask(context: { task?: unknown }): Promise<TaskLike | undefined> {
  if (isTask(context.task)) return context.task
  const fromRunner = (vitest as unknown as VitestExports).TestRunner?.getCurrentTest?.()
  if (isTask(fromRunner)) return fromRunner
  if (legacyGetCurrentTest === undefined) {
    try {
      const suite = (await import('vitest/suite')) as { getCurrentTest?: () => TaskLike | undefined }
      legacyGetCurrentTest = suite.getCurrentTest ?? null
    } catch {
      legacyGetCurrentTest = null
    }
  }
  const legacy = legacyGetCurrentTest?.()
  return isTask(legacy) ? legacy : undefined
}

function isTask(value: unknown): value is TaskLike {
  return typeof value === 'object' && value !== null && typeof (value as { meta?: unknown }).meta === 'object'
}
