import { ShadowtestError } from '../errors.js'
import { formatPath } from '../encoding/json-path.js'
import type { PathSegment } from '../encoding/types.js'
import { isCardNumber } from './checksums.js'
import { BUILTIN_DETECTORS, customDetector, PATTERN_KINDS, SpanFinder, type PatternKind } from './detectors.js'
import { isMask } from './mask.js'
import type { CustomPattern } from './options.js'
import { PathPattern } from './path-pattern.js'
import { normalizeKey, SensitiveKeys } from './sensitive-keys.js'

export interface PiiFinding {
  /** Pattern kind (`email`, `card`, …, a custom name) or `secret` for a clear value under a sensitive key. */
  kind: string
  /** JSONPath of the value holding it (inside the file for `scanBaselineFile`). */
  path: string
  file?: string
  scenarioId?: string
  /** A shortened hint (`ja…om`, 20 chars): enough to find it, never the value itself. */
  sample: string
}

export interface PiiScanOptions {
  file?: string
  scenarioId?: string
  /** Patterns to look for (all on by default), as in RedactionOptions. */
  patterns?: Partial<Record<PatternKind, boolean>>
  custom?: CustomPattern[]
  /** Extra sensitive key names. */
  keys?: string[]
  /** Key names or JSONPaths (relative to the value scanned) that are meant to stay clear. */
  allow?: string[]
  /** JSONPath prefix for reported paths (default `$`). */
  basePath?: string
}

const BINARY_TAGS = new Set(['buffer', 'typedarray', 'arraybuffer'])
const TRANSPARENT: Record<string, string> = { instance: 'data', error: 'props', object: 'value' }

interface Step {
  segment: PathSegment
  /** Left out of the logical path the allow list matches against. */
  transparent: boolean
}

/**
 * Finds unmasked PII in an encoded value (masks like `<email:3f9a1c2b4d5e>` are ignored).
 * For a guard, see `assertNoPii`; for a whole baseline file, `scanBaselineFile`.
 */
export function scanForPii(value: unknown, options: PiiScanOptions = {}): PiiFinding[] {
  return new Scanner(options).scan(value, options.basePath ?? '$', options.scenarioId)
}

/** Throws `SECURITY:UNMASKED_PII` naming file, scenario and path of each finding. */
export function assertNoPii(value: unknown, options: PiiScanOptions = {}): void {
  throwIfFindings(scanForPii(value, options), options.file)
}

/** Scans every scenario of a baseline file (input, outcome, dependencies, proposed, label); findings carry the scenario id. */
export function scanBaselineFile(file: unknown, filePath?: string, options: Omit<PiiScanOptions, 'file' | 'scenarioId' | 'basePath'> = {}): PiiFinding[] {
  const scanner = new Scanner({ ...options, ...(filePath === undefined ? {} : { file: filePath }) })
  const findings: PiiFinding[] = []
  const scenarios = (file as { scenarios?: unknown } | null)?.scenarios
  if (scenarios === null || typeof scenarios !== 'object') return findings
  const functionId = (file as { function?: { id?: unknown } }).function?.id
  for (const [key, scenario] of Object.entries(scenarios as Record<string, Record<string, unknown>>)) {
    if (scenario === null || typeof scenario !== 'object') continue
    const id = typeof scenario['id'] === 'string' ? scenario['id'] : typeof functionId === 'string' ? `${functionId}:${key}` : key
    const base = `$.scenarios${formatPath([key]).slice(1)}`
    for (const section of ['label', 'input', 'outcome', 'dependencies', 'proposed']) {
      if (section in scenario) findings.push(...scanner.scan(scenario[section], `${base}.${section}`, id))
    }
  }
  return findings
}

/** `assertNoPii` for a baseline file: what `verify` runs as a guard before trusting a file. */
export function assertBaselineFileHasNoPii(file: unknown, filePath?: string, options: Omit<PiiScanOptions, 'file' | 'scenarioId' | 'basePath'> = {}): void {
  throwIfFindings(scanBaselineFile(file, filePath, options), filePath)
}

function throwIfFindings(findings: PiiFinding[], file: string | undefined): void {
  if (findings.length === 0) return
  const first = findings[0] as PiiFinding
  const lines = findings.slice(0, 10).map((f) => `  - ${f.kind} at ${f.path}${f.scenarioId ? ` (scenario ${f.scenarioId})` : ''}: ${f.sample}`)
  if (findings.length > 10) lines.push(`  … and ${findings.length - 10} more`)
  throw new ShadowtestError(
    'SECURITY:UNMASKED_PII',
    `${findings.length} unmasked PII value(s)${file ? ` in ${file}` : ''}:\n${lines.join('\n')}\n` +
      'Redaction should have masked these before they were stored. Check the redaction config (a pattern turned off, ' +
      'a key missing from redaction.keys, a too-wide redaction.allow), then re-record the scenarios; if a value is not ' +
      'personal data, add its key or JSONPath to redaction.allow. See docs/redaction.md.',
    {
      ...(file === undefined ? {} : { file }),
      ...(first.scenarioId === undefined ? {} : { scenarioId: first.scenarioId }),
      path: first.path,
      details: { findings },
    },
  )
}

