import { writeFile, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Reporter, SerializedError, TestModule, Vitest } from 'vitest/node'
import type { FailOnObsolete } from '@shadowtest/core'
import { GATE_META_KEY, REPORT_FILE_ENV, receiptsOf, scenarioResultsOf, type BaselineReadReceipt, type EmptyCheck, type GateRunReport, type GateTaskMeta, type ScenarioResult } from './gate-report.js'
import { buildRunReport, renderSummary, type StoredScenarioRef } from './summary.js'
import type { StoredProject } from './stored-scenarios.js'

export interface ShadowtestReporterOptions {
  /** Reads the baseline store (for counts and obsolete detection) and the config's `gate.failOnObsolete`. */
  loadProject: () => Promise<StoredProject>
  /** Overrides config `gate.failOnObsolete`: fail a full run that leaves approved scenarios unreplayed. */
  failOnObsolete?: boolean | undefined
  /** Where to write the machine-readable report; default: `$SHADOWTEST_REPORT_FILE`. */
  reportFile?: string | undefined
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

  /** The store is read while the tests run, so the summary does not wait for it after the run. */
  private project: Promise<StoredProject> | undefined

  onInit(vitest: Vitest): void {
    this.vitest = vitest
    this.prefetch()
  }

  onTestRunStart(): void {
    this.project ??= this.prefetch()
  }

  private prefetch(): Promise<StoredProject> {
    const loading = this.options.loadProject()
    loading.catch(() => {}) // handled when awaited in onTestRunEnd
    this.project = loading
    return loading
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    _unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): Promise<void> {
    const results: ScenarioResult[] = []
    const receipts: BaselineReadReceipt[] = []
    const empty: EmptyCheck[] = []
    let skipped = false
    for (const module of testModules) {
      collect(module.meta(), results, receipts, empty)
      for (const test of module.children.allTests()) {
        collect(test.meta(), results, receipts, empty)
        const state = test.result().state
        if (state === 'skipped' || state === 'pending') skipped = true
      }
    }
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
    const fullRun = reason !== 'interrupted' && !skipped && (await this.ranEveryFile(testModules))
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

  /** Obsolete detection needs every test file: a file filter or a partial watch rerun makes it unreliable. */
  private async ranEveryFile(testModules: ReadonlyArray<TestModule>): Promise<boolean> {
    const vitest = this.vitest
    if (!vitest) return false
    if (vitest.config.testNamePattern) return false
    try {
      const all = await vitest.globTestSpecifications()
      const ran = new Set(testModules.map((m) => `${m.project.name}\0${m.moduleId}`))
      return all.every((spec) => ran.has(`${spec.project.name}\0${spec.moduleId}`))
    } catch {
      return false
    }
  }

  private updateMode(): 'all' | 'new' | 'none' {
    const update = (this.vitest?.config.snapshotOptions as { updateSnapshot?: unknown } | undefined)?.updateSnapshot
    return update === 'all' || update === 'none' ? update : 'new'
  }
}

function collect(meta: object, into: ScenarioResult[], receipts: BaselineReadReceipt[], empty: EmptyCheck[]): void {
  const entry = (meta as Record<string, GateTaskMeta | undefined>)[GATE_META_KEY]
  if (entry) into.push(...scenarioResultsOf(entry))
  if (entry) receipts.push(...receiptsOf(entry))
  if (entry && Array.isArray(entry.empty)) empty.push(...entry.empty)
}
