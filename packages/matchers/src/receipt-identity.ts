import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { settledStamp, type ValidatedBaselineFile } from '@shadowtest/core'

/** A validated read of a baseline file, as the receipt needs it. */
export type ReadText = Pick<ValidatedBaselineFile, 'path' | 'bytes' | 'stamp'>

/** What tells the reporter which content a receipt describes: the file's settled stamp, or the sha256 of its bytes. */
export type ContentIdentity = { stamp: string; digest?: never } | { digest: string; stamp?: never }

/** Per read (the cached read hands the same bytes to every call): one stat, or one hash, per content. */
const identities = new WeakMap<Buffer, ContentIdentity>()

/**
 * The identity of a validated read for its receipt. The stat key (inode, size, mtime, ctime) when
 * it is the same now as before the bytes were read and the file's last change is old enough that
 * no later write can keep it (`settledStamp`): then the reporter trusts the receipt for exactly the
 * content validated here, without hashing 2 MB on either side. Otherwise (a file written
 * moments ago, a file replaced since the read, a failed stat): the sha256 of the bytes, as before.
 */
export function identityOf(read: ReadText, now = Date.now()): ContentIdentity {
  let identity = identities.get(read.bytes)
  if (identity === undefined) {
    let stamp: string | undefined
    try {
      stamp = settledStamp(read.stamp, statSync(read.path), now)
    } catch {
      stamp = undefined
    }
    // The bytes, not the decoded string: hashing a string converts it back to UTF-8 first.
    identity = stamp !== undefined ? { stamp } : { digest: createHash('sha256').update(read.bytes).digest('hex') }
    identities.set(read.bytes, identity)
  }
  return identity
}
