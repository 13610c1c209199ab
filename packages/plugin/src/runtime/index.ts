export { capture } from './capture/capture.js'
export type { CaptureMethodDecorator } from './capture/capture.js'
export { getCaptureInfo, CAPTURE_INFO } from './capture/capture-info.js'
export type { CaptureInfo, CaptureOptions } from './capture/capture-info.js'
export { captureStats, resetCaptureStats } from './capture/capture-stats.js'
export type { CaptureStats, FunctionCaptureStats } from './capture/capture-stats.js'
export { configureCapture } from './capture/capture-settings.js'
export type { CaptureSettings, OnLimit } from './capture/capture-settings.js'
export { setCaptureSink, flushCaptures, resetCaptureDedupe, testCaptureSink } from './capture/capture-pipeline.js'
export { currentScope, runInScope, openScopes } from './context.js'
export type {
  DependencyIssue,
  DependencyRequests,
  RawDependency,
  RawHttpRequest,
  RawHttpResponse,
  RawInput,
  RawOutcome,
  RecordedDependencies,
  RecordScope,
  ReplayScope,
  ScenarioScope,
  ScopeClock,
  ScopeMode,
} from './context.js'
export { installClock } from './transports/clock/clock-transport.js'
export * from './sinks/lazy.js'
export { prepareReplay, replay, replayEagerly, replayPrepared } from './replay/replay.js'
export type { ReplayPlan } from './replay/replay.js'
export type { ReplayableScenario, ReplayOptions, ReplayResult } from './replay/replay.js'
export type { ReplayMode } from './replay/replay-scope.js'
