/**
 * Whether a test worker keeps the captures its tests make (in memory, for the matcher to hand to
 * the store by update mode). Not while `shadowtest record` (or anyone with SHADOWTEST_CAPTURE=on)
 * drives the run: then the captures belong to the recording.
 *
 * No imports: the Vitest setup entry uses it before it loads the rest of the matchers.
 */
export function collectsTestCaptures(env: NodeJS.ProcessEnv = process.env): boolean {
  return !(env.SHADOWTEST_CAPTURE === 'on' || env.SHADOWTEST_RUN_ID)
}

/**
 * Tells the plugin runtime, before it is loaded, that this worker's captures go to its test sink
 * (`testCaptureSink`): a captured call made while the test file is collected, before the matchers
 * install that sink, must not reach the capture folder either.
 */
export function markTestCaptures(env: NodeJS.ProcessEnv = process.env): void {
  if (collectsTestCaptures(env)) (globalThis as Record<symbol, unknown>)[Symbol.for('shadowtest.testCaptures')] = true
}
