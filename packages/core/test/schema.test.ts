import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isShadowtestError } from '../src/errors.js'
import { isCaptureRecord, validateCaptureRecord } from '../src/model/index.js'
import { tempDir } from './fixtures/baseline-factory.js'

const run = promisify(execFile)
const generator = fileURLToPath(new URL('../scripts/generate-types.mjs', import.meta.url))
const generated = fileURLToPath(new URL('../src/model/generated-types.ts', import.meta.url))

async function generate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [generator, ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('generated types', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir('shadowtest-schema-')))
  afterEach(() => cleanup())

  it('the committed generated-types.ts matches the schemas (--check exits 0)', { timeout: 30_000 }, async () => {
    const result = await generate('--check')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(await readFile(generated, 'utf8')).toMatch(/^\/\*\*\n \* GENERATED FILE, DO NOT EDIT\./)
  })

  it('a stale copy fails --check with exit 1, naming the file, and is not rewritten', { timeout: 30_000 }, async () => {
    const stale = path.join(dir, 'generated-types.ts')
    const content = (await readFile(generated, 'utf8')).replace('seq: number', 'seq: string')
    await writeFile(stale, content)
    const result = await generate('--check', '--out', stale)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('generated-types.ts is stale')
    expect(result.stderr).toContain('npm run gen:types')
    expect(await readFile(stale, 'utf8')).toBe(content)
  })

  it('a stale generated validator fails --check with exit 1, naming the file, and is not rewritten', { timeout: 30_000 }, async () => {
    const committed = fileURLToPath(new URL('../generated/', import.meta.url))
    await writeFile(path.join(dir, 'generated-types.ts'), await readFile(generated, 'utf8'))
    await writeFile(path.join(dir, 'config-validator.cjs'), await readFile(path.join(committed, 'config-validator.cjs'), 'utf8'))
    const content = (await readFile(path.join(committed, 'model-validators.cjs'), 'utf8')).replace('"minimum":1', '"minimum":0')
    expect(content).not.toBe(await readFile(path.join(committed, 'model-validators.cjs'), 'utf8'))
    await writeFile(path.join(dir, 'model-validators.cjs'), content)
    const result = await generate('--check', '--out', path.join(dir, 'generated-types.ts'), '--validators-dir', dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('model-validators.cjs is stale')
    expect(result.stderr).not.toContain('config-validator.cjs')
    expect(result.stdout).toContain('config-validator.cjs is up to date')
    expect(await readFile(path.join(dir, 'model-validators.cjs'), 'utf8')).toBe(content)
  })
})

describe('validateCaptureRecord', () => {
  const record = {
    v: 1,
    functionId: 'pricing.quote',
    semanticId: '9f2c41d07a1b',
    input: { args: [{ total: 1 }] },
    outcome: { kind: 'throw', error: { $st: 'error', name: 'RangeError', message: 'bad' } },
    dependencies: [
      { kind: 'http', order: 0, request: { method: 'GET', url: 'http://127.0.0.1/rates', headers: {} }, response: { status: 200, headers: { 'content-type': 'application/json' }, body: { eur: 1 } } },
      { kind: 'clock', start: 1, reads: [1, 2] },
    ],
    capturedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1.5,
    source: { kind: 'record', runId: 'r1' },
  }

  it('accepts a valid record', () => {
    expect(validateCaptureRecord(record)).toBe(record)
    expect(isCaptureRecord(record)).toBe(true)
  })

  it('rejects a bad one with VALIDATION:CAPTURE_INVALID naming file, line and path', () => {
    const bad = { ...record, dependencies: [{ kind: 'http', order: 0, request: { method: 'GET', url: 'x', headers: {} }, response: { status: '200', headers: {} } }] }
    expect(isCaptureRecord(bad)).toBe(false)
    try {
      validateCaptureRecord(bad, { file: 'captures/a.ndjson', line: 7 })
      expect.unreachable()
    } catch (error) {
      expect(isShadowtestError(error) && error.code).toBe('VALIDATION:CAPTURE_INVALID')
      expect((error as Error).message).toContain('captures/a.ndjson:7: dependencies[0].response.status: expected integer, got string "200"')
    }
  })
})
