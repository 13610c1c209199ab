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

export function findDuplicateKey(text: string): DuplicateKey | undefined {
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
