import { createRequire } from 'node:module'
import type { JSONPath as JSONPathFn, JSONPathOptions } from 'jsonpath-plus'

import type { PathSegment } from '../encoding/types.js'
import { childrenOf, childAt, displaySegments } from './encoded-value.js'

export type { PathSegment }

// jsonpath-plus evaluates only filters, scripts, slices and unions; keys, indexes, `*` and `..`
// are walked here. Load it (its CommonJS build, synchronously) on first need, not with core
// (~10 ms per process as an ES module, which a gate worker paid for nothing).
let jsonPathFn: typeof JSONPathFn | undefined
function JSONPath(options: JSONPathOptions): unknown {
  jsonPathFn ??= (createRequire(import.meta.url)('jsonpath-plus') as { JSONPath: typeof JSONPathFn }).JSONPath
  return jsonPathFn(options)
}

/** One step of a query this engine evaluates itself: a key, an index, `*`, or `..` (recursive descent). */
export type QueryStep = { key: string } | { index: number } | '*' | '..'

/**
 * A parsed path: `concrete` (every step named), `query` with `steps` when it only uses keys,
 * indexes, `*` and `..` (evaluated here, walking the value once), or `query` without steps for
 * filters, scripts, slices and unions (evaluated by jsonpath-plus).
 */
export type ParsedPath = { kind: 'concrete'; segments: PathSegment[] } | { kind: 'query'; steps?: QueryStep[] }

// Changes use the same path spelling as the encoding (`$.total`, `$.lines[0].price`, `$['odd key']`).
export { formatPath } from '../encoding/json-path.js'

/**
 * Parses a JSONPath. Returns `concrete` segments when every step is a plain key or index (the
 * paths this engine prints, e.g. noise paths), `query` for wildcards, `..`, filters, slices and
 * unions, and an error message for a malformed expression (jsonpath-plus itself is lenient and
 * would silently match nothing, which hides typos in a policy).
 */
