/**
 * Whether a Jest run replayed everything it could: obsolete baselines (approved scenarios no
 * test replayed) are only trustworthy then, exactly as Jest only reports obsolete snapshots of
 * the files it ran.
 */

/** The fields of Jest's `GlobalConfig` that narrow which tests run. */
export interface JestRunFilters {
  testNamePattern?: string | undefined
  /** Jest 30: a `TestPathPatterns` object; Jest 29: `testPathPattern`, a string. */
  testPathPatterns?: { isSet?: () => boolean; patterns?: readonly string[] } | undefined
  testPathPattern?: string | undefined
  /** Also set by `--watch`, `--lastCommit`, `--changedSince`. */
  onlyChanged?: boolean | undefined
  onlyFailures?: boolean | undefined
  changedSince?: string | undefined
  lastCommit?: boolean | undefined
  findRelatedTests?: boolean | undefined
  /** A `--filter` module. */
  filter?: string | undefined
  shard?: { shardIndex: number; shardCount: number } | undefined
}

/** The fields of Jest's `AggregatedResult` that say whether every selected test ran. */
export interface JestRunCounts {
  numPendingTests: number
  numTodoTests: number
  numRuntimeErrorTestSuites: number
  numTotalTestSuites: number
  testResults: readonly unknown[]
  wasInterrupted: boolean
}

/** Why this run cannot tell obsolete baselines apart, or undefined for a full run. */
export function partialRunReason(config: JestRunFilters, results: JestRunCounts): string | undefined {
  if (config.testNamePattern) return 'a test name filter (-t)'
  if (pathPatternSet(config)) return 'a test path pattern'
  if (config.onlyChanged || config.lastCommit || config.changedSince) return 'only changed files ran (--onlyChanged, --watch, --lastCommit, --changedSince)'
  if (config.findRelatedTests) return 'only related tests ran (--findRelatedTests)'
  if (config.onlyFailures) return 'only failed tests ran (--onlyFailures)'
  if (config.filter) return 'a --filter module'
  if (config.shard && config.shard.shardCount > 1) return `one shard of ${config.shard.shardCount}`
  if (results.wasInterrupted) return 'the run was interrupted'
  if (results.testResults.length < results.numTotalTestSuites) return 'not every test file finished (--bail?)'
  if (results.numRuntimeErrorTestSuites > 0) return 'a test file failed to run'
  if (results.numPendingTests > 0 || results.numTodoTests > 0) return 'skipped or todo tests'
  return undefined
}

function pathPatternSet(config: JestRunFilters): boolean {
  const patterns = config.testPathPatterns
  if (patterns) {
    if (typeof patterns.isSet === 'function') return patterns.isSet()
    if (Array.isArray(patterns.patterns)) return patterns.patterns.length > 0
  }
  return Boolean(config.testPathPattern)
}
