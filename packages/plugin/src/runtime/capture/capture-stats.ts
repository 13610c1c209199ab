/**
 * Capture's own bookkeeping. Capture never throws into the host: every call, decision and
 * failure is counted here and readable through `captureStats()`; with SHADOWTEST_DEBUG=1 the
 * failures are also logged to stderr.
 */
export interface FunctionCaptureStats {
  /** Calls of the wrapped function (outside replay). */
  calls: number
  /** Records handed to the sink. */
  captured: number
  /** Calls the sampling decision skipped. */
  sampledOut: number
  /** Records not written because the scenario id was already written by this process. */
  deduped: number
  /** Records not written because the function reached its `maxScenarios` cap. */
  limited: number
  /** Records lost: capture queue full, or the sink refused them. */
  dropped: number
  /** Capture's own faults (encoding, redaction, config, sink errors). */
  errors: number
}

export interface CaptureStats extends FunctionCaptureStats {
  byFunction: Record<string, FunctionCaptureStats>
  /** The last capture fault, for diagnostics. */
  lastError?: string
}

function emptyStats(): FunctionCaptureStats {
  return { calls: 0, captured: 0, sampledOut: 0, deduped: 0, limited: 0, dropped: 0, errors: 0 }
}

// Faults that belong to no function (config load, sink creation). Totals are summed on read,
// so counting on the hot path is a single increment.
const unattributed: FunctionCaptureStats = emptyStats()
const perFunction = new Map<string, FunctionCaptureStats>()
let lastError: string | undefined

/** Counters of one function; the object is live, callers keep it to count without a lookup. */
export function statsFor(functionId: string): FunctionCaptureStats {
  let s = perFunction.get(functionId)
  if (s === undefined) perFunction.set(functionId, (s = emptyStats()))
  return s
}

export type Counter = keyof FunctionCaptureStats

export function count(fn: FunctionCaptureStats | undefined, counter: Counter, n = 1): void {
  ;(fn ?? unattributed)[counter] += n
}

/** Counts a capture fault and logs it under SHADOWTEST_DEBUG=1. Never throws. */
export function captureFault(fn: FunctionCaptureStats | undefined, where: string, error: unknown): void {
  count(fn, 'errors')
  lastError = `${where}: ${error instanceof Error ? error.message : String(error)}`
  if (process.env['SHADOWTEST_DEBUG'] === '1') {
    try {
      process.stderr.write(`[shadowtest] capture fault in ${lastError}\n`)
    } catch {
      // stderr closed: nothing more we can do without bothering the host.
    }
  }
}

/** A snapshot of capture's counters, totals and per function. */
export function captureStats(): CaptureStats {
  const byFunction: Record<string, FunctionCaptureStats> = {}
  const totals = { ...unattributed }
  for (const [id, s] of perFunction) {
    byFunction[id] = { ...s }
    for (const key of Object.keys(totals) as Counter[]) totals[key] += s[key]
  }
  const out: CaptureStats = { ...totals, byFunction }
  if (lastError !== undefined) out.lastError = lastError
  return out
}

/** Zeroes every counter (tests, or an embedder starting a new measurement window). */
export function resetCaptureStats(): void {
  Object.assign(unattributed, emptyStats())
  for (const s of perFunction.values()) Object.assign(s, emptyStats())
  lastError = undefined
}
