import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { ENGINE_VERSION, ShadowtestError, isShadowtestError, loadConfig } from '@shadowtest/core'
import type { Register } from '../index.js'
import type { CliContext } from '../context.js'
import { REPORT_FILE_ENV, type EmptyCheckSummary, type GateRunReport } from '../../vitest/gate-report.js'
import { auditBaselines, type BaselineAudit } from './verify-audit.js'

interface VerifyOptions {
  json?: boolean
  jsonFile?: string
}

/** The machine-readable verify result (`--json`, `--json-file`). */
export interface VerifyJson {
  summary: { timestamp: string; shadowtestVersion: string; baselineCount: number; replayedCount: number; mismatchCount: number }
  scenarios: Array<{ scenarioId: string; status: 'pass' | 'fail' | 'pending' | 'obsolete'; diffSummary: string; diff: string; baselineVersion: number }>
  /** Functions whose `toMatchBaseline()` replayed nothing: the gate passed without checking them. */
  emptyChecks: EmptyCheckSummary[]
  warnings: Array<{ code: string; message: string; file?: string }>
  errors: Array<{ code: string; message: string; file?: string; scenarioId?: string; path?: string }>
  exitCode: number
}

export const registerVerify: Register = (cli, ctx, run) => {
  cli
    .command('verify [...files]', 'Run Vitest over the baseline tests and report every scenario (exit 0 ok, 1 mismatch, 2 error)')
    .option('--json', 'Print the result as JSON on stdout (logs go to stderr)')
    .option('--json-file <file>', 'Also write the JSON result to this file')
    .action((files: string[], options: VerifyOptions) => run(() => verify(ctx, files, options)))
}

async function verify(ctx: CliContext, files: string[], options: VerifyOptions): Promise<number> {
  const log = options.json ? ctx.err : ctx.out
  let audit: BaselineAudit
  try {
    // A broken config is reported like any other error, so a CI job still gets its JSON report.
    const config = await loadConfig({ cwd: ctx.cwd, env: ctx.env })
    audit = await auditBaselines(config)
  } catch (error) {
    return finish(ctx, options, failure(error))
  }
  for (const w of audit.warnings) ctx.err(ctx.paint('yellow', `warning [${w.code}] ${w.message}`))
  if (audit.pii.length > 0) {
    const errors = audit.pii.map((f) => ({ code: 'SECURITY:UNMASKED_PII', message: f.message, file: f.file, scenarioId: f.scenarioId, path: f.path }))
    for (const e of errors) ctx.err(ctx.paint('red', `[${e.code}] ${e.message}`))
    return finish(ctx, options, { ...emptyJson(audit, 2), errors })
  }

  const dir = await mkdtemp(join(tmpdir(), 'shadowtest-verify-'))
  try {
    const reportFile = join(dir, 'report.json')
    const code = await runVitest(ctx, files, reportFile, Boolean(options.json))
    let report: GateRunReport
    try {
      report = JSON.parse(await readFile(reportFile, 'utf8')) as GateRunReport
    } catch (cause) {
      return finish(
        ctx,
        options,
        failure(
          new ShadowtestError(
            'CLI:NO_GATE_REPORT',
            `Vitest exited with ${code} without a Shadowtest report. Is shadowtest() in the plugins of vitest.config (and did the config load)?`,
            { cause },
          ),
          audit,
        ),
      )
    }
    // The per-function summary was already printed by the plugin's reporter in Vitest's output.
    for (const s of report.scenarios.filter((x) => x.status === 'fail')) {
      log('')
      log(ctx.paint('red', `✗ ${s.scenarioId}  ${s.label}  (${s.diffSummary})`))
      for (const line of s.diff.split('\n')) log(`    ${line}`)
    }
    const exitCode =
      report.mismatchCount > 0 ? 1 : code === 0 ? 0 : report.scenarios.some((s) => s.status === 'obsolete') ? 1 : 2
    if (exitCode === 2) log(ctx.paint('red', `[CLI:VITEST_FAILED] Vitest exited with ${code} for a reason other than a baseline mismatch; see its output above.`))
    return finish(ctx, options, {
      summary: {
        timestamp: report.timestamp,
        shadowtestVersion: report.shadowtestVersion,
        baselineCount: report.baselineCount,
        replayedCount: report.replayedCount,
        mismatchCount: report.mismatchCount,
      },
      scenarios: report.scenarios.map((s) => ({
        scenarioId: s.scenarioId,
        status: s.status,
        diffSummary: s.diffSummary,
        diff: s.diff,
        baselineVersion: s.baselineVersion,
      })),
      emptyChecks: report.emptyChecks ?? [],
      warnings: audit.warnings,
      errors: report.errors.map((message) => ({ code: 'CLI:GATE_ERROR', message })),
      exitCode,
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Runs the project's own Vitest (`vitest run`), its output kept off stdout when stdout carries JSON. */
function runVitest(ctx: CliContext, files: string[], reportFile: string, json: boolean): Promise<number> {
  let bin: string
  try {
    const pkg = createRequire(join(ctx.cwd, 'package.json')).resolve('vitest/package.json')
    bin = join(dirname(pkg), 'vitest.mjs')
  } catch (cause) {
    throw new ShadowtestError('CLI:VITEST_MISSING', `shadowtest verify runs Vitest, which is not installed in ${ctx.cwd}: npm i -D vitest.`, { cause })
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, 'run', ...files], {
      cwd: ctx.cwd,
      env: { ...ctx.env, [REPORT_FILE_ENV]: reportFile },
      stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'],
    })
    child.stdout?.on('data', (chunk: Buffer) => process.stderr.write(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise(code ?? 2))
  })
}

function emptyJson(audit: BaselineAudit | undefined, exitCode: number): VerifyJson {
  return {
    summary: {
      timestamp: new Date().toISOString(),
      shadowtestVersion: ENGINE_VERSION,
      baselineCount: audit?.baselineCount ?? 0,
      replayedCount: 0,
      mismatchCount: 0,
    },
    scenarios: [],
    emptyChecks: [],
    warnings: audit?.warnings ?? [],
    errors: [],
    exitCode,
  }
}

function failure(error: unknown, audit?: BaselineAudit): VerifyJson {
  if (!isShadowtestError(error)) throw error
  const e = error
  return {
    ...emptyJson(audit, e.exitCode === 1 ? 2 : e.exitCode),
    errors: [{ code: e.code, message: e.message, ...(e.file ? { file: e.file } : {}), ...(e.scenarioId ? { scenarioId: e.scenarioId } : {}), ...(e.path ? { path: e.path } : {}) }],
  }
}

async function finish(ctx: CliContext, options: VerifyOptions, result: VerifyJson): Promise<number> {
  const text = JSON.stringify(result, null, 2)
  if (options.json) ctx.out(text)
  else for (const e of result.errors) if (e.code !== 'SECURITY:UNMASKED_PII') ctx.err(ctx.paint('red', e.message))
  if (options.jsonFile) {
    const file = resolve(ctx.cwd, options.jsonFile)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, text + '\n')
  }
  return result.exitCode
}
