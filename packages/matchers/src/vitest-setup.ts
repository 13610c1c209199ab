/**
 * What the Vitest setup entry (vitest.ts) loads while the test file loads: the matcher bound to
 * Vitest, and the worker's test-capture sink. Not an entry of its own.
 */
import { inject } from 'vitest'
import type { BaselineReadReceipt, EmptyCheck, GateProvided, ScenarioResult } from '@shadowtest/plugin/vitest'
import { currentTask, leaveResults } from './current-test.js'
export { rememberTestFile } from './current-test.js'
import { preloadConfig } from '@shadowtest/core'
import { createToMatchBaseline } from './matcher.js'
import { collectTestCaptures } from './test-captures.js'

function settings() {
  // inject() returns undefined when the setup file is used without the plugin.
  const provided = inject('shadowtest:options') as GateProvided | undefined
  return {
    rootDir: provided?.rootDir ?? process.cwd(),
    approve: provided?.approve ?? process.env.SHADOWTEST_APPROVE === '1',
    strict: provided?.strict ?? null,
  }
}

export const toMatchBaseline = createToMatchBaseline({
  runner: 'vitest',
  settings,
  async report(context, results: ScenarioResult[], read?: BaselineReadReceipt, empty?: EmptyCheck) {
    // The reporter (main process) reads these through testCase.meta().
    const task = await currentTask(context as { task?: unknown })
    if (task) leaveResults(task, results, read, empty)
  },
})

collectTestCaptures()

// Loaded while the worker waits for the test file: the project's config (a worker that gets no
// handoff loads it itself, ≈ 4 ms). Not committed to: the first matcher call takes it only if the
// SHADOWTEST_* variables and files it came from are unchanged, since the test file may still set
// them. A config error is left for the matcher call to report, where it belongs.
preloadConfig({ cwd: settings().rootDir })
