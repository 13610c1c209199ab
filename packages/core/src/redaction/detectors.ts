import { isCardNumber, isIban } from './checksums.js'
import { MASK_PATTERN } from './mask.js'

export const PATTERN_KINDS = ['email', 'card', 'phone', 'ssn', 'jwt', 'bearer', 'apiKey', 'iban'] as const
export type PatternKind = (typeof PATTERN_KINDS)[number]

/** What a quick pass over a string found, so most detectors can be skipped without running a regex. */
interface Hints {
  digits: number
  at: boolean
  upper: boolean
}

export interface Detector {
  readonly kind: string
  /** Cheap gate: false means this detector cannot match. */
  possible(text: string, hints: Hints): boolean
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

const API_KEY_HINT = /AKIA|ASIA|gh[pousr]_|github_pat_|[rs]k_(?:live|test)_|xox[abposr]-|AIza|sk-/

export const BUILTIN_DETECTORS: Record<PatternKind, Detector> = {
  email: {
    kind: 'email',
    possible: (_, h) => h.at,
    // Bounded parts keep the scan linear on long strings.
    regex: /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  },
  card: {
    kind: 'card',
    possible: (_, h) => h.digits >= 13,
    regex: /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)/g,
    validate: cardWithin,
  },
  phone: {
    kind: 'phone',
    possible: (_, h) => h.digits >= 8,
    // E.164 with optional separators (+44 20 7946 0958, +14155552671), or North American
    // (415) 555-2671 / 415-555-2671 / 415.555.2671. Bare digit runs are not phones: too many ids look alike.
    regex: /(?<![\w+])\+[1-9](?:[ .()-]{0,2}\d){7,14}(?!\d)|(?<![\w.-])(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-]|\.\d)/g,
  },
  ssn: {
    kind: 'ssn',
    possible: (_, h) => h.digits >= 9,
    regex: /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g,
  },
  jwt: {
    kind: 'jwt',
    possible: (text) => text.includes('eyJ'),
    regex: /eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g,
  },
  bearer: {
    kind: 'bearer',
    possible: (text) => /[Bb]earer|[Bb]asic|BEARER|BASIC/.test(text),
    regex: /\b(?:[Bb]earer|BEARER|[Bb]asic|BASIC)\s+([A-Za-z0-9._~+/-]{8,}=*)/g,
    group: 1,
    // Credentials are random: without a digit it is prose ("Basic information", "Bearer authentication").
    validate: (token) => (/\d/.test(token) ? { offset: 0, length: token.length } : undefined),
  },
  apiKey: {
    kind: 'apiKey',
    possible: (text) => API_KEY_HINT.test(text),
    regex:
      /\b(?:(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,255}|xox[abposr]-[A-Za-z0-9-]{10,255}|AIza[0-9A-Za-z_-]{35}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,255})(?![A-Za-z0-9_-])/g,
  },
  iban: {
    kind: 'iban',
    possible: (text, h) => h.upper && h.digits >= 4 && text.length >= 15,
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
  return { kind: name, possible: () => true, regex: new RegExp(pattern.source, flags) }
}

function hintsOf(text: string): Hints {
  let digits = 0
  let at = false
  let upper = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    else if (c === 64) at = true
    else if (c >= 65 && c <= 90) upper = true
  }
  return { digits, at, upper }
}

/**
 * Where the detectors match in `text`, overlaps resolved (earliest start, then longest),
 * existing masks left alone so redaction is idempotent.
 */
export function findSpans(text: string, detectors: readonly Detector[]): Span[] {
  const hints = hintsOf(text)
  let found: Span[] | undefined
  for (const detector of detectors) {
    if (!detector.possible(text, hints)) continue
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
  }
  if (found === undefined) return []
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
