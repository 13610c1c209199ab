import { ShadowtestError } from '../errors.js'
import type { PathSegment } from '../encoding/types.js'

type Token = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'any' } | { kind: 'descend' }

/**
 * A JSONPath pattern for the allow list: `$.args[0].customer.email`, `$.args[*].email`,
 * `$..contactEmail`, `$['odd key']`. Matched against the logical path of a value (class
 * instance data and error properties read as if they were plain object keys).
 */
export class PathPattern {
  private readonly tokens: Token[]

  constructor(readonly source: string) {
    this.tokens = parsePattern(source)
  }

  matches(path: readonly PathSegment[]): boolean {
    return match(this.tokens, 0, path, 0)
  }
}

function match(tokens: readonly Token[], t: number, path: readonly PathSegment[], p: number): boolean {
  if (t === tokens.length) return p === path.length
  const token = tokens[t] as Token
  if (token.kind === 'descend') {
    for (let skip = p; skip <= path.length; skip++) if (match(tokens, t + 1, path, skip)) return true
    return false
  }
  if (p === path.length) return false
  const segment = path[p]
  const ok =
    token.kind === 'any' ||
    (token.kind === 'key' && segment === token.key) ||
    (token.kind === 'index' && segment === token.index)
  return ok && match(tokens, t + 1, path, p + 1)
}

function parsePattern(source: string): Token[] {
  const fail = (why: string) =>
    new ShadowtestError('CONFIG:INVALID', `redaction.allow: "${source}" is not a supported JSONPath (${why}). Use e.g. $.args[0].customer.email, $.args[*].email or $..email.`, {
      path: 'redaction.allow',
      details: { pattern: source },
    })
  if (!source.startsWith('$')) throw fail('must start with $')
  const tokens: Token[] = []
  let i = 1
  while (i < source.length) {
    if (source.startsWith('..', i)) {
      tokens.push({ kind: 'descend' })
      i += 2
      const name = /^(\*|[A-Za-z_$][\w$-]*)/.exec(source.slice(i))
      if (name?.[1]) {
        tokens.push(name[1] === '*' ? { kind: 'any' } : { kind: 'key', key: name[1] })
        i += name[1].length
      }
    } else if (source[i] === '.') {
      const name = /^(\*|[A-Za-z_$][\w$-]*)/.exec(source.slice(i + 1))
      if (!name?.[1]) throw fail(`bad member at ${i}`)
      tokens.push(name[1] === '*' ? { kind: 'any' } : { kind: 'key', key: name[1] })
      i += 1 + name[1].length
    } else if (source[i] === '[') {
      const close = source.indexOf(']', i)
      if (close < 0) throw fail('unclosed [')
      const inner = source.slice(i + 1, close).trim()
      if (inner === '*') tokens.push({ kind: 'any' })
      else if (/^\d+$/.test(inner)) tokens.push({ kind: 'index', index: Number(inner) })
      else if (/^'.*'$|^".*"$/.test(inner)) tokens.push({ kind: 'key', key: inner.slice(1, -1) })
      else throw fail(`unsupported selector [${inner}]`)
      i = close + 1
    } else {
      throw fail(`unexpected "${source[i]}" at ${i}`)
    }
  }
  return tokens
}
