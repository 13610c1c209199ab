import { relative } from 'node:path'
import { userInfo } from 'node:os'
import {
  comparePolicySnapshot,
  ENGINE_VERSION,
  FileBaselineStore,
  loadConfig,
  parseScenarioId,
  policySnapshot,
  ShadowtestError,
  type BaselineFile,
  type BaselineStore,
  type PolicySnapshot,
  type ResolvedConfig,
  type Scenario,
} from '@shadowtest/core'
import type { CliContext } from '../context.js'

// What the governance commands (approve, baseline) share: opening the project's store,
// finding scenarios by id, attributing decisions, and the advisories a file carries.

/** The project's configuration and baseline store, as every governance command opens them. */
export interface Workspace {
  config: ResolvedConfig
  store: BaselineStore
  /** The diff policy baselines are compared under today, for drift advisories. */
  policy: PolicySnapshot
}

export async function openWorkspace(ctx: CliContext): Promise<Workspace> {
  const config = await loadConfig({ cwd: ctx.cwd, env: ctx.env })
  const policy = policySnapshot(config.diff)
  const store = new FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir, policy, governance: config.governance.policy })
  return { config, store, policy }
}

export interface LoadedFile {
  path: string
  file: BaselineFile
}

/** Every baseline file of the project, validated (an invalid file fails the command, nothing is written). */
export async function readAllFiles(ws: Workspace): Promise<LoadedFile[]> {
  const loaded: LoadedFile[] = []
  for (const ref of await ws.store.list()) {
    const file = await ws.store.read(ref.functionId)
    if (file !== undefined) loaded.push({ path: ref.file, file })
  }
  return loaded.sort((a, b) => (a.file.function.id < b.file.function.id ? -1 : a.file.function.id > b.file.function.id ? 1 : 0))
}

export interface FoundScenario {
  path: string
  file: BaselineFile
  scenario: Scenario
  semanticId: string
}

/** Looks a scenario up by its full id; an unknown id is GOVERNANCE:SCENARIO_NOT_FOUND (exit 2). */
export async function findScenario(ws: Workspace, id: string): Promise<FoundScenario> {
  const notFound = (why: string) =>
    new ShadowtestError(
      'GOVERNANCE:SCENARIO_NOT_FOUND',
      `No scenario "${id}": ${why}. Scenario ids look like pricing.quote:9f2c41d07a1b; run \`shadowtest baseline list\` to see them.`,
      { scenarioId: id },
    )
  let parsed: { functionId: string; semanticId: string }
  try {
    parsed = parseScenarioId(id)
  } catch {
    throw notFound('that is not a scenario id')
  }
  const refs = await ws.store.list()
  const ref = refs.find((r) => r.functionId === parsed.functionId)
  const file = ref === undefined ? undefined : await ws.store.read(parsed.functionId)
  if (ref === undefined || file === undefined) throw notFound(`there is no baseline file for function "${parsed.functionId}"`)
  const scenario = file.scenarios[parsed.semanticId]
  if (scenario === undefined) {
    throw new ShadowtestError(
      'GOVERNANCE:SCENARIO_NOT_FOUND',
      `No scenario "${id}" in ${relativePath(ref.file)}. Run \`shadowtest baseline list --function ${parsed.functionId}\` to see its scenarios.`,
      { scenarioId: id, file: ref.file },
    )
  }
  return { path: ref.file, file, scenario, semanticId: parsed.semanticId }
}

/** Who a governance decision is attributed to: `--by`, SHADOWTEST_USER, config `governance.actor`, the OS user. */
export function actor(ctx: CliContext, by: unknown, configured?: string): string {
  if (typeof by === 'string' && by.trim() !== '') return by.trim()
  for (const candidate of [ctx.env.SHADOWTEST_USER, configured, ctx.env.USER, ctx.env.USERNAME]) {
    if (candidate !== undefined && candidate.trim() !== '') return candidate.trim()
  }
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

/** Paths in output are relative to where the user stands. */
export function relativePath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel === '' || rel.startsWith('..') ? path : rel
}


/** Advisories for one file: engine version and diff policy since approval. */
export function advisories(file: BaselineFile, ws: Workspace): { code: string; message: string }[] {
  const notes: { code: string; message: string }[] = []
  if (file.engineVersion !== ENGINE_VERSION) {
    notes.push({
      code: 'ENGINE_VERSION',
      message: `written by Shadowtest ${file.engineVersion}, this is ${ENGINE_VERSION}; the file is read as is and rewritten by the next approval.`,
    })
  }
  const comparison = comparePolicySnapshot(file.policy, ws.policy)
  if (comparison.status === 'drift') notes.push({ code: 'POLICY_DRIFT', message: comparison.message.replace(/^POLICY_DRIFT: /, '') })
  else if (comparison.status !== 'same') notes.push({ code: 'POLICY_SEMANTICS', message: comparison.message })
  return notes
}
