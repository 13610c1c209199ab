import { createHmac } from 'node:crypto'

/** Request headers recorded when the config names none (capture.http.recordHeaders adds to these). */
export const DEFAULT_RECORDED_REQUEST_HEADERS = ['content-type', 'accept'] as const

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
export function maskHeader(name: string, value: string, secret = process.env.SHADOWTEST_SECRET ?? DEFAULT_SECRET): string {
  return `<${name}:${createHmac('sha256', secret).update(value).digest('hex').slice(0, 12)}>`
}

/** The chosen request headers, lower-cased, credentials masked. */
export function pickRequestHeaders(headers: Headers, recordHeaders: ReadonlySet<string>): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const [name, value] of headers) {
    const key = name.toLowerCase()
    if (SECRET_HEADERS.has(key)) picked[key] = maskHeader(key, value)
    else if (recordHeaders.has(key)) picked[key] = value
  }
  return picked
}

/** Every response header except the wire-level ones, credentials masked. */
export function pickResponseHeaders(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const [name, value] of headers) {
    const key = name.toLowerCase()
    if (WIRE_HEADERS.has(key)) continue
    picked[key] = SECRET_HEADERS.has(key) ? maskHeader(key, value) : value
  }
  return picked
}
