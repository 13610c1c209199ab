import crypto from 'node:crypto'
import type { Encoded } from '../encoding/types.js'
import { canonicalize } from './canonicalize.js'

/**
 * Version of the canonical form. Bump it (and the golden vectors in
 * packages/core/test/golden/scenario-ids.json) whenever canonicalize or encoding changes the
 * string an input hashes to: every stored scenario id changes with it.
 */
export const SEMANTICS_VERSION = 1

export const SEMANTIC_ID_LENGTH = 12

const PREFIX = `shadowtest/semantics/v${SEMANTICS_VERSION}\n`

// crypto.hash (Node ≥ 20.12) is a one-shot digest without a Hash object per call. Its hex string,
// cut to the chars kept, costs less than a Buffer turned into hex (`toString('hex', 0, n)` runs
// Buffer's JS code per call: ~4 µs vs ~1.5 µs a hash cold, 2,000 of them per baseline file load).
const CHARS = SEMANTIC_ID_LENGTH
const digest: (data: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (data) => (crypto as unknown as { hash(alg: string, data: string, enc: 'hex'): string }).hash('sha256', data, 'hex').slice(0, CHARS)
    : (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, CHARS)

/** 12 lowercase hex chars: sha256 of the version-prefixed canonical form of an encoded (redacted) value. */
export function semanticIdOf(encoded: Encoded): string {
  return semanticIdOfCanonical(canonicalize(encoded))
}

/** The semantic id of a canonical string already built (see encodeCanonical). */
export function semanticIdOfCanonical(canonical: string): string {
  return digest(PREFIX + canonical)
}
