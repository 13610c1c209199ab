import { createRequire } from 'node:module'
import type { NewPlugin } from 'pretty-format'
import type { Change, DiffResult } from './change.js'
import { IGNORED } from './apply-ignores.js'
import { type JsonObject, TAG_KEY, tagOf, tagShape } from './encoded-value.js'

export interface RenderOptions {
  /** ANSI colours (green added, red removed, yellow changed, dim ignored). Default false. */
  color?: boolean
  /** A heading line, e.g. the scenario id and label. */
  title?: string
  /** How many ignored paths to list before summarising the rest. Default 10. */
  maxIgnored?: number
  /** How many changes to print before counting the rest (a whole list replaced by another can be thousands). Default 100. */
  maxChanges?: number
}

const INLINE_WIDTH = 72
const SIGN = { added: '+', removed: '-', changed: '~' } as const
const ANSI = { added: ['\x1b[32m', '\x1b[39m'], removed: ['\x1b[31m', '\x1b[39m'], changed: ['\x1b[33m', '\x1b[39m'], dim: ['\x1b[2m', '\x1b[22m'], bold: ['\x1b[1m', '\x1b[22m'] } as const

/** The values of escaped objects (`{ "$st": "object", value }`): plain data that happens to have a `$st` key. */
const escapedData = new WeakSet<object>()

/**
 * Prints encoded tags as the values they stand for: `Date(2026-01-01T00:00:00.000Z)`, `12n`,
 * `undefined`, `Map {"EUR" => 1}`, `Set {1, 2}`, instead of `{"$st": "date", …}`.
 */
const encodedTags: NewPlugin = {
  test: (value) => value === IGNORED || (tagOf(value) !== undefined && !escapedData.has(value as object)),
  serialize(value, config, indentation, depth, refs, printer) {
    if (value === IGNORED) return '<ignored>'
    const tagged = value as JsonObject
    const tag = tagged[TAG_KEY] as string
    const inner = tagged.value
    const shape = tagShape(tagged)
    if (tag === 'undefined') return 'undefined'
    if (tag === 'bigint') return `${String(inner)}n`
    if (tag === 'date') return `Date(${String(inner)})`
    if ((tag === 'number' || tag === 'nan' || tag === 'infinity') && inner !== undefined) return String(inner)
    if (shape.shape === 'entries') {
      const items = tagged[shape.field] as unknown[]
      return printer(new Map(items.map((e) => (Array.isArray(e) ? [e[0], e[1]] : [e, undefined]))), config, indentation, depth, refs)
    }
    if (shape.shape === 'wrapper') {
      const inner = tagged[shape.field] as object
      if (tag === 'object') escapedData.add(inner)
      const data = printer(inner, config, indentation, depth, refs)
      return tag === 'instance' ? `${String(tagged.class)} ${data}` : data
    }
    if (tag === 'error') return `${String(tagged.name)}(${JSON.stringify(tagged.message)})`
    if (shape.shape === 'members') return printer(new Set(tagged[shape.field] as unknown[]), config, indentation, depth, refs)
    const rest: JsonObject = {}
    for (const key in tagged) if (key !== TAG_KEY) rest[key] = tagged[key]
    const keys = Object.keys(rest)
    if (keys.length === 0) return tag
    if (keys.length === 1 && keys[0] === 'value' && (inner === null || typeof inner !== 'object')) return `${tag}(${String(inner)})`
    return `${tag} ${printer(rest, config, indentation, depth, refs)}`
  },
}

// pretty-format costs ~17 ms to load and is needed only to render a diff, which a passing run
// never does: load it (its CommonJS build, synchronously) on the first render.
let format: typeof import('pretty-format').format | undefined
function prettyFormat(): typeof import('pretty-format').format {
  return (format ??= (createRequire(import.meta.url)('pretty-format') as typeof import('pretty-format')).format)
}

/**
 * A value as a user reads it: on one line when it fits, otherwise one line per property or item,
 * each as compact as it can be (`"tags": ["x", "y"]` stays on one line).
 */
