import { isAbsolute, join, resolve } from 'node:path'
import { createBaselineStore, loadConfig, ShadowtestError, type BaselineFile, type ResolvedConfig } from '@shadowtest/core'
import { moduleExports } from './module-exports.js'
import { planFunction, type FunctionPlan, type Layout, type PlannedFile } from './plan.js'
import { syncFiles, type FileAction, type FileResult, type SyncMode } from './sync.js'

export interface GenerateOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** `all` (default) or the function ids to generate. */
  functions?: 'all' | readonly string[]
  /** Output directory (relative to `cwd`); default: config `codegen.outDir`, else `generatedDir`. */
  outDir?: string
  layout?: Layout
  /** `check`: write nothing, report what is stale (CI). `dry-run`: write nothing, call nothing. */
  mode?: SyncMode
  /** Progress lines (the CLI sends them to stderr). */
  log?: (line: string) => void
  /**
   * Given the loaded config, the step that rewrites planned test files (the AI provider), or
   * undefined for plain template output. Not used with `check`. A rewrite returns the file
   * to write and whether it fell back to the template.
   */
  rewriter?: (config: ResolvedConfig) => Rewrite | undefined
}

export type Rewrite = (
  file: PlannedFile,
  baseline: BaselineFile,
  context: RewriteContext,
) => Promise<{ file: PlannedFile; fallback: boolean }>

export interface RewriteContext {
  config: ResolvedConfig
  outDir: string
  log: (line: string) => void
  /** `dry-run`: print what would be sent, call nothing. */
  mode: SyncMode
}

/** Provider calls (each followed by tsc + a Vitest run) in flight at once. */
export const REWRITE_CONCURRENCY = 2

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

export interface GenerateReport {
  files: FileResult[]
  counts: Record<FileAction | 'fallback', number>
  functions: number
  scenarios: number
  warnings: string[]
  outDir: string
  rootDir: string
}

/**
 * Turns approved baselines into Vitest files under the generated dir: one suite (or one file
 * per scenario) and one payload-types file per function. Deterministic: same baselines, same bytes.
 *
 * @example await generate({ functions: ['pricing.quote'], mode: 'check' })
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateReport> {
  const cwd = options.cwd ?? process.cwd()
  const log = options.log ?? (() => {})
  const config = await loadConfig({ cwd, env: options.env ?? process.env })
  const outDir = resolveOutDir(config, cwd, options.outDir)
  const layout = options.layout ?? (config.codegen.perScenario ? 'per-scenario' : 'per-function')
  const mode = options.mode ?? 'write'
  const store = createBaselineStore(config)

  const refs = await store.list()
  const wanted = options.functions ?? 'all'
  const known = new Map(refs.map((r) => [r.functionId, r.file]))
  if (wanted !== 'all') {
    const unknown = wanted.filter((id) => !known.has(id))
    if (unknown.length > 0) {
      throw new ShadowtestError(
        'CODEGEN:UNKNOWN_FUNCTION',
        `No baseline for ${unknown.join(', ')} under ${config.baselineDir}. Known functions: ${[...known.keys()].sort().join(', ') || '(none)'}. Record it first, or run \`shadowtest baseline list\`.`,
        { details: { unknown, known: [...known.keys()].sort() } },
      )
    }
  }
  const selected = [...known.keys()].filter((id) => wanted === 'all' || wanted.includes(id)).sort()

  const plans: Array<{ baseline: BaselineFile; file: PlannedFile }> = []
  const warnings: string[] = []
  const counts: GenerateReport['counts'] = { written: 0, unchanged: 0, skipped: 0, removed: 0, fallback: 0 }
  let scenarioCount = 0
  for (const [index, functionId] of selected.entries()) {
    const baseline = await store.read(functionId)
    if (baseline === undefined) continue
    const plan: FunctionPlan = await planFunction(baseline, {
      rootDir: config.rootDir,
      outDir,
      baselineFile: known.get(functionId) as string,
      layout,
      exports: baseline.function.module === undefined ? undefined : await moduleExports(join(config.rootDir, baseline.function.module)),
    })
    if (plan.warning !== undefined) warnings.push(plan.warning)
    scenarioCount += plan.scenarioCount
    for (const file of plan.files) plans.push({ baseline, file })
    log(`[${index + 1}/${selected.length}] ${functionId}: ${plan.scenarioCount} approved scenario(s), ${plan.files.length} file(s)`)
  }

  const fallbacks = new Set<string>()
  const planned = plans.map((p) => p.file)
  const rewrite = options.rewriter?.(config)
  const early = new Map<string, FileAction>()
  if (rewrite !== undefined && mode === 'write') {
    // Candidates import their payload types: those must be on disk before any validation runs.
    const types = planned.filter((f) => f.kind === 'types')
    for (const result of await syncFiles(types, { outDir, mode, scope: new Set() })) early.set(result.path, result.action)
  }
  if (rewrite !== undefined && mode !== 'check') {
    const jobs = plans.map((p, index) => ({ ...p, index })).filter((p) => p.file.kind === 'tests')
    let done = 0
    let inFlight = 0
    // A dry run calls nothing: no provider progress to show.
    const progress = mode === 'dry-run' ? () => {} : log
    await pool(jobs, REWRITE_CONCURRENCY, async (job) => {
      inFlight++
      progress(`provider: ${done}/${jobs.length} file(s) done, ${inFlight} in flight`)
      const result = await rewrite(job.file, job.baseline, { config, outDir, log, mode })
      inFlight--
      done++
      planned[job.index] = result.file
      if (result.fallback) fallbacks.add(result.file.path)
      progress(`provider: ${done}/${jobs.length} file(s) done, ${inFlight} in flight`)
    })
  }

  const files = await syncFiles(planned, { outDir, mode, scope: wanted === 'all' ? 'all' : new Set(selected) })
  for (const file of files) {
    // Written before the provider step: still written by this run.
    if (file.action === 'unchanged' && early.get(file.path) === 'written') file.action = 'written'
    counts[file.action]++
    if (fallbacks.has(file.path)) {
      file.fallback = true
      counts.fallback++
    }
  }
  return { files, counts, functions: selected.length, scenarios: scenarioCount, warnings, outDir, rootDir: config.rootDir }
}

function resolveOutDir(config: ResolvedConfig, cwd: string, flag: string | undefined): string {
  if (flag !== undefined) return resolve(cwd, flag)
  const configured = config.codegen.outDir ?? config.generatedDir
  return isAbsolute(configured) ? configured : resolve(config.rootDir, configured)
}
