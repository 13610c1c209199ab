import { readFileSync, statSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { CURRENT_SCHEMA_VERSION, parseBaselineFile } from '../model/index.js'
import type { BaselineFile } from '../model/index.js'
import { rememberValidated, validatedBefore } from './validation-memo.js'

/** A baseline file as read from disk, parsed and fully validated. */
export interface ValidatedBaselineFile {
  /** Absolute path it was read from. */
  path: string
  /** The exact bytes read (for digests: the reporter trusts receipts by content). */
  bytes: Buffer
  /** The parsed, validated file. Shared between callers: treat it as read-only. */
  file: BaselineFile
  /** `baselineFileStamp` of the file, taken before `bytes` were read. */
  stamp: string
}

type Entry = ValidatedBaselineFile

/**
 * Per-process cache of validated baseline files. A gate worker checks one function's file once
 * per `toMatchBaseline` call, and a one-test-per-scenario suite (generated tests,
 * `test.for(scenarios(id))`) makes one call per scenario: without the cache a file of N
 * scenarios is parsed and validated N times (≈ 40 ms cold for a 2 MB file).
 *
 * An entry is reused only while `stat` shows the same file: inode, size, mtime and ctime (an
 * atomic write renames a new inode over the path, so even a same-size rewrite in the same clock
 * tick changes the inode). Writes made through this process (`writeFileAtomic`, the store's only
 * way to write) drop the entry at once. Never caches a file that failed to parse or validate: a
 * broken file throws its coded error on every read.
 *
 * Freshness rule: **every read stats the file** (one synchronous syscall) before it trusts the
 * cached copy, so a matcher call sees every write that finished before it started, whoever made
 * it. In a one-test-per-scenario suite that is one stat per test. Cheaper rules were weighed and
 * not taken, because none is as safe: Vitest runs one test after the other without an event-loop
 * turn in between, so "one stat per turn" (or per synchronous burst) would miss a write made by a
 * process the previous test waited for synchronously (`execFileSync`), or by the test itself; and
 * no run mode (not even CI's update mode 'none') keeps other processes from writing. Skipping
 * every stat after the first would save ≈ 20 ms CPU and no wall time in a 2,000-test run
 * (docs/performance.md, Gate, round 4).
 */
const entries = new Map<string, Entry>()
/** Files kept, at most (a worker usually gates a few functions; the oldest is dropped first). */
const MAX_ENTRIES = 64

/** A file's identity for this cache and for gate receipts: inode, size, mtime and ctime. */
export function baselineFileStamp(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`
}

/**
 * How long ago a file's last change (ctime) must be before its stamp can stand for its content:
 * file-system timestamps are coarse (a clock tick, seconds on some file systems), and a same-size
 * rewrite within the tick of the previous write could keep every field of the stamp. Once that
 * tick is past, any later write changes the ctime (the idea of Git's "racily clean" check).
 */
const SETTLED_MS = 3000

/**
 * The stamp a gate receipt may carry instead of a digest: `before` (taken before the bytes were
 * read) and `after` (taken after) are the same file with the same stamp, last changed at least
 * `SETTLED_MS` before `now`. Then the bytes read in between are the only content that stamp can
 * ever have; `undefined` means "hash the bytes".
 */
export function settledStamp(before: string, after: Stats, now = Date.now()): string | undefined {
  const stamp = baselineFileStamp(after)
  return stamp === before && now - after.ctimeMs >= SETTLED_MS ? stamp : undefined
}

function remember(path: string, stamp: string, bytes: Buffer): Entry {
  const text = bytes.toString('utf8')
  // Validated completely before, by this build, with this settled stamp, and not changed during
  // this read: the same bytes, so parsing is all that is left (validation-memo.ts).
  let file = validatedBefore(path, stamp) && stampNow(path) === stamp ? parseValidated(text) : undefined
  if (file === undefined) {
    file = parseBaselineFile(text, { file: path })
    const after = statNow(path)
    const settled = after === undefined ? undefined : settledStamp(stamp, after)
    if (settled !== undefined) rememberValidated(path, settled)
  }
  const entry: Entry = { path, bytes, file, stamp }
  entries.delete(path)
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  entries.set(path, entry)
  return entry
}

/** The text of a file that passed every check before: parsed, and still a current-format file (else `undefined`: validate). */
function parseValidated(text: string): BaselineFile | undefined {
  try {
    const json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as { schemaVersion?: unknown } | null
    return json !== null && typeof json === 'object' && json.schemaVersion === CURRENT_SCHEMA_VERSION ? (json as BaselineFile) : undefined
  } catch {
    return undefined
  }
}

function statNow(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function stampNow(path: string): string | undefined {
  const stats = statNow(path)
  return stats === undefined ? undefined : baselineFileStamp(stats)
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** A failed stat or read: no file at `path` is `undefined` (its entry dropped); anything else throws. */
function missing(path: string, error: unknown): undefined {
  entries.delete(path)
  if (isMissing(error)) return undefined
  throw error
}

/** The stamp of the file at `path`, or `undefined` when there is none. */
function currentStamp(path: string): string | undefined {
  try {
    // A synchronous stat: one cheap syscall. The promise version costs a thread-pool round trip
    // and a promise per call (≈ 20 µs, 2,000 × per run in a one-test-per-scenario suite).
    return baselineFileStamp(statSync(path))
  } catch (error) {
    return missing(path, error)
  }
}

/** The cached entry for `path` if it was read at this `stamp`. */
function cached(path: string, stamp: string): Entry | undefined {
  const hit = entries.get(path)
  return hit !== undefined && hit.stamp === stamp ? hit : undefined
}

/**
 * Reads, parses and validates a baseline file, or returns the result of the last read when the
 * file has not changed since. `undefined` when there is no file at `path`.
 * @throws ShadowtestError what `parseBaselineFile` throws for a corrupt or invalid file.
 */
export async function readValidatedBaselineFile(file: string): Promise<ValidatedBaselineFile | undefined> {
  // The bytes are read synchronously: for a file of a few MB in the page cache that is ≈ 1 ms,
  // where `fs.promises.readFile` takes 3–4 ms of round trips to the thread pool (in 512 KB chunks),
  // time a gate worker only waits through (docs/performance.md, Gate, round 6).
  return readValidatedBaselineFileSync(file)
}

/** `readValidatedBaselineFile`, synchronously (for `scenarios()`, which runs while tests are collected). */
export function readValidatedBaselineFileSync(file: string): ValidatedBaselineFile | undefined {
  const path = resolve(file)
  const stamp = currentStamp(path)
  if (stamp === undefined) return undefined
  const hit = cached(path, stamp)
  if (hit !== undefined) return hit
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    return missing(path, error)
  }
  return remember(path, stamp, bytes)
}

/** Drops what is cached for `path` (called for every write through `writeFileAtomic`). */
export function forgetValidatedBaselineFile(file: string): void {
  entries.delete(resolve(file))
}
