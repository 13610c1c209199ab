// After `tsc -b`: bundle each package's JS entry points (tsc's output in dist/) into a few chunks in
// dist/bundle/, one multi-entry build per package so its subpaths share chunks (one capture registry,
// one set of AsyncLocalStorage contexts, one validated-file cache per package). Every bare import
// (other @shadowtest packages, third-party, node:) stays external. dist/bundle/ sits one folder below
// dist/, like tsc's own dist/<area>/ files, so `new URL('../../schema/', import.meta.url)` lookups
// resolve the same. The .d.ts files stay tsc's; package.json `exports` point `import` at the bundles.
import { build } from 'rolldown'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Entry name → tsc's output file (relative to the package's dist/). */
const PACKAGES = {
  core: { index: 'index.js' },
  // `sinks` is no public entry: the runtime loads it on first use (see LAZY below).
  plugin: { index: 'index.js', vitest: 'vitest/index.js', runtime: 'runtime/index.js', cli: 'cli/index.js', sinks: 'runtime/sinks/index.js' },
  matchers: { index: 'index.js', vitest: 'vitest.js', jest: 'jest.js', 'jest-reporter': 'jest-reporter.js' },
  codegen: { index: 'index.js' },
}

/*
 * Modules replaced in the bundle by one that loads an entry of the same bundle synchronously on
 * first use (Node's require of an ES module, which goes through the same module cache as `import`:
 * one instance, whoever loads it first). V8 compiles every byte of a module it loads; these are
 * code a green test run never calls. In tsc's dist/ and in unit tests (src/) the module stays a
 * static import: it must export the same functions.
 * - plugin runtime/sinks/load.js: the NDJSON/Postgres sinks, capture readers, fold and exit hooks
 *   (≈ 50 KB and node:child_process), needed when a process captures to the configured sink or
 *   reads captures; a gate worker records test captures in a memory sink.
 * - plugin vitest/did-you-mean.js: `@shadowtest/core` itself (≈ 250 KB), for the summary's
 *   suggestion on a check that found no baseline. The plugin's Vitest entry is imported with
 *   vitest.config, in Vitest's main process before the workers spawn; core loads there later, when
 *   the reporter reads the store (or at a run start that hands the workers their config). Required
 *   by the path `import` resolves to, so it is the same instance.
 */
const LAZY = {
  plugin: {
    'vitest/did-you-mean.js': `import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
const load = createRequire(import.meta.url)
export function didYouMean(input, candidates) {
  return load(fileURLToPath(import.meta.resolve('@shadowtest/core'))).didYouMean(input, candidates)
}
`,
    'runtime/sinks/load.js': `import { createRequire } from 'node:module'
const load = createRequire(import.meta.url)
let sinks
export function loadSinks() {
  return (sinks ??= load('./sinks.js'))
}
export function sinksLoaded() {
  return sinks !== undefined
}
`,
  },
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id) && !id.startsWith('\0')

const only = process.argv.slice(2)
for (const [name, entries] of Object.entries(PACKAGES)) {
  if (only.length > 0 && !only.includes(name)) continue
  const dist = join(root, 'packages', name, 'dist')
  const outDir = join(dist, 'bundle')
  await rm(outDir, { recursive: true, force: true })
  const lazy = Object.entries(LAZY[name] ?? {}).map(([file, code]) => [join(dist, file), code])
  await build({
    plugins: [{ name: 'shadowtest-lazy', load: (id) => lazy.find(([file]) => file === id)?.[1] ?? null }],
    input: Object.fromEntries(Object.entries(entries).map(([entry, file]) => [entry, join(dist, file)])),
    platform: 'node',
    external: (id) => isBare(id),
    logLevel: 'warn',
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: false,
      minify: false,
    },
  })
}
