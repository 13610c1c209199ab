import { styleText } from 'node:util'

/** What every command gets: output streams that know whether colour is wanted. */
export interface CliContext {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Human output (stdout). With `--json`, commands print JSON here and logs go to stderr. */
  out: (line: string) => void
  /** Logs, progress, warnings (stderr). */
  err: (line: string) => void
  color: boolean
  paint: (style: Parameters<typeof styleText>[0], text: string) => string
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CliContext {
  const color = Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.FORCE_COLOR !== '0'
  return {
    cwd,
    env,
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    color,
    paint: (style, text) => (color ? styleText(style, text) : text),
  }
}
