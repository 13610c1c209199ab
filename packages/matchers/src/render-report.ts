import type { ScenarioResult } from '@shadowtest/plugin/vitest'
import type { UpdateMode } from './update-mode.js'

/** A scenario that makes the matcher fail, with what to show for it. */
export interface FailureEntry {
  result: ScenarioResult
  /** The rendered diff or the replay error. */
  body: string
}

/** The one report a failing `toMatchBaseline` shows: every failing scenario, its label and its changes. */
export function renderFailureReport(
  functionId: string,
  total: number,
  failures: FailureEntry[],
  mode: UpdateMode,
  runner: 'vitest' | 'jest' = 'vitest',
): string {
  const update = `${runner} -u`
  const lines = [
    `${failures.length} of ${total} scenario${total === 1 ? '' : 's'} of ${functionId} differ from the approved baseline`,
  ]
  for (const { result, body } of failures) {
    lines.push('')
    const pending = result.status === 'pending' ? ' [pending, strict]' : ''
    lines.push(`✗ ${result.scenarioId}  ${result.label}  (v${result.baselineVersion})${pending}`)
    for (const line of body.split('\n')) lines.push(`    ${line}`)
  }
  lines.push('')
  lines.push(
    mode === 'none'
      ? `Nothing was written (update mode "none", e.g. CI=true). Fix the code, or approve locally with \`${update}\` and commit the baselines.`
      : `Fix the code, or approve the new behaviour with \`${update}\` (or SHADOWTEST_APPROVE=1).`,
  )
  return lines.join('\n')
}

/** One line for the verify report: `2 changes: $.total, $.lines[0].price`. */
export function summarizeChanges(paths: string[]): string {
  if (paths.length === 0) return ''
  const shown = paths.slice(0, 5).join(', ')
  const more = paths.length > 5 ? `, … ${paths.length - 5} more` : ''
  return `${paths.length} change${paths.length === 1 ? '' : 's'}: ${shown}${more}`
}
