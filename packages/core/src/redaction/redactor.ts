import type { EncodedInput } from '../encoding/encode-input.js'
import type { Encoded, EncodedObject, EncodeRedactor, InlineRedaction, PathSegment } from '../encoding/types.js'
import { canonicalize } from '../identity/canonicalize.js'
import { isCardNumber } from './checksums.js'
import { BUILTIN_DETECTORS, customDetector, PATTERN_KINDS, SpanFinder } from './detectors.js'
import { DEFAULT_SECRET, isMask, Masker } from './mask.js'
import { validateRedactionOptions, type RedactionOptions } from './options.js'
import { PathPattern } from './path-pattern.js'
import { normalizeKey, SensitiveKeys } from './sensitive-keys.js'

export interface Redactor extends EncodeRedactor {
  readonly enabled: boolean
  /** A redacted copy of an encoded value; the input is never changed. Idempotent. */
  redact<T extends Encoded | EncodedInput>(encoded: T): T
  /** Masks one string's PII patterns (what `redact` does to every string it meets). */
  redactString(text: string): string
  /** For `encode(value, { redactor })`: node-by-node redaction, undefined when JSONPath allow rules need whole paths. */
  inline(): InlineRedaction | undefined
}

/** Tag fields that describe the value's shape, never user data: left as they are. */
const STRUCTURAL_FIELDS = new Set(['$st', 'class', 'type', 'reason', 'path', 'flags', 'kind', 'omitted', 'length', 'byteLength', 'shared', 'lastIndex', 'up'])
const BINARY_TAGS = new Set(['buffer', 'typedarray', 'arraybuffer'])
/** Fields through which the logical path passes unchanged: instance data and error props read like plain keys. */
const TRANSPARENT: Record<string, string> = { instance: 'data', error: 'props', object: 'value' }

/**
 * Builds a redactor. Options are validated up front (`CONFIG:INVALID` names a bad key).
 *
 * @example createRedactor({ allow: ['$.args[0].customer.email'], keys: ['internalNote'] }).redact(encodeInput([order]))
 */
export function createRedactor(options?: RedactionOptions): Redactor {
  return new DeepRedactor(validateRedactionOptions(options))
}

class DeepRedactor implements Redactor {
  readonly enabled: boolean
  private readonly keys: SensitiveKeys
  private readonly allowKeys: Set<string>
  private readonly allowPaths: PathPattern[]
  private readonly finder: SpanFinder
  private readonly masker: Masker
  private readonly cards: boolean
  private readonly path: PathSegment[] = []
  private inlined: InlineRedaction | undefined

  constructor(options: RedactionOptions) {
    this.enabled = options.enabled ?? true
    this.keys = new SensitiveKeys(options.keys)
    const allow = options.allow ?? []
    this.allowKeys = new Set(allow.filter((a) => !a.startsWith('$')).map(normalizeKey))
    this.allowPaths = allow.filter((a) => a.startsWith('$')).map((a) => new PathPattern(a))
    this.finder = new SpanFinder([
      ...PATTERN_KINDS.filter((kind) => options.patterns?.[kind] !== false).map((kind) => BUILTIN_DETECTORS[kind]),
      ...(options.custom ?? []).map((c) => customDetector(c.name, typeof c.pattern === 'string' ? new RegExp(c.pattern) : c.pattern)),
    ])
    this.cards = options.patterns?.card !== false
    // Read at construction so a redactor's masks never change under it.
    this.masker = new Masker(options.secret ?? process.env['SHADOWTEST_SECRET'] ?? DEFAULT_SECRET)
  }

  redact<T extends Encoded | EncodedInput>(encoded: T): T {
    if (!this.enabled) return structuredClone(encoded)
    this.path.length = 0
    return this.node(encoded as Encoded) as T
  }

  inline(): InlineRedaction | undefined {
    if (this.allowPaths.length > 0) return undefined
    return (this.inlined ??= {
      string: (text) => this.node(text),
      number: (value) => this.node(value),
      key: (key) => (this.allowKeys.size > 0 && this.allowKeys.has(normalizeKey(key)) ? 2 : this.keys.has(key) ? 1 : 0),
      maskWhole: (value) => this.maskWhole(value),
      redact: (value) => this.redact(value),
    })
  }

  redactString(text: string): string {
    if (isMask(text)) return text
    const spans = this.finder.find(text)
    if (spans.length === 0) return text
    let out = ''
    let at = 0
    for (const span of spans) {
      out += text.slice(at, span.start) + this.masker.mask(span.kind, text.slice(span.start, span.end))
      at = span.end
    }
    return out + text.slice(at)
  }

  private node(node: Encoded): Encoded {
    switch (typeof node) {
      case 'string':
        // Short strings cannot hold any built-in pattern (the shortest is an email, a@b.co).
        return node.length < 6 && !this.finder.hasCustom ? node : this.redactString(node)
      case 'number':
        return this.cards && looksLikeCardNumber(node) ? this.masker.mask('card', String(node)) : node
      case 'object':
        if (node === null) return null
        if (Array.isArray(node)) return this.array(node)
        return this.object(node)
      default:
        return node
    }
  }

  private child(node: Encoded, segment: PathSegment): Encoded {
    if (this.allowPaths.length === 0) return this.node(node)
    this.path.push(segment)
    try {
      return this.allowPaths.some((p) => p.matches(this.path)) ? structuredClone(node) : this.node(node)
    } finally {
      this.path.pop()
    }
  }

