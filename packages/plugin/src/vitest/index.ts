/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { VitestPluginContext } from 'vitest/node'
import type { ResolvedConfig } from '@shadowtest/core'
import { APPROVE_ENV, type GateProvided } from './gate-report.js'
import { ShadowtestReporter } from './reporter.js'
import type { StoredProject } from './stored-scenarios.js'

export interface ShadowtestPluginOptions {
  /** Approve every changed and new scenario, like `vitest -u` (also `SHADOWTEST_APPROVE=1`). */
  approve?: boolean
  /** Pending scenarios that differ from their recording fail the test (default: config `gate.strict`). */
  strict?: boolean
  /** Fail a full run that leaves approved scenarios unreplayed (default: config `gate.failOnObsolete`, which defaults to 'ci'). */
  failOnObsolete?: boolean
  /** Where the Shadowtest config is searched from (default: the Vitest project root). */
  root?: string
}

const REPORTER_FLAG = Symbol.for('shadowtest:reporter')

/**
 * The Vitest plugin: `plugins: [shadowtest()]` registers the matchers (a setup file), hands
 * the options to the workers (`provide`) and adds one reporter that prints the summary.
 *
 * @example
 * import { defineConfig } from 'vitest/config'
 * import { shadowtest } from '@shadowtest/plugin/vitest'
 * export default defineConfig({ plugins: [shadowtest()] })
 */
export function shadowtest(options: ShadowtestPluginOptions = {}) {
  return {
    name: 'shadowtest',
    async configureVitest({ vitest, project }: Pick<VitestPluginContext, 'vitest' | 'project'>): Promise<void> {
      const rootDir = options.root ?? project.config.root
      const setupFile = await resolveSetupFile()
      if (!project.config.setupFiles.includes(setupFile)) project.config.setupFiles.push(setupFile)
      const provided: GateProvided = {
        rootDir,
        approve: options.approve === true || process.env[APPROVE_ENV] === '1',
        strict: options.strict ?? null,
      }
      project.provide('shadowtest:options', provided)
      // The workers' config: loaded here at each run start, before the workers spawn, and handed to
      // them when each of them runs several test files (else each loads it, for a few ms).
      const handoff = new ConfigHandoff(rootDir, project, vitest)
      // Vitest evaluates the config once per project, so `instanceof` cannot tell whether another
      // project's copy of this plugin already added the reporter; a global symbol can.
      const registry = vitest as unknown as Record<symbol, ConfigHandoff[] | undefined>
      const handoffs = registry[REPORTER_FLAG]
      if (handoffs) handoffs.push(handoff)
      else {
        const all = (registry[REPORTER_FLAG] = [handoff])
        vitest.config.reporters.push(
          new ShadowtestReporter({
            // The store is read while the tests run; the config this run's handoff loaded is reused.
            loadProject: () => loadStoredProject(rootDir, handoff.take()),
            failOnObsolete: options.failOnObsolete,
            beforeRun: async (specifications) => {
              for (const each of all) await each.refresh(specifications)
            },
          }) as never,
        )
      }
    },
  }
}

/**
 * The resolved config the workers get through `provide('shadowtest:config')` (core's
 * `prepareConfigHandoff`: a worker uses it only while the files and environment it came from are
 * unchanged, else loads the config itself). Prepared at each run start (watch reruns included),
 * before the workers spawn, and only when each worker of the project runs several test files:
 * loading it here costs this process about 10 ms (core's import and the config) on the way to the
 * first spawn, and saves each test file's worker about 2.5 ms (docs/performance.md, Round 6). Not
 * handed over when `test.env` sets variables: the worker's environment is then not this process's.
 */
class ConfigHandoff {
  private loaded: ResolvedConfig | undefined

  constructor(
    private readonly rootDir: string,
    private readonly project: Pick<VitestPluginContext['project'], 'provide' | 'config' | 'name'>,
    private readonly vitest: Pick<VitestPluginContext['vitest'], 'config'>,
  ) {}

