/**
 * The Jest 30 entry (`@shadowtest/matchers/jest`): list it in `setupFilesAfterEnv`. Jest shows
 * only a matcher's message (it ignores actual/expected), so the whole diff report is in it.
 * Run Jest with `node --experimental-vm-modules` (Shadowtest is ESM). The summary and the
 * obsolete check come from the reporter, `@shadowtest/matchers/jest-reporter`.
 */
import type {} from 'expect'
import type { EmptyCheck, ScenarioResult } from '@shadowtest/plugin/vitest'
import type { BaselineMatcherOptions } from './check-baseline.js'
import { JEST_ROOT_ENV, JEST_RUN_DIR_ENV, runDirWriter } from './jest-run-dir.js'
import { createToMatchBaseline } from './matcher.js'
import { collectTestCaptures } from './test-captures.js'
import type { ScenarioCase } from './scenarios.js'

const toMatchBaseline = createToMatchBaseline({
  runner: 'jest',
  settings: () => ({
    // The reporter's `root` option, else where Jest was started (the reporter's default too).
    rootDir: process.env[JEST_ROOT_ENV] ?? process.cwd(),
    approve: process.env.SHADOWTEST_APPROVE === '1',
    strict: null,
  }),
  // Jest has no task metadata: results go to the reporter's run directory (none: no reporter).
  report: (_context, results, _read, empty) => writerFor(process.env[JEST_RUN_DIR_ENV])?.(results, empty),
})

type Write = (results: ScenarioResult[], empty?: EmptyCheck) => Promise<void>
let writer: { dir: string; write: Write } | undefined

function writerFor(dir: string | undefined): Write | undefined {
  if (!dir) return undefined
  if (writer?.dir !== dir) writer = { dir, write: runDirWriter(dir) }
  return writer.write
}

const jestExpect = (globalThis as { expect?: { extend(matchers: Record<string, unknown>): void } }).expect
if (!jestExpect) {
  throw new Error('@shadowtest/matchers/jest must be listed in setupFilesAfterEnv (the test framework is not installed yet in setupFiles).')
}
jestExpect.extend({ toMatchBaseline })
collectTestCaptures()

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    /** Replays every approved scenario of a captured function (or one from `scenarios()`) and diffs it with the baseline. */
    toMatchBaseline(options?: BaselineMatcherOptions): Promise<R>
    toMatchBaseline(scenario: ScenarioCase, options?: BaselineMatcherOptions): Promise<R>
  }
}
