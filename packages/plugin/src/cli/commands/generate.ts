import { ShadowtestError } from '@shadowtest/core'
import type { Register } from '../index.js'
import type { CliContext } from '../context.js'

interface GenerateFlags {
  all?: boolean
  function?: string | string[]
  out?: string
  perScenario?: boolean
  check?: boolean
  provider?: string
  model?: string
  baseUrl?: string
  dryRun?: boolean
}

export const registerGenerate: Register = (cli, ctx, run) => {
  cli
    .command('generate', 'Write Vitest files (and payload types) from the approved baselines')
    .option('--all', 'Generate every function that has a baseline (the default)')
    .option('--function <id>', 'Generate only this function id (repeatable)')
    .option('--out <dir>', 'Output directory (default: config codegen.outDir, else generatedDir: __shadowtest__)')
    .option('--per-scenario', 'One file per scenario instead of one file per function')
    .option('--check', 'Write nothing; exit 1 and list the files that are stale or missing (for CI)')
    .option('--provider <name>', 'Let an AI provider write more idiomatic tests: anthropic | openai')
    .option('--model <model>', 'Model for --provider (default: config codegen.model, else the provider default)')
    .option('--base-url <url>', 'Base URL of the provider API (default: config codegen.baseUrl, else the SDK env vars)')
    .option('--dry-run', 'Write nothing and call no provider; print what would happen (and the prompts with --provider)')
    .action((flags: GenerateFlags) => run(() => generateCommand(ctx, flags)))
}

async function generateCommand(ctx: CliContext, flags: GenerateFlags): Promise<number> {
  // Loaded lazily: codegen pulls in the TypeScript compiler and prettier, which no other command needs.
  const codegen = await loadCodegen()
  const functions = flags.function === undefined ? [] : [flags.function].flat().map(String)
  if (flags.all && functions.length > 0) {
    throw new ShadowtestError('CLI:USAGE', 'Use either --all or --function, not both.')
  }
  if (flags.check && flags.dryRun) {
    throw new ShadowtestError('CLI:USAGE', 'Use either --check or --dry-run, not both.')
  }
  const report = await codegen.runGenerate({
    cwd: ctx.cwd,
    env: ctx.env,
    functions: functions.length > 0 ? functions : 'all',
    ...(flags.out === undefined ? {} : { outDir: String(flags.out) }),
    ...(flags.perScenario ? { layout: 'per-scenario' as const } : {}),
    mode: flags.check ? 'check' : flags.dryRun ? 'dry-run' : 'write',
    ...(flags.provider === undefined ? {} : { provider: String(flags.provider) }),
    ...(flags.model === undefined ? {} : { model: String(flags.model) }),
    ...(flags.baseUrl === undefined ? {} : { baseUrl: String(flags.baseUrl) }),
    log: (line) => ctx.err(line),
    print: (line) => ctx.out(line),
  })
  for (const warning of report.warnings) ctx.err(ctx.paint('yellow', `warning: ${warning}`))
  for (const line of codegen.renderReport(report, { mode: flags.check ? 'check' : flags.dryRun ? 'dry-run' : 'write' })) {
    ctx.out(line)
  }
  if (flags.check) return report.counts.written + report.counts.removed > 0 ? 1 : 0
  return 0
}

/** `@shadowtest/codegen` is a separate install (it brings TypeScript and prettier); say so when it is missing. */
async function loadCodegen(): Promise<typeof import('@shadowtest/codegen')> {
  try {
    return await import('@shadowtest/codegen')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@shadowtest/codegen')) {
      throw new ShadowtestError('CLI:CODEGEN_MISSING', 'shadowtest generate needs @shadowtest/codegen, which is not installed: npm i -D @shadowtest/codegen.', { cause: error })
    }
    throw error
  }
}
