import { ENGINE_VERSION, FileBaselineStore, loadConfig, type FailOnObsolete } from '@shadowtest/core'
import type { StoredScenarioRef } from './summary.js'

export interface StoredProject {
  /** Every scenario in the project's baseline store, for the reporter's counts and obsolete check. */
  stored: StoredScenarioRef[]
  /** Config `gate.failOnObsolete`. */
  failOnObsolete: FailOnObsolete
  /** The engine version, for the report. */
  shadowtestVersion: string
}

/** Reads the project's config and every scenario of its baseline store (main process, once per run). */
export async function loadStoredProject(rootDir: string): Promise<StoredProject> {
  const config = await loadConfig({ cwd: rootDir })
  const store = new FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir })
  const refs: StoredScenarioRef[] = []
  for (const ref of await store.list()) {
    const file = await store.read(ref.functionId)
    if (!file) continue
    for (const scenario of Object.values(file.scenarios)) {
      refs.push({
        scenarioId: scenario.id,
        functionId: file.function.id,
        label: scenario.label,
        status: scenario.status,
        version: scenario.version,
      })
    }
  }
  return { stored: refs, failOnObsolete: config.gate.failOnObsolete, shadowtestVersion: ENGINE_VERSION }
}
