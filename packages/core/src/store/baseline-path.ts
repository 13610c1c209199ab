import path from 'node:path'
import type { FunctionRef } from '../model/index.js'

/** Characters kept in file names; anything else becomes `_` so ids never escape the folder. */
const unsafe = /[^A-Za-z0-9._-]/g

/**
 * `<baselineDir>/<module path without extension>/<exportName|last id segment>.baseline.json`,
 * or `<baselineDir>/<function id>.baseline.json` when the module is unknown.
 * `module` is taken relative to `rootDir`; a module outside it falls back to the id layout.
 */
export function baselinePathFor(fn: FunctionRef, rootDir: string, baselineDir: string): string {
  const base = path.resolve(rootDir, baselineDir)
  if (fn.module !== undefined) {
    const absolute = path.resolve(rootDir, fn.module)
    const relative = path.relative(rootDir, absolute)
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
      const parsed = path.parse(relative)
      const name = fn.exportName ?? fn.id.split(/[.#/]/).pop() ?? fn.id
      const dirs = [...parsed.dir.split(path.sep).filter(Boolean), parsed.name].map((s) => s.replace(unsafe, '_'))
      return path.join(base, ...dirs, `${name.replace(unsafe, '_')}.baseline.json`)
    }
  }
  return path.join(base, `${fn.id.replace(unsafe, '_')}.baseline.json`)
}
