// foldCaptures (what `shadowtest record` runs): all or nothing across functions, on real NDJSON captures and a real file store.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { approveScenarios, FileBaselineStore, isShadowtestError } from '@shadowtest/core'
import { capture, configureCapture, createNdjsonSink, flushCaptures, foldCaptures, resetCaptureDedupe, setCaptureSink } from '@shadowtest/plugin/runtime'

afterEach(() => setCaptureSink(undefined))

it('plans every function before writing: the second function rejected by governance leaves the first one unwritten', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shadowtest-fold-'))
  try {
    configureCapture({ enabled: true, samplingRate: 1, maxScenarios: undefined, functions: {} })
    let limit = 500
    const quote = capture((total: number) => ({ total }), { id: 'fold.quote' })
    const authorize = capture((amount: number) => amount <= limit, { id: 'fold.authorize' })
    const captureInto = async (sub: string, calls: () => void) => {
      setCaptureSink(createNdjsonSink({ dir: join(dir, sub), flushOnExit: false }))
      resetCaptureDedupe()
      calls()
      await flushCaptures()
    }
    await captureInto('first', () => {
      quote(10)
      authorize(900)
    })
    const store = new FileBaselineStore({ rootDir: dir })
    await foldCaptures(join(dir, 'first'), store, { by: 'test' })
    await approveScenarios(store, { all: true }, { by: 'test' })

    // quote: a new scenario (would be written); authorize: a changed outcome → a proposal, forbidden.
    limit = 1000
    await captureInto('second', () => {
      quote(20)
      authorize(900)
    })
    const strict = new FileBaselineStore({ rootDir: dir, governance: { transitions: { propose: { from: [], to: 'approved' } } } })
    const files = () =>
      readdirSync(join(dir, '__baselines__'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort()
        .map((f) => [f, readFileSync(f, 'utf8')])
    const before = files()
    expect(before).toHaveLength(2)
    const error = await foldCaptures(join(dir, 'second'), strict, { by: 'test' }).catch((e: unknown) => e)
    expect(isShadowtestError(error) && error.code).toBe('GOVERNANCE:TRANSITION_REJECTED')
    expect(files()).toEqual(before)

    // The same captures with the default policy: both functions written in one fold.
    const folded = await foldCaptures(join(dir, 'second'), store, { by: 'test' })
    expect(folded.functions.map((f) => [f.functionId, f.added.length, f.proposed.length])).toEqual([
      ['fold.quote', 1, 0],
      ['fold.authorize', 0, 1],
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
