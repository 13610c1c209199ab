import { isCardNumber, isIban } from './checksums.js'
import { MASK_PATTERN } from './mask.js'

export const PATTERN_KINDS = ['email', 'card', 'phone', 'ssn', 'jwt', 'bearer', 'apiKey', 'iban'] as const
export type PatternKind = (typeof PATTERN_KINDS)[number]

/** What a quick pass over a string found, so most detectors can be skipped without running a regex. */
export interface Hints {
  /** Digits in the whole string. */
  digits: number
  /** Longest run of digits joined by at most two of ` .-()/` (how cards, phones and SSNs are written). */
  run: number
  at: boolean
  /** A `+` directly before a digit (international phone numbers). */
  plus: boolean
  /** Two capitals then a digit at a word start (IBAN country code + check digits). */
  iban: boolean
}

export interface Detector {
  readonly kind: string
  readonly regex: RegExp
  /** Capture group holding the secret (the rest of the match stays clear), default the whole match. */
  readonly group?: number
  /** The part of the match to mask (offset and length within it), or undefined when it is not the real thing. */
  validate?(match: string): Part | undefined
}

export interface Part {
  offset: number
  length: number
}

export interface Span {
  start: number
  end: number
  kind: string
}

const digitsOf = (text: string) => text.replace(/[^0-9]/g, '')

const BEARER_HINT = /[Bb]earer|[Bb]asic|BEARER|BASIC/
const API_KEY_HINT = /AKIA|ASIA|gh[pousr]_|github_pat_|[rs]k_(?:live|test)_|xox[abposr]-|AIza|sk-/

export const BUILTIN_DETECTORS: Record<PatternKind, Detector> = {
  email: {
    kind: 'email',
    // Bounded parts keep the scan linear on long strings.
    regex: /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  },
  card: {
    kind: 'card',
    regex: /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)/g,
    validate: cardWithin,
  },
  phone: {
    kind: 'phone',
    // E.164 with optional separators (+44 20 7946 0958, +14155552671), or North American
    // (415) 555-2671 / 415-555-2671 / 415.555.2671. Bare digit runs are not phones: too many ids look alike.
    regex: /(?<![\w+])\+[1-9](?:[ .()-]{0,2}\d){7,14}(?!\d)|(?<![\w.-])(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-]|\.\d)/g,
  },
  ssn: {
    kind: 'ssn',
    regex: /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g,
  },
  jwt: {
    kind: 'jwt',
    regex: /eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g,
  },
  bearer: {
    kind: 'bearer',
    regex: /\b(?:[Bb]earer|BEARER|[Bb]asic|BASIC)\s+([A-Za-z0-9._~+/-]{8,}=*)/g,
    group: 1,
    // Credentials are random: without a digit it is prose ("Basic information", "Bearer authentication").
    validate: (token) => (/\d/.test(token) ? { offset: 0, length: token.length } : undefined),
  },
  apiKey: {
    kind: 'apiKey',
    regex:
      /\b(?:(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,255}|xox[abposr]-[A-Za-z0-9-]{10,255}|AIza[0-9A-Za-z_-]{35}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,255})(?![A-Za-z0-9_-])/g,
  },
  iban: {
    kind: 'iban',
    regex: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g,
    validate: ibanPrefix,
  },
}

/** IBANs are often followed by more capitals ("… 00 EUR"): keep exactly the country's length. */
function ibanPrefix(match: string): Part | undefined {
  const compact = match.replace(/ /g, '')
  for (let take = Math.min(compact.length, 34); take >= 15; take--) {
    if (isIban(compact.slice(0, take))) {
      let seen = 0
      for (let i = 0; i < match.length; i++) {
        if (match[i] !== ' ') seen++
        if (seen === take) return { offset: 0, length: i + 1 }
      }
    }
  }
  return undefined
}

/**
 * The card inside a run of digits: the run may carry digits before or after the card
 * ("ref 0 4111 1111 1111 1111 0"), so try each start and the longest valid length from it.
 */
function cardWithin(match: string): Part | undefined {
  const positions: number[] = []
  for (let i = 0; i < match.length; i++) if (match.charCodeAt(i) >= 48 && match.charCodeAt(i) <= 57) positions.push(i)
  const digits = digitsOf(match)
  for (let from = 0; from + 13 <= digits.length; from++) {
    // A card starts at a group boundary, not in the middle of a digit group.
    if (from > 0 && positions[from - 1]! + 1 === positions[from]) continue
    for (let take = Math.min(19, digits.length - from); take >= 13; take--) {
      const end = positions[from + take - 1]! + 1
      if (end < match.length && match.charCodeAt(end) >= 48 && match.charCodeAt(end) <= 57) continue
      if (isCardNumber(digits.slice(from, from + take))) return { offset: positions[from]!, length: end - positions[from]! }
    }
  }
  return undefined
}

export function customDetector(name: string, pattern: RegExp): Detector {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  return { kind: name, regex: new RegExp(pattern.source, flags) }
}

