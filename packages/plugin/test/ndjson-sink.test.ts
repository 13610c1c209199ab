import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isShadowtestError } from '@shadowtest/core'
import { createNdjsonSink, isCaptureFileName, listCaptureFiles, readCaptures } from '../src/runtime/sinks/index.js'
import { sampleRecord, tempDir } from './sink-helpers.js'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDir()))
afterEach(() => cleanup())

async function readAll(from = dir) {
  const reader = readCaptures(from)
  const records = []
  for await (const record of reader) records.push(record)
  return { records, issues: reader.issues }
}

describe('createNdjsonSink', () => {
  it('creates nothing until there is something to write, then one time/pid-named file of whole lines', async () => {
    const captures = join(dir, 'nested', 'captures')
    const sink = createNdjsonSink({ dir: captures, flushOnExit: false })
    await sink.flush()
    await expect(stat(captures)).rejects.toMatchObject({ code: 'ENOENT' })
    sink.write(sampleRecord(1))
    sink.write(sampleRecord(2))
    await sink.close()
    const files = await readdir(captures)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${process.pid}-\\d{4}-[0-9a-f]{6}\\.ndjson$`))
    const text = await readFile(join(captures, files[0]!), 'utf8')
    expect(text.endsWith('\n')).toBe(true)
    expect(text.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([sampleRecord(1), sampleRecord(2)])
  })

  it('writes from a timer, not on the caller path: write() returns before anything is on disk', async () => {
    const sink = createNdjsonSink({ dir, flushOnExit: false, flushIntervalMs: 20 })
    sink.write(sampleRecord(1))
    expect(await readdir(dir)).toEqual([])
    await vi.waitFor(async () => expect((await readAll()).records).toHaveLength(1), { timeout: 2000, interval: 10 })
    expect(sink.stats()).toMatchObject({ written: 1, pendingBytes: 0, files: 1 })
    await sink.close()
  })

  it('writes a full batch without waiting for the timer', async () => {
    const sink = createNdjsonSink({ dir, flushOnExit: false, flushIntervalMs: 60_000, batchSize: 10 })
    for (let i = 0; i < 10; i++) sink.write(sampleRecord(i))
    await vi.waitFor(() => expect(sink.stats().written).toBe(10), { timeout: 2000, interval: 10 })
    await sink.close()
  })

  it('rotates by size: every file stays under rotateBytes and holds whole lines, nothing is lost', async () => {
    const lineBytes = Buffer.byteLength(JSON.stringify(sampleRecord(100))) + 1
    const sink = createNdjsonSink({ dir, flushOnExit: false, rotateBytes: lineBytes * 20, batchSize: 7 })
    for (let i = 100; i < 200; i++) sink.write(sampleRecord(i))
    await sink.close()
    const files = await listCaptureFiles(dir)
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const file of files) expect(file.bytes).toBeLessThanOrEqual(lineBytes * 20)
    expect(sink.stats().files).toBe(files.length)
    const { records, issues } = await readAll()
    expect(issues).toEqual([])
    expect(records.map((r) => r.semanticId)).toEqual(Array.from({ length: 100 }, (_, i) => sampleRecord(100 + i).semanticId))
  })

  it('applies retention at startup: deletes files past maxAgeDays, then keeps the newest maxFiles', async () => {
    const old = new Date(Date.now() - 10 * 86_400_000)
    const names = Array.from({ length: 6 }, (_, i) => `2026010${i + 1}T000000000Z-1-0001-abcdef.ndjson`)
    for (const [i, name] of names.entries()) {
      await writeFile(join(dir, name), JSON.stringify(sampleRecord(i)) + '\n')
      if (i === 0) await utimes(join(dir, name), old, old)
    }
    await writeFile(join(dir, 'notes.txt'), 'not a capture file')
    const sink = createNdjsonSink({ dir, flushOnExit: false, retention: { maxAgeDays: 3, maxFiles: 3 } })
    await vi.waitFor(async () => expect((await listCaptureFiles(dir)).map((f) => f.name)).toEqual(names.slice(3)), {
      timeout: 2000,
      interval: 10,
    })
    expect(await readdir(dir)).toContain('notes.txt')
    await sink.close()
  })

  it('applies retention at rotation and never deletes the file it is writing', async () => {
    const lineBytes = Buffer.byteLength(JSON.stringify(sampleRecord(100))) + 1
    const sink = createNdjsonSink({ dir, flushOnExit: false, rotateBytes: lineBytes * 2, batchSize: 2, retention: { maxFiles: 2 } })
    for (let i = 100; i < 120; i++) sink.write(sampleRecord(i))
    await sink.flush()
    await vi.waitFor(async () => expect((await listCaptureFiles(dir)).length).toBeLessThanOrEqual(2), { timeout: 2000, interval: 10 })
    const { records } = await readAll()
    expect(records.at(-1)).toEqual(sampleRecord(119))
    expect(sink.stats()).toMatchObject({ written: 20, files: 10 })
    await sink.close()
  })

  it('counts a storage failure instead of throwing, logs it with SHADOWTEST_DEBUG=1, and keeps serving the host', async () => {
    await writeFile(join(dir, 'file'), 'x')
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    vi.stubEnv('SHADOWTEST_DEBUG', '1')
    try {
      const sink = createNdjsonSink({ dir: join(dir, 'file', 'captures'), flushOnExit: false })
      expect(() => sink.write(sampleRecord(1))).not.toThrow()
      await sink.flush()
      sink.write(sampleRecord(2))
      await sink.close()
      expect(sink.stats()).toMatchObject({ written: 0, failed: 2, pendingBytes: 0 })
      expect(sink.stats().lastError).toMatch(/ENOTDIR|EEXIST/)
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/\[shadowtest:sink\] cannot open a capture file/)
    } finally {
      vi.unstubAllEnvs()
      stderr.mockRestore()
    }
  })

  it('rejects bad options with a coded error naming the key', () => {
    const attempt = (options: object) => {
      try {
        createNdjsonSink({ dir, ...options } as never)
      } catch (error) {
        return error
      }
      return undefined
    }
    for (const [options, path] of [
      [{ rotateBytes: 0 }, 'rotateBytes'],
      [{ maxPendingBytes: -1 }, 'maxPendingBytes'],
      [{ batchSize: 1.5 }, 'batchSize'],
      [{ rotatBytes: 10 }, 'rotatBytes'],
      [{ retention: { maxAge: 3 } }, 'retention.maxAge'],
      [{ dir: '' }, 'dir'],
    ] as const) {
      const error = attempt(options)
      expect(isShadowtestError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'CAPTURE:SINK_OPTIONS_INVALID', path })
    }
  })

  it('names files so that two sinks on one directory never share a file', async () => {
    const a = createNdjsonSink({ dir, flushOnExit: false })
    const b = createNdjsonSink({ dir, flushOnExit: false })
    for (let i = 0; i < 50; i++) (i % 2 ? a : b).write(sampleRecord(i))
    await Promise.all([a.close(), b.close()])
    const files = await listCaptureFiles(dir)
    expect(files).toHaveLength(2)
    expect(files.every((f) => isCaptureFileName(f.name))).toBe(true)
    const { records, issues } = await readAll()
    expect(issues).toEqual([])
    expect(records).toHaveLength(50)
  })

  it('once full, drops without even serializing the record (an overloaded host pays next to nothing)', async () => {
    const lineChars = JSON.stringify(sampleRecord(1)).length + 1
    const sink = createNdjsonSink({ dir, flushOnExit: false, maxPendingBytes: lineChars * 3 })
    let serialized = 0
    const counted = (n: number) => ({ ...sampleRecord(n), toJSON() { serialized += 1; return sampleRecord(n) } }) as never
    for (let i = 0; i < 100; i++) sink.write(counted(i))
    expect(sink.stats()).toMatchObject({ dropped: 97 })
    expect(serialized).toBe(3)
    await sink.close()
  })

  it('writes non-ASCII text intact', async () => {
    const sink = createNdjsonSink({ dir, flushOnExit: false })
    const record = sampleRecord(1, { label: 'Zürich → 東京 🚚' })
    sink.write(record)
    await sink.close()
    expect((await readAll()).records).toEqual([record])
  })
})

describe('capture directory housekeeping', () => {
  it('lists a missing directory as empty', async () => {
    expect(await listCaptureFiles(join(dir, 'missing'))).toEqual([])
    await mkdir(join(dir, 'empty'))
    expect(await listCaptureFiles(join(dir, 'empty'))).toEqual([])
  })
})

describe('ndjsonSinkOptionsFromConfig', () => {
  it("carries the config's capture dir and capture.* sink keys into valid sink options", async () => {
    const { resolveConfig } = await import('@shadowtest/core')
    const { ndjsonSinkOptionsFromConfig } = await import('../src/runtime/sinks/index.js')
    const config = resolveConfig(
      { captureDir: 'caps', capture: { rotateBytes: 1024, batchSize: 10, flushIntervalMs: 5, maxPendingBytes: 4096, retention: { maxFiles: 3 } } },
      { cwd: dir, env: {} },
    )
    const options = ndjsonSinkOptionsFromConfig(config)
    expect(options).toEqual({ dir: join(dir, 'caps'), rotateBytes: 1024, batchSize: 10, flushIntervalMs: 5, maxPendingBytes: 4096, retention: { maxAgeDays: 14, maxFiles: 3 } })
    const sink = createNdjsonSink({ ...options, flushOnExit: false })
    sink.write(sampleRecord(1))
    await sink.close()
    expect((await readAll(join(dir, 'caps'))).records).toEqual([sampleRecord(1)])
  })
})
