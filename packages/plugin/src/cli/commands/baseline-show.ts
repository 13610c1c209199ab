import { inspect } from 'node:util'
import { decode, type Dependency, type Encoded, type HistoryEntry, type Outcome, type ResolvedPolicy } from '@shadowtest/core'
import type { CliContext } from '../context.js'
import { relativePath, type FoundScenario } from './baseline-workspace.js'
import { renderOutcomeDiff } from './outcome-diff.js'

interface RenderOptions {
  color: boolean
  cwd: string
  paint: CliContext['paint']
  /** The current diff policy: a proposed change is shown as the diff the gate would report. */
  policy: ResolvedPolicy
}

/**
 * `shadowtest baseline show <id>`: a scenario as a reviewer wants to read it. Values are
 * decoded from the stored encoding (Dates, Maps, BigInts, errors come back as themselves) and
 * printed the way Node prints them, not as the tagged JSON on disk.
 */
export function renderScenario(found: FoundScenario, options: RenderOptions): string[] {
  const { scenario, file } = found
  const { paint } = options
  const heading = (text: string) => paint('bold', text)
  const lines: string[] = []
  const fn = file.function
  const where = fn.module === undefined ? '' : ` (${fn.module}${fn.exportName === undefined ? '' : `#${fn.exportName}`})`

  lines.push(`${heading(scenario.id)}  ${scenario.label}`)
  lines.push(`  function  ${fn.id}${where}`)
  lines.push(`  file      ${relativePath(found.path, options.cwd)}`)
  lines.push(`  status    ${scenario.status}, version ${scenario.version}, seq ${scenario.seq}${scenario.proposed ? paint('yellow', ', change proposed') : ''}`)
  const source = [scenario.source.kind, scenario.source.command, scenario.source.runId && `run ${scenario.source.runId}`].filter(Boolean).join(', ')
  const duration = scenario.durationMs === undefined ? '' : ` in ${scenario.durationMs.toFixed(1)} ms`
  lines.push(`  captured  ${scenario.capturedAt} by ${source}${duration}`)

  lines.push('', heading('Input'))
  scenario.input.args.forEach((arg, index) => lines.push(...block(`arg ${index}`, arg, options)))
  if (scenario.input.args.length === 0) lines.push('  (no arguments)')
  if (scenario.input.this !== undefined) lines.push(...block('this', scenario.input.this, options))

  lines.push('', heading('Outcome'))
  lines.push(...outcomeLines(scenario.outcome, options))

  if (scenario.proposed !== undefined) {
    lines.push('', heading(paint('yellow', 'Proposed change (awaiting `shadowtest approve`)')))
    lines.push(`  captured ${scenario.proposed.capturedAt} by ${scenario.proposed.source.kind}`)
    lines.push(...changeLines(scenario.outcome, scenario.proposed.outcome, scenario.noise ?? [], options))
  }

  lines.push('', heading(`Dependencies (${scenario.dependencies.length})`))
  if (scenario.dependencies.length === 0) lines.push('  (none: the function ran on its inputs alone)')
  for (const dependency of scenario.dependencies) lines.push(...dependencyLines(dependency, options))

  if (scenario.noise !== undefined && scenario.noise.length > 0) {
    lines.push('', heading('Noise (ignored by the diff)'))
    for (const path of scenario.noise) lines.push(`  ${path}`)
  }

  lines.push('', heading(`History (${scenario.history.length})`))
  for (const entry of scenario.history) lines.push(historyLine(entry))
  return lines
}

function outcomeLines(outcome: Outcome, options: RenderOptions): string[] {
  return outcome.kind === 'return' ? block('returned', outcome.value, options) : block(options.paint('red', 'threw'), outcome.error, options)
}

/** The approved → proposed outcome as the gate would print it: only the paths that differ. */
function changeLines(approved: Outcome, proposed: Outcome, noise: readonly string[], options: RenderOptions): string[] {
  return renderOutcomeDiff(approved, proposed, options.policy, noise, options.color).text.split('\n').map((line) => `  ${line}`)
}

function dependencyLines(dependency: Dependency, options: RenderOptions): string[] {
  switch (dependency.kind) {
    case 'call': {
      const args = dependency.input.args.map((arg) => show(arg, options, Infinity)).join(', ')
      return [
        `  #${dependency.order} call ${dependency.functionId}(${args})`,
        ...outcomeLines(dependency.outcome, options).map((line) => `  ${line}`),
      ]
    }
    case 'http': {
      const { request, response } = dependency
      const lines = [`  #${dependency.order} http ${request.method} ${request.url} → ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`]
      if (request.body !== undefined) lines.push(...block('request body', request.body, options).map((line) => `  ${line}`))
      if (response.body !== undefined) lines.push(...block('response body', response.body, options).map((line) => `  ${line}`))
      return lines
    }
    case 'clock': {
      const reads = dependency.reads.map((read) => new Date(read).toISOString())
      return [`  clock started ${new Date(dependency.start).toISOString()}, ${reads.length} read${reads.length === 1 ? '' : 's'}${reads.length > 0 ? `: ${reads.join(', ')}` : ''}`]
    }
  }
}

function historyLine(entry: HistoryEntry): string {
  const reason = entry.reason === undefined ? '' : `  "${entry.reason}"`
  return `  ${entry.at}  ${entry.action.padEnd(14)} ${entry.from ?? '∅'} → ${entry.to}  v${entry.version}  by ${entry.by}${reason}`
}

/** A labelled, indented, multi-line rendering of one stored value. */
function block(label: string, encoded: Encoded, options: RenderOptions): string[] {
  const text = show(encoded, options, 100)
  const [first = '', ...rest] = text.split('\n')
  return [`  ${label}: ${first}`, ...rest.map((line) => `    ${line}`)]
}

function show(encoded: Encoded, options: RenderOptions, breakLength: number): string {
  let value: unknown
  try {
    value = decode(encoded)
  } catch {
    // A value this engine cannot decode is still worth seeing: print it as stored.
    value = encoded
  }
  return inspect(value, { depth: 8, colors: options.color, breakLength, maxArrayLength: 50, maxStringLength: 500, sorted: true })
}
