import { ShadowtestError } from '../errors.js'
import type { BaselineFile, Scenario, ScenarioStatus } from '../model/index.js'
import type { BaselineStore } from '../store/baseline-store.js'
import type { GovernancePolicy, ResolvedGovernancePolicy, TransitionAction } from './governance-policy.js'
import { resolveGovernancePolicy } from './governance-policy.js'
import { transition } from './transition.js'

export type ApproveTarget = { ids: string[] } | { functionId: string } | { all: true }

export interface DecisionOptions {
  by: string
  reason?: string | undefined
  at?: string | undefined
  policy?: GovernancePolicy | ResolvedGovernancePolicy | undefined
}

/** One scenario a governance helper changed. */
export interface ScenarioChange {
  id: string
  functionId: string
  label: string
  action: TransitionAction
  from: ScenarioStatus
  to: ScenarioStatus
  version: number
}

interface Planned {
  file: BaselineFile
  /** semantic key → action */
  actions: Map<string, TransitionAction>
}

const keyOf = (id: string) => id.slice(id.lastIndexOf(':') + 1)
const functionOf = (id: string) => id.slice(0, Math.max(0, id.lastIndexOf(':')))

/** What approving means for a scenario: a pending one is approved, an approved one with a proposal has its change approved. */
function approveActionFor(scenario: Scenario): TransitionAction | undefined {
  if (scenario.proposed !== undefined && scenario.status === 'approved') return 'approve-change'
  if (scenario.status === 'pending') return 'approve'
  return undefined
}

async function loadById(store: BaselineStore, ids: readonly string[]): Promise<Map<string, BaselineFile>> {
  const files = new Map<string, BaselineFile>()
  for (const id of ids) {
    const functionId = functionOf(id)
    const file = files.get(functionId) ?? (functionId === '' ? undefined : await store.read(functionId))
    if (!file?.scenarios[keyOf(id)] || file.scenarios[keyOf(id)]?.id !== id) {
      throw new ShadowtestError(
        'GOVERNANCE:SCENARIO_NOT_FOUND',
        `no scenario "${id}" in the baselines. List them with \`shadowtest baseline list\`; ids look like "<function id>:<12 hex chars>". Nothing was changed.`,
        { scenarioId: id },
      )
    }
    files.set(functionId, file)
  }
  return files
}

/**
 * Checks every transition first (so a rejected one changes nothing anywhere), then writes each
 * file under its lock, re-applying the plan to the file as it is at that moment.
 */
async function apply(store: BaselineStore, plans: Planned[], options: DecisionOptions): Promise<ScenarioChange[]> {
  const policy = resolveGovernancePolicy(options.policy)
  const at = options.at ?? new Date().toISOString()
  const run = (file: BaselineFile, actions: Map<string, TransitionAction>, changes: ScenarioChange[]): BaselineFile => {
    const next: BaselineFile = { ...file, scenarios: { ...file.scenarios } } // transition() returns new scenarios; the rest is shared
    for (const [key, action] of actions) {
      const before = next.scenarios[key]
      if (!before) throw new ShadowtestError('GOVERNANCE:SCENARIO_NOT_FOUND', `scenario ${file.function.id}:${key} disappeared while approving; run the command again.`)
      const after = transition(before, action, { by: options.by, reason: options.reason, at, policy })
      next.scenarios[key] = after
      changes.push({ id: after.id, functionId: file.function.id, label: after.label, action, from: before.status, to: after.status, version: after.version })
    }
    return next
  }
  for (const plan of plans) run(plan.file, plan.actions, []) // dry run: throws before any write
  const changes: ScenarioChange[] = []
  for (const plan of plans) {
    if (plan.actions.size === 0) continue
    await store.update(plan.file.function, (current) => (current ? run(current, plan.actions, changes) : undefined))
  }
  return changes
}

/**
 * Approves pending scenarios and approved scenarios' proposed changes, all-or-nothing.
 * `{ ids }` names scenarios (an approved one without a proposal is left alone; a deprecated
 * one is rejected); `{ functionId }` and `{ all: true }` take every pending or changed scenario.
 * @throws `GOVERNANCE:SCENARIO_NOT_FOUND`, `GOVERNANCE:TRANSITION_REJECTED`
 */
export async function approveScenarios(store: BaselineStore, target: ApproveTarget, options: DecisionOptions): Promise<ScenarioChange[]> {
  const plans: Planned[] = []
  if ('ids' in target) {
    const files = await loadById(store, target.ids)
    for (const file of files.values()) {
      const actions = new Map<string, TransitionAction>()
      for (const id of target.ids) {
        const scenario = file.scenarios[keyOf(id)]
        if (!scenario || functionOf(id) !== file.function.id) continue
        // A deprecated scenario goes through `approve` so the policy rejects it with the reason and what to do.
        const action = scenario.status === 'deprecated' ? 'approve' : approveActionFor(scenario)
        if (action) actions.set(keyOf(id), action)
      }
      plans.push({ file, actions })
    }
  } else {
    const functionIds = 'functionId' in target ? [target.functionId] : (await store.list()).map((r) => r.functionId)
    for (const functionId of functionIds) {
      const file = await store.read(functionId)
      if (!file) {
        throw new ShadowtestError('GOVERNANCE:SCENARIO_NOT_FOUND', `no baselines for function "${functionId}". List functions with \`shadowtest baseline list\`.`, {
          details: { functionId },
        })
      }
      const actions = new Map<string, TransitionAction>()
      for (const [key, scenario] of Object.entries(file.scenarios)) {
        const action = approveActionFor(scenario)
        if (action) actions.set(key, action)
      }
      plans.push({ file, actions })
    }
  }
  return apply(store, plans, options)
}

/** Deprecates scenarios by id, all-or-nothing; they stay in the file with their history. */
export async function deprecateScenarios(store: BaselineStore, ids: string[], options: DecisionOptions): Promise<ScenarioChange[]> {
  const files = await loadById(store, ids)
  const plans: Planned[] = [...files.values()].map((file) => ({
    file,
    actions: new Map(ids.filter((id) => functionOf(id) === file.function.id).map((id) => [keyOf(id), 'deprecate' as const])),
  }))
  return apply(store, plans, options)
}
