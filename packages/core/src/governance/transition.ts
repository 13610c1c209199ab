import { ShadowtestError } from '../errors.js'
import type { HistoryEntry, Proposal, Scenario } from '../model/index.js'
import {
  resolveGovernancePolicy,
  TRANSITION_ACTIONS,
  type GovernancePolicy,
  type ResolvedGovernancePolicy,
  type TransitionAction,
} from './governance-policy.js'

export type RejectionReason =
  | 'UNKNOWN_ACTION'
  | 'INVALID_FROM_STATUS'
  | 'ALREADY_DEPRECATED'
  | 'NOTHING_PROPOSED'
  | 'REASON_REQUIRED'
  | 'MISSING_RECORDING'

export interface TransitionOptions {
  /** Who decided: a user name, `ci`, `vitest -u`… */
  by: string
  reason?: string | undefined
  /** ISO time of the decision; now by default. */
  at?: string | undefined
  policy?: GovernancePolicy | ResolvedGovernancePolicy | undefined
  /** The new recording, for `propose` (required) and `rerecord` (replaces the outcome). */
  recording?: Proposal | undefined
}

function reject(scenario: Scenario, action: string, reason: RejectionReason, message: string): ShadowtestError {
  return new ShadowtestError('GOVERNANCE:TRANSITION_REJECTED', `${scenario.id}: cannot ${action}: ${message}`, {
    scenarioId: scenario.id,
    details: { reason, action, status: scenario.status },
  })
}

const WHAT_TO_DO: Record<TransitionAction, Partial<Record<Scenario['status'], string>>> = {
  approve: {
    approved: 'it is already approved; to accept a changed outcome, approve the proposed change instead',
    deprecated: 'it is deprecated; record it again (shadowtest record) to bring it back as pending, then approve it',
  },
  deprecate: {},
  propose: { pending: 'it is still pending; approve or deprecate it first', deprecated: 'it is deprecated; re-record it instead' },
  'approve-change': { pending: 'it is pending; approve it first', deprecated: 'it is deprecated; re-record it first' },
  rerecord: { pending: 'it is already pending', approved: 'only deprecated scenarios are re-recorded; a changed outcome is proposed instead' },
}

/**
 * Applies one governance action and returns a NEW scenario with the decision appended to its
 * history; the argument is not modified.
 * @throws ShadowtestError `GOVERNANCE:TRANSITION_REJECTED` with `details.reason` (a RejectionReason).
 * @example transition(s, 'approve', { by: 'alice', reason: 'checked with finance' })
 */
export function transition(scenario: Scenario, action: string, options: TransitionOptions): Scenario {
  const policy = resolveGovernancePolicy(options.policy)
  if (!TRANSITION_ACTIONS.includes(action as TransitionAction)) {
    throw reject(scenario, action, 'UNKNOWN_ACTION', `unknown action (known: ${TRANSITION_ACTIONS.join(', ')}).`)
  }
  const act = action as TransitionAction
  const rule = policy.transitions[act]
  const reason = options.reason?.trim()
  if (policy.requireReason.includes(act) && !reason) {
    throw reject(scenario, act, 'REASON_REQUIRED', `the governance policy requires a reason for "${act}"; pass one (CLI: --reason "…").`)
  }
  if (act === 'deprecate' && scenario.status === 'deprecated') {
    throw reject(scenario, act, 'ALREADY_DEPRECATED', 'it is already deprecated; nothing to do.')
  }
  if (!rule.from.includes(scenario.status)) {
    const advice = WHAT_TO_DO[act][scenario.status] ?? `the policy allows "${act}" only from ${rule.from.join(', ') || 'no status'}`
    throw reject(scenario, act, 'INVALID_FROM_STATUS', `status is "${scenario.status}": ${advice}.`)
  }
  if (act === 'approve-change' && scenario.proposed === undefined) {
    throw reject(scenario, act, 'NOTHING_PROPOSED', 'no changed outcome is waiting for approval; record the new behaviour first.')
  }
  if (act === 'propose' && options.recording === undefined) {
    throw reject(scenario, act, 'MISSING_RECORDING', 'a proposal needs the new recording (outcome, dependencies, capturedAt, source).')
  }

  const next: Scenario = structuredClone(scenario)
  next.status = rule.to
  if (act === 'approve-change' && scenario.proposed) {
    applyRecording(next, scenario.proposed)
    next.version = scenario.version + 1
  } else if (act === 'propose' && options.recording) {
    next.proposed = structuredClone(options.recording)
  } else if (act === 'rerecord' && options.recording) {
    applyRecording(next, options.recording)
  }
  const entry: HistoryEntry = {
    action: act,
    from: scenario.status,
    to: rule.to,
    at: options.at ?? new Date().toISOString(),
    by: options.by,
    version: next.version,
  }
  if (reason) entry.reason = reason
  next.history.push(entry)
  return next
}

/** Makes a recording the scenario's outcome and drops any pending proposal it supersedes. */
function applyRecording(target: Scenario, recording: Proposal): void {
  target.outcome = structuredClone(recording.outcome)
  target.dependencies = structuredClone(recording.dependencies)
  target.capturedAt = recording.capturedAt
  target.source = structuredClone(recording.source)
  if (recording.durationMs === undefined) delete target.durationMs
  else target.durationMs = recording.durationMs
  delete target.proposed
}
