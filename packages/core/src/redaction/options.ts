import { ShadowtestError } from '../errors.js'
import { PATTERN_KINDS, type PatternKind } from './detectors.js'

export interface CustomPattern {
  /** Kind written in the mask: `<name:hex>`. Letters, digits, `_` and `-`. */
  name: string
  pattern: string | RegExp
}

export interface RedactionOptions {
  /** Off switch for the whole redactor (default true). */
  enabled?: boolean
  /** Extra sensitive key names (matched case- and separator-insensitively); their whole value is masked. */
  keys?: string[]
  /** Key names or JSONPaths (`$.args[0].customer.email`) whose values stay clear. */
  allow?: string[]
  /** Value patterns, all on by default; set one to false to turn it off. */
  patterns?: Partial<Record<PatternKind, boolean>>
  /** Extra value patterns; each match is masked as `<name:hex>`. */
  custom?: CustomPattern[]
  /** HMAC key for masks. Default: SHADOWTEST_SECRET, else a fixed built-in key. */
  secret?: string
}

const OPTION_KEYS = new Set(['enabled', 'keys', 'allow', 'patterns', 'custom', 'secret'])

const invalid = (key: string, message: string) =>
  new ShadowtestError('CONFIG:INVALID', `redaction.${key}: ${message}`, { path: `redaction.${key}`, details: { key } })

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')

/** Checks redaction options up front: an unknown or mistyped key is a CONFIG:INVALID error naming it. */
export function validateRedactionOptions(options: unknown): RedactionOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ShadowtestError('CONFIG:INVALID', 'redaction: expected an object of options', { path: 'redaction' })
  }
  const o = options as Record<string, unknown>
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.has(key)) throw invalid(key, `unknown option (known: ${[...OPTION_KEYS].join(', ')})`)
  }
  if (o['enabled'] !== undefined && typeof o['enabled'] !== 'boolean') throw invalid('enabled', 'expected a boolean')
  if (o['keys'] !== undefined && !isStringArray(o['keys'])) throw invalid('keys', 'expected an array of key names')
  if (o['allow'] !== undefined && !isStringArray(o['allow'])) throw invalid('allow', 'expected an array of key names or JSONPaths')
  if (o['secret'] !== undefined && (typeof o['secret'] !== 'string' || o['secret'] === '')) throw invalid('secret', 'expected a non-empty string')
  const patterns = o['patterns']
  if (patterns !== undefined) {
    if (patterns === null || typeof patterns !== 'object' || Array.isArray(patterns)) throw invalid('patterns', 'expected an object such as { phone: false }')
    for (const [kind, on] of Object.entries(patterns)) {
      if (!(PATTERN_KINDS as readonly string[]).includes(kind)) throw invalid(`patterns.${kind}`, `unknown pattern (known: ${PATTERN_KINDS.join(', ')})`)
      if (typeof on !== 'boolean') throw invalid(`patterns.${kind}`, 'expected true or false')
    }
  }
  const custom = o['custom']
  if (custom !== undefined) {
    if (!Array.isArray(custom)) throw invalid('custom', 'expected an array of { name, pattern }')
    custom.forEach((entry: unknown, i) => {
      const c = entry as Record<string, unknown> | null
      if (c === null || typeof c !== 'object') throw invalid(`custom[${i}]`, 'expected { name, pattern }')
      if (typeof c['name'] !== 'string' || !/^[A-Za-z][\w-]*$/.test(c['name'])) throw invalid(`custom[${i}].name`, 'expected a name of letters, digits, _ or -, starting with a letter')
      const pattern = c['pattern']
      if (typeof pattern === 'string') {
        try {
          new RegExp(pattern)
        } catch (error) {
          throw new ShadowtestError('CONFIG:INVALID', `redaction.custom[${i}].pattern: not a valid regular expression (${(error as Error).message})`, {
            path: `redaction.custom[${i}].pattern`,
            cause: error,
          })
        }
      } else if (!(pattern instanceof RegExp)) {
        throw invalid(`custom[${i}].pattern`, 'expected a string or RegExp')
      }
    })
  }
  return o as RedactionOptions
}
