import { describe, expect, test } from 'vitest'
import { buildRunReport, renderSummary, type ScenarioResult, type StoredScenarioRef } from '@shadowtest/plugin/vitest'

const result = (over: Partial<ScenarioResult> & Pick<ScenarioResult, 'scenarioId' | 'status'>): ScenarioResult => ({
  functionId: over.scenarioId.split(':')[0]!,
  label: `label of ${over.scenarioId}`,
  changed: over.status === 'failed',
  baselineVersion: 1,
  diffSummary: over.status === 'failed' ? '1 change: $.total' : '',
  diff: over.status === 'failed' ? '$.total: 10 → 11' : '',
  noise: [],
  file: '/p/__baselines__/quote.baseline.json',
  ...over,
})

const stored = (scenarioId: string, status: StoredScenarioRef['status'] = 'approved'): StoredScenarioRef => ({
  scenarioId,
  functionId: scenarioId.split(':')[0]!,
  label: `label of ${scenarioId}`,
  status,
  version: 1,
})

const build = (results: ScenarioResult[], store: StoredScenarioRef[], fullRun = true) =>
  buildRunReport({ results, stored: store, fullRun, testRunState: 'passed', shadowtestVersion: '0.1.0', now: new Date(0) })

describe('buildRunReport', () => {
  test('counts per function and keeps the most severe result when two tests replay one scenario', () => {
    const report = build(
      [
        result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'matched' }),
        result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'failed' }),
        result({ scenarioId: 'quote:bbbbbbbbbbbb', status: 'pending' }),
        result({ scenarioId: 'tax:cccccccccccc', status: 'updated', noise: ['$.at'] }),
      ],
      [stored('quote:aaaaaaaaaaaa'), stored('quote:bbbbbbbbbbbb', 'pending'), stored('tax:cccccccccccc'), stored('tax:dddddddddddd', 'deprecated')],
    )
    expect(report.replayedCount).toBe(3)
    expect(report.mismatchCount).toBe(1)
    expect(report.baselineCount).toBe(3)
    expect(report.functions).toEqual([
      { functionId: 'quote', matched: 0, new: 0, updated: 0, failed: 1, pending: 1, obsolete: 0, noise: 0 },
      { functionId: 'tax', matched: 0, new: 0, updated: 1, failed: 0, pending: 0, obsolete: 0, noise: 1 },
    ])
    expect(report.scenarios.map((s) => [s.scenarioId, s.status])).toEqual([
      ['quote:aaaaaaaaaaaa', 'fail'],
      ['quote:bbbbbbbbbbbb', 'pending'],
      ['tax:cccccccccccc', 'pass'],
    ])
  })

  test('an approved scenario nobody replayed is obsolete in a full run only', () => {
    const results = [result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'matched' })]
    const store = [stored('quote:aaaaaaaaaaaa'), stored('quote:eeeeeeeeeeee'), stored('quote:ffffffffffff', 'pending')]
    const full = build(results, store, true)
    expect(full.scenarios.filter((s) => s.status === 'obsolete').map((s) => s.scenarioId)).toEqual(['quote:eeeeeeeeeeee'])
    expect(full.functions[0]?.obsolete).toBe(1)
    const filtered = build(results, store, false)
    expect(filtered.scenarios.some((s) => s.status === 'obsolete')).toBe(false)
  })

  test('survives a JSON round trip unchanged (it is written to the report file)', () => {
    const report = build([result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'new', noise: ['$.id'] })], [stored('quote:aaaaaaaaaaaa')])
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})

describe('renderSummary', () => {
  test('prints one line per function, then obsolete and noise details', () => {
    const report = build(
      [
        result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'matched' }),
        result({ scenarioId: 'quote:bbbbbbbbbbbb', status: 'updated', noise: ['$.generatedAt'] }),
      ],
      [stored('quote:aaaaaaaaaaaa'), stored('quote:bbbbbbbbbbbb'), stored('quote:eeeeeeeeeeee')],
    )
    const text = renderSummary(report, { failOnObsolete: true }).join('\n')
    expect(text).toContain('quote  1 matched · 1 updated · 1 obsolete · 1 noise')
    expect(text).toContain('1 obsolete baseline scenario (approved, replayed by no test): failing the run (gate.failOnObsolete)')
    expect(text).toContain('↳ quote:eeeeeeeeeeee  label of quote:eeeeeeeeeeee')
    expect(text).toContain('noise: quote:bbbbbbbbbbbb ignores $.generatedAt')
  })

  test('says when the obsolete check was skipped, and prints nothing when the gate did not run', () => {
    const filtered = build([result({ scenarioId: 'quote:aaaaaaaaaaaa', status: 'matched' })], [stored('quote:aaaaaaaaaaaa')], false)
    expect(renderSummary(filtered, { failOnObsolete: false }).join('\n')).toContain('obsolete check skipped')
    expect(renderSummary(build([], [], true), { failOnObsolete: false })).toEqual([])
  })
})

describe('empty checks (toMatchBaseline() that replayed nothing)', () => {
  const empty = (functionId: string, reason: 'no-baseline' | 'no-live-scenarios' = 'no-baseline') => ({ functionId, reason, file: `/p/__baselines__/${functionId}.baseline.json` })

  test('one entry per function, none for a function another call replayed, and "did you mean" only for a missing baseline', () => {
    const report = buildRunReport({
      results: [result({ scenarioId: 'tax:cccccccccccc', status: 'new' })],
      stored: [stored('pricing.quote:aaaaaaaaaaaa')],
      fullRun: false,
      testRunState: 'passed',
      shadowtestVersion: '0.1.0',
      empty: [empty('pricing.qoute'), empty('pricing.qoute'), empty('tax'), empty('legacy.fee', 'no-live-scenarios'), empty('zzz.other')],
      functionIds: ['pricing.quote', 'tax', 'legacy.fee', 'legacy.fees'],
    })
    expect(report.emptyChecks).toEqual([
      { ...empty('legacy.fee', 'no-live-scenarios') },
      { ...empty('pricing.qoute'), didYouMean: 'pricing.quote' },
      { ...empty('zzz.other') },
    ])
    const text = renderSummary(report, { failOnObsolete: false }).join('\n')
    expect(text).toContain(
      '   pricing.qoute  nothing replayed: no baseline (is the capture id right? record with `shadowtest record -- <cmd>`), did you mean pricing.quote?',
    )
    expect(text).toContain('   zzz.other  nothing replayed: no baseline (is the capture id right? record with `shadowtest record -- <cmd>`)\n')
    expect(text).toContain('   legacy.fee  nothing replayed: its baseline has no approved or pending scenario')
    expect(text).not.toMatch(/tax {2}nothing/)
  })

  test('a run whose only check was empty still prints the summary; a report without the field (older writer) renders', () => {
    const report = buildRunReport({ results: [], stored: [], fullRun: true, testRunState: 'passed', shadowtestVersion: '0.1.0', empty: [empty('a.b')] })
    expect(renderSummary(report, { failOnObsolete: false })).toEqual([
      ' Shadowtest baselines',
      '   a.b  nothing replayed: no baseline (is the capture id right? record with `shadowtest record -- <cmd>`)',
    ])
    const { emptyChecks: _, ...older } = report
    expect(renderSummary(older as typeof report, { failOnObsolete: false })).toEqual([])
  })
})
