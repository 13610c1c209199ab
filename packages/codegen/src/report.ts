import type { GenerateReport } from './generate.js'
import { displayPath } from './layout.js'
import type { SyncMode } from './sync.js'

const verbs: Record<SyncMode, Record<'written' | 'removed', string>> = {
  write: { written: 'written', removed: 'removed' },
  'dry-run': { written: 'would write', removed: 'would remove' },
  check: { written: 'stale', removed: 'stale (would be removed)' },
}

/**
 * The end-of-run summary: one line per file that changed (or would), then the table
 * written / unchanged / skipped (hand-edited) / removed / fallback.
 */
export function renderReport(report: GenerateReport, options: { mode: SyncMode }): string[] {
  const lines: string[] = []
  const verb = verbs[options.mode]
  for (const file of report.files) {
    const path = displayPath(report.rootDir, file.path)
    if (file.action === 'written') lines.push(`  ${verb.written}: ${path}${file.fallback ? ' (template fallback)' : ''}`)
    else if (file.action === 'removed') lines.push(`  ${verb.removed}: ${path}`)
    else if (file.action === 'skipped') lines.push(`  skipped (hand-edited, header removed): ${path}`)
  }
  const c = report.counts
  const rows: Array<[string, number]> = [
    [options.mode === 'check' ? 'stale' : options.mode === 'dry-run' ? 'would write' : 'written', c.written],
    ['unchanged', c.unchanged],
    ['skipped (hand-edited)', c.skipped],
    [options.mode === 'write' ? 'removed' : 'to remove', c.removed],
    ['fallback (template)', c.fallback],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  lines.push('')
  lines.push(`${report.functions} function(s), ${report.scenarios} approved scenario(s) → ${displayPath(report.rootDir, report.outDir) || '.'}`)
  for (const [label, count] of rows) lines.push(`  ${label.padEnd(width)}  ${String(count).padStart(4)}`)
  if (options.mode === 'check') {
    lines.push(
      c.written + c.removed > 0
        ? 'Generated tests are out of date: run `npx shadowtest generate` and commit the result.'
        : 'Generated tests are up to date.',
    )
  }
  return lines
}
