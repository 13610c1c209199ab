export { defineConfig } from './define-config.js'
export { loadConfig, loadConfigSync, CONFIG_SEARCH_PLACES } from './load-config.js'
export type { LoadConfigOptions } from './load-config.js'
export { resolveConfig } from './resolve-config.js'
export type { ResolveConfigOptions } from './resolve-config.js'
export type {
  CaptureConfig,
  CodegenProvider,
  EncodingLimitsConfig,
  FailOnObsolete,
  FunctionCaptureConfig,
  HttpOriginMatch,
  OnLimit,
  PiiPattern,
  RedactionConfig,
  ReplayMode,
  ResolvedConfig,
  ShadowtestConfig,
} from './types.js'
