import { loadConfigSync } from '@shadowtest/core'
import type { EncodeOptions, FunctionCaptureConfig, OnLimit, RedactionOptions, ResolvedConfig } from '@shadowtest/core'
import { captureFault } from './capture-stats.js'

/**
 * What capture needs from the project's configuration, read lazily (on the first captured
 * call, or the first time a function id is needed) and synchronously, once per process.
 * Environment variables (SHADOWTEST_CAPTURE, SHADOWTEST_SAMPLING_RATE, SHADOWTEST_CAPTURE_DIR)
 * are applied by core's config resolution. A config error disables capture (counted, logged
 * with SHADOWTEST_DEBUG=1), never breaks the host.
 */
export type { OnLimit }

export interface CaptureSettings {
  enabled: boolean
  /** Root for module paths: the config's rootDir when a config file exists, else each file's nearest package.json directory. */
  rootDir: string | undefined
  captureDir: string | undefined
  samplingRate: number
  maxScenarios: number | undefined
  onLimit: OnLimit
  functions: Record<string, FunctionCaptureConfig>
  /** Write a scenario id once per process. */
  dedupe: boolean
  /** Record and replay Date.now() / new Date(). */
  clock: boolean
  encoding: EncodeOptions | undefined
  redaction: RedactionOptions | undefined
  /** The full config when it loaded, for the sink and the diff policy. */
  config: ResolvedConfig | undefined
}

let settings: CaptureSettings | undefined
let override: Partial<CaptureSettings> | undefined

/** True when SHADOWTEST_CAPTURE=off: decided at wrap time, so an off switch costs nothing per call. */
export function captureSwitchedOff(): boolean {
  const v = process.env['SHADOWTEST_CAPTURE']?.toLowerCase()
  return v === 'off' || v === '0' || v === 'false'
}

export function captureSettings(): CaptureSettings {
  return (settings ??= { ...loadSettings(), ...override })
}

/**
 * Replaces (part of) the loaded settings: for tests and embedders that configure capture in
 * code. Takes effect for functions whose settings are resolved afterwards (their first call).
 */
export function configureCapture(partial: Partial<CaptureSettings> | undefined): void {
  override = partial
  settings = undefined
}

function loadSettings(): CaptureSettings {
  try {
    const config = loadConfigSync({ cwd: process.cwd(), env: process.env })
    const capture = config.capture
    const redaction: RedactionOptions = { ...config.redaction }
    if (config.secret !== undefined) redaction.secret = config.secret
    return {
      enabled: capture.enabled,
      rootDir: config.configFile === undefined ? undefined : config.rootDir,
      captureDir: config.captureDir,
      samplingRate: capture.samplingRate,
      maxScenarios: capture.maxScenariosPerFunction,
      onLimit: capture.onLimit,
      functions: capture.functions,
      dedupe: capture.dedupe,
      clock: capture.clock,
      encoding: capture.encoding,
      redaction,
      config,
    }
  } catch (error) {
    captureFault(undefined, 'loading the Shadowtest config', error)
    return {
      enabled: false,
      rootDir: undefined,
      captureDir: undefined,
      samplingRate: 0,
      maxScenarios: undefined,
      onLimit: 'stop',
      functions: {},
      dedupe: true,
      clock: true,
      encoding: undefined,
      redaction: undefined,
      config: undefined,
    }
  }
}
