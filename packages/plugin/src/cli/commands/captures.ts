import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { dirname, join, basename, resolve } from 'node:path'
import { once } from 'node:events'
import { loadConfig, ShadowtestError, type CaptureRecord } from '@shadowtest/core'
import {
  applyRetention,
  captureBackendFromConfig,
  listCaptureFiles,
  prunePostgresCaptures,
  readCaptureFile,
  readCapturesFrom,
  summarizePostgresCaptures,
  validateRetention,
  type CaptureBackend,
  type CaptureReadIssue,
  type PostgresSinkOptions,
  type ReadCapturesOptions,
  type RetentionPolicy,
} from '../../runtime/sinks/index.js'
import type { CliContext } from '../context.js'
import type { Register } from '../index.js'
import { relativePath } from './baseline-workspace.js'
import { foldCommand } from './captures-fold.js'

interface CapturesOptions {
  function?: unknown
  since?: unknown
  runId?: unknown
  json?: unknown
  out?: unknown
  format?: unknown
  maxAge?: unknown
  maxFiles?: unknown
  dryRun?: unknown
  limit?: unknown
  run?: unknown
  by?: unknown
}

const ACTIONS = ['list', 'query', 'export', 'prune', 'fold'] as const

function invalidOption(message: string): ShadowtestError {
  return new ShadowtestError('CLI:INVALID_OPTION', message)
}

function stringOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (value === true || value === '') throw invalidOption(`--${name} needs a value.`)
  return String(value)
}

/** `--since` takes an ISO time (2026-11-24T05:00Z) or an age: 30m, 12h, 7d. */
export function parseSince(value: string, now = Date.now()): Date {
  const age = /^(\d+(?:\.\d+)?)(m|h|d)$/.exec(value)
  if (age) return new Date(now - Number(age[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[age[2] as 'm' | 'h' | 'd'])
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(time)) throw invalidOption(`--since "${value}" is neither an ISO time (2026-11-24T05:00:00Z) nor an age (30m, 12h, 7d).`)
  return new Date(time)
}

function numberOption(name: string, value: unknown, integer: boolean): number | undefined {
  if (value === undefined) return undefined
  const n = typeof value === 'number' ? value : Number(value)
  if (value === true || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw invalidOption(`--${name} must be a non-negative ${integer ? 'integer' : 'number'}; got "${String(value)}".`)
  }
  return n
}

function filterOf(options: CapturesOptions): ReadCapturesOptions {
  const functionId = stringOption('function', options.function)
  const since = stringOption('since', options.since)
  // fold documents --run; query and export had --run-id first: both work everywhere.
  const runId = stringOption('run', options.run) ?? stringOption('run-id', options.runId)
  return {
    ...(functionId === undefined ? {} : { functionId }),
    ...(since === undefined ? {} : { since: parseSince(since) }),
    ...(runId === undefined ? {} : { runId }),
  }
}

function warnIssues(ctx: CliContext, issues: readonly CaptureReadIssue[]): void {
  for (const issue of issues) ctx.err(ctx.paint('yellow', `warning: skipped ${issue.kind}: ${issue.message}`))
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}

async function list(ctx: CliContext, dir: string, options: CapturesOptions): Promise<number> {
  const files = []
  for (const file of await listCaptureFiles(dir)) {
    const issues: CaptureReadIssue[] = []
    let records = 0
    for await (const _ of readCaptureFile(file.path, (issue) => issues.push(issue))) records += 1
    files.push({
      file: relativePath(file.path, ctx.cwd),
      bytes: file.bytes,
      records,
      pid: file.pid,
      modified: file.mtime.toISOString(),
      tornLines: issues.filter((i) => i.kind === 'torn-tail').length,
      invalidLines: issues.filter((i) => i.kind !== 'torn-tail').length,
    })
  }
  const total = { files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), records: files.reduce((n, f) => n + f.records, 0) }
  if (options.json === true) {
    ctx.out(JSON.stringify({ dir: relativePath(dir, ctx.cwd), files, total }, null, 2))
    return 0
  }
  if (files.length === 0) {
    ctx.err(`No capture files in ${relativePath(dir, ctx.cwd)}. Record some with \`shadowtest record -- <your command>\`.`)
    return 0
  }
  for (const f of files) {
    const bad = [f.tornLines ? `${f.tornLines} torn` : '', f.invalidLines ? `${f.invalidLines} invalid` : ''].filter(Boolean).join(', ')
    ctx.out(`${f.file}  ${String(f.records).padStart(7)} records  ${formatBytes(f.bytes).padStart(10)}  ${f.modified}${bad ? ctx.paint('yellow', `  (${bad} line(s) skipped)`) : ''}`)
  }
  ctx.out(ctx.paint('dim', `${total.files} file(s), ${total.records} record(s), ${formatBytes(total.bytes)}`))
  return 0
}

