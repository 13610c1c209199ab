import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CaptureRecord } from '@shadowtest/core'

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)))

/** A valid capture record; `n` varies the input so every record has its own scenario. */
export function sampleRecord(n: number, overrides: Partial<CaptureRecord> = {}): CaptureRecord {
  return {
    v: 1,
    functionId: 'pricing.quote',
    module: 'src/pricing.ts',
    exportName: 'quote',
    semanticId: n.toString(16).padStart(12, '0'),
    input: { args: [{ sku: `sku-${n}`, qty: n % 7 }] },
    outcome: { kind: 'return', value: { total: n * 3 } },
    dependencies: [],
    capturedAt: new Date(Date.UTC(2026, 10, 24, 5, 0, 0, n % 1000)).toISOString(),
    durationMs: 0.25,
    source: { kind: 'record', runId: 'run-1' },
    ...overrides,
  }
}

export async function tempDir(prefix = 'shadowtest-sink-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export interface ChildResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

/**
 * Runs `body` as an ES module in a real Node child process with `sinks` (the NDJSON sink module,
 * from source through jiti; of core only the error class is loaded, which keeps start-up short)
 * and `sampleRecord` in scope. `onStdout` sees output as it arrives, so a
 * test can signal the child at the right moment.
 */
export async function runSinkChild(
  dir: string,
  body: string,
  options: { onStdout?: (text: string, child: ReturnType<typeof spawn>) => void; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ChildResult> {
  const script = join(dir, `child-${Math.random().toString(16).slice(2)}.mjs`)
  await writeFile(
    script,
    `import { createJiti } from ${JSON.stringify(join(repoRoot, 'node_modules/jiti/lib/jiti.mjs'))}
const jiti = createJiti(import.meta.url, { alias: { '@shadowtest/core': ${JSON.stringify(join(repoRoot, 'packages/core/src/errors.ts'))} } })
const sinks = await jiti.import(${JSON.stringify(join(repoRoot, 'packages/plugin/src/runtime/sinks/ndjson-sink.ts'))})
const sampleRecord = ${sampleRecord.toString() /* already plain JS: the test runner stripped the types */}
${body}
`,
  )
  const started = Date.now()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: dir,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      options.onStdout?.(stdout, child)
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
}
