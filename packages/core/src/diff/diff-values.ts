import { IGNORED, applyIgnores } from './apply-ignores.js'
import { type Change, type DiffResult, MISSING, makeChange } from './change.js'
import { type PathRule, type DiffPolicyInput, type ResolvedPolicy, resolvePolicy } from './diff-policy.js'
import { type JsonObject, canonical, deepEqual, entryKey, kindOf, tagShape } from './encoded-value.js'
import { type PathSegment, PathTrie, forEachLocation, parsePath } from './json-path.js'
import { maskVolatile } from './mask-volatile.js'
import { type Tolerance, applyRules, withinTolerance } from './path-rules.js'
import { ShadowtestError } from '../errors.js'

export interface DiffOptions {
  /** JSONPaths that differ between two replays of unchanged code (a scenario's `noise`): ignored. */
  noise?: readonly string[]
}

type RuleNode = PathTrie<PathRule[]>
type SortNode = PathTrie<true>

interface Walk {
  changes: Change[]
  ignored: Change[]
  path: PathSegment[]
  tolerance: Tolerance | undefined
  sortAll: boolean
}

/**
 * Compares two Encoded values under a policy: normalise (mask timestamps/UUIDs) → drop ignored
 * fields, paths and noise → compare (lists sorted where asked, float tolerance, path rules).
 * @example diffValues(baseline.outcome.value, replayed.outcome.value, resolvePolicy(config.diff), { noise: scenario.noise })
 */
export function diffValues(expected: unknown, actual: unknown, policyInput?: ResolvedPolicy | DiffPolicyInput, options: DiffOptions = {}): DiffResult {
  return diffWith(true, expected, actual, policyInput, options)
}

/** `diffValues` without the identical-sides shortcut: the full pipeline, for the tests that hold the two to the same results. Internal. */
export function diffValuesInFull(expected: unknown, actual: unknown, policyInput?: ResolvedPolicy | DiffPolicyInput, options: DiffOptions = {}): DiffResult {
  return diffWith(false, expected, actual, policyInput, options)
}

function diffWith(shortcut: boolean, expected: unknown, actual: unknown, policyInput: ResolvedPolicy | DiffPolicyInput | undefined, options: DiffOptions): DiffResult {
  const policy = resolvePolicy(policyInput)
  try {
    return diffUnder(policy, expected, actual, options, shortcut)
  } catch (error) {
    // Encoded values are acyclic and depth-limited; a raw circular or absurdly deep value is not.
    if (error instanceof RangeError) {
      throw new ShadowtestError('DIFF:TOO_DEEP', 'the values nest too deeply to compare (or are circular); compare encoded values: encode() cuts depth and marks circular references', { cause: error })
    }
    throw error
  }
}

function diffUnder(policy: ResolvedPolicy, expected: unknown, actual: unknown, options: DiffOptions, shortcut: boolean): DiffResult {
  const noise = options.noise ?? []
  for (const path of noise) {
    if (parsePath(path).kind === 'invalid') {
      throw new ShadowtestError('DIFF:INVALID_PATH', `noise path ${JSON.stringify(path)} is not a valid JSONPath; fix or remove it from the scenario's "noise" list`, { path })
    }
  }

  // Identical sides: masking keeps them identical, ignores drop only locations whose values differ,
  // and the walk finds nothing, so the full pipeline would return exactly this (no changes, no ignored).
  const ignores = policy.ignoredFields.length > 0 || policy.ignoredPaths.length > 0 || noise.length > 0
  if (shortcut && identical(expected, actual, !ignores)) return { equal: true, changes: [], ignored: [] }

  const [maskedExpected, maskedActual] = maskVolatile(expected, actual, { timestamps: policy.maskTimestamps, uuids: policy.maskUuids })
  const pruned = applyIgnores(maskedExpected, maskedActual, { fields: policy.ignoredFields, paths: policy.ignoredPaths, noise })

  const rules = buildTrie<PathRule[]>(policy.rules.map((r) => r.path), [maskedExpected, maskedActual], (node, index) => {
    const rule = policy.rules[index] as PathRule
    if (!(node.value ??= []).includes(rule)) node.value.push(rule)
  })
  const sortPaths = Array.isArray(policy.sortLists) ? (policy.sortLists as readonly string[]) : []
  const sort = buildTrie<true>(sortPaths, [maskedExpected, maskedActual], (node) => {
    node.value = true
  })

  const hasTolerance = policy.floatTolerance.absolute > 0 || policy.floatTolerance.relative > 0
  const walk: Walk = {
    changes: [],
    ignored: pruned.ignored,
    path: [],
    tolerance: hasTolerance ? policy.floatTolerance : undefined,
    sortAll: policy.sortLists === 'all',
  }
  compare(walk, pruned.expected, pruned.actual, rules, rules?.value, sort)
  return { equal: walk.changes.length === 0, changes: walk.changes, ignored: walk.ignored }
}