async function query(ctx: CliContext, from: CaptureBackend, options: CapturesOptions): Promise<number> {
  const limit = numberOption('limit', options.limit, true)
  const reader = readCapturesFrom(from, filterOf(options))
  const found: CaptureRecord[] = []
  for await (const record of reader) {
    if (limit !== undefined && found.length >= limit) break
    found.push(record)
  }
  warnIssues(ctx, reader.issues)
  if (options.json === true) {
    ctx.out(JSON.stringify(found, null, 2))
    return 0
  }
  for (const r of found) {
    const outcome = r.outcome.kind === 'throw' ? ctx.paint('red', 'threw') : 'returned'
    const deps = r.dependencies.length ? `, ${r.dependencies.length} dependenc${r.dependencies.length === 1 ? 'y' : 'ies'}` : ''
    ctx.out(`${r.capturedAt}  ${r.functionId}:${r.semanticId}  ${outcome} in ${r.durationMs.toFixed(2)} ms${deps}${r.source.runId ? ctx.paint('dim', `  run ${r.source.runId}`) : ''}`)
  }
  ctx.err(ctx.paint('dim', `${found.length} record(s)`))
  return 0
}

async function exportCaptures(ctx: CliContext, from: CaptureBackend, options: CapturesOptions): Promise<number> {
  const format = stringOption('format', options.format) ?? 'ndjson'
  if (format !== 'ndjson' && format !== 'json') throw invalidOption(`--format must be ndjson or json; got "${format}".`)
  const out = stringOption('out', options.out)
  const target = out === undefined ? undefined : resolve(ctx.cwd, out)
  // Write next to the target and rename at the end: a failed export leaves no half file behind.
  const temp = target === undefined ? undefined : join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
  const stream = temp === undefined ? undefined : createWriteStream(temp, { flags: 'wx' })
  if (stream) {
    try {
      await once(stream, 'open')
    } catch (error) {
      throw cannotWrite(out ?? 'the export', error)
    }
  }
  const write = async (text: string) => {
    const sink = stream ?? process.stdout
    if (!sink.write(text)) await once(sink, 'drain')
  }
  const reader = readCapturesFrom(from, filterOf(options))
  let count = 0
  try {
    if (format === 'json') await write('[')
    for await (const record of reader) {
      const json = JSON.stringify(record)
      await write(format === 'json' ? `${count === 0 ? '\n  ' : ',\n  '}${json}` : `${json}\n`)
      count += 1
    }
    if (format === 'json') await write(count === 0 ? ']\n' : '\n]\n')
    if (stream && temp && target) {
      stream.end()
      await once(stream, 'finish')
      await rename(temp, target)
    }
  } catch (error) {
    if (stream && temp) {
      stream.destroy()
      await rm(temp, { force: true })
    }
    throw error instanceof ShadowtestError ? error : cannotWrite(out ?? 'stdout', error)
  }
  warnIssues(ctx, reader.issues)
  ctx.err(`Exported ${count} record(s) as ${format}${target ? ` to ${relativePath(target, ctx.cwd)}` : ''}.`)
  return 0
}

function cannotWrite(what: string, error: unknown): ShadowtestError {
  return new ShadowtestError('CLI:WRITE_FAILED', `Could not write ${what}: ${error instanceof Error ? error.message : String(error)}.`, {
    file: what,
    cause: error,
  })
}

async function prune(ctx: CliContext, dir: string, options: CapturesOptions, configured: RetentionPolicy): Promise<number> {
  const maxAgeDays = numberOption('max-age', options.maxAge, false)
  const maxFiles = numberOption('max-files', options.maxFiles, true)
  const policy: RetentionPolicy =
    maxAgeDays === undefined && maxFiles === undefined
      ? configured
      : { ...(maxAgeDays === undefined ? {} : { maxAgeDays }), ...(maxFiles === undefined ? {} : { maxFiles }) }
  validateRetention(policy, 'retention')
  const dryRun = options.dryRun === true
  const result = await applyRetention(dir, policy, { dryRun })
  if (options.json === true) {
    ctx.out(JSON.stringify({ dryRun, policy, deleted: result.deleted.map((f) => relativePath(f.path, ctx.cwd)), kept: result.kept.length }, null, 2))
    return 0
  }
  for (const file of result.deleted) ctx.out(`${dryRun ? 'would delete' : 'deleted'} ${relativePath(file.path, ctx.cwd)}`)
  const rule = [policy.maxAgeDays === undefined ? '' : `older than ${policy.maxAgeDays} day(s)`, policy.maxFiles === undefined ? '' : `beyond the newest ${policy.maxFiles}`]
    .filter(Boolean)
    .join(' or ')
  ctx.err(`${dryRun ? 'Would delete' : 'Deleted'} ${result.deleted.length} capture file(s) ${rule}; ${result.kept.length} kept.`)
  return 0
}

