import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
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
 * gate writes nothing: a candidate can pass, never approve. The verdict comes from Vitest's
 * JSON report of the candidate's own tests (every test ran and passed, none skipped, at least
 * `minTests`), not from the exit code, which also reflects project-wide checks such as obsolete
 * baselines that are not the candidate's doing.
 */
export async function runVitest(file: string, rootDir: string, timeoutMs: number, minTests: number): Promise<CheckResult> {
  let bin: string
  try {
    const require = createRequire(join(rootDir, 'package.json'))
    bin = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
  } catch (cause) {
    return { ok: false, errors: `Vitest is not installed in ${rootDir}: ${(cause as Error).message}` }
  }
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'SHADOWTEST_APPROVE' || key === 'NODE_OPTIONS') delete env[key]
  }
  const filter = relative(rootDir, file).split(sep).join('/')
  const reportDir = await mkdtemp(join(tmpdir(), 'shadowtest-candidate-'))
  const reportFile = join(reportDir, 'report.json')
  try {
    const args = [bin, 'run', filter, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]
    const { output, timedOut } = await spawnCollect(process.execPath, args, rootDir, env, timeoutMs)
    if (timedOut) return { ok: false, errors: `Vitest did not finish within ${timeoutMs} ms.` }
    const report = await readFile(reportFile, 'utf8')
      .then((text) => JSON.parse(text) as VitestJsonReport)
      .catch(() => undefined)
    if (report === undefined) return { ok: false, errors: tail(output, 4_000) }
    const mine = report.testResults.filter((r) => r.name.endsWith(filter))
    const tests = mine.flatMap((r) => r.assertionResults)
    const passed = tests.filter((t) => t.status === 'passed').length
    const problems: string[] = []
    if (mine.length === 0) problems.push('Vitest did not run the file (is it matched by the test include patterns?).')
    for (const r of mine) if (r.status !== 'passed' && r.message) problems.push(r.message)
    for (const t of tests) {
      if (t.status !== 'passed') problems.push(`${t.status}: ${t.title}${t.failureMessages.length > 0 ? `\n${t.failureMessages.join('\n')}` : ''}`)
    }
    if (passed < minTests) problems.push(`Only ${passed} test(s) passed; the file must keep at least ${minTests} (one per scenario).`)
    return problems.length === 0 ? { ok: true, errors: '' } : { ok: false, errors: tail(problems.join('\n'), 4_000) }
  } finally {
    await rm(reportDir, { recursive: true, force: true })
  }
}

interface VitestJsonReport {
  testResults: Array<{
    name: string
    status: string
    message?: string
    assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>
  }>
}

function spawnCollect(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let timedOut = false
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ output: `${output}\n${error.message}`, timedOut })
    })
    child.on('close', () => {
      clearTimeout(timer)
      resolve({ output, timedOut })
    })
  })
}

function tail(text: string, max: number): string {
  return text.length > max ? `…${text.slice(-max)}` : text
}