class Scanner {
  private readonly finder: SpanFinder
  private readonly keys: SensitiveKeys
  private readonly allowKeys: Set<string>
  private readonly allowPaths: PathPattern[]
  private readonly file: string | undefined
  private findings: PiiFinding[] = []
  private steps: Step[] = []
  private base = '$'
  private scenarioId: string | undefined

  constructor(options: PiiScanOptions) {
    this.finder = new SpanFinder([
      ...PATTERN_KINDS.filter((kind) => options.patterns?.[kind] !== false).map((kind) => BUILTIN_DETECTORS[kind]),
      ...(options.custom ?? []).map((c) => customDetector(c.name, typeof c.pattern === 'string' ? new RegExp(c.pattern) : c.pattern)),
    ])
    this.keys = new SensitiveKeys(options.keys)
    const allow = options.allow ?? []
    this.allowKeys = new Set(allow.filter((a) => !a.startsWith('$')).map(normalizeKey))
    this.allowPaths = allow.filter((a) => a.startsWith('$')).map((a) => new PathPattern(a))
    this.file = options.file
  }

  scan(value: unknown, base: string, scenarioId: string | undefined): PiiFinding[] {
    this.findings = []
    this.steps = []
    this.base = base
    this.scenarioId = scenarioId
    this.node(value)
    return this.findings
  }

  private node(value: unknown): void {
    if (this.allowed()) return
    if (typeof value === 'string') {
      for (const span of this.finder.find(value)) this.report(span.kind, value.slice(span.start, span.end))
    } else if (typeof value === 'number') {
      if (Number.isSafeInteger(value) && value >= 1e12 && isCardNumber(String(value))) this.report('card', String(value))
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => this.at(i, false, () => this.node(item)))
    } else if (value !== null && typeof value === 'object') {
      this.object(value as Record<string, unknown>)
    }
  }

  private object(value: Record<string, unknown>): void {
    const tag = value['$st']
    if (typeof tag !== 'string') {
      this.fields(value)
      return
    }
    if (tag === 'bigint' && typeof value['value'] === 'string' && isCardNumber(value['value']) && /^\d+$/.test(value['value'])) {
      this.report('card', value['value'])
      return
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '$st' || (key === 'data' && BINARY_TAGS.has(tag))) continue
      if (tag === 'map' && key === 'entries' && Array.isArray(child)) {
        this.at(key, false, () => child.forEach((entry, i) => this.at(i, false, () => this.entry(entry))))
      } else if (TRANSPARENT[tag] === key && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        this.at(key, true, () => (tag === 'object' ? this.fields(child as Record<string, unknown>) : this.node(child)))
      } else {
        this.at(key, false, () => this.node(child))
      }
    }
  }

  private entry(entry: unknown): void {
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && !this.allowKeys.has(normalizeKey(entry[0])) && this.keys.has(entry[0])) {
      this.at(1, false, () => this.secret(entry[1]))
      return
    }
    this.node(entry)
  }

  private fields(value: Record<string, unknown>): void {
    for (const [key, child] of Object.entries(value)) {
      if (this.allowKeys.has(normalizeKey(key))) continue
      this.at(key, false, () => (this.keys.has(key) ? this.secret(child) : this.node(child)))
    }
  }

  /** A value under a sensitive key must be a mask (or empty). */
  private secret(value: unknown): void {
    if (this.allowed()) return
    if (value === null || value === '' || typeof value === 'boolean') return
    if (typeof value === 'string' && isMask(value)) return
    if (typeof value === 'object' && !Array.isArray(value) && (value['$st' as keyof object] === 'undefined' || value['$st' as keyof object] === 'ref')) return
    this.report('secret', typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value))
  }

  private at(segment: PathSegment, transparent: boolean, visit: () => void): void {
    this.steps.push({ segment, transparent })
    try {
      visit()
    } finally {
      this.steps.pop()
    }
  }

  private allowed(): boolean {
    if (this.allowPaths.length === 0 || this.steps.length === 0) return false
    const logical = this.steps.filter((s) => !s.transparent).map((s) => s.segment)
    return this.allowPaths.some((p) => p.matches(logical))
  }

  private report(kind: string, value: string): void {
    const finding: PiiFinding = { kind, path: this.base + formatPath(this.steps.map((s) => s.segment)).slice(1), sample: sampleOf(value) }
    if (this.file !== undefined) finding.file = this.file
    if (this.scenarioId !== undefined) finding.scenarioId = this.scenarioId
    this.findings.push(finding)
  }
}

/** First and last two characters and the length; short values show one character. */
export function sampleOf(value: string): string {
  if (value.length <= 6) return `${value.slice(0, 1)}… (${value.length} chars)`
  return `${value.slice(0, 2)}…${value.slice(-2)} (${value.length} chars)`
}
