/**
 * HTTP bodies as Shadowtest stores them: parsed JSON when the content type says JSON, text for
 * textual types (and for untyped bodies that are valid UTF-8), bytes (a Buffer) otherwise.
 * Record and replay both go through `bodyValue`, so the same bytes always give the same value
 * and the replay's request matches the recording.
 */

const TEXTUAL = /^(text\/|application\/(x-www-form-urlencoded|xml|javascript|graphql)|[^;]*\+xml)/i
const JSON_TYPE = /^application\/([\w.-]+\+)?json\b|^[^;]*\/[^;]*\+json\b/i

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export function isJsonContentType(contentType: string | null | undefined): boolean {
  return contentType != null && JSON_TYPE.test(contentType)
}

/** The stored form of a body; undefined when there is none. */
export function bodyValue(bytes: Uint8Array, contentType: string | null | undefined): unknown {
  if (bytes.byteLength === 0) return undefined
  if (isJsonContentType(contentType)) {
    const text = Buffer.from(bytes).toString('utf8')
    try {
      return JSON.parse(text) as unknown
    } catch {
      // Declared JSON but is not: keep the exact bytes (a string would read as a JSON string).
      return Buffer.from(bytes)
    }
  }
  if (contentType != null && TEXTUAL.test(contentType)) return Buffer.from(bytes).toString('utf8')
  if (contentType == null || contentType === '') {
    try {
      return strictUtf8.decode(bytes)
    } catch {
      return Buffer.from(bytes)
    }
  }
  return Buffer.from(bytes)
}

/** Bytes to answer a replayed request with, from a stored (decoded) body. */
export function bodyBytes(value: unknown, contentType: string | undefined): Uint8Array | string | null {
  if (value === undefined) return null
  if (value instanceof Uint8Array) return value
  if (typeof value === 'string' && !isJsonContentType(contentType)) return value
  // A JSON body was parsed at record time: serialize it back.
  return JSON.stringify(value)
}
