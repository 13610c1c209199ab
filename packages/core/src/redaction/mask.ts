import crypto from 'node:crypto'

/** Hex chars of HMAC-SHA256 kept in a mask: 48 bits, so two different values share a mask with odds ~n²/2⁴⁹. */
export const MASK_HEX_LENGTH = 12

/** Used when neither `secret` nor SHADOWTEST_SECRET is set: masks are then stable but guessable for small value spaces. */
export const DEFAULT_SECRET = 'shadowtest-default-secret/v1'

/** A mask inside a string: `<email:3f9a1c2b4d5e>`. */
export const MASK_PATTERN = /<[A-Za-z][\w-]*:[0-9a-f]{12}>/g
const WHOLE_MASK = /^<[A-Za-z][\w-]*:[0-9a-f]{12}>$/

export function isMask(value: string): boolean {
  return value.length >= 16 && value.charCodeAt(0) === 60 /* < */ && WHOLE_MASK.test(value)
}

const CACHE_LIMIT = 10_000

/** Equality-preserving masks: the same value gives the same mask under the same secret. */
export class Masker {
  private readonly cache = new Map<string, string>()

  constructor(private readonly secret: string) {}

  mask(kind: string, value: string): string {
    let hex = this.cache.get(value)
    if (hex === undefined) {
      hex = crypto.createHmac('sha256', this.secret).update(value).digest('hex').slice(0, MASK_HEX_LENGTH)
      // Bounded: a long-running process must not keep every secret it has seen.
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      this.cache.set(value, hex)
    }
    return `<${kind}:${hex}>`
  }
}
