import { FileBaselineStore, loadConfigSync, policySnapshot, type BaselineStore, type CaptureRecord, type GovernancePolicy, type ResolvedConfig } from '@shadowtest/core'
import type { UpdateMode } from './update-mode.js'

/** Everything one matcher call needs besides the function: resolved once per worker and root. */
export interface GateEnvironment {
  config: ResolvedConfig
  store: BaselineStore
  mode: UpdateMode
  /** Pending scenarios that differ fail the test. */
  strict: boolean
  /** Written into the history of every approval this run makes, e.g. `vitest -u`. */
  by: string
  runner: 'vitest' | 'jest'
  /** Calls of the function the test made itself (new scenarios); absent: none are collected. */
  takeCaptures?: (functionId: string) => Promise<CaptureRecord[]>
}

const cache = new Map<string, { config: ResolvedConfig; store: BaselineStore }>()

/** Config and store for a project root, cached: a worker runs many matcher calls. */
export function projectFor(rootDir: string): { config: ResolvedConfig; store: BaselineStore } {
  let entry = cache.get(rootDir)
  if (!entry) {
    const config = loadConfigSync({ cwd: rootDir })
    const store = new FileBaselineStore({
      rootDir: config.rootDir,
      baselineDir: config.baselineDir,
      // New files record the policy they were approved under, and recording follows the config's governance.
      policy: policySnapshot(config.diff),
      ...(config.governance.policy === undefined ? {} : { governance: config.governance.policy as GovernancePolicy }),
    })
    entry = { config, store }
    cache.set(rootDir, entry)
  }
  return entry
}
