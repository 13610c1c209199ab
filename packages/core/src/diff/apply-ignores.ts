import { type Change, MISSING, makeChange } from './change.js'
import { deepEqual, entryKey, type JsonObject, kindOf, setOwn, tagShape } from './encoded-value.js'
import { type PathSegment, PathTrie, formatPath, resolveInto } from './json-path.js'

export type IgnoreReason = 'ignoredFields' | 'ignoredPaths' | 'noise'

/** Stands in for an ignored array item, so the items after it keep their indexes. */
export const IGNORED: unique symbol = Symbol('ignored')

export interface IgnoreSpec {
  fields: readonly string[]
  paths: readonly string[]
  noise: readonly string[]
}

interface Removed {
  segments: PathSegment[]
  reason: IgnoreReason
  expected: unknown
  actual: unknown
}

/**
 * Removes ignored fields, ignored paths and noise paths from both sides before comparing.
 * Paths are resolved on each side separately (a query like `$.items[*].id` matches what each side
 * has). Returns the pruned values and, as `ignored`, each removed location whose values differed.
 * Parts of the tree that nothing touches are shared, not copied.
 */
export function applyIgnores(expected: unknown, actual: unknown, spec: IgnoreSpec): { expected: unknown; actual: unknown; ignored: Change[] } {
  if (spec.fields.length === 0 && spec.paths.length === 0 && spec.noise.length === 0) return { expected, actual, ignored: [] }
  const trie = new PathTrie<IgnoreReason>()
  for (const side of [expected, actual]) {
    for (const path of spec.paths) resolveInto(trie, path, side, 'ignoredPaths')
    for (const path of spec.noise) resolveInto(trie, path, side, 'noise')
  }
  const fields = new Set(spec.fields)
  const removed = new Map<string, Removed>()
  const note = (segments: PathSegment[], reason: IgnoreReason, value: unknown, side: 'expected' | 'actual') => {
    const key = formatPath(segments)
    let entry = removed.get(key)
    if (!entry) {
      entry = { segments: [...segments], reason, expected: MISSING, actual: MISSING }
      removed.set(key, entry)
    }
    entry[side] = value
  }

  type Node = PathTrie<IgnoreReason> | undefined
  type Side = 'expected' | 'actual'

  const pruneItems = (items: unknown[], node: Node, path: PathSegment[], side: Side): unknown[] => {
    let out: unknown[] | undefined
    for (let i = 0; i < items.length; i++) {
      const child = node?.child(i)
      path.push(i)
      let next: unknown
      if (child?.value !== undefined) {
        note(path, child.value, items[i], side)
        next = IGNORED
      } else {
        next = prune(items[i], child, path, side)
      }
      path.pop()
      if (next !== items[i]) (out ??= items.slice())[i] = next
    }
    return out ?? items
  }

  const pruneFields = (object: JsonObject, node: Node, path: PathSegment[], side: Side, data: boolean): JsonObject => {
    let out: JsonObject | undefined
    for (const key in object) {
      const child = node?.child(key)
      path.push(key)
      // Ignored fields are data keys: a tag's own fields (`$st`, `message`, …) are encoding, not data.
      const reason: IgnoreReason | undefined = child?.value ?? (data && fields.has(key) ? 'ignoredFields' : undefined)
      if (reason !== undefined) {
        note(path, reason, object[key], side)
        out ??= { ...object }
        delete out[key]
      } else {
        const next = prune(object[key], child, path, side)
        if (next !== object[key]) setOwn((out ??= { ...object }), key, next)
      }
      path.pop()
    }
    return out ?? object
  }

  // Paths here are the paths a diff prints: a class instance's data sits at the instance's own
  // path, Map entries under their key, Set members by index. So a noise path taken from a diff
  // (`$.customer.name`, `$.rates.EUR`) finds the value it names.
  const pruneTag = (tagged: JsonObject, node: Node, path: PathSegment[], side: Side): JsonObject => {
    const shape = tagShape(tagged)
    if (shape.shape === 'atom') return tagged
    if (shape.shape === 'fields') return pruneFields(tagged, node, path, side, false)
    const inner = tagged[shape.field]
    let next: unknown
    if (shape.shape === 'wrapper') {
      next = pruneFields(inner as JsonObject, node, path, side, true)
    } else if (shape.shape === 'members') {
      next = pruneItems(inner as unknown[], node, path, side)
    } else {
      const entries = inner as unknown[]
      let out: unknown[] | undefined
      entries.forEach((entry, i) => {
        const pair = Array.isArray(entry) ? entry : [entry]
        const key = entryKey(pair[0])
        const child = node?.child(key)
        path.push(key)
        if (child?.value !== undefined) {
          note(path, child.value, pair[1], side)
          ;(out ??= entries.slice())[i] = IGNORED
        } else {
          const value = prune(pair[1], child, path, side)
          if (value !== pair[1]) (out ??= entries.slice())[i] = [pair[0], value]
        }
        path.pop()
      })
      next = out ? out.filter((entry) => entry !== IGNORED) : entries
    }
    return next === inner ? tagged : { ...tagged, [shape.field]: next }
  }

  const prune = (value: unknown, node: Node, path: PathSegment[], side: Side): unknown => {
    if (node === undefined && fields.size === 0) return value
    const kind = kindOf(value)
    if (kind === 'array') return pruneItems(value as unknown[], node, path, side)
    if (kind === 'object') return pruneFields(value as JsonObject, node, path, side, true)
    if (kind === 'tag') return pruneTag(value as JsonObject, node, path, side)
    return value
  }

  if (trie.value !== undefined) {
    // `$` itself is ignored: nothing is compared.
    note([], trie.value, expected, 'expected')
    note([], trie.value, actual, 'actual')
    return { expected: IGNORED, actual: IGNORED, ignored: ignoredChanges(removed) }
  }
  const root = trie.empty ? undefined : trie
  return { expected: prune(expected, root, [], 'expected'), actual: prune(actual, root, [], 'actual'), ignored: ignoredChanges(removed) }
}

function ignoredChanges(removed: Map<string, Removed>): Change[] {
  const out: Change[] = []
  for (const entry of removed.values()) {
    if (entry.expected !== MISSING && entry.actual !== MISSING && deepEqual(entry.expected, entry.actual)) continue
    out.push(makeChange(entry.segments, entry.expected, entry.actual, entry.reason))
  }
  return out
}
