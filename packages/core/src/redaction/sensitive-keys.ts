/** `accessToken`, `access_token`, `ACCESS-TOKEN` → `accesstoken`. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * Whole-name matches (short words that would over-match as substrings). Not `session` or `cid`:
 * those often hold whole objects or customer ids whose changes a diff must show.
 */
export const EXACT_SENSITIVE_KEYS: readonly string[] = [
  'pwd', 'pass', 'passphrase', 'pin', 'otp', 'totp', 'mfa', 'ssn', 'sin', 'cvv', 'cvv2', 'cvc', 'cvc2',
  'auth', 'authorization', 'cookie', 'cookies', 'setcookie', 'sessionid', 'sid', 'jwt', 'token',
  'pan', 'cardnumber', 'ccnumber', 'creditcard', 'iban', 'accountnumber', 'routingnumber', 'taxid', 'nationalid',
  'passport', 'passportnumber', 'dob', 'dateofbirth', 'birthdate', 'xapikey', 'apikey', 'apisecret', 'privatekey',
]

/** Substring matches: any key containing one of these (`userPassword`, `stripeSecretKey`, `x-api-key`). */
export const CONTAINED_SENSITIVE_KEYS: readonly string[] = [
  'password', 'passwd', 'secret', 'apikey', 'privatekey', 'accesskey', 'clientsecret', 'authorization',
  'cookie', 'credential', 'cardnumber', 'creditcard', 'signingkey', 'encryptionkey',
]

/**
 * Suffix matches: `accessToken`, `refreshToken`, `idToken`, `csrfToken` end in `token`, while
 * `maxTokens` or `tokenCount` (counts, not secrets) do not.
 */
export const SUFFIX_SENSITIVE_KEYS: readonly string[] = ['token', 'sessionid', 'ssn']

/** Decides whether a key names a secret; extra keys from config match by normalized name. */
export class SensitiveKeys {
  private readonly exact: Set<string>
  private readonly cache = new Map<string, boolean>()

  constructor(extra: readonly string[] = []) {
    this.exact = new Set([...EXACT_SENSITIVE_KEYS, ...extra.map(normalizeKey)])
  }

  has(key: string): boolean {
    let hit = this.cache.get(key)
    if (hit === undefined) {
      hit = this.compute(normalizeKey(key))
      if (this.cache.size < 50_000) this.cache.set(key, hit)
    }
    return hit
  }

  private compute(normalized: string): boolean {
    if (normalized === '') return false
    if (this.exact.has(normalized)) return true
    for (const word of CONTAINED_SENSITIVE_KEYS) if (normalized.includes(word)) return true
    for (const word of SUFFIX_SENSITIVE_KEYS) if (normalized.endsWith(word)) return true
    return false
  }
}
