export { defineConfig } from './define-config.js'
export { loadConfig, loadConfigSync, CONFIG_SEARCH_PLACES } from './load-config.js'
export type { LoadConfigOptions } from './load-config.js'
export { resolveConfig } from './resolve-config.js'
export { prepareConfigHandoff, acceptConfigHandoff, preloadConfig } from './handoff.js'
export { didYouMean } from './did-you-mean.js'
export { CAPTURE_SINK_KINDS, DEFAULT_PG_URL_ENV } from './capture-sink.js'
export type { ResolveConfigOptions } from './resolve-config.js'
export type {
  CaptureConfig,
  CaptureSinkConfig,
  CaptureSinkKind,
  CodegenProvider,
  EncodingLimitsConfig,
  FailOnObsolete,
  FunctionCaptureConfig,
  HttpOriginMatch,
  OnLimit,
  PiiPattern,
  RedactionConfig,
  ReplayMode,
  ResolvedCaptureSink,
  ResolvedConfig,
  ShadowtestConfig,
} from './types.js'
