/**
 * `JSON.parse` silently keeps the last of two equal keys, which would make a hand-merged baseline
 * file lose a scenario without a word. This scan runs over text that already parsed, so it only
 * has to track containers and keys, not report syntax errors.
 */
export interface DuplicateKey {
  /** Keys and array indexes from the root to the object holding the duplicate. */
  parentPath: string[]
  key: string
  /** Character offset of the second occurrence. */
  position: number
}

interface ObjectFrame {
  kind: 'object'
  path: string[]
  keys: Set<string>
  expectKey: boolean
  currentKey: string
}
interface ArrayFrame {
  kind: 'array'
  path: string[]
  index: number
}
type Frame = ObjectFrame | ArrayFrame

/**
 * The first duplicate key in `text`, or undefined. With `parsed` (what `JSON.parse(text)`
 * returned) a file without duplicates is recognised by counting: `JSON.parse` keeps one property
 * per duplicated key, so the parsed value has as many keys as the text has key tokens exactly
 * when no key repeats. That count costs a fraction of the scan below, which then runs only to
 * find where the duplicate is.
 */
export function findDuplicateKey(text: string, parsed?: unknown): DuplicateKey | undefined {
  if (parsed !== undefined && keyTokens(text) === keysIn(parsed)) return undefined
  return scan(text)
}

/**
 * Object keys in valid JSON text: every `:` outside a string follows a key's closing quote (after
 * optional whitespace), and a `"` inside a string is escaped, so counting the colons after an
 * unescaped quote counts the keys. Only valid for text that `JSON.parse` accepted.
 */
function keyTokens(text: string): number {
  let count = 0
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1
    let c = text.charCodeAt(j)
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j)
    if (c !== 0x22 /* " */) continue
    let backslashes = 0
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c /* \ */) backslashes++
    if (backslashes % 2 === 0) count++
  }
  return count
}

/** Own keys of every object in a parsed JSON value. */
function keysIn(value: unknown): number {
  // `for…in` walks an object's keys without allocating the array Object.keys returns (≈ 2× faster
  // cold over a 2 MB file, and less garbage); it counts only own keys while Object.prototype has no
  // enumerable key, which is the rule but is checked, since a polluted prototype would add to the
  // count and could hide a duplicate. Recursion is cheaper than a stack of pending nodes; past
  // MAX_DEPTH (a file nested that deep is rare) the iterative count takes over.
  if (prototypeIsClean()) {
    const count = countRecursively(value as object, 0)
    if (count >= 0) return count
  }
  return countIteratively(value)
}

const MAX_DEPTH = 200

function prototypeIsClean(): boolean {
  for (const _ in Object.prototype) return false
  return true
}

/** Own keys below `node`, or -1 when deeper than MAX_DEPTH. Objects from JSON.parse only. */
function countRecursively(node: object, depth: number): number {
  if (depth > MAX_DEPTH) return -1
  let count = 0
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i]
      if (typeof item === 'object' && item !== null) {
        const below = countRecursively(item, depth + 1)
        if (below < 0) return -1
        count += below
      }
    }
  } else {
    for (const key in node) {
      count++
      const item: unknown = (node as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) {
        const below = countRecursively(item, depth + 1)
        if (below < 0) return -1
        count += below
      }
    }
  }
  return count
}

function countIteratively(value: unknown): number {
  let count = 0
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i]
        if (typeof item === 'object' && item !== null) pending.push(item)
      }
    } else {
      const keys = Object.keys(node)
      count += keys.length
      for (let i = 0; i < keys.length; i++) {
        const item: unknown = (node as Record<string, unknown>)[keys[i]!]
        if (typeof item === 'object' && item !== null) pending.push(item)
      }
    }
  }
  return count
}

function scan(text: string): DuplicateKey | undefined {
  const stack: Frame[] = []
  const childPath = (): string[] => {
    const top = stack[stack.length - 1]
    if (top === undefined) return []
    return [...top.path, top.kind === 'object' ? top.currentKey : String(top.index)]
  }
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x7b /* { */) {
      stack.push({ kind: 'object', path: childPath(), keys: new Set(), expectKey: true, currentKey: '' })
      i++
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: 'array', path: childPath(), index: 0 })
      i++
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
      i++
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]
      if (top?.kind === 'object') top.expectKey = true
      else if (top?.kind === 'array') top.index++
      i++
    } else if (c === 0x3a /* : */) {
      const top = stack[stack.length - 1]
      if (top?.kind === 'object') top.expectKey = false
      i++
    } else if (c === 0x22 /* " */) {
      const start = i
      let escaped = false
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (d === 0x5c /* \ */) {
          escaped = true
          i += 2
          continue
        }
        if (d === 0x22) break
        i++
      }
      i++
      const top = stack[stack.length - 1]
      if (top?.kind === 'object' && top.expectKey) {
        const raw = text.slice(start, i)
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)
        if (top.keys.has(key)) return { parentPath: top.path, key, position: start }
        top.keys.add(key)
        top.currentKey = key
      }
    } else {
      i++
    }
  }
  return undefined
}
