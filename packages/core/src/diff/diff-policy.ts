import { createHash } from 'node:crypto'
import { ShadowtestError } from '../errors.js'
import { canonical } from './encoded-value.js'
import { parsePath } from './json-path.js'

/**
 * Version of the comparison semantics. Bump it whenever the same policy and the same values could
 * give a different verdict (a new normalisation, a changed default), so baselines approved under
 * the old semantics get an advisory instead of a silent behaviour change.
 */
export const DIFF_SEMANTICS_VERSION = 1

export type RuleName = 'exact' | 'withinRange' | 'maxIncreasePercent' | 'maxDecreasePercent'

export interface PathRuleInput {
  /** JSONPath of the values the rule governs (and everything below them). */
  path: string
  rule: RuleName
  /** `withinRange`: lowest accepted actual value (inclusive). */
  min?: number
  /** `withinRange`: highest accepted actual value (inclusive). */
  max?: number
  /** `maxIncreasePercent` / `maxDecreasePercent`: largest accepted change, in percent of the expected value. */
  percent?: number
}

/** The diff policy as users write it (config `diff`, or per call). Every key is optional. */
export interface DiffPolicyInput {
  id?: string
  ignoredFields?: string[]
  ignoredPaths?: string[]
  floatTolerance?: { absolute?: number; relative?: number }
  sortLists?: 'none' | 'all' | string[]
  maskTimestamps?: boolean
  maskUuids?: boolean
  rules?: PathRuleInput[]
}

export interface PathRule {
  readonly path: string
  readonly rule: RuleName
  readonly min?: number
  readonly max?: number
  readonly percent?: number
}

/** A validated, frozen policy with defaults applied; `hash` identifies its semantics. */
export interface ResolvedPolicy {
  readonly id: string
  readonly semanticsVersion: number
  readonly hash: string
  readonly ignoredFields: readonly string[]
  readonly ignoredPaths: readonly string[]
  readonly floatTolerance: { readonly absolute: number; readonly relative: number }
  readonly sortLists: 'none' | 'all' | readonly string[]
  readonly maskTimestamps: boolean
  readonly maskUuids: boolean
  readonly rules: readonly PathRule[]
}

const POLICY_KEYS = ['id', 'ignoredFields', 'ignoredPaths', 'floatTolerance', 'sortLists', 'maskTimestamps', 'maskUuids', 'rules'] as const
const TOLERANCE_KEYS = ['absolute', 'relative'] as const
const RULE_NAMES: readonly RuleName[] = ['exact', 'withinRange', 'maxIncreasePercent', 'maxDecreasePercent']
const RULE_KEYS: Record<RuleName, readonly string[]> = {
  exact: ['path', 'rule'],
  withinRange: ['path', 'rule', 'min', 'max'],
  maxIncreasePercent: ['path', 'rule', 'percent'],
  maxDecreasePercent: ['path', 'rule', 'percent'],
}

function invalid(where: string, message: string, details: Record<string, unknown> = {}): ShadowtestError {
  return new ShadowtestError('CONFIG:INVALID', `diff policy: ${where}: ${message}`, { path: where, details: { option: where, ...details } })
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function rejectUnknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw invalid(`${where}.${key}`, `unknown option "${key}". Allowed: ${allowed.join(', ')}`, { allowed: [...allowed] })
    }
  }
}

function checkPath(expression: unknown, where: string): string {
  if (typeof expression !== 'string') throw invalid(where, `expected a JSONPath string, got ${describe(expression)}`)
  const parsed = parsePath(expression)
  if (parsed.kind === 'invalid') throw invalid(where, `invalid JSONPath ${JSON.stringify(expression)}: ${parsed.message}`, { jsonPath: expression })
  return expression
}

function checkStringList(value: unknown, where: string, item: (v: unknown, w: string) => string): string[] {
  if (!Array.isArray(value)) throw invalid(where, `expected an array of strings, got ${describe(value)}`)
  return value.map((v, i) => item(v, `${where}[${i}]`))
}

function checkNumber(value: unknown, where: string, { min }: { min?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(where, `expected a finite number, got ${describe(value)}`)
  if (min !== undefined && value < min) throw invalid(where, `must be ≥ ${min}, got ${value}`)
  return value
}

function checkBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw invalid(where, `expected true or false, got ${describe(value)}`)
  return value
}

function checkRule(value: unknown, where: string): PathRule {
  if (!isPlainObject(value)) throw invalid(where, `expected { path, rule, … }, got ${describe(value)}`)
  const name = value.rule
  if (typeof name !== 'string' || !RULE_NAMES.includes(name as RuleName)) {
    throw invalid(`${where}.rule`, `unknown rule ${JSON.stringify(name)}. Allowed: ${RULE_NAMES.join(', ')}`, { allowed: [...RULE_NAMES] })
  }
  const rule = name as RuleName
  rejectUnknownKeys(value, RULE_KEYS[rule], where)
  const path = checkPath(value.path, `${where}.path`)
  if (rule === 'withinRange') {
    if (value.min === undefined && value.max === undefined) throw invalid(where, 'withinRange needs "min", "max" or both')
    const min = value.min === undefined ? undefined : checkNumber(value.min, `${where}.min`)
    const max = value.max === undefined ? undefined : checkNumber(value.max, `${where}.max`)
    if (min !== undefined && max !== undefined && min > max) throw invalid(where, `min (${min}) is greater than max (${max})`)
    return { path, rule, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }
  }
  if (rule === 'maxIncreasePercent' || rule === 'maxDecreasePercent') {
    if (value.percent === undefined) throw invalid(where, `${rule} needs "percent", e.g. { path: "$.total", rule: "${rule}", percent: 5 }`)
    return { path, rule, percent: checkNumber(value.percent, `${where}.percent`, { min: 0 }) }
  }
  return { path, rule }
}

