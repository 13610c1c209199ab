import { captureFault, statsFor } from './capture-stats.js'
import { captureSettings } from './capture-settings.js'
import type { CaptureOptions } from './capture-info.js'
import type { FunctionPipelineState } from './capture-pipeline.js'
import { redactorFor } from './encode-record.js'
import type { LabelFunction } from './capture-label.js'
import type { EncodeOptions, Redactor } from '@shadowtest/core'

/** Everything the hot path of one captured function needs, resolved on its first call. */
export interface FunctionState extends FunctionPipelineState {
  readonly enabled: boolean
  readonly samplingRate: number
  readonly role: 'entry' | 'dependency'
  readonly recordsThis: boolean
  /** Record Date.now() / new Date() reads (config capture.clock). */
  readonly clock: boolean
}

/**
 * Resolves the settings of one captured function (config is read here, once per process, on
 * the first captured call): rate = call-site option › config `capture.functions[id]` › global
 * (env SHADOWTEST_SAMPLING_RATE › config `capture.samplingRate` › 1).
 */
export function resolveFunctionState(functionId: string, module: string | undefined, exportName: string | undefined, options: CaptureOptions, recordsThis: boolean): FunctionState {
  const stats = statsFor(functionId)
  const label = typeof options.label === 'function' ? (options.label as LabelFunction) : undefined
  const base = { functionId, module, exportName, stats, role: options.role ?? 'entry', recordsThis, written: 0, limited: false, label } as const
  try {
    const settings = captureSettings()
    const perFunction = settings.functions[functionId] ?? {}
    const enabled = settings.enabled && perFunction.enabled !== false
    return {
      ...base,
      fastPath: enabled && base.role === 'entry',
      redactor: redactorFor(settings.redaction, options.redact),
      enabled,
      clock: settings.clock,
      limits: settings.encoding,
      dedupe: settings.dedupe,
      samplingRate: clampRate(options.samplingRate ?? perFunction.samplingRate ?? settings.samplingRate),
      maxScenarios: options.maxScenarios ?? perFunction.maxScenarios ?? settings.maxScenarios,
      onLimit: options.onLimit ?? perFunction.onLimit ?? settings.onLimit,
    }
  } catch (error) {
    // Redaction we cannot build is redaction we cannot guarantee: this function is not recorded.
    captureFault(stats, `settings of ${functionId}`, error)
    return { ...base, redactor: { redact: (v) => v } as Redactor, enabled: false, fastPath: false, clock: false, limits: undefined, dedupe: true, samplingRate: 0, maxScenarios: undefined, onLimit: 'stop' }
  }
}

function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 1
}

/**
 * The sampling decision, the only per-call logic on the sampled-out path. At the cap with
 * `onLimit: 'sample'`, call n is kept with probability rate × cap / n, so the number written
 * keeps growing only logarithmically.
 */
export function sampleIn(state: FunctionState): boolean {
  if (state.limited) {
    if (state.onLimit === 'stop' || state.maxScenarios === undefined) return false
    return Math.random() < (state.samplingRate * state.maxScenarios) / Math.max(1, state.stats.calls)
  }
  const rate = state.samplingRate
  return rate >= 1 || (rate > 0 && Math.random() < rate)
}
