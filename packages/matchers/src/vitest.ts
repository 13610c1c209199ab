/**
 * The Vitest setup entry (`@shadowtest/matchers/vitest`). The plugin adds it to `setupFiles`;
 * without the plugin, list it there yourself.
 *
 * Vitest runs setup files one after the other before it starts loading the test file, and a test
 * file's modules come from the main process (a round trip per module, the worker idle meanwhile).
 * So this entry only registers the matcher and starts loading what it runs (vitest-setup.ts: the
 * matchers, the plugin runtime, core) without waiting for it: that loading fills the worker's idle
 * time. Every call to the matcher and the file's first `beforeAll` wait for it, and fail with its
 * error if it fails. What must hold before that (a test file may call a captured function, or
 * `scenarios()`, while it is collected) is handed over through two global flags the runtime and core
 * read on first use: test captures go to memory, and the config is the one the plugin loaded.
 */
import { beforeAll, expect, inject } from 'vitest'
import type { BaselineMatcherOptions } from './check-baseline.js'
import type { MatcherContextLike, MatcherResult } from './matcher.js'
import type { ScenarioCase } from './scenarios.js'
import { markTestCaptures } from './test-capture-mode.js'

// The config the plugin loaded in the main process (core uses it while its files are unchanged).
;(globalThis as Record<symbol, unknown>)[Symbol.for('shadowtest.configHandoff')] = inject('shadowtest:config')
markTestCaptures()

const loading = import('./vitest-setup.js')
loading.catch(() => {}) // reported by the beforeAll below and by every matcher call

expect.extend({
  async toMatchBaseline(this: MatcherContextLike, ...args: [unknown, (ScenarioCase | BaselineMatcherOptions)?, BaselineMatcherOptions?]): Promise<MatcherResult> {
    const { toMatchBaseline } = await loading
    return toMatchBaseline.apply(this, args)
  },
})
// Where results go when the matcher cannot tell its test (see currentTask): the file, remembered
// once per test file. Not a `beforeEach`: a hook on every test costs the runner a timer, two
// task events and a `hooks` entry in each result it sends to the main process. Vitest 4.1+
// calls it with (fixtures context, suite), 3.x/4.0 with (suite); no named parameter, so that
// Vitest does not read the first one as a fixtures pattern.
beforeAll(async function () {
  const suite = arguments[arguments.length - 1] as { file?: unknown }
  ;(await loading).rememberTestFile(suite)
})

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
