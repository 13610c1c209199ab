import { createBaselineStore, ENGINE_VERSION, loadConfig, type FailOnObsolete } from '@shadowtest/core'
import type { StoredScenarioRef } from '@shadowtest/plugin/vitest'

/** What the Jest reporter needs from the project: the store's scenarios and the gate's config. */
export interface JestStoredProject {
  /** Every scenario in the baseline store, for the counts and the obsolete check. */
  stored: StoredScenarioRef[]
  /** Config `gate.failOnObsolete`. */
  failOnObsolete: FailOnObsolete
  /** Config `gate.approve` (the run may write, whatever Jest's snapshot mode is). */
  approve: boolean
  shadowtestVersion: string
}

/**
 * Reads the config and every scenario of the baseline store, once per run in Jest's main
 * process. The same walk as the Vitest reporter's loader, which that package does not export.
 */
export async function loadJestStoredProject(rootDir: string): Promise<JestStoredProject> {
  const config = await loadConfig({ cwd: rootDir })
  const store = createBaselineStore(config)
  const stored: StoredScenarioRef[] = []
  for (const ref of await store.list()) {
    const file = await store.read(ref.functionId)
    if (!file) continue
    for (const scenario of Object.values(file.scenarios)) {
      stored.push({
        scenarioId: scenario.id,
        functionId: file.function.id,
        label: scenario.label,
        status: scenario.status,
        version: scenario.version,
      })
    }
  }
  return { stored, failOnObsolete: config.gate.failOnObsolete, approve: config.gate.approve, shadowtestVersion: ENGINE_VERSION }
}
