import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { capture, captureStats, configureCapture, createMemorySink, flushCaptures, getCaptureInfo, resetCaptureStats, setCaptureSink } from '@shadowtest/plugin/runtime'

describe('capture reads the project config lazily and survives a broken one', () => {
  const cwd = process.cwd()
  let dir: string | undefined
  afterEach(() => {
    process.chdir(cwd)
    configureCapture(undefined)
    setCaptureSink(undefined)
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  function project(config: unknown): string {
    dir = mkdtempSync(join(tmpdir(), 'shadowtest-config-'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', type: 'module' }))
    writeFileSync(join(dir, 'shadowtest.config.json'), JSON.stringify(config))
    process.chdir(dir)
    configureCapture(undefined) // forget settings loaded by earlier tests: the next call reads this config
    resetCaptureStats()
    return dir
  }

  it('applies the config: per-function rate and disabled functions', async () => {
    project({ capture: { samplingRate: 1, functions: { 'cfg.off': { enabled: false }, 'cfg.never': { samplingRate: 0 } } } })
    const sink = createMemorySink()
    setCaptureSink(sink)
    const on = capture((n: number) => n, { id: 'cfg.on' })
    const off = capture((n: number) => n, { id: 'cfg.off' })
    const never = capture((n: number) => n, { id: 'cfg.never' })
    for (let i = 0; i < 5; i++) {
      on(i)
      off(i)
      never(i)
    }
    await flushCaptures()
    expect(sink.records().map((r) => r.functionId)).toEqual(['cfg.on', 'cfg.on', 'cfg.on', 'cfg.on', 'cfg.on'])
  })

  it('an invalid config disables capture, is counted, and never reaches the host', async () => {
    project({ capture: { samplingRat: 1 } })
    const sink = createMemorySink()
    setCaptureSink(sink)
    const f = capture((n: number) => n * 2, { id: 'cfg.broken' })
    expect(f(21)).toBe(42)
    await flushCaptures()
    expect(sink.records()).toEqual([])
    const stats = captureStats()
    expect(stats.errors).toBeGreaterThanOrEqual(1)
    expect(stats.lastError).toContain('CONFIG:INVALID')
    expect(getCaptureInfo(f)?.functionId).toBe('cfg.broken')
  })
})