  async refresh(specifications: ReadonlyArray<{ project: { name: string } }>): Promise<void> {
    this.loaded = undefined
    let files = 0
    for (const spec of specifications) if (spec.project.name === this.project.name) files++
    if (filesPerWorker(files, this.project.config, this.vitest.config) < HANDOFF_FILES_PER_WORKER || !sameEnv(this.vitest.config.env) || !sameEnv(this.project.config.env)) {
      return this.project.provide('shadowtest:config', undefined)
    }
    const { prepareConfigHandoff } = await import('@shadowtest/core')
    const { config, handoff } = prepareConfigHandoff({ cwd: this.rootDir })
    this.loaded = config
    this.project.provide('shadowtest:config', handoff)
  }

  /** The config loaded for this run, once (a later store read loads it again). */
  take(): ResolvedConfig | undefined {
    const config = this.loaded
    this.loaded = undefined
    return config
  }
}

/** Where the handoff starts to pay: measured even at about 3–6 files per worker, a loss at 2 (docs/performance.md, Round 6). */
const HANDOFF_FILES_PER_WORKER = 4

type WorkerConfig = { maxWorkers?: number | string | undefined; isolate?: boolean | undefined; watch?: boolean | undefined }

/**
 * The test files one worker of the project runs, on average, with Vitest's own worker count
 * (`maxWorkers`, else one per core but one, half the cores in watch mode). Without isolation a
 * worker keeps its modules, and so its loaded config, from one file to the next: 1.
 */
function filesPerWorker(files: number, project: WorkerConfig, root: WorkerConfig): number {
  if (files === 0 || project.isolate === false) return Math.min(files, 1)
  const configured = Number(project.maxWorkers || root.maxWorkers)
  const cores = availableParallelism()
  const workers = Number.isInteger(configured) && configured > 0 ? configured : root.watch ? Math.max(Math.floor(cores / 2), 1) : Math.max(cores - 1, 1)
  return Math.ceil(files / Math.min(workers, files))
}

const sameEnv = (env: Record<string, unknown> | undefined): boolean =>
  env === undefined || Object.entries(env).every(([key, value]) => process.env[key] === value)

/** The matchers' Vitest entry, resolved at run time so this package never imports matcher code (no cycle). */
async function resolveSetupFile(): Promise<string> {
  try {
    return fileURLToPath(import.meta.resolve('@shadowtest/matchers/vitest'))
  } catch (cause) {
    const { ShadowtestError } = await import('@shadowtest/core')
    throw new ShadowtestError(
      'CONFIG:MATCHERS_MISSING',
      'The Shadowtest Vitest plugin needs @shadowtest/matchers: install it next to @shadowtest/plugin (npm i -D @shadowtest/matchers).',
      { cause },
    )
  }
}

export { ShadowtestReporter } from './reporter.js'
export type { ShadowtestReporterOptions } from './reporter.js'
export { buildRunReport, prepareResults, renderSummary, mergeResults, findObsolete } from './summary.js'
export type { StoredScenarioRef, BuildReportInput, PreparedResults } from './summary.js'
export type { StoredProject, StoredScenarios } from './stored-scenarios.js'

/**
 * Reads the project's config and baseline files for a run's summary (main process, once per
 * run); the Vitest reporter and the Jest reporter both use it. Loaded on first use: this entry
 * stays cheap to import, and free of runtime `vitest` imports for Jest-only users.
 */
export async function loadStoredProject(rootDir: string, config?: ResolvedConfig): Promise<StoredProject> {
  return (await import('./stored-scenarios.js')).loadStoredProject(rootDir, config)
}

declare module 'vitest' {
  interface ProvidedContext {
    /** core's config handoff for the workers (`acceptConfigHandoff`), absent when they load the config themselves. */
    'shadowtest:config': string | undefined
  }
}
export { GATE_META_KEY, REPORT_FILE_ENV, APPROVE_ENV } from './gate-report.js'
export type {
  ScenarioResult,
  ScenarioResultStatus,
  GateTaskMeta,
  BaselineReadReceipt,
  GateRunReport,
  GateProvided,
  FunctionSummary,
  VerifyScenarioStatus,
  EmptyCheck,
  EmptyCheckReason,
  EmptyCheckSummary,
} from './gate-report.js'
