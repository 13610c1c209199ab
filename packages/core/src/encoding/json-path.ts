import type { PathSegment } from './types.js'

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Formats path segments as a JSONPath string: `$.args[0].customer['first name']`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '$'
  for (const segment of segments) out += formatSegment(segment)
  return out
}

export function formatSegment(segment: PathSegment): string {
  if (typeof segment === 'number') return `[${segment}]`
  if (IDENTIFIER.test(segment)) return `.${segment}`
  return `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
}

/**
 * Parses the JSONPaths `formatPath` writes (dot members, `[n]`, `['quoted']`, `["quoted"]`).
 * Returns undefined for anything else: no wildcards, filters or slices.
 */
export function parsePath(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined
  const segments: PathSegment[] = []
  let i = 1
  while (i < path.length) {
    const c = path[i]
    if (c === '.') {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(path.slice(i + 1))
      if (!match) return undefined
      segments.push(match[0])
      i += 1 + match[0].length
    } else if (c === '[') {
      const q = path[i + 1]
      if (q === "'" || q === '"') {
        let j = i + 2
        let key = ''
        while (j < path.length && path[j] !== q) {
          if (path[j] === '\\') j++
          key += path[j] ?? ''
          j++
        }
        if (path[j + 1] !== ']') return undefined
        segments.push(key)
        i = j + 2
      } else {
        const match = /^(\d+)\]/.exec(path.slice(i + 1))
        if (!match?.[1]) return undefined
        segments.push(Number(match[1]))
        i += 2 + match[1].length
      }
    } else {
      return undefined
    }
  }
  return segments
}
