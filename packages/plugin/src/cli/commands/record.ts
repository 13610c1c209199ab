import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { constants } from 'node:os'
import { resolve } from 'node:path'
import { ShadowtestError } from '@shadowtest/core'
import { captureBackendFromConfig, DEFAULT_CAPTURE_TABLE, foldCaptures, listCaptureFiles } from '../../runtime/sinks/index.js'
import type { CliContext } from '../context.js'
import type { Register } from '../index.js'
import { actor, openWorkspace, relativePath } from './baseline-workspace.js'
import { printFolded } from './fold-output.js'

interface RecordOptions {
  '--'?: string[]
  function?: unknown
  json?: unknown
  by?: unknown
}

/** A fresh id per record run; the runtime stamps it into every record's `source.runId`. */
function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}

interface ChildExit {
  /** The exit code the command would have had in a shell (128 + n after signal n). */
  code: number
  signal: NodeJS.Signals | null
}

/**
 * Runs the user's command with inherited stdio. SIGTERM sent to `shadowtest record` is passed
 * on to the command, and Ctrl-C (which the terminal already delivers to the command) does not
 * end the recorder before it has folded what the command captured.
 */
function runChild(command: string[], env: NodeJS.ProcessEnv, cwd: string, stdoutToStderr: boolean): Promise<ChildExit> {
  const [file, ...args] = command as [string, ...string[]]
  return new Promise((resolvePromise, reject) => {
    // With --json, stdout carries only the summary: the command's own stdout goes to stderr.
    const child = spawn(file, args, { cwd, env, stdio: [0, stdoutToStderr ? 2 : 1, 2] })
    const forwardTerm = () => child.kill('SIGTERM')
    const ignoreInt = () => {}
    process.on('SIGTERM', forwardTerm)
    process.on('SIGINT', ignoreInt)
    const done = () => {
      process.off('SIGTERM', forwardTerm)
      process.off('SIGINT', ignoreInt)
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      done()
      reject(
        new ShadowtestError(
          'CLI:COMMAND_FAILED',
          `Could not start \`${command.join(' ')}\`: ${error.code === 'ENOENT' ? `"${file}" was not found on PATH` : error.message}.`,
          { cause: error },
        ),
      )
    })
    child.on('exit', (code, signal) => {
      done()
      resolvePromise({ code: code ?? 128 + (signal ? constants.signals[signal] : 0), signal })
    })
  })
}

async function record(ctx: CliContext, options: RecordOptions): Promise<number> {
  const command = options['--'] ?? []
  if (command.length === 0) {
    throw new ShadowtestError('CLI:USAGE', 'shadowtest record needs the command to run after `--`, e.g. `shadowtest record -- node scripts/smoke.mjs`.')
  }
  const functionId = options.function === undefined ? undefined : String(options.function)
  if (functionId === '' || options.function === true) throw new ShadowtestError('CLI:INVALID_OPTION', '--function needs a function id, e.g. --function pricing.quote.')
  const json = options.json === true
  // The store as approve and baseline open it: new files stamped with the configured diff policy,
  // proposals and re-records under the configured governance policy.
  const { config, store } = await openWorkspace(ctx)
  const captureDir = resolve(config.rootDir, config.captureDir)
  // The child loads the same config and env, so it writes where capture.sink says; read back from there.
  const backend = captureBackendFromConfig({ ...config, captureDir }, ctx.env)
  const runId = newRunId()
  const shown = command.join(' ')
  const log = json ? ctx.err : ctx.out

  const started = Date.now()
  const exit = await runChild(
    command,
    { ...ctx.env, SHADOWTEST_CAPTURE: 'on', SHADOWTEST_CAPTURE_DIR: captureDir, SHADOWTEST_RUN_ID: runId },
    ctx.cwd,
    json,
  )
  if (exit.code !== 0) {
    ctx.err(
      ctx.paint(
        'yellow',
        `warning: \`${shown}\` ${exit.signal ? `was ended by ${exit.signal}` : `exited with code ${exit.code}`}; folding what it captured before it stopped.`,
      ),
    )
  }

  // Only files written during the run can hold its records: older captures are not even opened
  // (the margin covers file systems with coarse timestamps). A Postgres table is indexed by run id.
  const files =
    backend.kind === 'ndjson' ? { files: (await listCaptureFiles(captureDir)).filter((f) => f.mtime.getTime() >= started - 2_000).map((f) => f.path) } : {}
  const folded = await foldCaptures(backend.kind === 'ndjson' ? captureDir : backend, store, {
    filter: { runId, ...files, ...(functionId === undefined ? {} : { functionId }) },
    by: actor(ctx, options.by, config.governance.actor),
  })
  for (const issue of folded.issues) ctx.err(ctx.paint('yellow', `warning: skipped ${issue.kind} at ${relativePath(issue.file, ctx.cwd)}:${issue.line}: ${issue.message}`))

  if (json) {
    ctx.out(
      JSON.stringify(
        {
          runId,
          command,
          exitCode: exit.code,
          captureDir: relativePath(captureDir, ctx.cwd),
          records: folded.records,
          functions: folded.functions.map((f) => ({ ...f, file: relativePath(f.file, ctx.cwd) })),
          issues: folded.issues,
        },
        null,
        2,
      ),
    )
  } else if (folded.functions.length === 0) {
    log(
      `No captures from \`${shown}\`${functionId === undefined ? '' : ` for ${functionId}`}. Is the code wrapped with capture(), and does the command load it? (captures go to ${backend.kind === 'postgres' ? `the Postgres table ${backend.options.table ?? DEFAULT_CAPTURE_TABLE}` : relativePath(captureDir, ctx.cwd)})`,
    )
  } else {
    log(`Recorded ${folded.records} call(s) from \`${shown}\` (run ${runId}):`)
    printFolded(ctx, log, folded.functions)
  }
  return exit.code
}

export const registerRecord: Register = (cli, ctx, run) => {
  cli
    .command('record', 'Run a command with capture on, then add what it captured as pending scenarios')
    .usage('record [--function <id>] [--json] -- <command…>')
    .option('--function <id>', 'Fold only the captures of this function id')
    .option('--by <name>', 'Who recorded, for the scenarios\' history (default: $SHADOWTEST_USER, config governance.actor, $USER)')
    .option('--json', 'Print the summary as JSON on stdout (the command\'s own stdout goes to stderr)')
    .example('shadowtest record -- node scripts/smoke.mjs')
    .example('shadowtest record --function pricing.quote -- npx vitest run tests/integration')
    .action((options: RecordOptions) => run(() => record(ctx, options)))
}
