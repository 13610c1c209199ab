import type { ShadowtestConfig } from './types.js'

/**
 * Identity function that gives a config file types and completion.
 * @example export default defineConfig({ baselineDir: 'test/__baselines__', capture: { samplingRate: 0.1 } })
 */
export function defineConfig(config: ShadowtestConfig): ShadowtestConfig {
  return config
}
