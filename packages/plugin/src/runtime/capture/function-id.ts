import { existsSync } from 'node:fs'
import { dirname, extname, isAbsolute, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where a captured function lives, found once when `capture()` runs: the file that called
 * `capture()` (from a stack trace), relative to the project root. Codegen and replay import
 * the function from there, and the default function id is derived from it.
 */

const ownDir = dirname(fileURLToPath(import.meta.url))

/** Absolute path of the first stack frame outside Shadowtest's capture code, if any. */
export function callerFile(): string | undefined {
  const previous = Error.prepareStackTrace
  const previousLimit = Error.stackTraceLimit
  try {
    Error.stackTraceLimit = 12
    Error.prepareStackTrace = (_error, frames) => frames
    const holder: { stack?: NodeJS.CallSite[] } = {}
    Error.captureStackTrace(holder, callerFile)
    for (const frame of holder.stack ?? []) {
      const name = frame.getFileName()
      if (name === undefined || name === null || name.startsWith('node:')) continue
      const file = name.startsWith('file://') ? fileURLToPath(name) : name
      if (!isAbsolute(file)) continue
      if (dirname(file) === ownDir) continue
      return file
    }
    return undefined
  } catch {
    return undefined
  } finally {
    Error.prepareStackTrace = previous
    Error.stackTraceLimit = previousLimit
  }
}

const packageRootCache = new Map<string, string | undefined>()

/** The nearest directory at or above `dir` holding a package.json. */
export function nearestPackageRoot(dir: string): string | undefined {
  if (packageRootCache.has(dir)) return packageRootCache.get(dir)
  let found: string | undefined
  if (existsSync(join(dir, 'package.json'))) found = dir
  else {
    const parent = dirname(dir)
    found = parent === dir ? undefined : nearestPackageRoot(parent)
  }
  packageRootCache.set(dir, found)
  return found
}

/**
 * The module path as stored in baselines: relative to `rootDir` when the file is inside it, else
 * to the file's nearest package root; always with `/` separators and the extension kept.
 */
export function modulePathFor(file: string, rootDir: string | undefined): string {
  const root = rootDir !== undefined && isInside(file, rootDir) ? rootDir : (nearestPackageRoot(dirname(file)) ?? dirname(file))
  return relative(root, file).split(sep).join('/')
}

function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * `src/pricing.ts` + `quote` → `pricing.quote`: extension dropped, a leading `src/` dropped,
 * `/` → `.`. Characters that cannot appear in an id (whitespace) become `_`.
 */
export function functionIdFor(modulePath: string | undefined, name: string): string {
  if (modulePath === undefined) return sanitize(name)
  let base = modulePath.slice(0, modulePath.length - extname(modulePath).length)
  if (base.startsWith('src/')) base = base.slice(4)
  return sanitize(`${base.split('/').join('.')}.${name}`)
}

function sanitize(id: string): string {
  return id.replace(/\s+/g, '_')
}
