import { createHmac } from 'node:crypto'

/** Headers recorded when no list is given (core's default for capture.http.recordHeaders). */
export const DEFAULT_RECORDED_HEADERS: readonly string[] = ['content-type', 'accept']

/**
 * Credentials: always recorded so a reviewer sees that the call was authenticated, but only as
 * a mask (`<authorization:3f9a1c2b4d5e>`): the value never leaves the process.
 */
export const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key'])

/**
 * Response headers that describe the bytes on the wire, not the message: a replayed body is
 * re-serialized (and fetch already decompressed it), so replaying these would corrupt it.
 */
const WIRE_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive'])

const DEFAULT_SECRET = 'shadowtest-default-secret/v1'

/** The same value gives the same mask (so equal credentials stay visibly equal), never the value. */
export function maskHeader(name: string, value: string, secret: string | undefined = undefined): string {
  const key = secret ?? process.env.SHADOWTEST_SECRET ?? DEFAULT_SECRET
  return `<${name}:${createHmac('sha256', key).update(value).digest('hex').slice(0, 12)}>`
}

/**
 * The configured headers (capture.http.recordHeaders), lower-cased; credentials always, masked.
 * Everything else is dropped, so a token in an unexpected header never reaches a file.
 */
export function pickHeaders(headers: Headers, recordHeaders: ReadonlySet<string>, secret?: string): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const [name, value] of headers) {
    const key = name.toLowerCase()
    if (SECRET_HEADERS.has(key)) picked[key] = maskHeader(key, value, secret)
    else if (recordHeaders.has(key) && !WIRE_HEADERS.has(key)) picked[key] = value
  }
  return picked
}