export function hintsOf(text: string): Hints {
  let digits = 0
  let run = 0
  let best = 0
  let gap = 0
  let at = false
  let plus = false
  let iban = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      digits++
      if (gap > 2) run = 0
      run++
      gap = 0
      if (run > best) best = run
      if (!plus && i > 0 && text.charCodeAt(i - 1) === 43) plus = true
      if (!iban && i >= 2 && isUpper(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i - 2)) && (i < 3 || !isAlnum(text.charCodeAt(i - 3)))) iban = true
    } else if (c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 47) {
      if (run > 0) gap++
    } else {
      run = 0
      gap = 0
      if (c === 64) at = true
    }
  }
  return { digits, run: best, at, plus, iban }
}

const isUpper = (c: number) => c >= 65 && c <= 90
const isAlnum = (c: number) => (c >= 48 && c <= 57) || isUpper(c) || (c >= 97 && c <= 122)

/**
 * What every built-in pattern needs at least one of: an `@`, eight digits with at most two other
 * characters between each (cards, phones, SSNs, IBANs), or a token/key prefix (only in strings of
 * 14+ characters, the shortest token). Most strings (names, SKUs, short ids, dates) stop here.
 * Three separate tests run faster than one alternation.
 */
const NEAR_DIGITS = /\d(?:\D{0,2}\d){7}/
const TOKEN_PREFIX = /eyJ|[Bb]earer|[Bb]asic|BEARER|BASIC|AKIA|ASIA|gh[pousr]_|github_pat_|[rs]k_(?:live|test)_|xox[abposr]-|AIza|sk-/

function worthScanning(text: string): boolean {
  return text.includes('@') || NEAR_DIGITS.test(text) || (text.length >= 14 && TOKEN_PREFIX.test(text))
}

const NO_SPANS: readonly Span[] = Object.freeze([])

/**
 * Finds pattern matches in strings. A cheap gate (one native regex test, then one pass over the
 * characters) decides which detectors can match at all, so most strings run no detector regex.
 */
export class SpanFinder {
  private readonly builtins: Detector[]
  private readonly customs: Detector[]

  constructor(detectors: readonly Detector[]) {
    const builtin = new Set<Detector>(Object.values(BUILTIN_DETECTORS))
    this.builtins = detectors.filter((d) => builtin.has(d))
    this.customs = detectors.filter((d) => !builtin.has(d))
  }

  /** True when there are custom patterns (which can match anything, even short strings). */
  get hasCustom(): boolean {
    return this.customs.length > 0
  }

  /**
   * Where the detectors match in `text`, overlaps resolved (earliest start, then longest),
   * existing masks left alone so redaction is idempotent.
   */
  find(text: string): readonly Span[] {
    let found: Span[] | undefined
    if (this.builtins.length > 0 && text.length >= 6 && worthScanning(text)) {
      const hints = hintsOf(text)
      for (const detector of this.builtins) {
        if (possible(detector.kind, text, hints)) found = collect(detector, text, found)
      }
    }
    for (const detector of this.customs) found = collect(detector, text, found)
    return found === undefined ? NO_SPANS : resolveOverlaps(text, found)
  }
}

function possible(kind: string, text: string, h: Hints): boolean {
  switch (kind) {
    case 'email':
      return h.at
    case 'card':
      return h.run >= 13
    case 'phone':
      return (h.plus && h.digits >= 8) || h.run >= 10
    case 'ssn':
      return h.run >= 9
    case 'jwt':
      return text.length >= 20 && text.includes('eyJ')
    case 'bearer':
      return text.length >= 14 && BEARER_HINT.test(text)
    case 'apiKey':
      return text.length >= 15 && API_KEY_HINT.test(text)
    case 'iban':
      return h.iban && text.length >= 15
    default:
      return true
  }
}

function collect(detector: Detector, text: string, found: Span[] | undefined): Span[] | undefined {
  const regex = detector.regex
  regex.lastIndex = 0
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++
      continue
    }
    let start = m.index
    let length = m[0].length
    if (detector.group !== undefined) {
      const part = m[detector.group]
      if (part === undefined) continue
      start = m.index + m[0].lastIndexOf(part)
      length = part.length
    }
    if (detector.validate) {
      const part = detector.validate(text.slice(start, start + length))
      if (part === undefined) continue
      start += part.offset
      length = part.length
    }
    ;(found ??= []).push({ start, end: start + length, kind: detector.kind })
  }
  return found
}

function resolveOverlaps(text: string, found: Span[]): Span[] {
  const masks = text.includes('<') ? [...text.matchAll(MASK_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : []
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const spans: Span[] = []
  let end = -1
  for (const span of found) {
    if (span.start < end) continue
    if (masks.some((m) => span.start < m.end && m.start < span.end)) continue
    spans.push(span)
    end = span.end
  }
  return spans
}

/** Convenience for one-off calls; long-lived callers keep a SpanFinder. */
export function findSpans(text: string, detectors: readonly Detector[]): readonly Span[] {
  return new SpanFinder(detectors).find(text)
}
