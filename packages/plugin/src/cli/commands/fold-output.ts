import type { UpsertResult } from '@shadowtest/core'
import type { CliContext } from '../context.js'
import { relativePath } from './baseline-workspace.js'

/** What one fold did to one baseline file: `2 added · 5 already known · 1 proposed change`. */
export function describeCounts(result: UpsertResult): string {
  const parts = [`${result.added.length} added`, `${result.unchanged.length} already known`]
  if (result.proposed.length > 0) parts.push(`${result.proposed.length} proposed change${result.proposed.length === 1 ? '' : 's'}`)
  if (result.updated.length > 0) parts.push(`${result.updated.length} pending updated`)
  if (result.rerecorded.length > 0) parts.push(`${result.rerecorded.length} re-recorded`)
  if (result.withdrawn.length > 0) parts.push(`${result.withdrawn.length} proposed change${result.withdrawn.length === 1 ? '' : 's'} withdrawn`)
  if (result.refreshed.length > 0) parts.push(`${result.refreshed.length} with dependencies refreshed`)
  return parts.join(' · ')
}

/**
 * The per-function lines `record` and `captures fold` print after folding, and the next step:
 * new scenarios and proposed changes wait for `approve`, whose `--dry-run` shows each diff.
 */
export function printFolded(ctx: CliContext, print: (line: string) => void, functions: UpsertResult[], dryRun = false): void {
  for (const result of functions) {
    print(`  ${ctx.paint('bold', result.functionId)}  ${describeCounts(result)}  ${ctx.paint('dim', relativePath(result.file, ctx.cwd))}`)
    // Same outcome, new dependencies: stored without approval, so say which ones (the history has it too).
    for (const id of result.refreshed) print(`    ${ctx.paint('yellow', '↻')} ${id}  dependencies refreshed (same outcome; status and version kept)`)
  }
  const waiting = functions.reduce((n, f) => n + f.added.length + f.proposed.length, 0)
  if (waiting === 0) return
  print(
    ctx.paint(
      'dim',
      dryRun
        ? 'Run again without --dry-run to write them.'
        : 'Review what approving would promote with `shadowtest approve --all --dry-run`, then `shadowtest approve`.',
    ),
  )
}
