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
  plugin: { index: 'index.js', vitest: 'vitest/index.js', runtime: 'runtime/index.js', cli: 'cli/index.js' },
  matchers: { index: 'index.js', vitest: 'vitest.js', jest: 'jest.js', 'jest-reporter': 'jest-reporter.js' },
  codegen: { index: 'index.js' },
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id) && !id.startsWith('\0')

const only = process.argv.slice(2)
for (const [name, entries] of Object.entries(PACKAGES)) {
  if (only.length > 0 && !only.includes(name)) continue
  const dist = join(root, 'packages', name, 'dist')
  const outDir = join(dist, 'bundle')
  await rm(outDir, { recursive: true, force: true })
  await build({
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
