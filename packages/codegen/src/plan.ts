import type { BaselineFile, Encoded, Scenario } from '@shadowtest/core'
import ts from 'typescript'
import { headerLines } from './header.js'
import { displayPath, importSpecifier, layoutFor, relativeSpecifier } from './layout.js'
import { payloadTypes, typePrefix } from './payload-types.js'
import { format, printParsed, printStatements } from './print.js'
import { summarizeDependencies, summarizeOutcome } from './summaries.js'
import { suiteStatements, type TestCase } from './test-file.js'

/** Inputs whose encoded JSON is larger than this are referenced, not inlined. */
export const INLINE_INPUT_MAX_BYTES = 2_000

export type Layout = 'per-function' | 'per-scenario'

export interface PlanContext {
  rootDir: string
  outDir: string
  /** Absolute path of the baseline file the function was read from. */
  baselineFile: string
  layout: Layout
  /**
   * Names the function's module exports (from its source), to import a decorated method
   * through its class; `undefined` when unknown (the export name is then trusted).
   */
  exports?: ReadonlySet<string> | undefined
}

/** A file `generate` wants on disk, with its exact bytes. */
export interface PlannedFile {
  path: string
  content: string
  functionId: string
  kind: 'tests' | 'types'
  /** Scenarios covered (tests files): what a provider rewrites. */
  scenarioIds: string[]
  /**
   * The template text this file derives from (tests files). Equal to `content` unless a
   * provider rewrote it; a file on disk made from the same template counts as up to date.
   */
  template?: string
}

export interface FunctionPlan {
  functionId: string
  files: PlannedFile[]
  /** Approved scenarios that get a test. */
  scenarioCount: number
  /** Why nothing could be generated, when so (e.g. the module is unknown). */
  warning?: string
}

/** Approved scenarios in recording order (seq), then by id: the order tests appear in. */
export function approvedScenarios(baseline: BaselineFile): Array<[semanticId: string, scenario: Scenario]> {
  return Object.entries(baseline.scenarios)
    .filter(([, s]) => s.status === 'approved')
    .sort(([a, x], [b, y]) => x.seq - y.seq || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * Everything `generate` writes for one function: the suite (or one file per scenario) and the
 * payload types. Pure: reads nothing, writes nothing, same baseline → same bytes.
 */
export async function planFunction(baseline: BaselineFile, ctx: PlanContext): Promise<FunctionPlan> {
  const fn = baseline.function
  const approved = approvedScenarios(baseline)
  if (approved.length === 0) return { functionId: fn.id, files: [], scenarioCount: 0 }
  if (fn.module === undefined) {
    return {
      functionId: fn.id,
      files: [],
      scenarioCount: 0,
      warning: `${fn.id}: the baseline does not say which module the function lives in (function.module), so a test cannot import it. Capture it with capture() from its module, or pass { module, exportName } to capture().`,
    }
  }
  const target = replayTarget(fn, approved, ctx.exports)
  if ('warning' in target) return { functionId: fn.id, files: [], scenarioCount: 0, warning: target.warning }
  const layout = layoutFor(fn, ctx.outDir)
  const baselinePath = displayPath(ctx.rootDir, ctx.baselineFile)
  const prefix = typePrefix(layout.name)
  const types = await payloadTypes(
    prefix,
    approved.map(([, s]) => s),
  )
  const typesText = await format(
    printParsed(types.source, headerLines({ functionId: fn.id, baselineFile: baselinePath, kind: 'types' })),
    layout.typesFile,
  )
  const files: PlannedFile[] = [
    { path: layout.typesFile, content: typesText, functionId: fn.id, kind: 'types', scenarioIds: [] },
  ]
  const cases = testCases(approved)
  const groups: Array<{ file: string; cases: TestCase[]; scenarioId?: string }> =
    ctx.layout === 'per-scenario'
      ? cases.map((c) => ({ file: layout.suiteFile(c.semanticId), cases: [c], scenarioId: c.scenarioId }))
      : [{ file: layout.suiteFile(), cases }]
  for (const group of groups) {
    const statements = suiteStatements({
      header: headerLines({
        functionId: fn.id,
        baselineFile: baselinePath,
        kind: 'tests',
        ...(group.scenarioId === undefined ? {} : { scenarioId: group.scenarioId }),
      }),
      functionId: fn.id,
      importName: target.importName,
      target: target.path,
      moduleSpecifier: importSpecifier(group.file, ctx.rootDir, fn.module),
      typesSpecifier: relativeSpecifier(group.file, layout.typesFile),
      inputType: types.names.input,
      tests: group.cases,
    })
    const importCount = statements.filter(ts.isImportDeclaration).length
    const text = printStatements(
      statements,
      statements.map((_, i) => (i < importCount ? 0 : i)),
    )
    const content = await format(text, group.file)
    files.push({
      path: group.file,
      content,
      template: content,
      functionId: fn.id,
      kind: 'tests',
      scenarioIds: group.cases.map((c) => c.scenarioId),
    })
  }
  return { functionId: fn.id, files, scenarioCount: approved.length }
}

/**
 * How a test reaches the captured function: its export, or for a `@capture()` method the
 * exported class (`Billing.prototype.invoice`; a static method when no scenario recorded `this`).
 */
function replayTarget(
  fn: BaselineFile['function'],
  approved: Array<[string, Scenario]>,
  exports: ReadonlySet<string> | undefined,
): { importName: string; path: string[] } | { warning: string } {
  const name = fn.exportName ?? fn.id.split('.').pop() ?? fn.id
  if (exports === undefined || exports.has(name)) return { importName: name, path: [name] }
  const segments = fn.id.split('.')
  const className = segments.length >= 2 ? segments[segments.length - 2] : undefined
  if (className !== undefined && exports.has(className)) {
    const instance = approved.some(([, s]) => s.input.this !== undefined)
    return { importName: className, path: instance ? [className, 'prototype', name] : [className, name] }
  }
  return {
    warning: `${fn.id}: ${fn.module} does not export "${name}"${className === undefined ? '' : ` nor a class "${className}"`}, so a test cannot import it. Export it, or set { exportName } in capture().`,
  }
}

interface PlannedCase extends TestCase {
  semanticId: string
}

function testCases(approved: Array<[string, Scenario]>): PlannedCase[] {
  const labelCount = new Map<string, number>()
  for (const [, s] of approved) labelCount.set(s.label, (labelCount.get(s.label) ?? 0) + 1)
  return approved.map(([semanticId, s]) => {
    const args = s.input.args as Encoded[]
    const label = s.label.trim() === '' ? semanticId : s.label
    return {
      semanticId,
      scenarioId: s.id,
      // Two scenarios with one label would make two tests with one name: the id tells them apart.
      name: (labelCount.get(s.label) ?? 0) > 1 ? `${label} [${semanticId}]` : label,
      args,
      inline: JSON.stringify(args).length <= INLINE_INPUT_MAX_BYTES,
      inputLocation: `scenarios.${semanticId}.input`,
      dependencies: summarizeDependencies(s.dependencies),
      outcome: summarizeOutcome(s.outcome),
    }
  })
}
