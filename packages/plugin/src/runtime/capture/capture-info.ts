import type { RedactionOptions } from '@shadowtest/core'
import type { OnLimit } from './capture-settings.js'

/** Options of `capture(fn, options)` and `@capture(options)`; `Args` are the function's parameters. */
export interface CaptureOptions<Args extends unknown[] = any[]> {
  /** Function id; default `<module path>.<function name>` (e.g. `pricing.quote`). */
  id?: string
  /**
   * The scenario label (test name, `baseline list` column) from the call's arguments, e.g.
   * `(order, customer) => \`quote(${order.id}, ${customer.id})\``; default `name(<JSON of the
   * redacted args>)`. Called off the hot path, once per new scenario, on copies of the
   * arguments (`this` is the receiver for methods). The text is redacted like the input; a
   * function that throws or returns no text gets the default label.
   */
  label?: (...args: Args) => string
  /** Fraction of calls recorded, 0..1; wins over config `capture.functions[id].samplingRate` and the global rate. */
  samplingRate?: number
  /** Extra redaction for this function, on top of the config's `redaction`. */
  redact?: RedactionOptions
  /** `entry` (default): every call is a scenario of its own. `dependency`: only recorded as a dependency of an entry. */
  role?: 'entry' | 'dependency'
  /** Name the function is exported under, for codegen and replay imports (default: the function's name). */
  exportName?: string
  /** Module path relative to the project root (default: the file that called `capture()`). */
  module?: string
  /** Cap on distinct scenarios written per process for this function. */
  maxScenarios?: number
  /** At the cap: `stop` recording the function, or keep `sample`-ing with a decaying rate (cap / calls). */
  onLimit?: OnLimit
}

/** What `getCaptureInfo(fn)` tells replay and codegen about a captured function. */
export interface CaptureInfo {
  readonly functionId: string
  /** Root-relative path of the defining module, extension kept (`src/pricing.ts`). */
  readonly module: string | undefined
  readonly exportName: string | undefined
  /** The unwrapped function: what replay runs. */
  readonly original: (...args: never[]) => unknown
  readonly options: Readonly<CaptureOptions>
  /** Whether `this` is part of the recorded input (class methods through `@capture()`). */
  readonly recordsThis: boolean
}

/** Registry key, shared across copies of this module (dist and source in one process). */
export const CAPTURE_INFO = Symbol.for('shadowtest.capture')

/** The capture info of a function wrapped by `capture()`, or undefined for any other value. */
export function getCaptureInfo(fn: unknown): CaptureInfo | undefined {
  if (typeof fn !== 'function') return undefined
  const info = (fn as unknown as Record<symbol, unknown>)[CAPTURE_INFO]
  return typeof info === 'object' && info !== null ? (info as CaptureInfo) : undefined
}
