import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadConfigSync, readValidatedBaselineFileSync, ShadowtestError, type BaselineFile, type ResolvedPolicy, type Scenario } from '@shadowtest/core'
import { replay, type ReplayMode, type ReplayResult } from '@shadowtest/plugin/runtime'

const REPLAYED = Symbol.for('shadowtest:scenario-replay')

/** What `s.replay(fn)` resolves to; `expect(…).toMatchBaseline(s)` checks it against the baseline. */
export interface ScenarioReplay {
  readonly [REPLAYED]: true
  scenarioId: string
  fn: unknown
  result?: ReplayResult
  /** The replay failed before producing an outcome (e.g. an unrecorded dependency). */
  error?: unknown
}

/** One stored scenario, ready for `test.each` / `test.for`. */
export interface ScenarioCase {
  id: string
  label: string
  functionId: string
  status: Scenario['status']
  version: number
  /**
   * Replays the scenario on `fn` (the captured function) with the config's replay mode, or
   * `options.mode`. Never rejects: a failure is checked by the matcher.
   */
  replay(fn: unknown, options?: { mode?: ReplayMode }): Promise<ScenarioReplay>
}

export interface ScenariosOptions {
  /** Which scenarios to return; default: approved and pending (never deprecated). */
  status?: Scenario['status'] | Array<Scenario['status']>
  /** Where the Shadowtest config is searched from (default: process.cwd()). */
  cwd?: string
}

/**
 * The stored scenarios of a function, loaded synchronously because `test.each` needs the array
 * when the file is collected.
 *
 * @example
 * test.each(scenarios('pricing.quote'))('$label', async (s) => {
 *   await expect(s.replay(quote)).toMatchBaseline(s)
 * })
 */
export function scenarios(functionId: string, options: ScenariosOptions = {}): ScenarioCase[] {
  const config = loadConfigSync({ cwd: options.cwd ?? process.cwd() })
  const file = findBaselineFileSync(resolve(config.rootDir, config.baselineDir), functionId)
  if (!file) {
    throw new ShadowtestError(
      'STORE:BASELINE_NOT_FOUND',
      `No baseline file for ${functionId} under ${config.baselineDir}. Record it with \`shadowtest record -- <command>\` first.`,
    )
  }
  const wanted = new Set(options.status === undefined ? ['approved', 'pending'] : [options.status].flat())
  return Object.values(file.scenarios)
    .filter((s) => wanted.has(s.status))
    .sort((a, b) => a.seq - b.seq)
    .map((s) => toCase(functionId, s, { mode: config.replay.mode, policy: config.diff }))
}

function toCase(functionId: string, scenario: Scenario, options: { mode: ReplayMode; policy: ResolvedPolicy }): ScenarioCase {
  return {
    id: scenario.id,
    label: scenario.label,
    functionId,
    status: scenario.status,
    version: scenario.version,
    async replay(fn, overrides = {}) {
      const base = { [REPLAYED]: true as const, scenarioId: scenario.id, fn }
      try {
        // Same replay mode and policy as `expect(fn).toMatchBaseline()` without per-call options.
        return { ...base, result: await replay(fn as never, scenario, { ...options, ...overrides }) }
      } catch (error) {
        return { ...base, error }
      }
    },
  }
}

export function isScenarioReplay(value: unknown): value is ScenarioReplay {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[REPLAYED] === true
}

export function isScenarioCase(value: unknown): value is ScenarioCase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ScenarioCase).id === 'string' &&
    typeof (value as ScenarioCase).replay === 'function'
  )
}

/** Walks the baseline folder for the file whose `function.id` is `functionId`. */
function findBaselineFileSync(dir: string, functionId: string): BaselineFile | undefined {
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  } catch {
    return undefined
  }
  for (const name of names.filter((n) => n.endsWith('.baseline.json')).sort()) {
    const path = join(dir, name)
    // Cheap pre-check on the bytes (no 2 MB string decoded just to search it): only validate
    // files that can be the one wanted.
    if (!readFileSync(path).includes(JSON.stringify(functionId))) continue
    // Through the worker's cache of validated files: the matcher's checks of these scenarios
    // find the file already validated.
    const file = readValidatedBaselineFileSync(path)?.file
    if (file?.function.id === functionId) return file
  }
  return undefined
}
