import { randomBytes } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Which baseline files this build of core has validated completely, remembered across processes
 * by path and **settled stamp** (inode, size, mtime and ctime, the file last changed at least 3 s
 * before it was read, and unchanged during the read: `settledStamp`). Such a stamp can only ever
 * name the bytes that were validated, the way Git's index trusts a "racily clean" entry: any later
 * write changes the ctime, an atomic write the inode too. A gate run reading the same unchanged
 * file again (every local run, every watch rerun, every test file in its own worker) then needs
 * only `JSON.parse`; the schema check, the duplicate-key scan and the scenario-id check ran on
 * exactly those bytes before.
 *
 * Kept out of the project: one small JSON file in a private folder under the OS temp dir
 * (`SHADOWTEST_CACHE_DIR` moves it, `off` switches it off). Not trusted unless that folder is a
 * real directory owned by this user and writable by nobody else, and only for the same core
 * module (path, size, mtime): another build or version starts from nothing. Best effort: any
 * failure to read or write it just means validating again.
 */

/** Env variable: where the cache folder is (`off`: no cache). */
export const CACHE_DIR_ENV = 'SHADOWTEST_CACHE_DIR'
const FILE = 'validated-baselines.json'
/** Files remembered at most (the oldest entry is dropped first). */
const MAX_FILES = 512

interface MemoFile {
  v: 1
  /** The core build that validated them (`coreIdentity`). */
  core: string
  /** Absolute path → settled stamp. */
  files: Record<string, string>
}

let loaded: { dir: string; files: Map<string, string> } | null | undefined

/** Whether this build validated the file at `file` when it had `stamp` (a settled stamp). */
export function validatedBefore(file: string, stamp: string): boolean {
  const memo = load()
  return memo !== null && memo.files.get(file) === stamp
}

/** Remembers that the file at `file` with the settled `stamp` passed every check. */
export function rememberValidated(file: string, stamp: string): void {
  const memo = load()
  if (memo === null || memo.files.get(file) === stamp) return
  try {
    // Other processes may have added entries since this one loaded: merge with what is on disk now.
    const files = readEntries(memo.dir) ?? new Map<string, string>()
    files.delete(file)
    files.set(file, stamp)
    for (const key of files.keys()) {
      if (files.size <= MAX_FILES) break
      files.delete(key)
    }
    const body: MemoFile = { v: 1, core: coreIdentity(), files: Object.fromEntries(files) }
    const target = path.join(memo.dir, FILE)
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    try {
      writeFileSync(temp, JSON.stringify(body), { mode: 0o600, flag: 'wx' })
      renameSync(temp, target)
    } catch (error) {
      rmSync(temp, { force: true })
      throw error
    }
    memo.files = files
  } catch {
    loaded = null // read-only or full temp dir: validate as if there were no cache
  }
}

/** Forgets what this process loaded (tests; the next lookup reads the cache folder again). */
export function resetValidationMemo(): void {
  loaded = undefined
}

function load(): { dir: string; files: Map<string, string> } | null {
  if (loaded !== undefined) return loaded
  loaded = null
  try {
    const dir = privateDir()
    if (dir !== undefined) loaded = { dir, files: readEntries(dir) ?? new Map() }
  } catch {
    loaded = null
  }
  return loaded
}

/** The cache folder, created if needed, or `undefined` when it is switched off or not safe to trust. */
function privateDir(): string | undefined {
  const configured = process.env[CACHE_DIR_ENV]
  if (configured === 'off') return undefined
  const dir = path.resolve(configured || path.join(tmpdir(), `shadowtest-${userTag()}`))
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stats = lstatSync(dir)
  if (!stats.isDirectory()) return undefined
  // Anyone else who can write there could make this process skip validating a file.
  if (process.platform !== 'win32') {
    if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) return undefined
    if ((stats.mode & 0o022) !== 0) return undefined
  }
  return dir
}

function userTag(): string {
  if (typeof process.getuid === 'function') return String(process.getuid())
  return userInfo().username.replace(/[^\w.-]/g, '_')
}

function readEntries(dir: string): Map<string, string> | undefined {
  let text: string
  try {
    text = readFileSync(path.join(dir, FILE), 'utf8')
  } catch {
    return undefined
  }
  const parsed = JSON.parse(text) as Partial<MemoFile> | null
  if (parsed?.v !== 1 || parsed.core !== coreIdentity() || parsed.files === null || typeof parsed.files !== 'object') return undefined
  const files = new Map<string, string>()
  for (const [file, stamp] of Object.entries(parsed.files)) if (typeof stamp === 'string') files.set(file, stamp)
  return files
}

let identity: string | undefined
/** This core module's real path, size and mtime: a rebuilt or upgraded core validates anew. */
export function coreIdentity(): string {
  if (identity === undefined) {
    const file = realpathSync(fileURLToPath(import.meta.url))
    const stats = statSync(file)
    identity = `${file}:${stats.size}:${stats.mtimeMs}`
  }
  return identity
}
