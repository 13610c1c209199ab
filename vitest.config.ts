import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

const src = (pkg: string, file = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${file}`, import.meta.url))

// Unit tests import sibling packages from source, so they run without a build.
// End-to-end tests use the built packages (dist), exactly as users do.
const alias = [
  { find: /^@shadowtest\/core$/, replacement: src('core') },
  { find: /^@shadowtest\/plugin$/, replacement: src('plugin') },
  { find: /^@shadowtest\/plugin\/vitest$/, replacement: src('plugin', 'vitest/index.ts') },
  { find: /^@shadowtest\/plugin\/runtime$/, replacement: src('plugin', 'runtime/index.ts') },
  { find: /^@shadowtest\/matchers$/, replacement: src('matchers') },
  { find: /^@shadowtest\/matchers\/vitest$/, replacement: src('matchers', 'vitest.ts') },
  { find: /^@shadowtest\/codegen$/, replacement: src('codegen') },
]

const unit = (name: string) => ({
  resolve: { alias },
  test: {
    name,
    root: `packages/${name}`,
    include: ['test/**/*.test.ts'],
  },
})

export default defineConfig({
  test: {
    projects: [
      unit('core'),
      // The plugin's type tests prove capture() keeps TypeScript signatures and JavaScript callable (allowJs/checkJs).
      { ...unit('plugin'), test: { ...unit('plugin').test, typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.json' } } },
      // The matchers' type tests (*.test-d.ts) prove the `toMatchBaseline` Matchers augmentation.
      { ...unit('matchers'), test: { ...unit('matchers').test, typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.json' } } },
      unit('codegen'),
      {
        test: {
          name: 'e2e',
          root: 'fixtures',
          include: ['e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'e2e/compat-*.test.ts'],
          globalSetup: ['e2e/bundles-fresh.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // End-to-end tests spawn Vitest, Jest and the CLI: two at a time is what this size of machine holds.
          maxWorkers: 2,
          // Runs after the unit projects (a different worker limit needs its own group).
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // The gate on other Vitest versions (3.2, 4.0, 5): each file installs compat/vitest-<v>
          // into a temp project with npm ci and runs the user path there (docs/gate.md, Supported runners).
          name: 'compat',
          root: 'fixtures',
          include: ['e2e/compat-*.test.ts'],
          globalSetup: ['e2e/bundles-fresh.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Shares the e2e group's two workers (same group, same worker limit).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
