/**
 * The Jest 30 entry (`@shadowtest/matchers/jest`): list it in `setupFilesAfterEnv`. Jest shows
 * only a matcher's message (it ignores actual/expected), so the whole diff report is in it.
 * Run Jest with `node --experimental-vm-modules` (Shadowtest is ESM).
 */
import type {} from 'expect'
import type { BaselineMatcherOptions } from './check-baseline.js'
import { createToMatchBaseline } from './matcher.js'
import { collectTestCaptures } from './test-captures.js'
import type { ScenarioCase } from './scenarios.js'

const toMatchBaseline = createToMatchBaseline({
  runner: 'jest',
  settings: () => ({
    rootDir: process.cwd(),
    approve: process.env.SHADOWTEST_APPROVE === '1',
    strict: null,
  }),
  // Jest has no task metadata; the failure message carries the report.
  report: () => {},
})

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
