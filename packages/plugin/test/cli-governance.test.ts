// The governance commands (`approve`, `baseline list|show|deprecate`) through the BUILT CLI in
// real child processes, on baseline files in temp projects. Run `npx tsc -b` first.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  encode,
  FileBaselineStore,
  scenarioIdFromEncoded,
  serializeBaselineFile,
  type BaselineFile,
  type Dependency,
  type ScenarioDraft,
} from '@shadowtest/core'

const cliBin = resolve(fileURLToPath(new URL('../bin/shadowtest.js', import.meta.url)))

interface Result {
  code: number
  stdout: string
  stderr: string
}

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((done, reject) => {
    const clean = { ...process.env }
    for (const key of Object.keys(clean)) if (key.startsWith('VITEST') || key.startsWith('SHADOWTEST_') || key === 'NODE_OPTIONS') delete clean[key]
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd,
      env: { ...clean, NO_COLOR: '1', SHADOWTEST_USER: 'alice', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
  })
}

const QUOTE = { id: 'pricing.quote' }

function draft(order: Record<string, unknown>, total: number, dependencies: Dependency[] = []): ScenarioDraft {
  const input = { args: [encode(order)] }
  return {
    id: scenarioIdFromEncoded(QUOTE.id, input),
    label: `order ${String(order.orderId)}`,
    input,
    outcome: { kind: 'return', value: encode({ orderId: order.orderId, total }) },
    dependencies,
    capturedAt: '2026-11-20T10:00:00.000Z',
    source: { kind: 'record', command: 'vitest run traffic/' },
  }
}

const rates: Dependency = {
  kind: 'http',
  order: 0,
  request: { method: 'GET', url: 'http://127.0.0.1:4319/v1/discounts/gold', headers: {} },
  response: { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: { tier: 'gold', percentBps: 750 } },
}

let dir: string
let store: FileBaselineStore
let ids: { a: string; b: string; c: string }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-cli-governance-'))
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'cli-governance', private: true }))
  store = new FileBaselineStore({ rootDir: dir })
  const drafts = [
    draft({ orderId: 'A', placedAt: new Date('2026-11-20T09:30:00.000Z'), tags: new Map([['gift', true]]) }, 1299, [rates]),
    draft({ orderId: 'B' }, 500),
    draft({ orderId: 'C' }, 4200),
  ]
  await store.upsertScenarios(QUOTE, drafts, { by: 'record' })
  ids = { a: drafts[0]!.id, b: drafts[1]!.id, c: drafts[2]!.id }
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const baselinePath = () => store.fileFor(QUOTE)
const readBaseline = async (): Promise<BaselineFile> => JSON.parse(await readFile(baselinePath(), 'utf8')) as BaselineFile
const scenario = async (id: string) => Object.values((await readBaseline()).scenarios).find((s) => s.id === id)!