/**
 * Whether the full pipeline would find nothing at all between the two sides: the same leaves
 * (`===`), arrays of the same length, plain objects with the same own keys in any order.
 * Anything else answers false and takes the full path: class instances (the walk sees their
 * inherited enumerable keys) and raw NaN (the walk finds NaN equal to NaN, but an ignored NaN
 * is reported as an ignored difference). Encoded values hold neither. With ignores, the same
 * object on both sides is walked too (the ignore pass looks inside it; the walk does not).
 */
function identical(a: unknown, b: unknown, sameIsEnough: boolean): boolean {
  if (a === b && (sameIsEnough || typeof a !== 'object' || a === null)) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!identical(a[i], b[i], sameIsEnough)) return false
    return true
  }
  if (Array.isArray(b) || !plain(a) || !plain(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !identical((a as JsonObject)[key], (b as JsonObject)[key], sameIsEnough)) return false
  }
  return true
}

function plain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function buildTrie<T>(paths: readonly string[], sides: unknown[], mark: (node: PathTrie<T>, index: number) => void): PathTrie<T> | undefined {
  if (paths.length === 0) return undefined
  const trie = new PathTrie<T>()
  paths.forEach((path, index) => {
    for (const side of sides) forEachLocation(path, side, (segments) => mark(trie.node(segments), index))
  })
  return trie
}

function compare(w: Walk, e: unknown, a: unknown, rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  if (e === a || e === IGNORED || a === IGNORED) return
  const kind = kindOf(e)
  if (kind !== kindOf(a)) return leaf(w, e, a, active)
  switch (kind) {
    case 'number':
      return numbers(w, e as number, a as number, active)
    case 'array':
      return w.sortAll || sort?.value ? unordered(w, e as unknown[], a as unknown[], rules, active, sort) : ordered(w, e as unknown[], a as unknown[], rules, active, sort)
    case 'object':
      return objects(w, e as JsonObject, a as JsonObject, rules, active, sort)
    case 'tag':
      return tags(w, e as JsonObject, a as JsonObject, rules, active, sort)
    default:
      return leaf(w, e, a, active)
  }
}

/** Compares the children at `key` on both sides (either may be MISSING). */
function child(w: Walk, key: PathSegment, e: unknown, a: unknown, rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  w.path.push(key)
  if (e === MISSING || a === MISSING) {
    if (e !== IGNORED && a !== IGNORED) w.changes.push(makeChange(w.path, e, a))
  } else {
    const childRules = rules?.child(key)
    compare(w, e, a, childRules, childRules?.value ?? active, sort?.child(key))
  }
  w.path.pop()
}

function isExact(active: readonly PathRule[] | undefined): boolean {
  return active !== undefined && active.some((r) => r.rule === 'exact')
}

function leaf(w: Walk, e: unknown, a: unknown, active: readonly PathRule[] | undefined): void {
  if (deepEqual(e, a)) return
  if (active === undefined) return void w.changes.push(makeChange(w.path, e, a))
  if (isExact(active)) return void w.changes.push(makeChange(w.path, e, a, 'exact'))
  judged(w, e, a, active)
}

function judged(w: Walk, e: unknown, a: unknown, active: readonly PathRule[]): void {
  const verdict = applyRules(active, e, a)
  ;(verdict.allowed ? w.ignored : w.changes).push(makeChange(w.path, e, a, verdict.rule, verdict.reason))
}

function numbers(w: Walk, e: number, a: number, active: readonly PathRule[] | undefined): void {
  if (Object.is(e, a)) return
  const exact = isExact(active)
  if (!exact && w.tolerance && withinTolerance(e, a, w.tolerance)) {
    w.ignored.push(makeChange(w.path, e, a, 'floatTolerance', `|Δ| ${Math.abs(a - e).toPrecision(3)} within tolerance`))
    return
  }
  if (active === undefined) return void w.changes.push(makeChange(w.path, e, a))
  if (exact) return void w.changes.push(makeChange(w.path, e, a, 'exact'))
  judged(w, e, a, active)
}

