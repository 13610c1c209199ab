import { randomBytes } from 'node:crypto'
import { readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Capture files are named `<UTC time>-<pid>-<seq>-<random>.ndjson`, e.g.
 * `20261124T052000123Z-4242-0001-9f2c41.ndjson`: the time prefix sorts files oldest first,
 * and pid + per-process sequence + random suffix keep concurrent processes (also pid 1 in
 * several containers sharing one volume) from ever writing to the same file.
 */
const CAPTURE_FILE = /^(\d{8}T\d{9}Z)-(\d+)-(\d+)-([0-9a-f]+)\.ndjson$/

let sequence = 0

export function newCaptureFileName(now: Date = new Date()): string {
  const time = now.toISOString().replace(/[-:.]/g, '')
  sequence += 1
  return `${time}-${process.pid}-${String(sequence).padStart(4, '0')}-${randomBytes(3).toString('hex')}.ndjson`
}

export function isCaptureFileName(name: string): boolean {
  return CAPTURE_FILE.test(name)
}

export interface CaptureFileInfo {
  name: string
  path: string
  bytes: number
  /** Last modification: the time of the newest record in the file. */
  mtime: Date
  pid: number
}

/** Capture files in `dir`, oldest first; a missing directory has none. */
export async function listCaptureFiles(dir: string): Promise<CaptureFileInfo[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files: CaptureFileInfo[] = []
  for (const name of names.filter(isCaptureFileName).sort()) {
    const path = join(dir, name)
    try {
      const info = await stat(path)
      if (!info.isFile()) continue
      files.push({ name, path, bytes: info.size, mtime: info.mtime, pid: Number(CAPTURE_FILE.exec(name)?.[2]) })
    } catch {
      // Pruned by another process between readdir and stat.
    }
  }
  return files
}

export interface RetentionPolicy {
  /** Files whose newest record is older than this many days are deleted. */
  maxAgeDays?: number
  /** At most this many capture files are kept (the newest). */
  maxFiles?: number
}

export interface RetentionResult {
  deleted: CaptureFileInfo[]
  kept: CaptureFileInfo[]
}

/**
 * Deletes capture files beyond the retention policy, never the ones in `keep` (the files
 * sinks in this process are still writing). Files another process deletes first are ignored.
 */
export async function applyRetention(
  dir: string,
  policy: RetentionPolicy,
  options: { keep?: ReadonlySet<string>; now?: Date; dryRun?: boolean } = {},
): Promise<RetentionResult> {
  const files = await listCaptureFiles(dir)
  const now = (options.now ?? new Date()).getTime()
  const keep = options.keep ?? new Set<string>()
  const doomed = new Set<CaptureFileInfo>()
  if (policy.maxAgeDays !== undefined) {
    const cutoff = now - policy.maxAgeDays * 86_400_000
    for (const file of files) if (file.mtime.getTime() < cutoff) doomed.add(file)
  }
  if (policy.maxFiles !== undefined) {
    const survivors = files.filter((file) => !doomed.has(file))
    const excess = survivors.length - policy.maxFiles
    for (const file of survivors.slice(0, Math.max(0, excess))) doomed.add(file)
  }
  const deleted: CaptureFileInfo[] = []
  for (const file of files) {
    if (!doomed.has(file) || keep.has(file.path)) continue
    if (!options.dryRun) {
      try {
        await unlink(file.path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
    deleted.push(file)
  }
  return { deleted, kept: files.filter((file) => !deleted.includes(file)) }
}
