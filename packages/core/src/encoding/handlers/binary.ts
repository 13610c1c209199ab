import type { EncodeContext, Tagged } from '../types.js'

/** Base64 of the bytes, or a truncated marker when they do not fit the size budget. */
export function bytesField(tag: string, bytes: Uint8Array, ctx: EncodeContext, extra: Record<string, string | boolean> = {}): Tagged {
  const size = Math.ceil(bytes.byteLength / 3) * 4
  if (!ctx.withinBudget() || size > ctx.options.maxBytes) {
    return { $st: 'truncated', reason: 'bytes', type: tag, byteLength: bytes.byteLength }
  }
  ctx.spend(size)
  return { $st: tag, ...extra, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
}

/** A fresh, correctly aligned ArrayBuffer holding the decoded base64 bytes. */
export function bytesFrom(data: unknown): ArrayBuffer {
  const decoded = Buffer.from(typeof data === 'string' ? data : '', 'base64')
  const buffer = new ArrayBuffer(decoded.byteLength)
  new Uint8Array(buffer).set(decoded)
  return buffer
}
