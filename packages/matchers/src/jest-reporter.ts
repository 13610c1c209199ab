/**
 * The Jest 30 reporter (`@shadowtest/matchers/jest-reporter`): the Shadowtest summary after the
 * run, the obsolete check, and the JSON run report when `SHADOWTEST_REPORT_FILE` is set, the
 * same as the Vitest plugin's reporter. List it after 'default' in `reporters`.
 *
 * @example
 * // jest.config.mjs
 * export default {
 *   setupFilesAfterEnv: ['@shadowtest/matchers/jest'],
 *   reporters: ['default', '@shadowtest/matchers/jest-reporter'],
 * }
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ShadowtestError } from '@shadowtest/core'
import { buildRunReport, loadStoredProject, renderSummary, REPORT_FILE_ENV, type GateRunReport, type StoredProject, type StoredScenarioRef } from '@shadowtest/plugin/vitest'
import { createRunDir, JEST_ROOT_ENV, JEST_RUN_DIR_ENV, readRunDir, removeRunDir } from './jest-run-dir.js'
import { partialRunReason, type JestRunCounts, type JestRunFilters } from './jest-run-scope.js'
import type { UpdateMode } from './update-mode.js'

/** Options in `reporters: [['@shadowtest/matchers/jest-reporter', { … }]]`. */
export interface ShadowtestJestReporterOptions {
  /** Overrides config `gate.failOnObsolete`: fail a full run that leaves approved scenarios unreplayed. */
  failOnObsolete?: boolean
  /** Where to write the JSON run report; default: `$SHADOWTEST_REPORT_FILE` (relative to Jest's rootDir). */
  reportFile?: string
  /** Where the Shadowtest config is searched from, for this reporter and the workers' matcher (relative to Jest's rootDir; default: the current directory). */
  root?: string
}

/** The part of Jest's `GlobalConfig` the reporter reads. */
export interface JestGlobalConfigLike extends JestRunFilters {
  rootDir: string
  /** `-u` → 'all', `--ci`/`CI=true` → 'none', else 'new'. */
  updateSnapshot: UpdateMode
}

/** The part of Jest's `AggregatedResult` the reporter reads. */
export interface JestAggregatedResultLike extends JestRunCounts {
  numFailedTests: number
  snapshot?: { failure?: boolean }
  runExecError?: unknown
}

const OPTION_KEYS = new Set(['failOnObsolete', 'reportFile', 'root'])

export class ShadowtestJestReporter {
  /** The last run's report, for programmatic users (and tests). */
  lastReport: GateRunReport | undefined
  private lastError: Error | undefined
  private runDir: string | undefined
  private project: Promise<StoredProject> | undefined
  private readonly options: ShadowtestJestReporterOptions
  private readonly rootDir: string

  /** Jest calls it as `new Reporter(globalConfig, options, reporterContext)`. */
  constructor(
    private readonly globalConfig: JestGlobalConfigLike,
    options: unknown = {},
  ) {
    this.options = validateOptions(options)
    this.rootDir = this.options.root === undefined ? process.cwd() : resolve(globalConfig.rootDir, this.options.root)
  }

  /** Workers are spawned after this hook, so they inherit the env vars set here. */
  async onRunStart(): Promise<void> {
    this.lastError = undefined
    this.runDir = await createRunDir()
    process.env[JEST_RUN_DIR_ENV] = this.runDir
    process.env[JEST_ROOT_ENV] = this.rootDir
    // The store is read while the tests run; approvals during the run only touch scenarios the
    // run replayed, so a read at the start gives the same obsolete set as one at the end.
    this.project = loadStoredProject(this.rootDir)
    this.project.catch(() => {}) // handled when awaited in onRunComplete
  }

