import { writeFile, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Reporter, SerializedError, TestModule, TestProject, TestSpecification, Vitest } from 'vitest/node'
import type { FailOnObsolete } from '@shadowtest/core'
import { GATE_META_KEY, REPORT_FILE_ENV, receiptsOf, scenarioResultsOf, type BaselineReadReceipt, type EmptyCheck, type GateRunReport, type GateTaskMeta, type ScenarioResult } from './gate-report.js'
import { buildRunReport, prepareResults, renderSummary, type PreparedResults, type StoredScenarioRef } from './summary.js'
import type { StoredProject } from './stored-scenarios.js'

export interface ShadowtestReporterOptions {
  /** Reads the baseline store (for counts and obsolete detection) and the config's `gate.failOnObsolete`. */
  loadProject: () => Promise<StoredProject>
  /** Overrides config `gate.failOnObsolete`: fail a full run that leaves approved scenarios unreplayed. */
  failOnObsolete?: boolean | undefined
  /** Where to write the machine-readable report; default: `$SHADOWTEST_REPORT_FILE`. */
  reportFile?: string | undefined
  /** Awaited at each run start, before Vitest starts the workers (the plugin prepares their config there). */
  beforeRun?: ((specifications: ReadonlyArray<TestSpecification>) => Promise<void>) | undefined
}

type TestRunEndReason = 'passed' | 'failed' | 'interrupted'

/**
 * Prints the per-function summary after Vitest's own output and writes the run report.
 * Workers never talk to it directly: the matcher leaves its results in `task.meta`, which
 * Vitest ships to the main process with the test results.
 */
export class ShadowtestReporter implements Reporter {
  private vitest: Vitest | undefined
  /** The last report, for programmatic users (and tests). */
  lastReport: GateRunReport | undefined

  constructor(private readonly options: ShadowtestReporterOptions) {}

  /**
   * The store is read while the tests run, so the summary does not wait for it after the run;
   * from the first collected test file on, not before: until the workers have started, this
   * process is on their critical path, and the read imports core (docs/performance.md, Round 6).
   */
  private project: Promise<StoredProject> | undefined
  /**
   * This run's test files, each folded as it ended (`onTestModuleEnd`): the work that would
   * otherwise sit between the last worker's message and the summary is done while the workers
   * wind down and Vitest writes its cache (docs/performance.md, Round 6).
   */
  private ended = new Map<TestModule, ModuleResults>()
  /** Every test file of every project, globbed once the first file is collected (the main process waits on the workers then). */
  private allFiles: Promise<ReadonlySet<string> | undefined> | undefined
  /** Bumped by each run start, so a file folded late is not taken for the next run's. */
  private runNumber = 0

  onInit(vitest: Vitest): void {
    this.vitest = vitest
  }

  async onTestRunStart(specifications: ReadonlyArray<TestSpecification>): Promise<void> {
    this.runNumber++
    this.ended = new Map()
    this.allFiles = undefined
    this.project = undefined
    await this.options.beforeRun?.(specifications)
  }

  onTestModuleCollected(): void {
    this.allFiles ??= this.globAllFiles()
    this.project ??= this.prefetch()
  }

  onTestModuleEnd(module: TestModule): void {
    // After Vitest has answered the worker's update: folding in this call would hold that answer back.
    const run = this.runNumber
    setImmediate(() => {
      if (run !== this.runNumber || this.ended.has(module)) return
      try {
        this.ended.set(module, collectModule(module))
      } catch {
        // Folded again in onTestRunEnd, which reports the error.
      }
    })
  }

