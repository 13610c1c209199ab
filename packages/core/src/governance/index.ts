export { transition } from './transition.js'
export type { RejectionReason, TransitionOptions } from './transition.js'
export {
  DEFAULT_GOVERNANCE_POLICY,
  resolveGovernancePolicy,
  SCENARIO_STATUSES,
  TRANSITION_ACTIONS,
} from './governance-policy.js'
export type { GovernancePolicy, ResolvedGovernancePolicy, TransitionAction, TransitionRule } from './governance-policy.js'
export { approveScenarios, deprecateScenarios } from './scenario-actions.js'
export type { ApproveTarget, DecisionOptions, ScenarioChange } from './scenario-actions.js'
