import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { BaselineFile, Redactor } from '@shadowtest/core'
import { headerLines, isGenerated, providerLines, templateHash, templateHashOf } from '../header.js'
import { displayPath } from '../layout.js'
import type { PlannedFile } from '../plan.js'
import { format, printParsed } from '../print.js'
import { buildPrompt, extractCode, feedbackMessage, type Prompt } from './prompt.js'
import type { ChatMessage, Provider } from './provider.js'
import { checkShape, runVitest, typeCheck } from './validate.js'

export interface RewriteSettings {
  provider: Provider
  redactor: Redactor
  rootDir: string
  /** Extra attempts after a rejected answer (config `codegen.maxRetries`). */
  maxRetries: number
  /** Time allowed for one Vitest validation run. */
  vitestTimeoutMs: number
  log: (line: string) => void
}

export interface RewriteOutcome {
  file: PlannedFile
  fallback: boolean
  /** Why the provider's answers were rejected (when it fell back). */
  reason?: string
  attempts: number
}

/** The prompt for one planned file (also what `--dry-run` prints). */
export async function promptFor(file: PlannedFile, baseline: BaselineFile, rootDir: string, redactor: Redactor): Promise<Prompt> {
  const fn = baseline.function
  const source = fn.module === undefined ? undefined : await readFile(join(rootDir, fn.module), 'utf8').catch(() => undefined)
  const ids = new Set(file.scenarioIds)
  return buildPrompt(
    {
      functionId: fn.id,
      exportName: fn.exportName ?? fn.id.split('.').pop() ?? fn.id,
      module: fn.module ?? '(unknown)',
      source,
      template: file.template ?? file.content,
      scenarios: Object.values(baseline.scenarios).filter((s) => ids.has(s.id)),
    },
    redactor,
  )
}

/**
 * Asks the provider for a better version of one test file and keeps the answer only if it
 * keeps every scenario gated, type-checks, and passes with Vitest against the current code.
 * A rejected answer is sent back with the error, at most `maxRetries` times; then the
 * template is kept and the fallback reported. Provider errors (timeouts, 429 after the SDK's
 * own retries) fall back at once.
 */
export async function rewriteFile(file: PlannedFile, baseline: BaselineFile, settings: RewriteSettings): Promise<RewriteOutcome> {
  const template = file.template ?? file.content
  const hash = templateHash(template)
  const current = await readFile(file.path, 'utf8').catch(() => undefined)
  // Already rewritten from this very template, or taken over by hand: no call, nothing changes.
  if (current !== undefined && (!isGenerated(current) || templateHashOf(current) === hash)) {
    return { file, fallback: false, attempts: 0 }
  }
  const where = displayPath(settings.rootDir, file.path)
  const prompt = await promptFor(file, baseline, settings.rootDir, settings.redactor)
  const messages: ChatMessage[] = [{ role: 'user', content: prompt.user }]
  const attempts = 1 + Math.max(0, settings.maxRetries)
  let reason = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let answer: string
    try {
      answer = await settings.provider.complete(prompt.system, messages)
    } catch (error) {
      reason = `${settings.provider.name} request failed: ${(error as Error).message}`
      settings.log(`  ${where}: ${reason}`)
      return { file, fallback: true, reason, attempts: attempt }
    }
    messages.push({ role: 'assistant', content: answer })
    const verdict = await validateAnswer(answer, file, hash, settings)
    if (verdict.ok) {
      settings.log(`  ${where}: ${settings.provider.name} answer kept (attempt ${attempt}/${attempts})`)
      return { file: { ...file, content: verdict.content }, fallback: false, attempts: attempt }
    }
    reason = verdict.errors
    settings.log(`  ${where}: answer ${attempt}/${attempts} rejected: ${firstLine(reason)}`)
    messages.push({ role: 'user', content: feedbackMessage(reason) })
  }
  return { file, fallback: true, reason, attempts }
}

async function validateAnswer(
  answer: string,
  file: PlannedFile,
  hash: string,
  settings: RewriteSettings,
): Promise<{ ok: true; content: string } | { ok: false; errors: string }> {
  const code = extractCode(answer)
  if (code === undefined) return { ok: false, errors: 'The answer contained no ```ts code block.' }
  const shape = checkShape(code, file.scenarioIds)
  if (!shape.ok) return { ok: false, errors: shape.errors }
  const header = [
    ...headerLines({ functionId: file.functionId, baselineFile: baselineLine(file), kind: 'tests' }),
    ...providerLines(settings.provider.name, settings.provider.model, hash),
  ]
  let content: string
  try {
    content = await format(printParsed(stripHeader(code), header), file.path)
  } catch (error) {
    return { ok: false, errors: `The file does not parse: ${(error as Error).message}` }
  }
  // The candidate sits next to the target so its relative imports resolve exactly the same.
  const candidate = join(dirname(file.path), `${basename(file.path, '.test.ts')}.candidate-${randomBytes(3).toString('hex')}.test.ts`)
  const created = await mkdir(dirname(candidate), { recursive: true })
  await writeFile(candidate, content, 'utf8')
  try {
    const types = typeCheck(candidate, settings.rootDir)
    if (!types.ok) return { ok: false, errors: `tsc reported:\n${types.errors}` }
    const run = await runVitest(candidate, settings.rootDir, settings.vitestTimeoutMs, file.scenarioIds.length)
    if (!run.ok) return { ok: false, errors: `vitest failed:\n${run.errors}` }
    return { ok: true, content }
  } finally {
    await rm(candidate, { force: true })
    if (created !== undefined) await removeEmptyDirs(dirname(candidate), dirname(created))
  }
}

/** Removes the directories made for a candidate (when still empty), from `dir` up to `top`. */
async function removeEmptyDirs(dir: string, top: string): Promise<void> {
  for (let current = dir; current.startsWith(top) && current !== top; current = dirname(current)) {
    try {
      await rmdir(current)
    } catch {
      return
    }
  }
}

/** The baseline path as the template's header names it (kept identical in the rewritten file). */
function baselineLine(file: PlannedFile): string {
  const match = /^\/\/ Baseline: (.+)$/m.exec(file.template ?? file.content)
  return match?.[1] ?? '(unknown)'
}

const OUR_HEADER_LINE = /^\/\/ (@generated by Shadowtest|Function: |Baseline: |Regenerate: |To take this file over|Written by |Template: )/

/** Drops header lines the model copied from the template, so ours is the only header. */
function stripHeader(code: string): string {
  const lines = code.split('\n')
  let end = 0
  while (end < lines.length && (lines[end]!.startsWith('//') || lines[end]!.trim() === '')) end++
  const leading = lines.slice(0, end).filter((line) => !OUR_HEADER_LINE.test(line))
  return [...leading, ...lines.slice(end)].join('\n')
}

/** The first informative line of a reason (not a `tsc reported:` style heading). */
function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  const line = lines.find((l) => !l.trimEnd().endsWith(':')) ?? lines[0] ?? ''
  return line.length > 160 ? `${line.slice(0, 159)}…` : line
}