async function listPostgres(ctx: CliContext, source: PostgresSinkOptions, options: CapturesOptions): Promise<number> {
  const summary = await summarizePostgresCaptures(source)
  if (options.json === true) {
    ctx.out(JSON.stringify(summary, null, 2))
    return 0
  }
  if (summary.total.records === 0) {
    ctx.err(`No captures in the Postgres table ${summary.table}. Record some with \`shadowtest record -- <your command>\`.`)
    return 0
  }
  for (const f of summary.functions) {
    ctx.out(`${f.functionId}  ${String(f.records).padStart(7)} records  ${String(f.scenarios).padStart(6)} scenarios  ${f.oldest} … ${f.newest}`)
  }
  ctx.out(ctx.paint('dim', `table ${summary.table}: ${summary.total.functions} function(s), ${summary.total.records} record(s), ${formatBytes(summary.total.bytes)}`))
  return 0
}

async function prunePostgres(ctx: CliContext, source: PostgresSinkOptions, options: CapturesOptions, configured: RetentionPolicy): Promise<number> {
  if (options.maxFiles !== undefined) {
    throw invalidOption('--max-files counts NDJSON files; a Postgres capture table is pruned by age: use --max-age <days>.')
  }
  const maxAgeDays = numberOption('max-age', options.maxAge, false) ?? configured.maxAgeDays
  if (maxAgeDays === undefined) throw invalidOption('captures prune on Postgres needs --max-age <days> (or capture.retention.maxAgeDays).')
  validateRetention({ maxAgeDays }, 'retention')
  const dryRun = options.dryRun === true
  const result = await prunePostgresCaptures(source, { maxAgeDays, dryRun })
  if (options.json === true) {
    ctx.out(JSON.stringify({ dryRun, policy: { maxAgeDays }, table: result.table, deleted: result.deleted, kept: result.kept }, null, 2))
    return 0
  }
  ctx.err(`${dryRun ? 'Would delete' : 'Deleted'} ${result.deleted} capture(s) older than ${maxAgeDays} day(s) from table ${result.table}; ${result.kept} kept.`)
  return 0
}

async function captures(ctx: CliContext, action: string, options: CapturesOptions): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new ShadowtestError('CLI:USAGE', `Unknown captures action "${action}"; use one of ${ACTIONS.join(', ')}.`)
  }
  const config = await loadConfig({ cwd: ctx.cwd, env: ctx.env })
  // Absolute already (config resolves it against rootDir and honours SHADOWTEST_CAPTURE_DIR).
  const dir = resolve(config.rootDir, config.captureDir)
  // capture.sink (or SHADOWTEST_SINK) postgres: the captures live in a table (docs/sinks.md#postgresql).
  const from = captureBackendFromConfig({ ...config, captureDir: dir }, ctx.env)
  switch (action as (typeof ACTIONS)[number]) {
    case 'list':
      return from.kind === 'postgres' ? listPostgres(ctx, from.options, options) : list(ctx, dir, options)
    case 'query':
      return query(ctx, from, options)
    case 'export':
      return exportCaptures(ctx, from, options)
    case 'fold':
      // Opens the store as record does (openWorkspace); the filter is checked before anything is read.
      return foldCommand(ctx, filterOf(options), stringOption('since', options.since), options)
    case 'prune':
      return from.kind === 'postgres' ? prunePostgres(ctx, from.options, options, config.capture.retention) : prune(ctx, dir, options, config.capture.retention)
  }
}

export const registerCaptures: Register = (cli, ctx, run) => {
  cli
    .command('captures <action>', 'Look into and manage raw captures: list | query | export | prune | fold')
    .usage(
      'captures list | query [--function F] [--since T] | export [--out F] [--format ndjson|json] | prune [--max-age D] [--max-files N] | fold [--function F] [--since T] [--run R] [--dry-run]',
    )
    .option('--function <id>', 'query/export/fold: only this function id')
    .option('--since <time>', 'query/export/fold: captured at or after an ISO time or an age (30m, 12h, 7d)')
    .option('--run <id>', 'query/export/fold: only the captures of one run (a `shadowtest record` run, or a SHADOWTEST_RUN_ID)')
    .option('--run-id <id>', 'the same as --run')
    .option('--limit <n>', 'query: at most n records')
    .option('--json', 'list/query/prune/fold: JSON on stdout')
    .option('--by <name>', 'fold: who folded, for the scenarios\' history (default: $SHADOWTEST_USER, governance.actor, $USER)')
    .option('--out <file>', 'export: write to a file instead of stdout')
    .option('--format <format>', 'export: ndjson (default) or json (an array)')
    .option('--max-age <days>', 'prune: delete files older than this many days')
    .option('--max-files <n>', 'prune: keep only the newest n files')
    .option('--dry-run', 'prune/fold: show what would be deleted or folded, change nothing')
    .example('shadowtest captures query --function pricing.quote --since 2h')
    .example('shadowtest captures export --out captures.json --format json')
    .example('shadowtest captures prune --max-age 3 --max-files 20')
    .example('shadowtest captures fold --since 24h --dry-run')
    .action((action: string, options: CapturesOptions) => run(() => captures(ctx, action, options)))
}
