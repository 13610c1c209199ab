import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readCaptures } from '../src/runtime/sinks/index.js'
import { runSinkChild, tempDir } from './sink-helpers.js'

// Real child processes: exit, signals and crashes can only be observed from outside.
let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDir('shadowtest-sink-exit-')))
afterEach(() => cleanup())

async function readAll() {
  const reader = readCaptures(join(dir, 'captures'))
  const ids: string[] = []
  for await (const record of reader) ids.push(record.semanticId)
  return { ids, issues: reader.issues }
}

const makeSink = `const sink = sinks.createNdjsonSink({ dir: 'captures', flushIntervalMs: 60_000 })
for (let i = 0; i < 100; i++) sink.write(sampleRecord(i))`

describe('NDJSON sink at process end', () => {
  it('flushes on a natural exit, and its timer does not keep the process alive', async () => {
    const result = await runSinkChild(dir, `${makeSink}\nconsole.log('done')`)
    expect(result.code).toBe(0)
    // flushIntervalMs is a minute: only an unref'd timer plus the beforeExit flush end this fast.
    expect(result.ms).toBeLessThan(10_000)
    expect((await readAll()).ids).toHaveLength(100)
  })

  it('flushes synchronously on process.exit(), keeping the host exit code', async () => {
    const result = await runSinkChild(dir, `${makeSink}\nprocess.exit(3)`)
    expect(result.code).toBe(3)
    expect((await readAll()).ids).toHaveLength(100)
  })

  // The exit lands at different points of the batch's life: file still opening, write started, written.
  it.each(['setImmediate(exit)', 'setImmediate(() => setImmediate(exit))', 'setTimeout(exit, 1)', 'setTimeout(exit, 5)'])(
    'finishes the batch in flight when process.exit() runs (%s), without duplicating it',
    async (when) => {
    const result = await runSinkChild(
      dir,
      `const sink = sinks.createNdjsonSink({ dir: 'captures', batchSize: 50 })
for (let i = 0; i < 120; i++) sink.write(sampleRecord(i))
const exit = () => process.exit(0)
${when}`,
    )
    expect(result.code).toBe(0)
    const { ids, issues } = await readAll()
    expect(issues).toEqual([])
    expect(new Set(ids).size).toBe(120)
    expect(ids).toHaveLength(120)
  })

  it('on SIGTERM with no host handler: flushes, then exits 143 like an unhandled SIGTERM', async () => {
    const result = await runSinkChild(dir, `${makeSink}\nconsole.log('ready')\nsetInterval(() => {}, 1000)`, {
      onStdout: (out, child) => out.includes('ready') && child.kill('SIGTERM'),
    })
    expect(result.code).toBe(143)
    expect((await readAll()).ids).toHaveLength(100)
  })

  it('treats signal-exit (proper-lockfile, write-file-atomic…) as no host handler, and its exit callbacks still run', async () => {
    const result = await runSinkChild(
      dir,
      `import { createRequire } from 'node:module'
const onExit = createRequire(${JSON.stringify(join(process.cwd(), 'package.json'))})('signal-exit')
onExit(() => console.log('signal-exit callback ran'))
${makeSink}\nconsole.log('ready')\nsetInterval(() => {}, 1000)`,
      { onStdout: (out, child) => out.endsWith('ready\n') && child.kill('SIGTERM') },
    )
    expect(result.code).toBe(143)
    expect(result.stdout).toContain('signal-exit callback ran')
    expect((await readAll()).ids).toHaveLength(100)
  })

  it('on SIGINT with no host handler: exits 130', async () => {
    const result = await runSinkChild(dir, `${makeSink}\nconsole.log('ready')\nsetInterval(() => {}, 1000)`, {
      onStdout: (out, child) => out.includes('ready') && child.kill('SIGINT'),
    })
    expect(result.code).toBe(130)
    expect((await readAll()).ids).toHaveLength(100)
  })

  it('on SIGTERM with a host handler: leaves the shutdown to the host, records still land', async () => {
    const result = await runSinkChild(
      dir,
      `${makeSink}
const keep = setInterval(() => {}, 1000)
process.on('SIGTERM', () => { console.log('host shutting down'); setTimeout(() => { clearInterval(keep); process.exitCode = 7 }, 200) })
console.log('ready')`,
      { onStdout: (out, child) => out.endsWith('ready\n') && child.kill('SIGTERM') },
    )
    expect(result.stdout).toContain('host shutting down')
    expect(result.code).toBe(7)
    expect((await readAll()).ids).toHaveLength(100)
  })

  it('after SIGKILL mid-stream, every complete line reads back and at most a torn tail is reported', async () => {
    const result = await runSinkChild(
      dir,
      `const sink = sinks.createNdjsonSink({ dir: 'captures', batchSize: 200, flushIntervalMs: 1 })
let i = 0
let told = false
const pump = () => {
  for (let k = 0; k < 200; k++) sink.write(sampleRecord(i++))
  // Killed while it keeps writing, once a good share is on disk.
  if (!told && sink.stats().written >= 2000) { told = true; console.log('ready') }
  setImmediate(pump)
}
pump()`,
      { onStdout: (out, child) => out.includes('ready') && child.kill('SIGKILL') },
    )
    expect(result.signal).toBe('SIGKILL')
    const { ids, issues } = await readAll()
    expect(ids.length).toBeGreaterThan(1000)
    expect(issues.filter((issue) => issue.kind !== 'torn-tail')).toEqual([])
    expect(issues.length).toBeLessThanOrEqual(1)
  })
})

describe('NDJSON sink made while the process exits', () => {
  it("writes synchronously when created and written from an 'exit' listener", async () => {
    const result = await runSinkChild(
      dir,
      `process.on('exit', () => {
  const sink = sinks.createNdjsonSink({ dir: 'captures' })
  for (let i = 0; i < 10; i++) sink.write(sampleRecord(i))
})
process.exit(4)`,
    )
    expect(result.code).toBe(4)
    expect((await readAll()).ids).toHaveLength(10)
  })
})
