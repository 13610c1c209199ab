import { cac } from 'cac'
import { ENGINE_VERSION, isShadowtestError, ShadowtestError } from '@shadowtest/core'
import { createCliContext, type CliContext } from './context.js'
import { registerRecord } from './commands/record.js'
import { registerVerify } from './commands/verify.js'
import { registerApprove } from './commands/approve.js'
import { registerBaseline } from './commands/baseline.js'
import { registerGenerate } from './commands/generate.js'
import { registerCaptures } from './commands/captures.js'

/**
 * Each command module registers itself and returns nothing; its action resolves to the
 * process exit code (0 no mismatch, 1 mismatch, 2 error) or throws a ShadowtestError.
 */
export type CommandResult = Promise<number> | number

/** Runs the CLI with `argv` (as in `process.argv`) and resolves to the exit code. */
export async function main(argv: string[], ctx: CliContext = createCliContext()): Promise<number> {
  const cli = cac('shadowtest')
  let result: CommandResult | undefined
  const run = (action: () => CommandResult) => {
    result = action()
  }
  registerRecord(cli, ctx, run)
  registerVerify(cli, ctx, run)
  registerApprove(cli, ctx, run)
  registerBaseline(cli, ctx, run)
  registerGenerate(cli, ctx, run)
  registerCaptures(cli, ctx, run)
  cli.help()
  cli.version(ENGINE_VERSION)
  try {
    cli.parse(argv, { run: false })
    if (cli.options.help || cli.options.version) {
      return 0
    }
    if (!cli.matchedCommand) {
      const name = cli.args[0]
      throw new ShadowtestError(
        'CLI:UNKNOWN_COMMAND',
        name === undefined
          ? 'No command given. Run `shadowtest --help` to see the commands.'
          : `Unknown command "${name}". Run \`shadowtest --help\` to see the commands.`,
      )
    }
    await cli.runMatchedCommand()
    return await (result ?? 0)
  } catch (error) {
    return reportError(error, ctx)
  }
}

/** Prints an error the way every command does and returns its exit code. */
export function reportError(error: unknown, ctx: CliContext): number {
  if (isShadowtestError(error)) {
    ctx.err(ctx.paint('red', error.message))
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  // cac reports unknown options and missing arguments as plain errors: they are usage errors.
  if (error instanceof Error && error.name === 'CACError') {
    ctx.err(ctx.paint('red', `[CLI:USAGE] ${message}. Run \`shadowtest --help\`.`))
    return 2
  }
  ctx.err(ctx.paint('red', `[CLI:UNEXPECTED] ${message}`))
  if (error instanceof Error && error.stack) ctx.err(error.stack)
  return 2
}

export type { CliContext } from './context.js'
export type Register = (
  cli: ReturnType<typeof cac>,
  ctx: CliContext,
  run: (action: () => CommandResult) => void,
) => void