  private prefetch(): Promise<StoredProject> {
    const loading = this.options.loadProject()
    loading.catch(() => {}) // handled when awaited in onTestRunEnd
    return loading
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    _unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): Promise<void> {
    const ended = this.ended
    this.ended = new Map()
    const modules = testModules.map((module) => ended.get(module) ?? collectModule(module))
    // One file: its own fold is the run's; several: their folds merged in run order (the same result as merging all).
    const results = modules.length === 1 ? modules[0]!.prepared : prepareResults(modules.flatMap((m) => m.prepared.merged))
    const receipts = modules.flatMap((m) => m.receipts)
    const empty = modules.flatMap((m) => m.empty)
    const skipped = modules.some((m) => m.skipped)
    const errors: string[] = []
    let stored: StoredScenarioRef[] = []
    let baselineCount = 0
    let functionIds: string[] = []
    let policy: FailOnObsolete = 'ci'
    let shadowtestVersion = 'unknown'
    try {
      // Approvals during the run only touch scenarios the run replayed, so a store read at the start
      // gives the same obsolete set as one read now.
      const loading = this.project ?? this.options.loadProject()
      this.project = undefined // the next (watch) run reads the store again
      const project = await loading
      ;({ failOnObsolete: policy, shadowtestVersion } = project)
      ;({ stored, baselineCount, functionIds } = project.scenarios(receipts))
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error))
    }
    const allFiles = this.allFiles
    this.allFiles = undefined
    const fullRun = reason !== 'interrupted' && !skipped && (await this.ranEveryFile(testModules, allFiles))
    const report = buildRunReport({ results, stored, baselineCount, fullRun, testRunState: reason, shadowtestVersion, errors, empty, functionIds })
    this.lastReport = report
    const failOnObsolete =
      this.options.failOnObsolete ?? (policy === 'always' || (policy === 'ci' && this.updateMode() === 'none'))
    const obsolete = report.scenarios.some((s) => s.status === 'obsolete')
    const lines = renderSummary(report, { failOnObsolete })
    const log = (line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line))
    if (lines.length > 0) {
      log('')
      for (const line of lines) log(line)
    }
    if ((obsolete && failOnObsolete) || errors.length > 0) process.exitCode = 1
    const target = this.options.reportFile ?? process.env[REPORT_FILE_ENV]
    if (target) {
      const file = resolve(this.vitest?.config.root ?? process.cwd(), target)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, JSON.stringify(report, null, 2) + '\n')
    }
  }

  /**
   * `project name \0 file` of every test file of every project (what `globTestSpecifications()`
   * lists, without replacing Vitest's cached specifications mid-run); undefined if globbing failed.
   */
  private async globAllFiles(): Promise<ReadonlySet<string> | undefined> {
    const vitest = this.vitest
    if (!vitest) return undefined
    try {
      const all = new Set<string>()
      await Promise.all(
        vitest.projects.map(async (project: TestProject) => {
          const { testFiles, typecheckTestFiles } = await project.globTestFiles()
          for (const file of testFiles) all.add(`${project.name}\0${file}`)
          for (const file of typecheckTestFiles) all.add(`${project.name}\0${file}`)
        }),
      )
      return all
    } catch {
      return undefined
    }
  }

  /**
   * Obsolete detection needs every test file: a file filter or a partial watch rerun makes it
   * unreliable. "Every" is the files there were when the run's first file was collected.
   */
  private async ranEveryFile(testModules: ReadonlyArray<TestModule>, globbed: Promise<ReadonlySet<string> | undefined> | undefined): Promise<boolean> {
    const vitest = this.vitest
    if (!vitest) return false
    if (vitest.config.testNamePattern) return false
    const all = await (globbed ?? this.globAllFiles())
    if (!all) return false
    const ran = new Set(testModules.map((m) => `${m.project.name}\0${m.moduleId}`))
    for (const key of all) if (!ran.has(key)) return false
    return true
  }

  private updateMode(): 'all' | 'new' | 'none' {
    const update = (this.vitest?.config.snapshotOptions as { updateSnapshot?: unknown } | undefined)?.updateSnapshot
    return update === 'all' || update === 'none' ? update : 'new'
  }
}

/** What one test file's tasks left in their meta, folded. */
interface ModuleResults {
  prepared: PreparedResults
  receipts: BaselineReadReceipt[]
  empty: EmptyCheck[]
  /** A test of the file was skipped (or left pending): the run cannot tell obsolete scenarios. */
  skipped: boolean
}

function collectModule(module: TestModule): ModuleResults {
  const results: ScenarioResult[] = []
  const receipts: BaselineReadReceipt[] = []
  const empty: EmptyCheck[] = []
  let skipped = false
  collect(module.meta(), results, receipts, empty)
  for (const test of module.children.allTests()) {
    collect(test.meta(), results, receipts, empty)
    const state = test.result().state
    if (state === 'skipped' || state === 'pending') skipped = true
  }
  return { prepared: prepareResults(results), receipts, empty, skipped }
}

function collect(meta: object, into: ScenarioResult[], receipts: BaselineReadReceipt[], empty: EmptyCheck[]): void {
  const entry = (meta as Record<string, GateTaskMeta | undefined>)[GATE_META_KEY]
  if (entry) into.push(...scenarioResultsOf(entry))
  if (entry) receipts.push(...receiptsOf(entry))
  if (entry && Array.isArray(entry.empty)) empty.push(...entry.empty)
}