function ordered(w: Walk, e: unknown[], a: unknown[], rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  const n = Math.max(e.length, a.length)
  for (let i = 0; i < n; i++) child(w, i, i < e.length ? e[i] : MISSING, i < a.length ? a[i] : MISSING, rules, active, sort)
}

function objects(w: Walk, e: JsonObject, a: JsonObject, rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  for (const key in e) child(w, key, e[key], Object.prototype.hasOwnProperty.call(a, key) ? a[key] : MISSING, rules, active, sort)
  for (const key in a) if (!Object.prototype.hasOwnProperty.call(e, key)) child(w, key, MISSING, a[key], rules, active, sort)
}

/**
 * Order-insensitive list comparison: equal items (by canonical form) pair off first; the rest
 * are paired in canonical order and compared field by field. Paths name the expected item's
 * index for removed and changed items, and the actual item's index for added ones.
 */
function unordered(w: Walk, e: unknown[], a: unknown[], rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  const pool = new Map<string, number[]>()
  const eKeys = e.map((item) => canonical(item))
  eKeys.forEach((key, i) => {
    const slot = pool.get(key)
    if (slot) slot.push(i)
    else pool.set(key, [i])
  })
  const leftActual: Array<{ index: number; key: string }> = []
  a.forEach((item, j) => {
    const key = canonical(item)
    const slot = pool.get(key)
    if (slot && slot.length > 0) slot.shift()
    else leftActual.push({ index: j, key })
  })
  const leftExpected: Array<{ index: number; key: string }> = []
  for (const [key, indexes] of pool) for (const index of indexes) leftExpected.push({ index, key })
  const byKey = (x: { key: string; index: number }, y: { key: string; index: number }) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.index - y.index)
  leftExpected.sort(byKey)
  leftActual.sort(byKey)
  const paired = Math.min(leftExpected.length, leftActual.length)
  for (let k = 0; k < paired; k++) {
    const ei = (leftExpected[k] as { index: number }).index
    child(w, ei, e[ei], a[(leftActual[k] as { index: number }).index], rules, active, sort)
  }
  for (let k = paired; k < leftExpected.length; k++) {
    const ei = (leftExpected[k] as { index: number }).index
    child(w, ei, e[ei], MISSING, rules, active, sort)
  }
  for (let k = paired; k < leftActual.length; k++) {
    const aj = (leftActual[k] as { index: number }).index
    child(w, aj, MISSING, a[aj], rules, active, sort)
  }
}

function tags(w: Walk, e: JsonObject, a: JsonObject, rules: RuleNode | undefined, active: readonly PathRule[] | undefined, sort: SortNode | undefined): void {
  const shape = tagShape(e)
  if (e.$st !== a.$st || shape.shape !== tagShape(a).shape) return leaf(w, e, a, active)
  if (shape.shape === 'atom') return leaf(w, e, a, active)
  if (shape.shape === 'fields') return objects(w, e, a, rules, active, sort)
  if (shape.shape === 'wrapper') {
    // Same class (or both escaped objects)? Then compare the data in place; otherwise one change.
    for (const key in e) if (key !== shape.field && !deepEqual(e[key], a[key])) return leaf(w, e, a, active)
    for (const key in a) if (key !== shape.field && !(key in e)) return leaf(w, e, a, active)
    // An escaped object's value is plain data even though it has a `$st` key of its own.
    if (e.$st === 'object') return objects(w, e.value as JsonObject, a.value as JsonObject, rules, active, sort)
    return compare(w, e[shape.field], a[shape.field], rules, active, sort)
  }
  const eItems = e[shape.field] as unknown[]
  const aItems = a[shape.field] as unknown[]
  if (shape.shape === 'members') return unordered(w, eItems, aItems, rules, active, sort)
  // Map entries: compared by key, whatever their insertion order.
  const entries = (items: unknown[]) => {
    const out = new Map<string, { key: PathSegment; value: unknown }>()
    for (const entry of items) {
      const pair = Array.isArray(entry) ? entry : [entry, undefined]
      const key = entryKey(pair[0])
      out.set(key, { key, value: pair[1] })
    }
    return out
  }
  const eMap = entries(eItems)
  const aMap = entries(aItems)
  for (const [key, entry] of eMap) child(w, entry.key, entry.value, aMap.has(key) ? aMap.get(key)?.value : MISSING, rules, active, sort)
  for (const [key, entry] of aMap) if (!eMap.has(key)) child(w, entry.key, MISSING, entry.value, rules, active, sort)
}
