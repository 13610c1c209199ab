import { describe, expect, test } from 'vitest'
import { capture } from '@shadowtest/plugin'
import { createToMatchBaseline } from '../src/matcher.js'
import type { ScenarioResult } from '@shadowtest/plugin/vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function binding(rootDir: string, reported: ScenarioResult[][] = []) {
  return createToMatchBaseline({
    runner: 'vitest',
    settings: () => ({ rootDir, approve: false, strict: null }),
    report: (_context, results) => {
      reported.push(results)
    },
  })
}

describe('toMatchBaseline (runner glue)', () => {
  test('.not is rejected with a message that says what to do instead', async () => {
    const toMatchBaseline = binding(process.cwd())
    await expect(toMatchBaseline.call({ isNot: true }, capture(() => 1, { id: 'x.one' }))).rejects.toThrow(
      '`.not.toMatchBaseline()` is not supported',
    )
  })

  test('expect.poll is rejected: a replay is deterministic and may write', async () => {
    const toMatchBaseline = binding(process.cwd())
    await expect(toMatchBaseline.call({ poll: true }, capture(() => 1, { id: 'x.poll' }))).rejects.toThrow('expect.poll')
  })

  test('reads the update mode from the snapshot state on every call and reports results to the runner', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shadowtest-matcher-'))
    try {
      const reported: ScenarioResult[][] = []
      const toMatchBaseline = binding(dir, reported)
      const fn = capture(() => 1, { id: 'x.unrecorded' })
      const ci = await toMatchBaseline.call({ snapshotState: { snapshotUpdateState: 'none' } }, fn)
      expect(ci.pass).toBe(false)
      expect(ci.message()).toContain('No baseline for x.unrecorded')
      const local = await toMatchBaseline.call({ snapshotState: { snapshotUpdateState: 'new' } }, fn)
      expect(local.pass).toBe(true)
      expect(reported).toEqual([[], []])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a scenario from scenarios() must be checked against its own replay', async () => {
    const toMatchBaseline = binding(process.cwd())
    const s = { id: 'x.one:aaaaaaaaaaaa', label: 'one', functionId: 'x.one', status: 'approved' as const, version: 1, replay: async () => ({}) as never }
    await expect(toMatchBaseline.call({}, 42, s)).rejects.toThrow('expects `expect(s.replay(fn))`')
  })
})
