import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { approveScenarios, FileBaselineStore, scenarioIdFromEncoded, type ScenarioDraft } from '@shadowtest/core'
import type { GateRunReport, ScenarioResult } from '@shadowtest/plugin/vitest'
import { ShadowtestJestReporter, type JestAggregatedResultLike, type JestGlobalConfigLike } from '../src/jest-reporter.js'
import { JEST_ROOT_ENV, JEST_RUN_DIR_ENV, runDirWriter } from '../src/jest-run-dir.js'

let dir: string
let ids: Record<'a1' | 'a2' | 'b1', string>
let printed: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-jest-reporter-'))
  const store = new FileBaselineStore({ rootDir: dir, baselineDir: '__baselines__' })
  const draft = (functionId: string, n: number): ScenarioDraft => {
    const input = { args: [n] }
    return { id: scenarioIdFromEncoded(functionId, input), label: `${functionId}(${n})`, input, outcome: { kind: 'return', value: n * 2 }, dependencies: [], capturedAt: '2026-01-01T00:00:00.000Z', source: { kind: 'record' } }
  }
  const a = [draft('math.double', 1), draft('math.double', 2)]
  const b = [draft('text.upper', 1)]
  await store.upsertScenarios({ id: 'math.double' }, a, { by: 'test' })
  await store.upsertScenarios({ id: 'text.upper' }, b, { by: 'test' })
  await approveScenarios(store, { all: true }, { by: 'test' })
  ids = { a1: a[0]!.id, a2: a[1]!.id, b1: b[0]!.id }
  printed = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk)
    return true
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  delete process.env[JEST_RUN_DIR_ENV]
  delete process.env[JEST_ROOT_ENV]
  await rm(dir, { recursive: true, force: true })
})

const config = (overrides: Partial<JestGlobalConfigLike> = {}): JestGlobalConfigLike => ({
  rootDir: dir,
  updateSnapshot: 'new',
  testPathPatterns: { isSet: () => false },
  onlyChanged: false,
  ...overrides,
})
const aggregated = (overrides: Partial<JestAggregatedResultLike> = {}): JestAggregatedResultLike => ({
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: 0,
  numTotalTestSuites: 2,
  testResults: [{}, {}],
  wasInterrupted: false,
  ...overrides,
})
const result = (scenarioId: string, status: ScenarioResult['status'] = 'matched'): ScenarioResult => ({
  scenarioId,
  functionId: scenarioId.split(':')[0]!,
  label: scenarioId,
  status,
  changed: status === 'failed',
  baselineVersion: 1,
  diffSummary: '',
  diff: '',
  noise: [],
  file: join(dir, 'x.baseline.json'),
})

/** One Jest run: the reporter starts it, "workers" (one writer per test file) report, the reporter completes it. */
async function runJest(reporter: ShadowtestJestReporter, perTestFile: ScenarioResult[][], results = aggregated()): Promise<string> {
  await reporter.onRunStart()
  const runDir = process.env[JEST_RUN_DIR_ENV]!
  expect(process.env[JEST_ROOT_ENV]).toBe(dir)
  for (const results of perTestFile) await runDirWriter(runDir)(results)
  await reporter.onRunComplete(new Set(), results)
  return runDir
}