  private array(node: Encoded[]): Encoded[] {
    const out: Encoded[] = new Array(node.length)
    for (let i = 0; i < node.length; i++) out[i] = this.child(node[i] as Encoded, i)
    return out
  }

  /** A plain object's keys: sensitive keys masked whole, allowed keys kept, the rest walked. */
  private fields(node: EncodedObject): EncodedObject {
    const out: EncodedObject = {}
    for (const key of Object.keys(node)) {
      const value = node[key] as Encoded
      let result: Encoded
      if (this.allowKeys.size > 0 && this.allowKeys.has(normalizeKey(key))) result = structuredClone(value)
      else if (this.keys.has(key)) result = this.allowedPath(key) ? structuredClone(value) : this.maskWhole(value)
      else result = this.child(value, key)
      if (key === '__proto__') Object.defineProperty(out, key, { value: result, enumerable: true, writable: true, configurable: true })
      else out[key] = result
    }
    return out
  }

  private allowedPath(segment: PathSegment): boolean {
    if (this.allowPaths.length === 0) return false
    this.path.push(segment)
    try {
      return this.allowPaths.some((p) => p.matches(this.path))
    } finally {
      this.path.pop()
    }
  }

  private object(node: EncodedObject): Encoded {
    const tag = node['$st']
    if (typeof tag !== 'string') return this.fields(node)
    if (tag === 'bigint' && this.cards && typeof node['value'] === 'string' && isCardDigits(node['value'])) return this.masker.mask('card', node['value'])
    if (tag === 'map') return this.map(node)
    if (tag === 'url' && typeof node['href'] === 'string') return this.url(node, node['href'])
    const transparent = TRANSPARENT[tag]
    const out: EncodedObject = {}
    for (const key of Object.keys(node)) {
      const value = node[key] as Encoded
      if (STRUCTURAL_FIELDS.has(key) || (key === 'data' && BINARY_TAGS.has(tag))) out[key] = structuredClone(value)
      else if (key === 'prefix' && tag === 'truncated' && typeof value === 'string') out[key] = this.prefix(value)
      else if (key === transparent) {
        // Escaped objects hold raw keys; instance data and error props are encoded objects: both read as the value's own keys.
        out[key] = value !== null && typeof value === 'object' && !Array.isArray(value) && (tag === 'object' || typeof value['$st'] !== 'string') ? this.fields(value) : this.node(value)
      } else out[key] = this.child(value, key)
    }
    return out
  }

  /**
   * A URL keeps being a URL when masks fit inside it (`?email=<email:…>`); when masking breaks it
   * (a password in `https://user:pass@host`), the whole URL becomes one mask.
   */
  private url(node: EncodedObject, href: string): Encoded {
    const redacted = this.redactString(href)
    if (redacted === href) return { ...node }
    if (!URL.canParse(redacted) || new URL(redacted).password !== '') return this.masker.mask('url', href)
    return { ...node, href: redacted }
  }

  /**
   * A truncated string's prefix may end in the first half of an email or number that no pattern
   * recognises any more: such a trailing fragment is masked too.
   */
  private prefix(text: string): string {
    const redacted = this.redactString(text)
    const tail = /[^\s<>]+$/.exec(redacted)
    if (tail === null || !/@|\d{4}/.test(tail[0])) return redacted
    return redacted.slice(0, tail.index) + this.masker.mask('partial', tail[0])
  }

  /** Map entries: a string key that names a secret masks its value, like an object key. */
  private map(node: EncodedObject): Encoded {
    const out: EncodedObject = {}
    for (const key of Object.keys(node)) {
      const value = node[key] as Encoded
      if (key !== 'entries' || !Array.isArray(value)) {
        out[key] = STRUCTURAL_FIELDS.has(key) ? structuredClone(value) : this.child(value, key)
        continue
      }
      out[key] = value.map((entry, i) => {
        if (!Array.isArray(entry) || entry.length !== 2) return this.child(entry, i)
        const [k, v] = entry as [Encoded, Encoded]
        if (typeof k === 'string' && this.allowKeys.has(normalizeKey(k))) return [k, structuredClone(v)]
        if (typeof k === 'string' && this.keys.has(k)) return [k, this.maskWhole(v)]
        this.path.push('entries', i)
        try {
          return [this.child(k, 0), this.child(v, 1)]
        } finally {
          this.path.length -= 2
        }
      })
    }
    return out
  }

  /** The whole value under a sensitive key becomes one mask; "no value" (null, undefined, '', booleans) stays visible. */
  private maskWhole(value: Encoded): Encoded {
    if (value === null || value === '' || typeof value === 'boolean') return value
    if (typeof value === 'string') return isMask(value) ? value : this.masker.mask('secret', value)
    if (typeof value === 'number') return this.masker.mask('secret', String(value))
    if (!Array.isArray(value) && (value['$st'] === 'undefined' || value['$st'] === 'ref')) return structuredClone(value)
    return this.masker.mask('secret', canonicalize(value))
  }
}

/** Integers of 13–16 digits that pass the card checks (larger ones are not exact as JS numbers). */
function looksLikeCardNumber(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1e12 && isCardDigits(String(n))
}

function isCardDigits(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && isCardNumber(digits)
}
