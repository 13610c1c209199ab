import type { BaselineReadReceipt, EmptyCheck, ScenarioResult } from '@shadowtest/plugin/vitest'
import { checkBaseline, type BaselineMatcherOptions } from './check-baseline.js'
import { projectFor, type GateEnvironment } from './gate-environment.js'
import { isScenarioCase, isScenarioReplay, type ScenarioCase } from './scenarios.js'
import { approverOf, updateModeOf } from './update-mode.js'
import { takeTestCaptures } from './test-captures.js'

/** The part of Vitest's and Jest's matcher context the gate reads. */
export interface MatcherContextLike {
  isNot?: boolean
  /** Vitest: set under `expect.poll`, which would replay (and maybe approve) again and again. */
  poll?: boolean
  snapshotState?: unknown
}

/** How a runner entry (Vitest or Jest) plugs into the shared matcher. */
export interface RunnerBinding {
  runner: 'vitest' | 'jest'
  /** Project root, approve flag and strict override for this worker. */
  settings(): { rootDir: string; approve: boolean; strict: boolean | null }
  /**
   * Hands the per-scenario results (and what the call read, when it read a file; the function
   * it found nothing to replay for) to the runner's reporter side.
   */
  report(context: MatcherContextLike, results: ScenarioResult[], read?: BaselineReadReceipt, empty?: EmptyCheck): Promise<void> | void
}

export interface MatcherResult {
  pass: boolean
  message: () => string
}

/**
 * `toMatchBaseline` for either runner: `expect(fn).toMatchBaseline(options?)` checks every
 * scenario of a captured function; `expect(s.replay(fn)).toMatchBaseline(s, options?)` one.
 */
export function createToMatchBaseline(binding: RunnerBinding) {
  return async function toMatchBaseline(
    this: MatcherContextLike,
    received: unknown,
    scenarioOrOptions?: ScenarioCase | BaselineMatcherOptions,
    maybeOptions?: BaselineMatcherOptions,
  ): Promise<MatcherResult> {
    if (this.isNot) {
      throw new Error(
        '`.not.toMatchBaseline()` is not supported: a baseline states what the function does. ' +
          `To expect a change, update the baseline with \`${binding.runner} -u\` and review the diff.`,
      )
    }
    if (this.poll) {
      throw new Error('`expect.poll(…).toMatchBaseline()` is not supported: replaying is deterministic, so await `expect(fn).toMatchBaseline()` once.')
    }
    const settings = binding.settings()
    const { config, store } = projectFor(settings.rootDir)
    const approve = settings.approve || config.gate.approve
    const env: GateEnvironment = {
      config,
      store,
      mode: updateModeOf(this, approve),
      strict: settings.strict ?? config.gate.strict,
      by: approverOf(binding.runner, approve),
      runner: binding.runner,
      takeCaptures: takeTestCaptures,
    }
    const value = await received
    let outcome
    if (isScenarioCase(scenarioOrOptions)) {
      if (!isScenarioReplay(value)) {
        throw new TypeError('toMatchBaseline(s) expects `expect(s.replay(fn))`: pass the result of the scenario\'s replay().')
      }
      outcome = await checkBaseline(value.fn, env, maybeOptions, {
        scenarioId: scenarioOrOptions.id,
        ...(value.result ? { result: value.result } : {}),
        ...(value.error !== undefined ? { error: value.error } : {}),
      })
    } else {
      outcome = await checkBaseline(value, env, scenarioOrOptions ?? {})
    }
    await binding.report(this, outcome.results, outcome.read, outcome.empty)
    return { pass: outcome.pass, message: () => outcome.message }
  }
}
