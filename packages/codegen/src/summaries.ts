import type { Dependency, Encoded, Outcome } from '@shadowtest/core'
import ts from 'typescript'
import { literalOf } from './literal.js'
import { tagOf } from './tags.js'

const MAX_DEPENDENCY_LINES = 10
const MAX_VALUE_CHARS = 80

/** One readable line per recorded dependency (calls grouped), capped so comments stay short. */
export function summarizeDependencies(dependencies: readonly Dependency[]): string[] {
  const lines: string[] = []
  const ordered = [...dependencies].sort((a, b) => orderOf(a) - orderOf(b))
  for (const dependency of ordered) {
    const line = describe(dependency)
    const last = lines.length - 1
    const repeated = last >= 0 ? /^(.*?)(?: ×(\d+))?$/.exec(lines[last]!) : null
    if (repeated !== null && repeated[1] === line) {
      lines[last] = `${line} ×${Number(repeated[2] ?? 1) + 1}`
    } else {
      lines.push(line)
    }
  }
  if (lines.length <= MAX_DEPENDENCY_LINES) return lines
  return [...lines.slice(0, MAX_DEPENDENCY_LINES), `… and ${lines.length - MAX_DEPENDENCY_LINES} more`]
}

function orderOf(dependency: Dependency): number {
  return 'order' in dependency && typeof dependency.order === 'number' ? dependency.order : -1
}

function describe(dependency: Dependency): string {
  switch (dependency.kind) {
    case 'call':
      return `call ${dependency.functionId} → ${summarizeOutcome(dependency.outcome)}`
    case 'http':
      return `${dependency.request.method.toUpperCase()} ${dependency.request.url} → ${dependency.response.status}`
    case 'clock':
      return `clock: starts at ${new Date(dependency.start).toISOString()}, ${dependency.reads.length} read(s)`
    default:
      return `${(dependency as { kind: string }).kind} dependency`
  }
}

/** `returned {"total":42}` / `threw RangeError: empty order`, cut to one short line. */
export function summarizeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'return') return `returned ${short(outcome.value)}`
  const error = outcome.error
  if (tagOf(error) === 'error') {
    const { name, message } = error as Record<string, Encoded>
    return clip(`threw ${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : ''}`)
  }
  return `threw ${short(error)}`
}

const printer = ts.createPrinter({ removeComments: true, neverAsciiEscape: true } as ts.PrinterOptions)
const scratch = ts.createSourceFile('summary.ts', '', ts.ScriptTarget.ES2022)

/** The value as it would be written in TypeScript (`{ total: 3, at: new Date('…') }`), on one line. */
function short(value: Encoded): string {
  const literal = literalOf(value)
  return clip(literal === undefined ? (JSON.stringify(value) ?? 'undefined') : printer.printNode(ts.EmitHint.Expression, literal, scratch))
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > MAX_VALUE_CHARS ? `${oneLine.slice(0, MAX_VALUE_CHARS - 1)}…` : oneLine
}