describe('shadowtest approve', () => {
  test('approves named scenarios with a reason and prints id, label, from → to and version', async () => {
    const r = await cli(['approve', ids.a, ids.b, '--reason', 'checked with finance'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${ids.a}  order A  pending → approved  v1`)
    expect(r.stdout).toContain(`${ids.b}  order B  pending → approved  v1`)
    expect(r.stdout).toContain('Approved 2 scenarios')
    const a = await scenario(ids.a)
    expect(a.status).toBe('approved')
    expect(a.history.at(-1)).toMatchObject({ action: 'approve', from: 'pending', to: 'approved', by: 'alice', reason: 'checked with finance', version: 1 })
    expect((await scenario(ids.c)).status).toBe('pending')
  })

  test('an unknown id among valid ones approves nothing (exit 2, file byte-identical)', async () => {
    const before = await readFile(baselinePath())
    const r = await cli(['approve', ids.a, 'pricing.quote:000000000000'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('[GOVERNANCE:SCENARIO_NOT_FOUND]')
    expect(r.stderr).toContain('pricing.quote:000000000000')
    expect(await readFile(baselinePath())).toEqual(before)
  })

  test('a rejected transition approves nothing (exit 2, TRANSITION_REJECTED, file byte-identical)', async () => {
    expect((await cli(['baseline', 'deprecate', ids.a], dir)).code).toBe(0)
    const before = await readFile(baselinePath())
    // ids.b alone would be fine; ids.a is deprecated, so governance refuses the whole command.
    const r = await cli(['approve', ids.b, ids.a], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('[GOVERNANCE:TRANSITION_REJECTED]')
    expect(r.stderr).toContain(ids.a)
    expect(await readFile(baselinePath())).toEqual(before)
    expect((await scenario(ids.b)).status).toBe('pending')
  })

  test('naming an already approved scenario without a proposed change is reported and changes nothing', async () => {
    expect((await cli(['approve', ids.a], dir)).code).toBe(0)
    const before = await readFile(baselinePath())
    const r = await cli(['approve', ids.a], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${ids.a}  already approved, no change waiting: nothing to do`)
    expect(await readFile(baselinePath())).toEqual(before)
  })

  test('--all approves pending scenarios and promotes a proposed change to version 2', async () => {
    expect((await cli(['approve', ids.a], dir)).code).toBe(0)
    // Recording A again with a different outcome proposes the change on the approved scenario.
    const changed = draft({ orderId: 'A', placedAt: new Date('2026-11-20T09:30:00.000Z'), tags: new Map([['gift', true]]) }, 1298, [rates])
    const upsert = await store.upsertScenarios(QUOTE, [changed], { by: 'record' })
    expect(upsert.proposed).toEqual([ids.a])

    // show presents the proposal as the diff the gate would report.
    const shown = await cli(['baseline', 'show', ids.a], dir)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain('Proposed change')
    expect(shown.stdout).toMatch(/\$\.total\s+1299 → 1298/)

    const r = await cli(['approve', '--all', '--json'], dir)
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { approved: { id: string; action: string; fromVersion: number; version: number }[] }
    expect(report.approved.map((a) => [a.id, a.action, a.version]).sort()).toEqual(
      [
        [ids.a, 'approve-change', 2],
        [ids.b, 'approve', 1],
        [ids.c, 'approve', 1],
      ].sort(),
    )
    const a = await scenario(ids.a)
    expect(a.version).toBe(2)
    expect(a.proposed).toBeUndefined()
    expect(a.outcome).toEqual({ kind: 'return', value: { orderId: 'A', total: 1298 } })
    expect(a.history.map((h) => h.action)).toEqual(expect.arrayContaining(['approve', 'approve-change']))
    expect(a.history.at(-1)).toMatchObject({ action: 'approve-change', from: 'approved', to: 'approved', version: 2 })

    const again = await cli(['approve', '--all'], dir)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Nothing to approve')
  })

  test('shows what it promotes: the semantic diff of a proposed change, new scenarios as new; --dry-run prints the same and writes nothing', async () => {
    expect((await cli(['approve', ids.a], dir)).code).toBe(0)
    const changed = draft({ orderId: 'A', placedAt: new Date('2026-11-20T09:30:00.000Z'), tags: new Map([['gift', true]]) }, 1298, [rates])
    expect((await store.upsertScenarios(QUOTE, [changed], { by: 'record' })).proposed).toEqual([ids.a])
    const before = await readFile(baselinePath())

    const dry = await cli(['approve', '--all', '--dry-run'], dir)
    expect(dry.stderr).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`${ids.a}  order A  approved → approved  v1 → v2`)
    expect(dry.stdout).toMatch(/\n {4}~ \$\.total\s+1299 → 1298\n/)
    expect(dry.stdout).toContain(`${ids.b}  order B  pending → approved  v1`)
    expect(dry.stdout).toContain('new  returns {"orderId": "B", "total": 500}')
    expect(dry.stdout).toContain('Dry run: would approve 3 scenarios')
    expect(await readFile(baselinePath())).toEqual(before)

    const dryJson = await cli(['approve', ids.a, '--dry-run', '--json'], dir)
    expect(dryJson.code).toBe(0)
    const planned = JSON.parse(dryJson.stdout) as { dryRun: boolean; approved: { id: string; change: { kind: string; changes: { path: string; before: unknown; after: unknown }[]; diff: string } }[] }
    expect(planned.dryRun).toBe(true)
    expect(planned.approved).toHaveLength(1)
    expect(planned.approved[0]!.change.kind).toBe('changed')
    expect(planned.approved[0]!.change.changes).toEqual([expect.objectContaining({ path: '$.total', kind: 'changed', before: 1299, after: 1298 })])
    expect(await readFile(baselinePath())).toEqual(before)

    const real = await cli(['approve', '--all', '--json'], dir)
    expect(real.code).toBe(0)
    const report = JSON.parse(real.stdout) as { dryRun: boolean; approved: { id: string; change: { kind: string; outcome?: unknown; diff?: string } }[] }
    expect(report.dryRun).toBe(false)
    const byId = new Map(report.approved.map((a) => [a.id, a.change]))
    expect(byId.get(ids.a)).toMatchObject({ kind: 'changed', diff: expect.stringMatching(/\$\.total\s+1299 → 1298/) })
    expect(byId.get(ids.c)).toEqual({ kind: 'new', outcome: { kind: 'return', value: { orderId: 'C', total: 4200 } } })
    expect((await scenario(ids.a)).version).toBe(2)
  })

  test('--dry-run refuses what the real approval would refuse (deprecated scenario, exit 2)', async () => {
    expect((await cli(['baseline', 'deprecate', ids.a], dir)).code).toBe(0)
    const r = await cli(['approve', ids.a, '--dry-run'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('[GOVERNANCE:TRANSITION_REJECTED]')
  })

  test('--function narrows to one function; an unknown function is GOVERNANCE:FUNCTION_NOT_FOUND', async () => {
    const ok = await cli(['approve', '--function', 'pricing.quote'], dir)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('Approved 3 scenarios')
    const missing = await cli(['approve', '--function', 'billing.invoice'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('[GOVERNANCE:FUNCTION_NOT_FOUND]')
  })

  test('needs exactly one of ids, --function, --all', async () => {
    const none = await cli(['approve'], dir)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('[CLI:USAGE]')
    const both = await cli(['approve', ids.a, '--all'], dir)
    expect(both.code).toBe(2)
    expect((await scenario(ids.a)).status).toBe('pending')
  })

  test('a governance policy from the config is enforced: requireReason refuses an approval without --reason', async () => {
    await writeFile(join(dir, 'shadowtest.config.json'), JSON.stringify({ governance: { policy: { requireReason: ['approve'] }, actor: 'release-bot' } }))
    const before = await readFile(baselinePath())
    const refused = await cli(['approve', '--all'], dir, { SHADOWTEST_USER: '' })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('[GOVERNANCE:TRANSITION_REJECTED]')
    expect(refused.stderr).toContain('--reason')
    expect(await readFile(baselinePath())).toEqual(before)

    const ok = await cli(['approve', '--all', '--reason', 'release 4.2 sign-off'], dir, { SHADOWTEST_USER: '' })
    expect(ok.code).toBe(0)
    // Without --by or SHADOWTEST_USER, the configured governance.actor is who approved.
    expect((await scenario(ids.a)).history.at(-1)).toMatchObject({ action: 'approve', by: 'release-bot', reason: 'release 4.2 sign-off' })
  })

  test('with no baselines yet, list and approve --all say so and exit 0', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'shadowtest-cli-empty-'))
    try {
      await writeFile(join(empty, 'package.json'), JSON.stringify({ name: 'empty', private: true }))
      const list = await cli(['baseline', 'list'], empty)
      expect(list.code).toBe(0)
      expect(list.stderr).toContain('No baselines yet')
      const approve = await cli(['approve', '--all'], empty)
      expect(approve.code).toBe(0)
      expect(approve.stdout).toContain('Nothing to approve')
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })

  test('--help documents the selectors and flags', async () => {
    const r = await cli(['approve', '--help'], dir)
    expect(r.code).toBe(0)
    for (const flag of ['--function', '--all', '--reason', '--json', '--dry-run']) expect(r.stdout).toContain(flag)
  })
})

describe('shadowtest baseline', () => {
  test('list shows every scenario with status and version; --status filters', async () => {
    await cli(['approve', ids.a], dir)
    const all = await cli(['baseline', 'list'], dir)
    expect(all.code).toBe(0)
    expect(all.stdout).toContain('pricing.quote')
    expect(all.stdout).toMatch(new RegExp(`${ids.a}\\s+approved\\s+v1\\s+order A`))
    expect(all.stdout).toMatch(new RegExp(`${ids.b}\\s+pending\\s+v1\\s+order B`))
    expect(all.stdout).toContain('3 scenarios: 1 approved, 2 pending, 0 deprecated')

    const pending = await cli(['baseline', 'list', '--status', 'pending'], dir)
    expect(pending.stdout).not.toContain(ids.a)
    expect(pending.stdout).toContain(ids.b)

    const bad = await cli(['baseline', 'list', '--status', 'done'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('[CLI:INVALID_OPTION]')
  })

  test('list --json prints only JSON on stdout', async () => {
    const r = await cli(['baseline', 'list', '--json', '--function', 'pricing.quote'], dir)
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { functions: { function: string; scenarios: { id: string; status: string }[] }[] }
    expect(report.functions).toHaveLength(1)
    expect(report.functions[0]!.scenarios.map((s) => s.id).sort()).toEqual([ids.a, ids.b, ids.c].sort())
    expect(r.stdout).not.toMatch(/\x1b\[/)
  })

  test('list flags POLICY_DRIFT and an engine-version advisory on a file approved under another policy', async () => {
    const file = await readBaseline()
    const edited: BaselineFile = { ...file, engineVersion: '0.0.1', policy: { ...file.policy, hash: 'f00dfeed0000' } }
    await writeFile(baselinePath(), serializeBaselineFile(edited))
    const r = await cli(['baseline', 'list'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('POLICY_DRIFT')
    expect(r.stdout).toContain('f00dfeed0000')
    expect(r.stdout).toContain('ENGINE_VERSION: written by Shadowtest 0.0.1')

    // Approving the function under the current config is how the drift is accepted.
    const accepted = await cli(['approve', '--function', 'pricing.quote', '--reason', 'new diff config reviewed'], dir)
    expect(accepted.code).toBe(0)
    expect(accepted.stdout).toContain(`pricing.quote  diff policy f00dfeed0000 → ${file.policy.hash}`)
    expect((await readBaseline()).policy).toEqual(file.policy)
    const after = await cli(['baseline', 'list'], dir)
    expect(after.stdout).not.toContain('POLICY_DRIFT')
  })

  test('show prints decoded input, outcome, the HTTP dependency and the history', async () => {
    await cli(['approve', ids.a, '--reason', 'looks right'], dir)
    const r = await cli(['baseline', 'show', ids.a], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${ids.a}  order A`)
    // Decoded, not the tagged JSON on disk: a Date and a Map print as themselves.
    expect(r.stdout).toContain('2026-11-20T09:30:00.000Z')
    expect(r.stdout).toContain("Map(1) { 'gift' => true }")
    expect(r.stdout).not.toContain('$st')
    expect(r.stdout).toContain('http GET http://127.0.0.1:4319/v1/discounts/gold → 200 OK')
    expect(r.stdout).toContain("percentBps: 750")
    expect(r.stdout).toMatch(/approve\s+pending → approved\s+v1\s+by alice\s+"looks right"/)
  })

  test('show of an unknown or malformed id is GOVERNANCE:SCENARIO_NOT_FOUND (exit 2)', async () => {
    for (const id of ['pricing.quote:0123456789ab', 'nonsense', 'billing.invoice:0123456789ab']) {
      const r = await cli(['baseline', 'show', id], dir)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('[GOVERNANCE:SCENARIO_NOT_FOUND]')
    }
  })

  test('deprecate moves the scenario out with its history kept; deprecating again is rejected and changes nothing', async () => {
    await cli(['approve', ids.c], dir)
    const r = await cli(['baseline', 'deprecate', ids.c, '--reason', 'coupon retired'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${ids.c}  order C  approved → deprecated`)
    const c = await scenario(ids.c)
    expect(c.status).toBe('deprecated')
    expect(c.history.map((h) => h.action)).toContain('approve')
    expect(c.history.at(-1)).toMatchObject({ action: 'deprecate', from: 'approved', to: 'deprecated', reason: 'coupon retired', by: 'alice' })

    const before = await readFile(baselinePath())
    const again = await cli(['baseline', 'deprecate', ids.c], dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('[GOVERNANCE:TRANSITION_REJECTED]')
    expect(await readFile(baselinePath())).toEqual(before)
  })

  test('show --json and deprecate --json print one JSON document on stdout', async () => {
    const shown = await cli(['baseline', 'show', ids.b, '--json'], dir)
    expect(shown.code).toBe(0)
    const doc = JSON.parse(shown.stdout) as { file: string; function: { id: string }; scenario: { id: string; status: string } }
    expect(doc.function.id).toBe('pricing.quote')
    expect(doc.scenario).toEqual(await scenario(ids.b))

    const dep = await cli(['baseline', 'deprecate', ids.b, '--json'], dir)
    expect(dep.code).toBe(0)
    const result = JSON.parse(dep.stdout) as { deprecated: Array<{ id: string; from: string; to: string; version: number }> }
    expect(result.deprecated).toEqual([expect.objectContaining({ id: ids.b, from: 'pending', to: 'deprecated', version: 1 })])
  })

  test('an invalid baseline file fails with a validation code and is left untouched', async () => {
    await writeFile(baselinePath(), '{ "schemaVersion": 2, "function": ')
    const r = await cli(['baseline', 'list'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\[VALIDATION:[A-Z_]+\]/)
    expect(await readFile(baselinePath(), 'utf8')).toBe('{ "schemaVersion": 2, "function": ')
  })

  test('usage errors and --help', async () => {
    const unknown = await cli(['baseline', 'purge'], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('[CLI:USAGE]')
    const noId = await cli(['baseline', 'show'], dir)
    expect(noId.code).toBe(2)
    const help = await cli(['baseline', '--help'], dir)
    expect(help.code).toBe(0)
    for (const word of ['list', 'show', 'deprecate', '--status', '--function', '--reason', '--json']) expect(help.stdout).toContain(word)
  })
})
