import type { ResolvedConfig } from '../config/index.js'
import { policySnapshot } from '../diff/index.js'
import { FileBaselineStore } from './file-baseline-store.js'

/**
 * The project's store as the config describes it: its baseline dir, its diff policy stamped into
 * new files, its governance policy for proposals and re-records.
 * @example const store = createBaselineStore(await loadConfig())
 */
export function createBaselineStore(config: Pick<ResolvedConfig, 'rootDir' | 'baselineDir' | 'diff' | 'governance'>): FileBaselineStore {
  return new FileBaselineStore({
    rootDir: config.rootDir,
    baselineDir: config.baselineDir,
    policy: policySnapshot(config.diff),
    governance: config.governance.policy,
  })
}
