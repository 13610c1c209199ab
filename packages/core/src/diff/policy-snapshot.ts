import type { ResolvedPolicy } from './diff-policy.js'

/** What a baseline file stores about the policy its scenarios were approved under. */
export interface PolicySnapshot {
  id: string
  semanticsVersion: number
  hash: string
}

export type PolicyComparisonStatus = 'same' | 'drift' | 'older-semantics' | 'newer-semantics'

export interface PolicyComparison {
  status: PolicyComparisonStatus
  message: string
}

/** The `{ id, semanticsVersion, hash }` triple written into every baseline file. */
export function policySnapshot(policy: ResolvedPolicy): PolicySnapshot {
  return { id: policy.id, semanticsVersion: policy.semanticsVersion, hash: policy.hash }
}

/**
 * Compares the policy a baseline was approved under with the current one, for verify's
 * `POLICY_DRIFT` (`drift`) and the engine advisory (`older-semantics` / `newer-semantics`).
 * Renaming a policy (`id`) without changing what it does is `same`.
 */
export function comparePolicySnapshot(stored: PolicySnapshot, current: PolicySnapshot): PolicyComparison {
  if (stored.semanticsVersion < current.semanticsVersion) {
    return {
      status: 'older-semantics',
      message:
        `baselines were approved under diff semantics v${stored.semanticsVersion}; this Shadowtest compares with v${current.semanticsVersion}. ` +
        'Verdicts may differ slightly: run the gate, review any new mismatches, and approve them (vitest -u or shadowtest approve) to stamp the new version.',
    }
  }
  if (stored.semanticsVersion > current.semanticsVersion) {
    return {
      status: 'newer-semantics',
      message:
        `baselines were approved under diff semantics v${stored.semanticsVersion}, newer than this Shadowtest's v${current.semanticsVersion}. ` +
        'Upgrade @shadowtest/* to the version the baselines were written with.',
    }
  }
  if (stored.hash !== current.hash) {
    return {
      status: 'drift',
      message:
        `POLICY_DRIFT: baselines were approved under diff policy "${stored.id}" (hash ${stored.hash}); the current policy "${current.id}" has hash ${current.hash}. ` +
        'The diff config changed since approval: if intended, re-approve the affected baselines so they record the new policy; otherwise restore the previous diff config.',
    }
  }
  const renamed = stored.id === current.id ? '' : ` (renamed from "${stored.id}" to "${current.id}")`
  return { status: 'same', message: `diff policy "${current.id}" unchanged${renamed} (hash ${current.hash}, semantics v${current.semanticsVersion})` }
}
