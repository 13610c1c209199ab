import type { CaptureRecord } from '@shadowtest/core'

export type CheckedRecord = { ok: true; record: CaptureRecord } | { ok: false; message: string }

// TEMPORARY structural check until core's validateCaptureRecord lands; replaced by it.
export function checkCaptureRecord(json: unknown): CheckedRecord {
  const r = json as Partial<CaptureRecord> | null
  if (typeof r !== 'object' || r === null) return { ok: false, message: 'not an object' }
  if (r.v !== 1) return { ok: false, message: `unknown version ${JSON.stringify(r.v)}` }
  if (typeof r.functionId !== 'string') return { ok: false, message: 'functionId missing' }
  if (typeof r.semanticId !== 'string') return { ok: false, message: 'semanticId missing' }
  if (typeof r.source !== 'object' || r.source === null) return { ok: false, message: 'source missing' }
  return { ok: true, record: r as CaptureRecord }
}
