import { readFile, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { isShadowtestError } from '@shadowtest/core'
import { generate } from '../src/generate.js'
import { renderReport } from '../src/report.js'
import { buildBaseline, tempProject, type TempProject } from './baseline-builder.js'

const quoteFn = { id: 'pricing.quote', module: 'src/pricing.ts', exportName: 'quote' }
const taxFn = { id: 'tax.rate', module: 'src/tax/rate.ts', exportName: 'rate' }

let project: TempProject
beforeEach(async () => {
  project = await tempProject()
  await project.writeBaseline(
    '__baselines__/src/pricing/quote.baseline.json',
    buildBaseline(quoteFn, [
      { label: 'two items', args: [{ qty: 2 }], returns: { total: 20 } },
      { label: 'no items', args: [{ qty: 0 }], throws: new RangeError('empty') },
      { label: 'retired', args: [{ qty: 9 }], returns: { total: 90 }, status: 'deprecated' },
    ]),
  )
  await project.writeBaseline(
    '__baselines__/src/tax/rate/rate.baseline.json',
    buildBaseline(taxFn, [{ label: 'FR', args: ['FR'], returns: 0.2 }]),
  )
})
afterEach(async () => {
  await project.cleanup()
})

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of (await readdir(dir, { recursive: true, encoding: 'utf8' })).sort()) {
    if ((await stat(join(dir, name))).isFile()) out[name] = await readFile(join(dir, name), 'utf8')
  }
  return out
}

describe('generate', () => {
  test('writes suites and types for every function, then is byte-stable', async () => {
    const first = await generate({ cwd: project.dir })
    expect(first.counts).toEqual({ written: 4, unchanged: 0, skipped: 0, removed: 0, fallback: 0 })
    expect(first.scenarios).toBe(3)
    const out = join(project.dir, '__shadowtest__')
    const files = await tree(out)
    expect(Object.keys(files)).toEqual([
      'src',
      'src/pricing',
      'src/pricing/quote.baseline.test.ts',
      'src/pricing/quote.types.ts',
      'src/tax',
      'src/tax/rate',
      'src/tax/rate/rate.baseline.test.ts',
      'src/tax/rate/rate.types.ts',
    ].filter((p) => p.endsWith('.ts')))
    expect(files['src/tax/rate/rate.baseline.test.ts']).toContain("import { rate } from '../../../../src/tax/rate.js'")
    expect(files['src/pricing/quote.baseline.test.ts']).not.toContain('retired')

    const second = await generate({ cwd: project.dir })
    expect(second.counts).toEqual({ written: 0, unchanged: 4, skipped: 0, removed: 0, fallback: 0 })
    expect(await tree(out)).toEqual(files)
  })

  test('check mode lists stale files, writes nothing; the table says so', async () => {
    await generate({ cwd: project.dir })
    const before = await tree(join(project.dir, '__shadowtest__'))
    await project.writeBaseline(
      '__baselines__/src/tax/rate/rate.baseline.json',
      buildBaseline(taxFn, [
        { label: 'FR', args: ['FR'], returns: 0.2 },
        { label: 'DE', args: ['DE'], returns: 0.19 },
      ]),
    )
    const check = await generate({ cwd: project.dir, mode: 'check' })
    // Same payload shapes (string in, number out): only the suite is stale, not the types.
    expect(check.files.filter((f) => f.action === 'written').map((f) => f.path.split('/').pop())).toEqual([
      'rate.baseline.test.ts',
    ])
    expect(await tree(join(project.dir, '__shadowtest__'))).toEqual(before)
    const table = renderReport(check, { mode: 'check' }).join('\n')
    expect(table).toContain('stale: __shadowtest__/src/tax/rate/rate.baseline.test.ts')
    expect(table).toMatch(/stale\s+1\n\s+unchanged\s+3/)
    expect(table).toContain('Generated tests are out of date')
  })

  test('--function limits generation and removal to that function', async () => {
    const report = await generate({ cwd: project.dir, functions: ['tax.rate'] })
    expect(report.files.map((f) => f.path.split('/').pop())).toEqual(['rate.baseline.test.ts', 'rate.types.ts'])
    await expect(stat(join(project.dir, '__shadowtest__/src/pricing'))).rejects.toThrow(/ENOENT/)
  })

  test('an unknown function is a coded error and nothing is written', async () => {
    const error = await generate({ cwd: project.dir, functions: ['nope.fn'] }).catch((e: unknown) => e)
    expect(isShadowtestError(error) && error.code).toBe('CODEGEN:UNKNOWN_FUNCTION')
    expect((error as Error).message).toContain('pricing.quote, tax.rate')
    await expect(stat(join(project.dir, '__shadowtest__'))).rejects.toThrow(/ENOENT/)
  })

  test('a removed function loses its generated files; a hand-written file next to them stays', async () => {
    await generate({ cwd: project.dir })
    const mine = await project.write('__shadowtest__/src/tax/rate/mine.baseline.test.ts', "import { test } from 'vitest'\ntest('mine', () => {})\n")
    await rm(join(project.dir, '__baselines__/src/tax'), { recursive: true })
    const report = await generate({ cwd: project.dir })
    expect(report.counts.removed).toBe(2)
    expect(Object.keys(await tree(join(project.dir, '__shadowtest__'))).filter((p) => p.endsWith('.ts'))).toEqual([
      'src/pricing/quote.baseline.test.ts',
      'src/pricing/quote.types.ts',
      'src/tax/rate/mine.baseline.test.ts',
    ])
    expect(await readFile(mine, 'utf8')).toContain("test('mine'")
  })

  test('--out and per-scenario layout from config', async () => {
    await project.write('shadowtest.config.json', JSON.stringify({ codegen: { perScenario: true } }))
    const report = await generate({ cwd: project.dir, outDir: 'gen' })
    const names = Object.keys(await tree(join(project.dir, 'gen'))).filter((p) => p.endsWith('.test.ts'))
    expect(names).toHaveLength(3)
    for (const name of names) expect(name).toMatch(/\.[0-9a-f]{12}\.baseline\.test\.ts$/)
    expect(report.outDir).toBe(join(project.dir, 'gen'))
  })

  test('a corrupt baseline file is a coded error and nothing is written', async () => {
    await project.write('__baselines__/src/tax/rate/rate.baseline.json', '{ "schemaVersion": 2, ')
    const error = await generate({ cwd: project.dir }).catch((e: unknown) => e)
    expect(isShadowtestError(error) && error.code).toMatch(/^VALIDATION:/)
    await expect(stat(join(project.dir, '__shadowtest__'))).rejects.toThrow(/ENOENT/)
  })
})
