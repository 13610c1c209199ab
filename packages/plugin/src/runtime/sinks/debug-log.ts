/**
 * Sink failures must never reach the host as exceptions; with SHADOWTEST_DEBUG=1 they are
 * written to stderr so an operator can see why captures are missing.
 */
export function sinkDebug(message: string, error?: unknown): void {
  if (process.env.SHADOWTEST_DEBUG !== '1') return
  const detail = error instanceof Error ? `: ${error.message}` : error === undefined ? '' : `: ${String(error)}`
  try {
    process.stderr.write(`[shadowtest:sink] ${message}${detail}\n`)
  } catch {
    // stderr itself can be closed (EPIPE); there is nowhere left to report to.
  }
}
