import { createHash, randomBytes } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
 * real directory owned by this user and writable by nobody else, and kept per core build (the
 * validating code's paths, sizes and mtimes: `coreIdentity`), so two checkouts or versions on one
 * machine each keep their own entries and never trust each other's. Best effort: any failure to
 * read or write it (a corrupt file included, which the next write replaces) just means validating
 * again. Workers writing at the same moment may drop each other's newest entry (no lock): that file
 * is validated once more on a later run.
 */

/** Env variable: where the cache folder is (`off`: no cache). */
export const CACHE_DIR_ENV = 'SHADOWTEST_CACHE_DIR'
const FILE = 'validated-baselines.json'
/** Files remembered at most per build (the oldest entry is dropped first). */
const MAX_FILES = 512
/** Builds remembered at most (the one written longest ago is dropped first). */
const MAX_BUILDS = 4

interface MemoFile {
  v: 2
  /** Per core build (`coreIdentity`), oldest write first: absolute path → settled stamp. */
  builds: Record<string, Record<string, string>>
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
    const builds = readMemo(memo.dir)
    const files = entriesOf(builds[coreIdentity()])
    files.delete(file)
    files.set(file, stamp)
    for (const key of files.keys()) {
      if (files.size <= MAX_FILES) break
      files.delete(key)
    }
    delete builds[coreIdentity()]
    builds[coreIdentity()] = Object.fromEntries(files)
    for (const key of Object.keys(builds)) {
      if (Object.keys(builds).length <= MAX_BUILDS) break
      delete builds[key]
    }
    const body: MemoFile = { v: 2, builds }
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
    if (dir !== undefined) loaded = { dir, files: entriesOf(readMemo(dir)[coreIdentity()]) }
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

/** The memo's entries per build; empty when there is no file, or one this code cannot read (old format, corrupt). */
function readMemo(dir: string): Record<string, Record<string, string>> {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dir, FILE), 'utf8')) as Partial<MemoFile> | null
    if (parsed?.v === 2 && isRecord(parsed.builds)) return parsed.builds
  } catch {}
  return {}
}

function entriesOf(files: unknown): Map<string, string> {
  const entries = new Map<string, string>()
  if (isRecord(files)) for (const [file, stamp] of Object.entries(files)) if (typeof stamp === 'string') entries.set(file, stamp)
  return entries
}

function isRecord(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

let identity: string | undefined
/**
 * The code that validates, as real paths, sizes and mtimes: a rebuilt, upgraded or edited core
 * validates anew. That is this module's folder when core runs as its bundle (`dist/bundle`: all of
 * core's code), else all of `src` (or `dist`) it came from, and the generated Ajv validators.
 */
export function coreIdentity(): string {
  if (identity === undefined) {
    // dist/bundle/index.js, src/store/validation-memo.ts or dist/store/validation-memo.js: the package is two folders up.
    const here = path.dirname(realpathSync(fileURLToPath(import.meta.url)))
    const code = path.basename(here) === 'bundle' ? here : path.dirname(here)
    const parts: string[] = []
    for (const dir of [code, path.resolve(here, '../../generated')]) {
      let names: string[]
      try {
        names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      } catch {
        continue
      }
      for (const name of names.sort()) {
        if (!/\.(c|m)?(j|t)s$/.test(name) || name.endsWith('.d.ts')) continue
        const stats = statSync(path.join(dir, name))
        parts.push(`${path.join(dir, name)}:${stats.size}:${stats.mtimeMs}`)
      }
    }
    identity = createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)
  }
  return identity
}
