import type { Encoded } from '@shadowtest/core'

/** The key that marks a non-JSON value in the encoding (docs/encoding.md). */
export const TAG_KEY = '$st'

/** True for a tagged value (`{ "$st": "date", … }`): a non-JSON value in the lossless encoding. */
export function isTagged(value: Encoded): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)[TAG_KEY] === 'string'
  )
}

export function tagOf(value: Encoded): string | undefined {
  return isTagged(value) ? ((value as Record<string, unknown>)[TAG_KEY] as string) : undefined
}
