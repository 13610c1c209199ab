import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as runtime from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

// Vite 8's transform (oxc) does not lower TS 5 standard decorators, so the class under test is
// compiled by the TypeScript compiler itself, exactly as a user's `tsc` build would, and loaded
// from a temp dir. It reaches the runtime under test through a global (no module resolution there).
const source = `
const { capture } = globalThis.__shadowtestRuntime
export class Billing {
  constructor(plan) { this.plan = plan; this.currency = 'EUR' }
  @capture()
  invoice(customer) { return { customer: customer.name, plan: this.plan, amount: this.plan === 'pro' ? 49 : 9 } }
  @capture({ id: 'billing.refund' })
  async refund(amount) { if (amount > 100) throw new Error('refund too large'); return -amount }
}
`

const dir = mkdtempSync(join(tmpdir(), 'shadowtest-decorator-'))

async function loadBilling(): Promise<new (plan: string) => { invoice(c: { name: string }): unknown; refund(a: number): Promise<number> }> {
  const { outputText, diagnostics } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
    fileName: 'billing.ts',
  })
  expect(diagnostics ?? []).toEqual([])
  const file = join(dir, `billing-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(file, outputText)
  ;(globalThis as Record<string, unknown>)['__shadowtestRuntime'] = runtime
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)).Billing
}

describe('@capture() on class methods (TS 5 standard decorators)', () => {
  afterEach(() => runtime.setCaptureSink(undefined))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('records the method with the instance data as input.this, and replays it', async () => {
    const { records } = useMemoryCapture()
    const Billing = await loadBilling()
    const pro = new Billing('pro')
    expect(pro.invoice({ name: 'Ada' })).toEqual({ customer: 'Ada', plan: 'pro', amount: 49 })
    await expect(pro.refund(500)).rejects.toThrow('refund too large')

    const info = runtime.getCaptureInfo(Billing.prototype.invoice)
    expect(info?.functionId).toMatch(/\.Billing\.invoice$/)
    expect(info?.exportName).toBe('invoice')
    expect(info?.recordsThis).toBe(true)

    const all = await records()
    const invoice = all.find((r) => r.functionId === info?.functionId)
    expect(invoice?.input.this).toEqual({ $st: 'instance', class: 'Billing', data: { plan: 'pro', currency: 'EUR' } })
    expect(invoice?.input.args).toEqual([{ name: 'Ada' }])
    const refund = all.find((r) => r.functionId === 'billing.refund')
    expect(refund?.outcome.kind).toBe('throw')

    // Replay rebuilds `this` from the recording.
    const replayed = await runtime.replay(Billing.prototype.invoice as never, invoice!)
    expect(replayed.outcome).toEqual(invoice?.outcome)
  })
})
