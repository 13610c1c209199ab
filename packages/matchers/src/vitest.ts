/**
 * The Vitest setup entry (`@shadowtest/matchers/vitest`). The plugin adds it to `setupFiles`;
 * without the plugin, list it there yourself.
 */
import { beforeAll, expect, inject } from 'vitest'
import { acceptConfigHandoff } from '@shadowtest/core'
import type { BaselineReadReceipt, EmptyCheck, GateProvided, ScenarioResult } from '@shadowtest/plugin/vitest'
import type { BaselineMatcherOptions } from './check-baseline.js'
import { currentTask, leaveResults, rememberTestFile } from './current-test.js'
import { createToMatchBaseline } from './matcher.js'
import { collectTestCaptures } from './test-captures.js'
import type { ScenarioCase } from './scenarios.js'

const toMatchBaseline = createToMatchBaseline({
  runner: 'vitest',
  settings() {
    // inject() returns undefined when the setup file is used without the plugin.
    const provided = inject('shadowtest:options') as GateProvided | undefined
    return {
      rootDir: provided?.rootDir ?? process.cwd(),
      approve: provided?.approve ?? process.env.SHADOWTEST_APPROVE === '1',
      strict: provided?.strict ?? null,
    }
  },
  async report(context, results: ScenarioResult[], read?: BaselineReadReceipt, empty?: EmptyCheck) {
    // The reporter (main process) reads these through testCase.meta().
    const task = await currentTask(context as { task?: unknown })
    if (task) leaveResults(task, results, read, empty)
  },
})

// The config the plugin loaded in the main process (used while its files are unchanged).
acceptConfigHandoff(inject('shadowtest:config'))
expect.extend({ toMatchBaseline })
// Where results go when the matcher cannot tell its test (see currentTask): the file, remembered
// once per test file. Not a `beforeEach`: a hook on every test costs the runner a timer, two
// task events and a `hooks` entry in each result it sends to the main process. Vitest 4.1+
// calls it with (fixtures context, suite), 3.x/4.0 with (suite); no named parameter, so that
// Vitest does not read the first one as a fixtures pattern.
beforeAll(function () {
  rememberTestFile(arguments[arguments.length - 1] as { file?: unknown })
})
collectTestCaptures()

/** The matcher's signature (what `expect(fn)` gains), for projects that write their own typing. */
export interface BaselineMatchers<R = unknown> {
  /** Replays every approved scenario of a captured function (or one scenario from `scenarios()`) and diffs it with the baseline. */
  toMatchBaseline(options?: BaselineMatcherOptions): Promise<R>
  toMatchBaseline(scenario: ScenarioCase, options?: BaselineMatcherOptions): Promise<R>
}

// The typing of `expect(fn).toMatchBaseline()`, the same on Vitest 3.2, 4.x and 5, with and without
// `skipLibCheck` (docs/gate.md, Types). Not Vitest's `Matchers`: its type parameters changed from
// `<T>` (3.2–4.x) to `<R, T>` (5), and an augmentation must repeat them exactly (TS2428). Chai's
// `Assertion` has none in every version, and each version's `Assertion` maps all of its members
// onto `expect()`, `.not`, `expect.soft()` (Vitest itself adds `containSubset` this way). It is
// also what runs: `expect.extend` puts the matcher on `chai.Assertion.prototype`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Chai {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Assertion extends BaselineMatchers<void> {}
  }
}