describe('ShadowtestJestReporter', () => {
  test('sums what every test file wrote, prints the summary, and removes the run directory', async () => {
    const reporter = new ShadowtestJestReporter(config(), { root: '.' })
    const runDir = await runJest(reporter, [[result(ids.a1), result(ids.a2, 'failed')], [result(ids.b1)]])
    expect(printed).toContain(' Shadowtest baselines\n   math.double  1 matched · 1 failed\n   text.upper  1 matched\n')
    expect(reporter.lastReport).toMatchObject({ fullRun: true, replayedCount: 3, mismatchCount: 1, baselineCount: 3 })
    expect(reporter.getLastError()).toBeUndefined()
    await expect(access(runDir)).rejects.toThrow()
    expect(process.env[JEST_RUN_DIR_ENV]).toBeUndefined()
  })

  test('an approved scenario nobody replayed in a full run is obsolete: reported in mode new, failing in mode none', async () => {
    const local = new ShadowtestJestReporter(config(), { root: dir })
    await runJest(local, [[result(ids.a1), result(ids.a2)]])
    expect(printed).toContain('text.upper  1 obsolete')
    expect(printed).toContain(`↳ ${ids.b1}  text.upper(1)`)
    expect(printed).not.toContain('failing the run')
    expect(local.getLastError()).toBeUndefined()

    printed = ''
    const ci = new ShadowtestJestReporter(config({ updateSnapshot: 'none' }), { root: dir })
    await runJest(ci, [[result(ids.a1), result(ids.a2)]])
    expect(printed).toContain('failing the run (gate.failOnObsolete)')
    expect(ci.getLastError()?.message).toBe('Shadowtest: 1 obsolete baseline scenario (gate.failOnObsolete)')

    // The next run starts clean.
    await runJest(ci, [[result(ids.a1), result(ids.a2), result(ids.b1)]])
    expect(ci.getLastError()).toBeUndefined()
  })

  test('a filtered or incomplete run reports no obsolete scenario and never fails on them', async () => {
    for (const [filters, counts] of [
      [{ testNamePattern: 'double' }, {}],
      [{ testPathPatterns: { isSet: () => true } }, {}],
      [{ onlyChanged: true }, {}],
      [{}, { numPendingTests: 1 }],
      [{}, { testResults: [{}] }],
    ] as Array<[Partial<JestGlobalConfigLike>, Partial<JestAggregatedResultLike>]>) {
      printed = ''
      const reporter = new ShadowtestJestReporter(config({ updateSnapshot: 'none', ...filters }), { root: dir })
      await runJest(reporter, [[result(ids.a1)]], aggregated(counts))
      expect(reporter.lastReport?.fullRun).toBe(false)
      expect(reporter.lastReport?.scenarios.map((s) => s.status)).toEqual(['pass'])
      expect(printed).toContain('obsolete check skipped')
      expect(reporter.getLastError()).toBeUndefined()
    }
  })

  test('config gate.failOnObsolete and the reporter option decide when obsolete scenarios fail', async () => {
    await writeFile(join(dir, 'shadowtest.config.json'), JSON.stringify({ gate: { failOnObsolete: 'always' } }))
    const always = new ShadowtestJestReporter(config(), { root: dir })
    await runJest(always, [[result(ids.a1)]])
    expect(always.getLastError()?.message).toContain('2 obsolete baseline scenarios')

    const optedOut = new ShadowtestJestReporter(config(), { root: dir, failOnObsolete: false })
    await runJest(optedOut, [[result(ids.a1)]])
    expect(optedOut.getLastError()).toBeUndefined()

    await writeFile(join(dir, 'shadowtest.config.json'), JSON.stringify({ gate: { failOnObsolete: 'never' } }))
    const never = new ShadowtestJestReporter(config({ updateSnapshot: 'none' }), { root: dir })
    await runJest(never, [[result(ids.a1)]])
    expect(never.getLastError()).toBeUndefined()
  })

  test('writes the run report to reportFile (relative to Jest rootDir), the same shape as the Vitest reporter', async () => {
    const reporter = new ShadowtestJestReporter(config(), { root: dir, reportFile: 'out/report.json' })
    await runJest(reporter, [[result(ids.a1), result(ids.a2)], [result(ids.b1)]], aggregated({ numFailedTests: 1 }))
    const report = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8')) as GateRunReport
    expect(report).toEqual(JSON.parse(JSON.stringify(reporter.lastReport)))
    expect(report).toMatchObject({ schemaVersion: 1, testRunState: 'failed', replayedCount: 3, fullRun: true })
    expect(report.functions.map((f) => f.functionId)).toEqual(['math.double', 'text.upper'])
  })

  test('an unreadable baseline or a torn worker line is an error that fails the run', async () => {
    const reporter = new ShadowtestJestReporter(config(), { root: dir })
    await reporter.onRunStart()
    const runDir = process.env[JEST_RUN_DIR_ENV]!
    await writeFile(join(runDir, 'torn.results.ndjson'), `${JSON.stringify([result(ids.a1)])}\n[{"scenarioId":`)
    await reporter.onRunComplete(new Set(), aggregated())
    expect(reporter.lastReport?.replayedCount).toBe(1)
    expect(printed).toContain('error: a Jest worker left an unreadable result (torn.results.ndjson, line 2)')
    expect(reporter.getLastError()?.message).toContain('unreadable result')

    await mkdir(join(dir, '__baselines__/broken'), { recursive: true })
    await writeFile(join(dir, '__baselines__/broken/x.baseline.json'), '{ not json')
    const broken = new ShadowtestJestReporter(config(), { root: dir })
    await runJest(broken, [[result(ids.a1)]])
    expect(broken.getLastError()?.message).toContain('x.baseline.json')
    expect(broken.lastReport?.errors).toHaveLength(1)
  })

  test('rejects options it does not know, naming the key', () => {
    expect(() => new ShadowtestJestReporter(config(), { failOnObsolet: true })).toThrow(
      expect.objectContaining({ code: 'CONFIG:INVALID', message: expect.stringContaining('unknown key "failOnObsolet"') }),
    )
    expect(() => new ShadowtestJestReporter(config(), { failOnObsolete: 'ci' })).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID' }))
    expect(() => new ShadowtestJestReporter(config(), { reportFile: '' })).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID' }))
    expect(() => new ShadowtestJestReporter(config(), 'yes')).toThrow(expect.objectContaining({ code: 'CONFIG:INVALID' }))
    expect(() => new ShadowtestJestReporter(config(), undefined)).not.toThrow()
  })

  test('a call that replayed nothing reaches the summary and the report through the run directory', async () => {
    const reporter = new ShadowtestJestReporter(config(), { root: dir })
    await reporter.onRunStart()
    const runDir = process.env[JEST_RUN_DIR_ENV]!
    const write = runDirWriter(runDir)
    await write([result(ids.a1), result(ids.a2), result(ids.b1)])
    await write([], { functionId: 'math.dubble', reason: 'no-baseline', file: join(dir, '__baselines__/math.dubble.baseline.json') })
    await reporter.onRunComplete(new Set(), aggregated())
    expect(reporter.lastReport?.emptyChecks).toEqual([
      { functionId: 'math.dubble', reason: 'no-baseline', file: join(dir, '__baselines__/math.dubble.baseline.json'), didYouMean: 'math.double' },
    ])
    expect(printed).toContain('   math.dubble  nothing replayed: no baseline (is the capture id right?')
    expect(printed).toContain('did you mean math.double?')
    expect(reporter.getLastError()).toBeUndefined()
  })
})