  async onRunComplete(_testContexts: unknown, results: JestAggregatedResultLike): Promise<void> {
    const errors: string[] = []
    const runDir = this.runDir
    this.runDir = undefined
    if (process.env[JEST_RUN_DIR_ENV] === runDir) {
      delete process.env[JEST_RUN_DIR_ENV]
      delete process.env[JEST_ROOT_ENV]
    }
    const collected = runDir ? await readRunDir(runDir).finally(() => removeRunDir(runDir)) : { results: [], empty: [], errors: [] }
    errors.push(...collected.errors)

    let stored: StoredScenarioRef[] = []
    let project: StoredProject | undefined
    try {
      project = await (this.project ?? loadStoredProject(this.rootDir))
      // Jest has no worker receipts: every file is read here. In the store's listing order (by function id).
      stored = project.scenarios([]).stored.sort((a, b) => (a.functionId < b.functionId ? -1 : a.functionId > b.functionId ? 1 : 0))
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error))
    }
    this.project = undefined

    const fullRun = partialRunReason(this.globalConfig, results) === undefined
    const report = buildRunReport({
      results: collected.results,
      stored,
      fullRun,
      testRunState: runState(results),
      shadowtestVersion: project?.shadowtestVersion ?? 'unknown',
      errors,
      empty: collected.empty,
      functionIds: [...new Set(stored.map((s) => s.functionId))],
    })
    this.lastReport = report

    const mode: UpdateMode = project?.approve || process.env.SHADOWTEST_APPROVE === '1' ? 'all' : this.globalConfig.updateSnapshot
    const policy = project?.failOnObsolete ?? 'ci'
    const failOnObsolete = this.options.failOnObsolete ?? (policy === 'always' || (policy === 'ci' && mode === 'none'))
    const lines = renderSummary(report, { failOnObsolete })
    // Jest's own summary ('Test Suites: …') comes right after: keep a blank line either side.
    if (lines.length > 0) process.stderr.write(`\n${lines.join('\n')}\n\n`)

    const obsolete = report.scenarios.filter((s) => s.status === 'obsolete').length
    if (errors.length > 0) {
      this.lastError = new Error(`Shadowtest: ${errors.join('; ')}`)
    } else if (obsolete > 0 && failOnObsolete) {
      this.lastError = new Error(`Shadowtest: ${obsolete} obsolete baseline scenario${obsolete === 1 ? '' : 's'} (gate.failOnObsolete)`)
    }

    const target = this.options.reportFile ?? process.env[REPORT_FILE_ENV]
    if (target) {
      const file = resolve(this.globalConfig.rootDir, target)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, JSON.stringify(report, null, 2) + '\n')
    }
  }

  /** Jest fails the run (exit code 1) when a reporter has an error: obsolete baselines under the policy, or a store that cannot be read. */
  getLastError(): Error | undefined {
    return this.lastError
  }
}

function runState(results: JestAggregatedResultLike): GateRunReport['testRunState'] {
  if (results.wasInterrupted) return 'interrupted'
  const failed = results.numFailedTests > 0 || results.numRuntimeErrorTestSuites > 0 || results.snapshot?.failure === true || results.runExecError !== undefined
  return failed ? 'failed' : 'passed'
}

function validateOptions(options: unknown): ShadowtestJestReporterOptions {
  const where = "the options of '@shadowtest/matchers/jest-reporter' in the Jest config"
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ShadowtestError('CONFIG:INVALID', `${where} must be an object, got ${JSON.stringify(options)}.`)
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!OPTION_KEYS.has(key)) {
      throw new ShadowtestError('CONFIG:INVALID', `${where}: unknown key "${key}" (allowed: ${[...OPTION_KEYS].join(', ')}).`, { path: `$.${key}` })
    }
  }
  const { failOnObsolete, reportFile, root } = record
  if (failOnObsolete !== undefined && typeof failOnObsolete !== 'boolean') {
    throw new ShadowtestError('CONFIG:INVALID', `${where}: "failOnObsolete" must be true or false, got ${JSON.stringify(failOnObsolete)}.`, { path: '$.failOnObsolete' })
  }
  if (reportFile !== undefined && (typeof reportFile !== 'string' || reportFile === '')) {
    throw new ShadowtestError('CONFIG:INVALID', `${where}: "reportFile" must be a non-empty path, got ${JSON.stringify(reportFile)}.`, { path: '$.reportFile' })
  }
  if (root !== undefined && (typeof root !== 'string' || root === '')) {
    throw new ShadowtestError('CONFIG:INVALID', `${where}: "root" must be a non-empty path, got ${JSON.stringify(root)}.`, { path: '$.root' })
  }
  return {
    ...(failOnObsolete === undefined ? {} : { failOnObsolete }),
    ...(reportFile === undefined ? {} : { reportFile }),
    ...(root === undefined ? {} : { root }),
  }
}

export default ShadowtestJestReporter
