import {
  comparePolicySnapshot,
  ENGINE_VERSION,
  FileBaselineStore,
  policySnapshot,
  resolvePolicy,
  scanBaselineFile,
  type RedactionConfig,
  type ResolvedConfig,
} from '@shadowtest/core'

export interface PiiProblem {
  file: string
  scenarioId: string
  path: string
  message: string
}

export interface BaselineAudit {
  baselineCount: number
  pii: PiiProblem[]
  warnings: Array<{ code: string; message: string; file: string }>
}

/**
 * What verify checks in the committed baselines before running anything: unmasked PII (a
 * secret must never sit in the repository unnoticed), a diff policy that changed since the
 * baselines were approved (POLICY_DRIFT), and files written by an older engine.
 */
export async function auditBaselines(config: ResolvedConfig): Promise<BaselineAudit> {
  const store = new FileBaselineStore({ rootDir: config.rootDir, baselineDir: config.baselineDir })
  const current = policySnapshot(resolvePolicy(config.diff as never))
  const audit: BaselineAudit = { baselineCount: 0, pii: [], warnings: [] }
  const redaction = config.redaction as RedactionConfig | undefined
  // The scanner looks for what redaction is configured to mask, and skips what it keeps clear on purpose.
  const scanOptions = {
    ...(redaction?.patterns ? { patterns: redaction.patterns } : {}),
    ...(redaction?.custom ? { custom: redaction.custom } : {}),
    ...(redaction?.keys ? { keys: redaction.keys } : {}),
    ...(redaction?.allow ? { allow: redaction.allow } : {}),
  }
  for (const ref of await store.list()) {
    const file = await store.read(ref.functionId)
    if (!file) continue
    const where = ref.file
    for (const scenario of Object.values(file.scenarios)) if (scenario.status !== 'deprecated') audit.baselineCount += 1
    for (const finding of scanBaselineFile(file, where, scanOptions)) {
      const scenarioId = finding.scenarioId ?? file.function.id
      audit.pii.push({
        file: where,
        scenarioId,
        path: finding.path,
        message:
          `Unmasked ${finding.kind} (${finding.sample}) in ${where}, scenario ${scenarioId}, at ${finding.path}. ` +
          'Fix the redaction config (or add the key/path to redaction.allow if it is not personal data), re-record the scenario, and remove the value from git history.',
      })
    }
    const comparison = comparePolicySnapshot(file.policy, current)
    if (comparison.status === 'drift') {
      audit.warnings.push({ code: 'POLICY_DRIFT', file: where, message: `${where}: ${comparison.message}` })
    } else if (comparison.status !== 'same') {
      audit.warnings.push({ code: 'DIFF_SEMANTICS', file: where, message: `${where}: ${comparison.message}` })
    }
    if (olderThan(file.engineVersion, ENGINE_VERSION)) {
      audit.warnings.push({
        code: 'ENGINE_VERSION',
        file: where,
        message: `${where} was written by Shadowtest ${file.engineVersion} (this is ${ENGINE_VERSION}); it still loads, re-approving rewrites it in the current format.`,
      })
    }
  }
  return audit
}

/** Compares dotted numeric versions (`0.1.0` < `0.2.0`); anything unparsable is not "older". */
export function olderThan(version: string, than: string): boolean {
  const a = version.split('.').map(Number)
  const b = than.split('.').map(Number)
  if ([...a, ...b].some(Number.isNaN)) return false
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x < y
  }
  return false
}
