import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import ts from 'typescript'

export interface CheckResult {
  ok: boolean
  /** What failed, in words the model (and a user) can act on. */
  errors: string
}

/** The rules a candidate must keep before it is even compiled: every scenario still gated. */
export function checkShape(code: string, scenarioIds: readonly string[]): CheckResult {
  const missing = scenarioIds.filter((id) => !code.includes(id))
  const problems: string[] = []
  if (missing.length > 0) problems.push(`The file must keep one test per scenario id; missing: ${missing.join(', ')}.`)
  if (!code.includes('toMatchBaseline')) problems.push('The file must assert with `await expect(s.replay(fn)).toMatchBaseline(s)`.')
  return { ok: problems.length === 0, errors: problems.join('\n') }
}

/**
 * Type-checks one file with the project's tsconfig (strict defaults when there is none) and
 * returns the diagnostics of that file only: errors elsewhere in the project are not the
 * candidate's fault.
 */
export function typeCheck(file: string, rootDir: string): CheckResult {
  const configPath = ts.findConfigFile(rootDir, ts.sys.fileExists, 'tsconfig.json')
  let options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
  }
  if (configPath !== undefined && configPath.startsWith(rootDir)) {
    const read = ts.readConfigFile(configPath, ts.sys.readFile)
    const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, dirname(configPath))
    options = parsed.options
  }
  const program = ts.createProgram([file], { ...options, noEmit: true, composite: false, incremental: false })
  const source = program.getSourceFile(file)
  const diagnostics = [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ]
  const errors = diagnostics.map((d) => {
    const position =
      d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined
    const where = position === undefined ? '' : `line ${position.line + 1}:${position.character + 1}: `
    return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
  return { ok: errors.length === 0, errors: errors.join('\n') }
}

/**
 * Runs the candidate with the project's own Vitest in a child process, with `CI=true` so the
 * gate writes nothing: a candidate can pass, never approve.
 */
export function runVitest(file: string, rootDir: string, timeoutMs: number): Promise<CheckResult> {
  let bin: string
  try {
    const require = createRequire(join(rootDir, 'package.json'))
    bin = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
  } catch (cause) {
    return Promise.resolve({ ok: false, errors: `Vitest is not installed in ${rootDir}: ${(cause as Error).message}` })
  }
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'SHADOWTEST_APPROVE' || key === 'NODE_OPTIONS') delete env[key]
  }
  const filter = relative(rootDir, file).split(sep).join('/')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', filter], { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, errors: error.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') resolve({ ok: false, errors: `Vitest did not finish within ${timeoutMs} ms.` })
      else resolve({ ok: code === 0, errors: code === 0 ? '' : tail(output, 4_000) })
    })
  })
}

function tail(text: string, max: number): string {
  return text.length > max ? `…${text.slice(-max)}` : text
}
