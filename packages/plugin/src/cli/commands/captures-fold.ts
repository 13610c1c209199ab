import { resolve } from 'node:path'
import { captureBackendFromConfig, DEFAULT_CAPTURE_TABLE, foldCaptures, type CaptureBackend, type ReadCapturesOptions } from '../../runtime/sinks/index.js'
import type { CliContext } from '../context.js'
import { actor, openWorkspace, relativePath } from './baseline-workspace.js'
import { printFolded } from './fold-output.js'

export interface FoldCommandOptions {
  json?: unknown
  dryRun?: unknown
  by?: unknown
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
  const { config, store } = await openWorkspace(ctx)
  const captureDir = resolve(config.rootDir, config.captureDir)
  const backend = captureBackendFromConfig({ ...config, captureDir }, ctx.env)
  const source = describeSource(backend, captureDir, ctx.cwd)

  // A dry run merges each function's captures exactly as the write would (same store, policies
  // and checks) and stops before writing: nothing on disk changes, not even a lock file.
  const folded = await foldCaptures(backend.kind === 'ndjson' ? captureDir : backend, store, {
    filter,
    by: actor(ctx, options.by, config.governance.actor),
    dryRun,
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
  printFolded(ctx, ctx.out, folded.functions, dryRun)
  return 0
}
