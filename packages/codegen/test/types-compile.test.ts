import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { planFunction } from '../src/plan.js'
import { syncFiles } from '../src/sync.js'
import { moduleExports } from '../src/module-exports.js'
import { buildBaseline, tempProject, type TempProject } from './baseline-builder.js'

const repo = fileURLToPath(new URL('../../..', import.meta.url))
const fn = { id: 'pricing.quote', module: 'src/pricing.ts', exportName: 'quote' }

// The function the generated suite imports: a real TypeScript module in the temp project.
const pricingSource = `
export interface Order { currency: string; lines: Array<{ sku: string; qty: number; price?: number }>; at?: Date; tags?: Map<string, number>; coupon?: string | undefined }
export function quote(order: Order, options?: { strict: boolean }): { total: number; cents: bigint } {
  if (order.lines.length === 0 && options?.strict) throw new RangeError('empty order')
  const total = order.lines.reduce((sum, l) => sum + l.qty * (l.price ?? 1), 0)
  return { total, cents: BigInt(Math.round(total * 100)) }
}
`

let project: TempProject
let files: string[]

beforeAll(async () => {
  project = await tempProject()
  await symlink(join(repo, 'node_modules'), join(project.dir, 'node_modules'), 'dir')
  await project.write('src/pricing.ts', pricingSource)
  const baseline = buildBaseline(fn, [
    { label: 'two lines', args: [{ currency: 'EUR', lines: [{ sku: 'A', qty: 2, price: 9.5 }, { sku: 'B', qty: 1 }], at: new Date('2026-01-01T00:00:00Z') }], returns: { total: 20, cents: 2000n } },
    { label: 'tags and coupon', args: [{ currency: 'USD', lines: [{ sku: 'C', qty: 1 }], tags: new Map([['vip', 1]]), coupon: undefined }, { strict: false }], returns: { total: 1, cents: 100n } },
    { label: 'empty', args: [{ currency: 'USD', lines: [] }, { strict: true }], throws: new RangeError('empty order') },
    { label: 'huge', args: [{ currency: 'EUR', lines: Array.from({ length: 200 }, (_, i) => ({ sku: `S${i}`, qty: i })) }], returns: { total: 0, cents: 0n } },
  ])
  const ctx = { rootDir: project.dir, outDir: join(project.dir, '__shadowtest__'), baselineFile: join(project.dir, '__baselines__/src/pricing/quote.baseline.json'), layout: 'per-function' as const }
  const plan = await planFunction(baseline, ctx)
  await syncFiles(plan.files, { outDir: ctx.outDir, mode: 'write', scope: 'all' })
  // A @capture()-style method: imported through its exported class.
  await project.write('src/billing.ts', 'export class Billing {\n  constructor(readonly rate: number) {}\n  invoice(months: number): number {\n    return months * this.rate\n  }\n}\n')
  const method = buildBaseline({ id: 'billing.Billing.invoice', module: 'src/billing.ts', exportName: 'invoice' }, [
    { label: 'one month', args: [1], this: { rate: 2 }, returns: 2 },
  ])
  const methodPlan = await planFunction(method, { ...ctx, exports: await moduleExports(join(project.dir, 'src/billing.ts')) })
  await syncFiles(methodPlan.files, { outDir: ctx.outDir, mode: 'write', scope: new Set(['billing.Billing.invoice']) })
  files = [...plan.files, ...methodPlan.files].map((f) => f.path)
})

afterAll(async () => {
  await project.cleanup()
})

/** Type-checks `roots` like `tsc --strict` would; returns the diagnostics inside the temp project only. */
function typeCheck(roots: string[]): string[] {
  const src = (pkg: string) => [join(repo, `packages/${pkg}/src/index.ts`)]
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    // Beyond --strict: generated files must not trip the unused checks many projects enable.
    noUnusedLocals: true,
    noUnusedParameters: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
    baseUrl: project.dir,
    // The workspace packages from source: unit tests run without a build.
    paths: {
      '@shadowtest/core': src('core'),
      '@shadowtest/matchers': src('matchers'),
      '@shadowtest/matchers/vitest': [join(repo, 'packages/matchers/src/vitest.ts')],
      '@shadowtest/plugin/vitest': [join(repo, 'packages/plugin/src/vitest/index.ts')],
      '@shadowtest/plugin/runtime': [join(repo, 'packages/plugin/src/runtime/index.ts')],
    },
  }
  const program = ts.createProgram(roots, options)
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(project.dir))
    .map((d) => `${d.file?.fileName.slice(project.dir.length)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

test('the generated suite and its payload types pass tsc --strict (and the unused-code checks)', () => {
  expect(files.map((f) => f.split('/').pop())).toEqual(['quote.types.ts', 'quote.baseline.test.ts', 'invoice.types.ts', 'invoice.baseline.test.ts'])
  expect(typeCheck(files)).toEqual([])
}, 60_000)

test('the payload types are precise: a wrong input does not compile', async () => {
  const probe = await project.write(
    '__shadowtest__/src/pricing/probe.ts',
    `import type { QuoteInput, QuoteResult } from './quote.types.js'
const ok: QuoteInput = [{ currency: 'EUR', lines: [] }, { strict: true }]
const okResult: QuoteResult = { total: 1, cents: 1n }
const wrongType: QuoteInput = [{ currency: 12, lines: [] }]
const missingKey: QuoteInput = [{ lines: [] }]
const wrongResult: QuoteResult = { total: 1, cents: 1 }
export { ok, okResult, wrongType, missingKey, wrongResult }
`,
  )
  const errors = typeCheck([probe])
  expect(errors).toHaveLength(3)
  expect(errors.join('\n')).toMatch(/number' is not assignable to type 'string'/)
  expect(errors.join('\n')).toMatch(/currency/)
  expect(errors.join('\n')).toMatch(/bigint/)
}, 60_000)
