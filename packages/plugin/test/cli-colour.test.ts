// Colours only on a terminal, and never with NO_COLOR: the governance commands through the
// BUILT CLI inside a real pseudo-terminal (util-linux `script`), and through a pipe.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { encode, FileBaselineStore, scenarioIdFromEncoded } from '@shadowtest/core'

const cliBin = resolve(fileURLToPath(new URL('../bin/shadowtest.js', import.meta.url)))
const ESC = '\u001b['

/** util-linux `script` gives the child a real TTY; other `script`s (BSD/macOS) take other flags. */
function hasUtilLinuxScript(): boolean {
  try {
    return execFileSync('script', ['--version'], { encoding: 'utf8' }).includes('util-linux')
  } catch {
    return false
  }
}

function runIn(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((done, reject) => {
    const base = { ...process.env }
    for (const key of Object.keys(base)) if (key.startsWith('VITEST') || key.startsWith('SHADOWTEST_') || key === 'NO_COLOR' || key === 'FORCE_COLOR' || key === 'CI') delete base[key]
    const child = spawn(command, args, { cwd, env: { ...base, TERM: 'xterm-256color', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => done({ code: code ?? -1, out }))
  })
}

/** `shadowtest baseline list` with stdout on a pseudo-terminal. */
const inTerminal = (cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runIn('script', ['-qec', `'${process.execPath}' '${cliBin}' baseline list`, '/dev/null'], cwd, env)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shadowtest-cli-colour-'))
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'cli-colour', private: true }))
  const input = { args: [encode({ orderId: 'A' })] }
  await new FileBaselineStore({ rootDir: dir }).upsertScenarios(
    { id: 'pricing.quote' },
    [{ id: scenarioIdFromEncoded('pricing.quote', input), label: 'order A', input, outcome: { kind: 'return', value: 1 }, dependencies: [], capturedAt: '2026-11-20T10:00:00.000Z', source: { kind: 'record' } }],
    { by: 'record' },
  )
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe.skipIf(!hasUtilLinuxScript())('on a terminal', () => {
  test('baseline list is coloured', async () => {
    const r = await inTerminal(dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain('pricing.quote')
    expect(r.out).toContain(ESC)
  })

  test('NO_COLOR turns colours off', async () => {
    const r = await inTerminal(dir, { NO_COLOR: '1' })
    expect(r.code).toBe(0)
    expect(r.out).toContain('pricing.quote')
    expect(r.out).not.toContain(ESC)
  })
})

test('through a pipe there are no colours, even without NO_COLOR', async () => {
  const r = await runIn(process.execPath, [cliBin, 'baseline', 'list'], dir, {})
  expect(r.code).toBe(0)
  expect(r.out).toContain('pricing.quote')
  expect(r.out).not.toContain(ESC)
})