/** The part of a policy that decides verdicts, in a canonical order: this is what the hash covers. */
function semanticCore(policy: Omit<ResolvedPolicy, 'id' | 'semanticsVersion' | 'hash'>): unknown {
  const set = (list: readonly string[]) => [...new Set(list)].sort()
  return {
    ignoredFields: set(policy.ignoredFields),
    ignoredPaths: set(policy.ignoredPaths),
    floatTolerance: policy.floatTolerance,
    sortLists: typeof policy.sortLists === 'string' ? policy.sortLists : set(policy.sortLists),
    maskTimestamps: policy.maskTimestamps,
    maskUuids: policy.maskUuids,
    rules: set(policy.rules.map((r) => canonical(r))),
  }
}

/**
 * Validates a policy up front and returns it frozen with defaults, `semanticsVersion` and `hash`.
 * Throws `CONFIG:INVALID` naming the offending option (unknown keys, wrong types, bad JSONPaths).
 * @example resolvePolicy({ ignoredPaths: ['$.meta.requestId'], floatTolerance: { absolute: 0.01 } })
 */
export function resolvePolicy(input: DiffPolicyInput | ResolvedPolicy = {}): ResolvedPolicy {
  if (isResolvedPolicy(input)) return input
  const where = 'diff'
  if (!isPlainObject(input)) throw invalid(where, `expected an object, got ${describe(input)}`)
  // A resolved policy spread into a new one (`{ ...config.diff, ...override }`) carries its derived
  // keys along: they are recomputed, not rejected.
  const { semanticsVersion: derivedVersion, hash: derivedHash, ...raw } = input as Record<string, unknown>
  if (derivedVersion !== undefined && typeof derivedVersion !== 'number') throw invalid(`${where}.semanticsVersion`, 'is computed by Shadowtest; remove it')
  if (derivedHash !== undefined && typeof derivedHash !== 'string') throw invalid(`${where}.hash`, 'is computed by Shadowtest; remove it')
  rejectUnknownKeys(raw, POLICY_KEYS, where)

  const id = raw.id === undefined ? 'default' : raw.id
  if (typeof id !== 'string' || id.trim() === '') throw invalid(`${where}.id`, `expected a non-empty string, got ${describe(id)}`)

  const ignoredFields =
    raw.ignoredFields === undefined
      ? []
      : checkStringList(raw.ignoredFields, `${where}.ignoredFields`, (v, w) => {
          if (typeof v !== 'string' || v === '') throw invalid(w, `expected a key name, got ${describe(v)}`)
          return v
        })
  const ignoredPaths = raw.ignoredPaths === undefined ? [] : checkStringList(raw.ignoredPaths, `${where}.ignoredPaths`, checkPath)

  let floatTolerance = { absolute: 0, relative: 0 }
  if (raw.floatTolerance !== undefined) {
    const t = raw.floatTolerance
    if (!isPlainObject(t)) throw invalid(`${where}.floatTolerance`, `expected { absolute?, relative? }, got ${describe(t)}`)
    rejectUnknownKeys(t, TOLERANCE_KEYS, `${where}.floatTolerance`)
    floatTolerance = {
      absolute: t.absolute === undefined ? 0 : checkNumber(t.absolute, `${where}.floatTolerance.absolute`, { min: 0 }),
      relative: t.relative === undefined ? 0 : checkNumber(t.relative, `${where}.floatTolerance.relative`, { min: 0 }),
    }
  }

  let sortLists: 'none' | 'all' | string[] = 'none'
  if (raw.sortLists !== undefined) {
    if (raw.sortLists === 'none' || raw.sortLists === 'all') sortLists = raw.sortLists
    else if (Array.isArray(raw.sortLists)) sortLists = checkStringList(raw.sortLists, `${where}.sortLists`, checkPath)
    else throw invalid(`${where}.sortLists`, `expected "none", "all" or an array of JSONPaths, got ${describe(raw.sortLists)}`)
  }

  const maskTimestamps = raw.maskTimestamps === undefined ? false : checkBoolean(raw.maskTimestamps, `${where}.maskTimestamps`)
  const maskUuids = raw.maskUuids === undefined ? false : checkBoolean(raw.maskUuids, `${where}.maskUuids`)

  let rules: PathRule[] = []
  if (raw.rules !== undefined) {
    if (!Array.isArray(raw.rules)) throw invalid(`${where}.rules`, `expected an array of { path, rule, … }, got ${describe(raw.rules)}`)
    rules = raw.rules.map((r, i) => Object.freeze(checkRule(r, `${where}.rules[${i}]`)))
  }

  const body = {
    ignoredFields: Object.freeze(ignoredFields),
    ignoredPaths: Object.freeze(ignoredPaths),
    floatTolerance: Object.freeze(floatTolerance),
    sortLists: typeof sortLists === 'string' ? sortLists : Object.freeze(sortLists),
    maskTimestamps,
    maskUuids,
    rules: Object.freeze(rules),
  }
  const hash = createHash('sha256').update(canonical(semanticCore(body))).digest('hex').slice(0, 12)
  return Object.freeze({ id, semanticsVersion: DIFF_SEMANTICS_VERSION, hash, ...body })
}

function isResolvedPolicy(value: unknown): value is ResolvedPolicy {
  return isPlainObject(value) && Object.isFrozen(value) && typeof value.hash === 'string' && typeof value.semanticsVersion === 'number'
}
