/**
 * The Vitest setup entry (`@shadowtest/matchers/vitest`). The plugin adds it to `setupFiles`;
 * without the plugin, list it there yourself.
 */
import { beforeEach, expect, inject } from 'vitest'
import { acceptConfigHandoff } from '@shadowtest/core'
import type { BaselineReadReceipt, EmptyCheck, GateProvided, GateTaskMeta, ScenarioResult } from '@shadowtest/plugin/vitest'
import type { BaselineMatcherOptions } from './check-baseline.js'
import { currentTask, rememberTestFile } from './current-test.js'
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
    if (!task) return
    const meta = (task.meta.shadowtest ??= { scenarios: [] }) as GateTaskMeta
    meta.scenarios.push(...results)
    if (read) (meta.files ??= []).push(read)
    if (empty) (meta.empty ??= []).push(empty)
  },
})

// The config the plugin loaded in the main process (used while its files are unchanged).
acceptConfigHandoff(inject('shadowtest:config'))
expect.extend({ toMatchBaseline })
// Where results go when the matcher cannot tell its test (see currentTask).
beforeEach(({ task }) => rememberTestFile(task))
collectTestCaptures()

/** The matcher's signature, for users who augment `Matchers` themselves (e.g. Vitest 5). */
export interface BaselineMatchers<R = unknown> {
  /** Replays every approved scenario of a captured function (or one scenario from `scenarios()`) and diffs it with the baseline. */
  toMatchBaseline(options?: BaselineMatcherOptions): Promise<R>
  toMatchBaseline(scenario: ScenarioCase, options?: BaselineMatcherOptions): Promise<R>
}

declare module 'vitest' {
  // Vitest 3.2–4.x shape; Vitest 5 changed the type parameters (see docs/gate.md).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends BaselineMatchers<void> {}
}
