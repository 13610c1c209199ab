import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { generatedFunctionId, isGenerated, templateHash, templateHashOf } from './header.js'
import type { PlannedFile } from './plan.js'

/**
 * What happened (or, with `check`/`dry-run`, would happen) to one file:
 * - written: created or changed; unchanged: already byte-identical;
 * - skipped: the user removed our header, so the file is theirs and left alone;
 * - removed: generated for a scenario or function that is gone (only files with our header).
 */
export type FileAction = 'written' | 'unchanged' | 'skipped' | 'removed'

export interface FileResult {
  path: string
  action: FileAction
  functionId: string
  /** Written from the template because the AI provider's answer was rejected. */
  fallback?: boolean
}

/** `write` changes the disk; `check` and `dry-run` only report what writing would do. */
export type SyncMode = 'write' | 'check' | 'dry-run'

export interface SyncOptions {
  outDir: string
  mode: SyncMode
  /** Functions whose stale files may be removed; `all` when every baseline was planned. */
  scope: ReadonlySet<string> | 'all'
}

/** Brings the files under `outDir` in line with `planned`, never touching a file without our header. */
export async function syncFiles(planned: readonly PlannedFile[], options: SyncOptions): Promise<FileResult[]> {
  const results: FileResult[] = []
  const wanted = new Set(planned.map((p) => p.path))
  for (const file of planned) {
    const current = await readIfExists(file.path)
    if (current !== undefined && !isGenerated(current)) {
      results.push({ path: file.path, action: 'skipped', functionId: file.functionId })
    } else if (current === file.content || upToDateProviderFile(current, file)) {
      results.push({ path: file.path, action: 'unchanged', functionId: file.functionId })
    } else {
      if (options.mode === 'write') await writeAtomic(file.path, file.content)
      results.push({ path: file.path, action: 'written', functionId: file.functionId })
    }
  }
  for (const path of await generatedCandidates(options.outDir)) {
    if (wanted.has(path)) continue
    const text = await readIfExists(path)
    const functionId = text === undefined ? undefined : generatedFunctionId(text)
    if (functionId === undefined) continue
    if (options.scope !== 'all' && !options.scope.has(functionId)) continue
    if (options.mode === 'write') {
      await rm(path, { force: true })
      await removeEmptyDirs(dirname(path), options.outDir)
    }
    results.push({ path, action: 'removed', functionId })
  }
  return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** A provider-written file derived from exactly this template is kept as it is. */
function upToDateProviderFile(current: string | undefined, file: PlannedFile): boolean {
  if (current === undefined || file.template === undefined) return false
  return templateHashOf(current) === templateHash(file.template)
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

// Write to a temp file then rename, so an interrupted run never leaves half a test file.
async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temp, content, 'utf8')
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Every file under `dir` that `generate` could have written (by name; ownership is checked by header). */
async function generatedCandidates(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir, { recursive: true, encoding: 'utf8' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .filter((n) => n.endsWith('.baseline.test.ts') || n.endsWith('.types.ts'))
    .map((n) => join(dir, n))
    .sort()
}

async function removeEmptyDirs(dir: string, stopAt: string): Promise<void> {
  let current = dir
  while (current.startsWith(stopAt) && current !== stopAt) {
    try {
      await rmdir(current)
    } catch {
      return
    }
    current = dirname(current)
  }
}
