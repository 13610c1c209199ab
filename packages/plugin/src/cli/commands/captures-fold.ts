import { resolve } from 'node:path'
import {
  MemoryBaselineStore,
  type BaselineFile,
  type BaselineFileRef,
  type BaselineStore,
  type FunctionRef,
  type PolicySnapshot,
  type ResolvedGovernancePolicy,
  type ScenarioDraft,
  type UpsertOptions,
  type UpsertResult,
} from '@shadowtest/core'
import { captureBackendFromConfig, DEFAULT_CAPTURE_TABLE, foldCaptures, type CaptureBackend, type ReadCapturesOptions } from '../../runtime/sinks/index.js'
import type { CliContext } from '../context.js'
import { actor, openWorkspace, relativePath } from './baseline-workspace.js'

export interface FoldCommandOptions {
  json?: unknown
  dryRun?: unknown
  by?: unknown
}

/** The per-function summary `record` prints: what the fold did to one baseline file. */
export function describeCounts(result: UpsertResult): string {
  const parts = [`${result.added.length} added`, `${result.unchanged.length} already known`]
  if (result.proposed.length > 0) parts.push(`${result.proposed.length} proposed change${result.proposed.length === 1 ? '' : 's'}`)
  if (result.updated.length > 0) parts.push(`${result.updated.length} pending updated`)
  if (result.rerecorded.length > 0) parts.push(`${result.rerecorded.length} re-recorded`)
  if (result.withdrawn.length > 0) parts.push(`${result.withdrawn.length} proposed change${result.withdrawn.length === 1 ? '' : 's'} withdrawn`)
  if (result.refreshed.length > 0) parts.push(`${result.refreshed.length} with dependencies refreshed`)
  return parts.join(' · ')
}

/**
 * A BaselineStore for `--dry-run`: reads the real store and merges each function's drafts into an
 * in-memory copy of its file under the same diff and governance policy, so the result says what
 * folding would do, and nothing is written (not even a lock file).
 */
class DryRunStore implements BaselineStore {
  private refs: Promise<BaselineFileRef[]> | undefined

  constructor(
    private readonly real: BaselineStore,
    private readonly policy: PolicySnapshot,
    private readonly governance: ResolvedGovernancePolicy,
  ) {}

  list(): Promise<BaselineFileRef[]> {
    return this.real.list()
  }

  read(functionId: string): Promise<BaselineFile | undefined> {
    return this.real.read(functionId)
  }

  fileFor(fn: FunctionRef): string {
    return this.real.fileFor(fn)
  }

  async update(fn: FunctionRef, mutate: (current: BaselineFile | undefined) => BaselineFile | undefined): Promise<BaselineFile | undefined> {
    return (await this.copyOf(fn)).update(fn, mutate)
  }

  async upsertScenarios(fn: FunctionRef, drafts: ScenarioDraft[], options: UpsertOptions): Promise<UpsertResult> {
    const result = await (await this.copyOf(fn)).upsertScenarios(fn, drafts, options)
    // Where the real store keeps it: a file found by its scan keeps its place (one scan per dry run).
    this.refs ??= this.real.list()
    const found = (await this.refs).find((ref) => ref.functionId === fn.id)
    return { ...result, file: found?.file ?? this.real.fileFor(fn) }
  }

  private async copyOf(fn: FunctionRef): Promise<MemoryBaselineStore> {
    const current = await this.real.read(fn.id)
    return new MemoryBaselineStore({ files: current === undefined ? [] : [current], policy: this.policy, governance: this.governance })
  }
}

function describeSource(backend: CaptureBackend, captureDir: string, cwd: string): string {
  return backend.kind === 'postgres' ? `the Postgres table ${backend.options.table ?? DEFAULT_CAPTURE_TABLE}` : relativePath(captureDir, cwd)
}

function describeFilter(filter: ReadCapturesOptions, since: string | undefined): string {
  const parts = [
    filter.functionId === undefined ? '' : `--function ${filter.functionId}`,
    since === undefined ? '' : `--since ${since}`,
    filter.runId === undefined ? '' : `--run ${filter.runId}`,
  ].filter(Boolean)
  return parts.length === 0 ? '' : ` matching ${parts.join(' ')}`
}

/**
 * `shadowtest captures fold`: folds captures recorded elsewhere (production instances, the
 * Postgres sink) into pending baselines, through the same store and `foldCaptures` as `record`.
 * `filter` is already validated (a bad --since never gets here); `sinceText` is only for messages.
 */
export async function foldCommand(ctx: CliContext, filter: ReadCapturesOptions, sinceText: string | undefined, options: FoldCommandOptions): Promise<number> {
  const json = options.json === true
  const dryRun = options.dryRun === true
  const { config, store, policy } = await openWorkspace(ctx)
  const captureDir = resolve(config.rootDir, config.captureDir)
  const backend = captureBackendFromConfig({ ...config, captureDir }, ctx.env)
  const source = describeSource(backend, captureDir, ctx.cwd)
  const target = dryRun ? new DryRunStore(store, policy, config.governance.policy) : store

  const folded = await foldCaptures(backend.kind === 'ndjson' ? captureDir : backend, target, {
    filter,
    by: actor(ctx, options.by, config.governance.actor),
  })
  for (const issue of folded.issues) ctx.err(ctx.paint('yellow', `warning: skipped ${issue.kind} at ${relativePath(issue.file, ctx.cwd)}:${issue.line}: ${issue.message}`))

  if (json) {
    ctx.out(
      JSON.stringify(
        {
          dryRun,
          source: backend.kind === 'postgres' ? { kind: 'postgres', table: backend.options.table ?? DEFAULT_CAPTURE_TABLE } : { kind: 'ndjson', dir: relativePath(captureDir, ctx.cwd) },
          filter: {
            ...(filter.functionId === undefined ? {} : { functionId: filter.functionId }),
            ...(filter.since === undefined ? {} : { since: new Date(filter.since).toISOString() }),
            ...(filter.runId === undefined ? {} : { runId: filter.runId }),
          },
          records: folded.records,
          functions: folded.functions.map((f) => ({ ...f, file: relativePath(f.file, ctx.cwd) })),
          issues: folded.issues,
        },
        null,
        2,
      ),
    )
    return 0
  }
  if (folded.functions.length === 0) {
    ctx.out(`Nothing to fold: no captures in ${source}${describeFilter(filter, sinceText)}.`)
    return 0
  }
  ctx.out(`${dryRun ? 'Would fold' : 'Folded'} ${folded.records} call(s) from ${source}${describeFilter(filter, sinceText)}${dryRun ? ' (dry run: nothing written)' : ''}:`)
  for (const result of folded.functions) {
    ctx.out(`  ${ctx.paint('bold', result.functionId)}  ${describeCounts(result)}  ${ctx.paint('dim', relativePath(result.file, ctx.cwd))}`)
    for (const id of result.refreshed) ctx.out(`    ${ctx.paint('yellow', '↻')} ${id}  dependencies refreshed (same outcome; status and version kept)`)
  }
  const added = folded.functions.reduce((n, f) => n + f.added.length + f.proposed.length, 0)
  if (added > 0) {
    ctx.out(ctx.paint('dim', dryRun ? 'Run again without --dry-run to write them.' : 'Review with `shadowtest baseline list --status pending`, then `shadowtest approve`.'))
  }
  return 0
}