export function parsePath(expression: string): ParsedPath | { kind: 'invalid'; message: string } {
  if (typeof expression !== 'string' || !expression.startsWith('$')) {
    return { kind: 'invalid', message: 'a JSONPath starts with "$", e.g. "$.meta.requestId"' }
  }
  const steps: QueryStep[] = []
  let query = false
  let simple = true
  let i = 1
  const n = expression.length
  while (i < n) {
    const ch = expression[i]
    if (ch === '.') {
      if (expression[i + 1] === '.') {
        query = true
        steps.push('..')
        i += 2
        // `$..name`, `$..*` and `$..[0]` are all valid; a bare trailing `..` is not.
        if (i >= n) return { kind: 'invalid', message: 'recursive descent ".." must be followed by a name, "*" or "[…]"' }
        if (expression[i] === '[') continue
      } else {
        i += 1
      }
      const match = /^(\*|[A-Za-z_$@][A-Za-z0-9_$@-]*)/.exec(expression.slice(i))
      if (!match) return { kind: 'invalid', message: `expected a property name after "." at position ${i}` }
      const name = match[1] ?? ''
      if (name === '*') {
        query = true
        steps.push('*')
      } else {
        // jsonpath-plus gives `@…` and `$…` names meanings of its own (`@path`, `$`): leave those to it.
        if (name.startsWith('@') || name.startsWith('$')) simple = false
        steps.push({ key: name })
      }
      i += name.length
    } else if (ch === '[') {
      const end = findBracketEnd(expression, i)
      if (end < 0) return { kind: 'invalid', message: `unclosed "[" at position ${i}` }
      const inner = expression.slice(i + 1, end).trim()
      if (inner === '') return { kind: 'invalid', message: `empty "[]" at position ${i}` }
      const quoted = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(inner)
      if (quoted) steps.push({ key: (quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1') })
      else if (/^\d+$/.test(inner)) steps.push({ index: Number(inner) })
      else if (inner === '*') {
        query = true
        steps.push('*')
      } else {
        query = true // filters ?(…), scripts (…), slices a:b, unions a,b, negative indexes
        simple = false
        const problem = checkExpression(inner)
        if (problem !== undefined) return { kind: 'invalid', message: `${problem} in "[${inner}]"` }
      }
      i = end + 1
    } else {
      return { kind: 'invalid', message: `unexpected "${ch}" at position ${i}; use ".name" or "['name']"` }
    }
  }
  if (!query) return { kind: 'concrete', segments: steps.map((step) => (typeof step === 'object' && 'index' in step ? step.index : (step as { key: string }).key)) }
  return simple ? { kind: 'query', steps } : { kind: 'query' }
}

/**
 * jsonpath-plus compiles a filter or script only when it first meets a node, so a syntax error
 * would surface in the middle of a diff. Compile it once against a one-item probe instead.
 */
function checkExpression(inner: string): string | undefined {
  if (!inner.startsWith('?(') && !inner.startsWith('(')) return undefined
  try {
    JSONPath({ path: `$.probe[${inner}]`, json: { probe: [{}] }, resultType: 'pointer', wrap: true, eval: 'safe', ignoreEvalErrors: true })
    return undefined
  } catch (error) {
    return `the expression does not parse (${error instanceof Error ? error.message : String(error)})`
  }
}

/** Index of the `]` closing the `[` at `start`, honouring quotes and nested brackets/parens; -1 if none. */
function findBracketEnd(expression: string, start: number): number {
  let depth = 0
  let quote: string | undefined
  for (let i = start; i < expression.length; i++) {
    const ch = expression[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = undefined
      continue
    }
    if (ch === "'" || ch === '"') quote = ch
    else if (ch === '[' || ch === '(') depth++
    else if (ch === ']' || ch === ')') {
      depth--
      if (depth === 0) return ch === ']' ? i : -1
    }
  }
  return -1
}

/**
 * A set of concrete paths as a trie, so the diff walk can follow it step by step at the cost of
 * one map lookup per key, instead of formatting and hashing a path string for every node.
 */
export class PathTrie<T> {
  value: T | undefined
  readonly children = new Map<string, PathTrie<T>>()

  insert(segments: readonly PathSegment[], value: T): void {
    // The first path to claim a node keeps it, so the order of policy options decides the reason shown.
    this.node(segments).value ??= value
  }

  /** The node for `segments`, created on the way if missing. */
  node(segments: readonly PathSegment[]): PathTrie<T> {
    let node: PathTrie<T> = this
    for (const segment of segments) {
      const key = String(segment)
      let child = node.children.get(key)
      if (!child) {
        child = new PathTrie<T>()
        node.children.set(key, child)
      }
      node = child
    }
    return node
  }

  child(key: string | number): PathTrie<T> | undefined {
    return this.children.get(String(key))
  }

  get empty(): boolean {
    return this.value === undefined && this.children.size === 0
  }
}

/**
 * Adds to `trie` every concrete location that `expression` names in `json`. Concrete paths go in
 * directly (whether or not they exist on this side); queries are evaluated against `json`.
 */
export function resolveInto<T>(trie: PathTrie<T>, expression: string, json: unknown, value: T): void {
  forEachLocation(expression, json, (segments) => trie.insert(segments, value))
}

/** Calls `visit` with the segments of every concrete location `expression` names in `json`. */
export function forEachLocation(expression: string, json: unknown, visit: (segments: readonly PathSegment[]) => void): void {
  const parsed = parsePath(expression)
  if (parsed.kind === 'invalid') return
  if (parsed.kind === 'concrete') {
    visit(parsed.segments)
    return
  }
  if (json === null || typeof json !== 'object') return
  if (parsed.steps) {
    // Keys, indexes, `*` and `..` only: one walk over the value, in the paths a diff prints
    // (jsonpath-plus costs several times more on a large value: it formats a pointer per match).
    evaluateSteps(parsed.steps, 0, json, [], visit)
    return
  }
  // ignoreEvalErrors: a filter that reads a missing property (`@.a.b` where `a` is absent) just does not match.
  const pointers = JSONPath({ path: expression, json, resultType: 'pointer', wrap: true, eval: 'safe', ignoreEvalErrors: true }) as string[]
  for (const pointer of pointers) visit(displaySegments(json, pointerToSegments(pointer)))
}

function pointerToSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    // Escapes are rare; skipping the replace for plain keys halves the cost of a big query result.
    .map((part) => (part.includes('~') ? part.replace(/~1/g, '/').replace(/~0/g, '~') : part))
}

function evaluateSteps(steps: readonly QueryStep[], i: number, node: unknown, path: PathSegment[], visit: (segments: readonly PathSegment[]) => void): void {
  if (i === steps.length) {
    visit(path)
    return
  }
  const step = steps[i] as QueryStep
  if (step === '..') {
    // The next step applies to this node and to every node below it.
    evaluateSteps(steps, i + 1, node, path, visit)
    childrenOf(node, (key, child) => {
      path.push(key)
      evaluateSteps(steps, i, child, path, visit)
      path.pop()
    })
  } else if (step === '*') {
    childrenOf(node, (key, child) => {
      path.push(key)
      evaluateSteps(steps, i + 1, child, path, visit)
      path.pop()
    })
  } else {
    const key = 'key' in step ? step.key : step.index
    const found = childAt(node, key)
    if (found === undefined) return
    path.push(found.key)
    evaluateSteps(steps, i + 1, found.value, path, visit)
    path.pop()
  }
}
