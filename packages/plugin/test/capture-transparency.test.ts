import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { capture, captureStats, getCaptureInfo, setCaptureSink } from '@shadowtest/plugin/runtime'
import type { CaptureSink } from '@shadowtest/plugin/runtime'
import { useMemoryCapture } from './runtime-helpers.js'

describe('a captured function is indistinguishable from the original', () => {
  afterEach(() => setCaptureSink(undefined))

  it('returns the very same object and keeps name and length', async () => {
    const { records } = useMemoryCapture()
    const result = { total: 42 }
    const quote = capture(function quote(_order: unknown, _currency: string) {
      return result
    })
    expect(quote({ lines: [] }, 'EUR')).toBe(result)
    expect(quote.name).toBe('quote')
    expect(quote.length).toBe(2)
    const [record] = await records()
    expect(record?.outcome).toEqual({ kind: 'return', value: { total: 42 } })
    expect(record?.input.args).toEqual([{ lines: [] }, 'EUR'])
  })

  it('rethrows the very same error object', async () => {
    const { records } = useMemoryCapture()
    const boom = new RangeError('out of stock')
    const reserve = capture(function reserve(_sku: string): never {
      throw boom
    })
    let caught: unknown
    try {
      reserve('A-1')
    } catch (error) {
      caught = error
    }
    expect(caught).toBe(boom)
    const [record] = await records()
    expect(record?.outcome.kind).toBe('throw')
    expect(JSON.stringify(record?.outcome)).toContain('out of stock')
  })

  it('keeps `this`', () => {
    useMemoryCapture()
    const counter = {
      n: 1,
      bump: capture(function bump(this: { n: number }, by: number) {
        this.n += by
        return this
      }),
    }
    expect(counter.bump(2)).toBe(counter)
    expect(counter.n).toBe(3)
  })

  it('sync stays sync; async resolves to the same value and rejects with the same error', async () => {
    const { records } = useMemoryCapture()
    const sync = capture(function sync() {
      return 1
    })
    expect(sync()).toBe(1)

    const value = { total: 42 }
    let made: Promise<typeof value> | undefined
    const later = capture(function later() {
      made = new Promise((resolve) => setTimeout(() => resolve(value), 5))
      return made
    })
    const p = later()
    expect(p).toBeInstanceOf(Promise)
    expect(await p).toBe(value)

    const failure = new Error('declined')
    const charge = capture(async function charge(_amount: number): Promise<void> {
      throw failure
    })
    await expect(charge(10)).rejects.toBe(failure)
    const byFn = Object.fromEntries((await records()).map((r) => [r.functionId.split('.').pop(), r]))
    expect(byFn['later']?.outcome).toEqual({ kind: 'return', value: { total: 42 } })
    expect(byFn['charge']?.outcome.kind).toBe('throw')
  })

  it.each([
    ['captured', 1],
    ['sampled out', 0],
  ])('a rejection the host never handles still crashes the process like Node does (%s)', async (_name, rate) => {
    // A real child process: Vitest traps unhandled rejections itself. Uses the built plugin (npm test builds first).
    const dist = new URL('../dist/index.js', import.meta.url).href
    const script = [
      `const { capture } = await import(${JSON.stringify(dist)})`,
      `const charge = capture(async function charge() { throw new Error('card declined') }, { samplingRate: ${rate} })`,
      `charge()`,
      `setTimeout(() => console.log('still running'), 200)`,
    ].join('\n')
    const captureDir = mkdtempSync(join(tmpdir(), 'shadowtest-unhandled-'))
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: captureDir,
      env: { ...process.env, SHADOWTEST_CAPTURE: 'on', SHADOWTEST_CAPTURE_DIR: captureDir },
    })
    rmSync(captureDir, { recursive: true, force: true })
    expect(child.stderr).toContain('card declined')
    expect(child.stdout).not.toContain('still running')
    expect(child.status).toBe(1)
  })

  it('is just as transparent on the sampled-out path (results, errors, this, promises, argument count)', async () => {
    const { records } = useMemoryCapture({ samplingRate: 0 })
    const result = { ok: true }
    const boom = new Error('sampled-out boom')
    let seenArgs = -1
    const target = {
      name: 'svc',
      call: capture(
        function call(this: { name: string }, mode: string, ..._rest: unknown[]) {
          seenArgs = arguments.length
          if (mode === 'throw') throw boom
          return mode === 'async' ? Promise.resolve(this.name) : result
        },
        { id: 'transparent.sampledOut' },
      ),
    }
    expect(target.call('sync')).toBe(result)
    target.call('sync', 1, 2, 3, 4, 5)
    expect(seenArgs).toBe(6) // no padding: the original sees exactly the arguments passed
    expect(() => target.call('throw')).toThrow(boom)
    await expect(target.call('async') as Promise<string>).resolves.toBe('svc')
    // Only the throw is recorded when everything is sampled out.
    expect((await records()).map((r) => r.outcome.kind)).toEqual(['throw'])
  })

  it('constructs the original when called with new', () => {
    useMemoryCapture()
    function Point(this: { x: number }, x: number) {
      this.x = x
    }
    const P = capture(Point as unknown as (x: number) => void, { id: 'transparent.ctor' }) as unknown as new (x: number) => { x: number }
    const p = new P(3)
    expect(p.x).toBe(3)
    expect(p instanceof (Point as unknown as new () => unknown)).toBe(true)
  })

  it('passes generators and async generators through untouched', async () => {
    useMemoryCapture()
    function* numbers() {
      yield 1
      yield 2
    }
    async function* letters() {
      yield 'a'
    }
    const n = capture(numbers)
    const l = capture(letters)
    expect(n).toBe(numbers)
    expect([...n()]).toEqual([1, 2])
    const out: string[] = []
    for await (const x of l()) out.push(x)
    expect(out).toEqual(['a'])
    expect(getCaptureInfo(n)?.original).toBe(numbers)
  })

  it('records where the function lives and derives its id from the module', () => {
    useMemoryCapture()
    const quote = capture(function quote() {
      return 1
    })
    const info = getCaptureInfo(quote)
    expect(info?.module).toBe('test/capture-transparency.test.ts')
    expect(info?.functionId).toBe('test.capture-transparency.test.quote')
    expect(info?.exportName).toBe('quote')
    const named = capture(() => 2, { id: 'pricing.quote', exportName: 'quote' })
    expect(getCaptureInfo(named)?.functionId).toBe('pricing.quote')
  })

  it('never throws into the host when capture itself fails', async () => {
    const { records } = useMemoryCapture()
    const broken: CaptureSink = {
      write() {
        throw new Error('disk on fire')
      },
      flush: async () => {},
      close: async () => {},
      stats: () => ({ written: 0, dropped: 0, failed: 0, pendingBytes: 0, files: 0 }),
    }
    setCaptureSink(broken)
    const hostile = {
      get secret(): string {
        throw new Error('getter exploded')
      },
    }
    const f = capture(function f(x: unknown) {
      return x
    })
    expect(f(hostile)).toBe(hostile)
    await records()
    expect(captureStats().errors).toBeGreaterThanOrEqual(1)
    expect(captureStats().lastError).toContain('disk on fire')
  })
})
