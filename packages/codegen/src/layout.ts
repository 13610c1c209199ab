import { dirname, extname, join, relative, sep } from 'node:path'

/** The function a baseline file is about, as capture recorded it. */
export interface FunctionLocation {
  id: string
  /** Module path relative to the project root, with extension (`src/pricing.ts`). */
  module?: string
  exportName?: string
}

export interface FileLayout {
  /** Name used for files and types: the export name, else the last segment of the id. */
  name: string
  /** Directory (absolute) the function's generated files live in. */
  dir: string
  typesFile: string
  /** The suite file (one test per scenario), or with a semantic id the one-scenario file (per-scenario layout). */
  suiteFile: (semanticId?: string) => string
}

/** Where the generated files of a function go: `<outDir>/<module path without extension>/<name>…`. */
export function layoutFor(fn: FunctionLocation, outDir: string): FileLayout {
  const name = fn.exportName ?? fn.id.split('.').pop() ?? fn.id
  const dir = fn.module === undefined ? outDir : join(outDir, stripExtension(fn.module))
  const base = fn.module === undefined ? fn.id : name
  return {
    name,
    dir,
    typesFile: join(dir, `${base}.types.ts`),
    suiteFile: (semanticId) => join(dir, semanticId === undefined ? `${base}.baseline.test.ts` : `${base}.${semanticId}.baseline.test.ts`),
  }
}

function stripExtension(path: string): string {
  const ext = extname(path)
  return ext === '' ? path : path.slice(0, -ext.length)
}

const runtimeExtension: Record<string, string> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' }

/**
 * The import specifier from a generated file to the function's module. TypeScript sources are
 * imported through their output extension (`../../src/pricing.js`): tsc (NodeNext and Bundler
 * resolution) and Vite both map it back to the `.ts` file, so one specifier works under both.
 */
export function importSpecifier(fromFile: string, rootDir: string, module: string): string {
  const target = join(rootDir, module)
  const ext = extname(target)
  const mapped = ext in runtimeExtension ? target.slice(0, -ext.length) + runtimeExtension[ext] : target
  const path = relative(dirname(fromFile), mapped).split(sep).join('/')
  return path.startsWith('.') ? path : `./${path}`
}

/** `from` → `to` as a `./`-prefixed, `/`-separated relative specifier (types file imports). */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  const ext = extname(toFile)
  const mapped = ext in runtimeExtension ? toFile.slice(0, -ext.length) + runtimeExtension[ext] : toFile
  const path = relative(dirname(fromFile), mapped).split(sep).join('/')
  return path.startsWith('.') ? path : `./${path}`
}

/** A path relative to the project root with `/` separators, for headers and reports. */
export function displayPath(rootDir: string, file: string): string {
  return relative(rootDir, file).split(sep).join('/')
}