export function formatValue(value: unknown, indent = 0, column = indent): string {
  const inline = prettyFormat()(value, { plugins: [encodedTags], min: true, printBasicPrototype: false, maxDepth: 8, compareKeys: null })
  if (inline.length + column <= INLINE_WIDTH || value === null || typeof value !== 'object' || tagOf(value) !== undefined) return inline
  const pad = ' '.repeat(indent + 2)
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => pad + formatValue(item, indent + 2)).join(',\n')}\n${' '.repeat(indent)}]`
  }
  const entries = Object.entries(value as JsonObject).map(([key, item]) => `${pad}${JSON.stringify(key)}: ${formatValue(item, indent + 2, indent + key.length + 6)}`)
  return `{\n${entries.join(',\n')}\n${' '.repeat(indent)}}`
}

function paint(text: string, style: keyof typeof ANSI, color: boolean): string {
  return color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text
}

function valueText(value: unknown): { inline: string } | { block: string } {
  const text = formatValue(value)
  return text.includes('\n') ? { block: text } : { inline: text }
}

function renderChange(change: Change, color: boolean): string {
  const head = `${SIGN[change.kind]} ${change.path}`
  const parts: string[] = []
  const blocks: string[] = []
  if (change.kind === 'changed') {
    const before = valueText(change.before)
    const after = valueText(change.after)
    if ('inline' in before && 'inline' in after) parts.push(`${before.inline} → ${after.inline}`)
    else {
      // Too long for one line: both sides labelled, each on its own lines.
      for (const [label, text] of [['before', before], ['after', after]] as const) {
        blocks.push('inline' in text ? `${label}: ${text.inline}` : `${label}:\n${text.block}`)
      }
    }
  } else {
    const text = valueText(change.kind === 'added' ? change.after : change.before)
    if ('inline' in text) parts.push(text.inline)
    else blocks.push(text.block)
  }
  let line = paint(head, change.kind, color) + (parts.length ? `  ${parts.join('  ')}` : '')
  if (change.rule !== undefined) line += paint(`  [${change.rule}${change.reason ? `: ${change.reason}` : ''}]`, 'dim', color)
  for (const block of blocks) line += '\n' + block.replace(/^/gm, '    ')
  return line
}

/**
 * Readable text for a diff: one entry per change (`~ $.total  107.53 → 107.54`,
 * `+ $.lines[3]  {…}`, `- $.coupon  "SAVE10"`), the rule that judged it, then one short
 * line naming what the policy ignored.
 */
export function renderDiff(result: DiffResult, options: RenderOptions = {}): string {
  const color = options.color ?? false
  const lines: string[] = []
  if (options.title !== undefined) lines.push(paint(options.title, 'bold', color))
  if (result.changes.length === 0) lines.push('no changes')
  const maxChanges = options.maxChanges ?? 100
  for (const change of result.changes.slice(0, maxChanges)) lines.push(renderChange(change, color))
  if (result.changes.length > maxChanges) lines.push(`… and ${result.changes.length - maxChanges} more changes`)
  if (result.ignored.length > 0) {
    const max = options.maxIgnored ?? 10
    const shown = result.ignored.slice(0, max).map((c) => `${c.path} (${c.rule ?? 'ignored'})`)
    const more = result.ignored.length > max ? `, … and ${result.ignored.length - max} more` : ''
    lines.push(paint(`ignored: ${shown.join(', ')}${more}`, 'dim', color))
  }
  return lines.join('\n')
}

export interface DiffSummary {
  added: number
  removed: number
  changed: number
  ignored: number
  /** One line, e.g. `2 changed, 1 added: $.total, $.lines[0].price, $.lines[3]`. */
  text: string
}

/** Counts by kind and a one-line text, for reports such as `shadowtest verify --json`'s `diffSummary`. */
export function summarizeDiff(result: DiffResult, { maxPaths = 5 }: { maxPaths?: number } = {}): DiffSummary {
  const count = (kind: Change['kind']) => result.changes.filter((c) => c.kind === kind).length
  const summary = { added: count('added'), removed: count('removed'), changed: count('changed'), ignored: result.ignored.length }
  if (result.equal) {
    return { ...summary, text: summary.ignored ? `no changes (${summary.ignored} ignored)` : 'no changes' }
  }
  const counts = (['changed', 'added', 'removed'] as const).filter((k) => summary[k] > 0).map((k) => `${summary[k]} ${k}`)
  const paths = result.changes.slice(0, maxPaths).map((c) => c.path)
  const more = result.changes.length > maxPaths ? `, … (+${result.changes.length - maxPaths})` : ''
  return { ...summary, text: `${counts.join(', ')}: ${paths.join(', ')}${more}` }
}
