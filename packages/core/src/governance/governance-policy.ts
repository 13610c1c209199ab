import { ShadowtestError } from '../errors.js'
import type { ScenarioStatus } from '../model/index.js'

/** The transitions a policy can allow. (`record`, the first storing, is not a decision.) */
export type TransitionAction = 'approve' | 'deprecate' | 'propose' | 'approve-change' | 'rerecord'

export const TRANSITION_ACTIONS: readonly TransitionAction[] = ['approve', 'deprecate', 'propose', 'approve-change', 'rerecord']
export const SCENARIO_STATUSES: readonly ScenarioStatus[] = ['pending', 'approved', 'deprecated']

export interface TransitionRule {
  /** Statuses the action may start from; an empty list disables the action. */
  from: ScenarioStatus[]
  to: ScenarioStatus
}

/** Governance as data: which action moves a scenario from which statuses to which. */
export interface GovernancePolicy {
  transitions?: Partial<Record<TransitionAction, TransitionRule>>
  /** Actions that must carry a non-empty `reason`. */
  requireReason?: TransitionAction[]
}

/** A validated policy with every action present. */
export interface ResolvedGovernancePolicy {
  transitions: Record<TransitionAction, TransitionRule>
  requireReason: TransitionAction[]
}

export const DEFAULT_GOVERNANCE_POLICY: ResolvedGovernancePolicy = {
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    deprecate: { from: ['pending', 'approved'], to: 'deprecated' },
    propose: { from: ['approved'], to: 'approved' },
    'approve-change': { from: ['approved'], to: 'approved' },
    rerecord: { from: ['deprecated'], to: 'pending' },
  },
  requireReason: [],
}

const invalid = (path: string, message: string, details: Record<string, unknown> = {}) =>
  new ShadowtestError('CONFIG:INVALID', `governance.policy${path}: ${message}`, { path: `$.governance.policy${path}`, details })

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Validates a user policy up front and merges it over the default, action by action, so a
 * typo (an unknown action or status) fails when the config loads, not at the first approval.
 * @throws ShadowtestError `CONFIG:INVALID` naming the offending key or value.
 */
export function resolveGovernancePolicy(policy?: GovernancePolicy | ResolvedGovernancePolicy): ResolvedGovernancePolicy {
  if (policy === undefined) return DEFAULT_GOVERNANCE_POLICY
  if (!isObject(policy)) throw invalid('', 'expected an object with "transitions" and/or "requireReason"')
  for (const key of Object.keys(policy)) {
    if (key !== 'transitions' && key !== 'requireReason') throw invalid(`.${key}`, `unknown key "${key}" (allowed: transitions, requireReason)`)
  }
  const transitions = { ...DEFAULT_GOVERNANCE_POLICY.transitions }
  if (policy.transitions !== undefined) {
    if (!isObject(policy.transitions)) throw invalid('.transitions', 'expected an object keyed by action')
    for (const [action, rule] of Object.entries(policy.transitions)) {
      if (!TRANSITION_ACTIONS.includes(action as TransitionAction)) {
        throw invalid(`.transitions.${action}`, `unknown action "${action}" (known: ${TRANSITION_ACTIONS.join(', ')})`, { action })
      }
      transitions[action as TransitionAction] = checkRule(action, rule)
    }
  }
  const requireReason = policy.requireReason ?? DEFAULT_GOVERNANCE_POLICY.requireReason
  if (!Array.isArray(requireReason)) throw invalid('.requireReason', 'expected an array of actions')
  requireReason.forEach((action: unknown, i) => {
    if (!TRANSITION_ACTIONS.includes(action as TransitionAction)) {
      throw invalid(`.requireReason[${i}]`, `unknown action ${JSON.stringify(action)} (known: ${TRANSITION_ACTIONS.join(', ')})`, { action })
    }
  })
  return { transitions, requireReason: [...requireReason] }
}

function checkRule(action: string, rule: unknown): TransitionRule {
  const at = `.transitions.${action}`
  if (!isObject(rule)) throw invalid(at, 'expected { from: Status[], to: Status }')
  for (const key of Object.keys(rule)) {
    if (key !== 'from' && key !== 'to') throw invalid(`${at}.${key}`, `unknown key "${key}" (allowed: from, to)`)
  }
  if (!Array.isArray(rule.from)) throw invalid(`${at}.from`, 'expected an array of statuses')
  rule.from.forEach((status: unknown, i) => {
    if (!SCENARIO_STATUSES.includes(status as ScenarioStatus)) {
      throw invalid(`${at}.from[${i}]`, `unknown status ${JSON.stringify(status)} (known: ${SCENARIO_STATUSES.join(', ')})`, { status })
    }
  })
  if (!SCENARIO_STATUSES.includes(rule.to as ScenarioStatus)) {
    throw invalid(`${at}.to`, `unknown status ${JSON.stringify(rule.to)} (known: ${SCENARIO_STATUSES.join(', ')})`, { status: rule.to })
  }
  return { from: [...(rule.from as ScenarioStatus[])], to: rule.to as ScenarioStatus }
}
